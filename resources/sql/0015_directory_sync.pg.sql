-- Directory sync (G5): a workspace's LDAP directory, and which members and groups follow it.
CREATE TABLE sync_sources (
    workspace_id BIGINT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
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
ALTER TABLE memberships ADD COLUMN disabled_by_sync BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX memberships_external_id ON memberships (workspace_id, external_id) WHERE external_id IS NOT NULL;
-- A synced group's DN, as the groups page names where it comes from.
ALTER TABLE groups ADD COLUMN source_dn TEXT;
CREATE UNIQUE INDEX groups_external_id ON groups (workspace_id, external_id) WHERE external_id IS NOT NULL;

-- A status change the sync did not make (the flag stays set through it) ends "disabled by the
-- sync": whoever reactivated, deleted or disabled them again by hand decides from then on.
CREATE OR REPLACE FUNCTION usher_sync_disable_ends() RETURNS trigger AS $$
BEGIN
    IF OLD.disabled_by_sync AND NEW.disabled_by_sync AND NEW.status <> OLD.status THEN
        NEW.disabled_by_sync := FALSE;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER memberships_sync_disable_ends BEFORE UPDATE OF status ON memberships
    FOR EACH ROW EXECUTE FUNCTION usher_sync_disable_ends();

CREATE OR REPLACE FUNCTION usher_grant_operator() RETURNS void AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'usher_operator')
       OR has_table_privilege('usher_operator', 'sync_sources', 'SELECT') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO usher_operator', current_schema());
    GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, memberships, groups, group_members, group_permissions,
        invites, invite_groups, waitlist, sessions, login_events, password_resets, outbox, signup_groups,
        sync_sources
        TO usher_operator;
    GRANT SELECT, UPDATE ON workspaces TO usher_operator;
    GRANT SELECT, INSERT ON audit_log, erasure_log TO usher_operator;
    GRANT SELECT, INSERT, UPDATE ON audit_subjects TO usher_operator;
    GRANT SELECT, INSERT ON sync_erased TO usher_operator;
    GRANT SELECT ON schema_version, membership_counts TO usher_operator;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO usher_operator', current_schema());
END;
$$ LANGUAGE plpgsql;

SELECT usher_grant_operator();
