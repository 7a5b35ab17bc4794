-- Counts kept as members change (issue 15): how many members a workspace has per role and
-- status. Opening a workspace, its seats, its Admins and the status and role counts of the
-- users table read a few rows here instead of walking a million index entries. A group keeps
-- its member count the same way, for the groups page.

CREATE TABLE membership_counts (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    members BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, role, status)
);

INSERT INTO membership_counts (workspace_id, role, status, members)
    SELECT workspace_id, role, status, COUNT(*) FROM memberships GROUP BY workspace_id, role, status;

CREATE TRIGGER memberships_count_insert AFTER INSERT ON memberships BEGIN
    INSERT INTO membership_counts (workspace_id, role, status, members) VALUES (NEW.workspace_id, NEW.role, NEW.status, 1)
        ON CONFLICT (workspace_id, role, status) DO UPDATE SET members = members + 1;
END;

CREATE TRIGGER memberships_count_delete AFTER DELETE ON memberships BEGIN
    UPDATE membership_counts SET members = members - 1
        WHERE workspace_id = OLD.workspace_id AND role = OLD.role AND status = OLD.status;
END;

CREATE TRIGGER memberships_count_update AFTER UPDATE OF workspace_id, role, status ON memberships
    WHEN OLD.workspace_id <> NEW.workspace_id OR OLD.role <> NEW.role OR OLD.status <> NEW.status BEGIN
    UPDATE membership_counts SET members = members - 1
        WHERE workspace_id = OLD.workspace_id AND role = OLD.role AND status = OLD.status;
    INSERT INTO membership_counts (workspace_id, role, status, members) VALUES (NEW.workspace_id, NEW.role, NEW.status, 1)
        ON CONFLICT (workspace_id, role, status) DO UPDATE SET members = members + 1;
END;

ALTER TABLE groups ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;
UPDATE groups SET member_count = (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = groups.id);

CREATE TRIGGER group_members_count_insert AFTER INSERT ON group_members BEGIN
    UPDATE groups SET member_count = member_count + 1 WHERE id = NEW.group_id;
END;

CREATE TRIGGER group_members_count_delete AFTER DELETE ON group_members BEGIN
    UPDATE groups SET member_count = member_count - 1 WHERE id = OLD.group_id;
END;

CREATE TRIGGER group_members_count_update AFTER UPDATE OF group_id ON group_members
    WHEN OLD.group_id <> NEW.group_id BEGIN
    UPDATE groups SET member_count = member_count - 1 WHERE id = OLD.group_id;
    UPDATE groups SET member_count = member_count + 1 WHERE id = NEW.group_id;
END;
