-- Counts kept as members change (issue 15): how many members a workspace has per role and
-- status. Opening a workspace, its seats, its Admins and the status and role counts of the
-- users table read a few rows here instead of walking a million index entries. A group keeps
-- its member count the same way, for the groups page.
-- Operators may only read the counts; the trigger function runs as the owner to keep them.

CREATE TABLE membership_counts (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    members BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, role, status)
);

INSERT INTO membership_counts (workspace_id, role, status, members)
    SELECT workspace_id, role, status, COUNT(*) FROM memberships GROUP BY workspace_id, role, status;

-- Two members changing at once touch their count rows in one order (the lower key first), so
-- two such changes wait for each other instead of deadlocking.
CREATE FUNCTION usher_count_memberships() RETURNS trigger AS $$
DECLARE
    leaving BOOLEAN := TG_OP IN ('UPDATE', 'DELETE');
    arriving BOOLEAN := TG_OP IN ('UPDATE', 'INSERT');
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.workspace_id = NEW.workspace_id AND OLD.role = NEW.role AND OLD.status = NEW.status THEN
        RETURN NULL;
    END IF;
    IF leaving AND (NOT arriving OR (OLD.workspace_id, OLD.role, OLD.status) < (NEW.workspace_id, NEW.role, NEW.status)) THEN
        UPDATE membership_counts SET members = members - 1
            WHERE workspace_id = OLD.workspace_id AND role = OLD.role AND status = OLD.status;
        leaving := FALSE;
    END IF;
    IF arriving THEN
        INSERT INTO membership_counts (workspace_id, role, status, members) VALUES (NEW.workspace_id, NEW.role, NEW.status, 1)
            ON CONFLICT (workspace_id, role, status) DO UPDATE SET members = membership_counts.members + 1;
    END IF;
    IF leaving THEN
        UPDATE membership_counts SET members = members - 1
            WHERE workspace_id = OLD.workspace_id AND role = OLD.role AND status = OLD.status;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT;

CREATE TRIGGER memberships_count AFTER INSERT OR UPDATE OF workspace_id, role, status OR DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION usher_count_memberships();

ALTER TABLE groups ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;
UPDATE groups SET member_count = (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = groups.id);

CREATE FUNCTION usher_count_group_members() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE groups SET member_count = member_count - 1 WHERE id = OLD.group_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE groups SET member_count = member_count + 1 WHERE id = NEW.group_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER group_members_count AFTER INSERT OR UPDATE OF group_id OR DELETE ON group_members
    FOR EACH ROW EXECUTE FUNCTION usher_count_group_members();

-- As migration 8's, and the counts readable (a role granted before this step gets them now).
CREATE OR REPLACE FUNCTION usher_grant_operator() RETURNS void AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'usher_operator')
       OR has_table_privilege('usher_operator', 'membership_counts', 'SELECT') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO usher_operator', current_schema());
    GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, memberships, groups, group_members, group_permissions,
        invites, invite_groups, waitlist, sessions, login_events, password_resets, outbox, signup_groups
        TO usher_operator;
    GRANT SELECT, UPDATE ON workspaces TO usher_operator;
    GRANT SELECT, INSERT ON audit_log, erasure_log TO usher_operator;
    GRANT SELECT ON schema_version, membership_counts TO usher_operator;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO usher_operator', current_schema());
END;
$$ LANGUAGE plpgsql;

SELECT usher_grant_operator();
