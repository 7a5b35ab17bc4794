-- Directory sync (G5): a workspace's LDAP directory, and which members and groups follow it.
-- memberships_sync_disable_ends: a status change the sync did not make (the flag stays set
-- through it) ends "disabled by the sync": whoever reactivated, deleted or disabled them again
-- by hand decides from then on.
CREATE TABLE sync_sources (
    workspace_id INTEGER PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    tls TEXT NOT NULL DEFAULT 'starttls' CHECK (tls IN ('starttls', 'ldaps', 'none')),
    ca_file TEXT NOT NULL DEFAULT '',
    bind_dn TEXT NOT NULL DEFAULT '',
    people_base TEXT NOT NULL,
    groups_base TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'groups')),
    chosen_groups TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT '{}',
    disable_threshold INTEGER NOT NULL DEFAULT 10 CHECK (disable_threshold BETWEEN 0 AND 100),
    interval_minutes INTEGER NOT NULL DEFAULT 0 CHECK (interval_minutes >= 0),
    last_run_at BIGINT,
    last_run_summary TEXT NOT NULL DEFAULT '',
    high_water TEXT NOT NULL DEFAULT '',
    last_full_run_at BIGINT,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT
);

-- People erased at their request (GDPR) whom a sync followed: their directory id as a
-- pseudonym (HMAC with the workspace's erasure salt), so the sync does not bring them back.
CREATE TABLE sync_erased (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    external_key TEXT NOT NULL,
    erased_at BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, external_key)
);

ALTER TABLE memberships ADD COLUMN external_id TEXT;
ALTER TABLE memberships ADD COLUMN disabled_by_sync INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX memberships_external_id ON memberships (workspace_id, external_id) WHERE external_id IS NOT NULL;
-- A synced group's DN, as the groups page names where it comes from.
ALTER TABLE groups ADD COLUMN source_dn TEXT;
CREATE UNIQUE INDEX groups_external_id ON groups (workspace_id, external_id) WHERE external_id IS NOT NULL;

CREATE TRIGGER memberships_sync_disable_ends AFTER UPDATE OF status ON memberships
WHEN OLD.disabled_by_sync = 1 AND NEW.disabled_by_sync = 1 AND NEW.status <> OLD.status
BEGIN
    UPDATE memberships SET disabled_by_sync = 0 WHERE id = NEW.id;
END;
