-- Fast users listing at a million members (PostgreSQL).
-- The sort and search keys live on memberships, kept in step with accounts and groups by
-- triggers, so a sorted, filtered page is one index range, and skipping rows never joins.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE memberships ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE memberships ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
ALTER TABLE memberships ADD COLUMN group_key TEXT NOT NULL DEFAULT '';

UPDATE memberships m SET sort_name = lower(a.display_name), email_key = a.email_key FROM accounts a WHERE a.id = m.account_id;
UPDATE memberships m SET group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                                                WHERE gm.account_id = m.account_id AND g.workspace_id = m.workspace_id), '');

CREATE FUNCTION usher_membership_keys() RETURNS trigger AS $$
BEGIN
    SELECT lower(a.display_name), a.email_key INTO NEW.sort_name, NEW.email_key FROM accounts a WHERE a.id = NEW.account_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER memberships_keys_on_insert BEFORE INSERT ON memberships
    FOR EACH ROW EXECUTE FUNCTION usher_membership_keys();

CREATE FUNCTION usher_account_keys() RETURNS trigger AS $$
BEGIN
    UPDATE memberships SET sort_name = lower(NEW.display_name), email_key = NEW.email_key WHERE account_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_keys_on_update AFTER UPDATE OF display_name, email_key ON accounts
    FOR EACH ROW EXECUTE FUNCTION usher_account_keys();

CREATE FUNCTION usher_group_key(member BIGINT, workspace BIGINT) RETURNS void AS $$
BEGIN
    UPDATE memberships SET group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                                                 WHERE gm.account_id = member AND g.workspace_id = workspace), '')
    WHERE account_id = member AND workspace_id = workspace;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION usher_group_members_key() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM usher_group_key(OLD.account_id, (SELECT workspace_id FROM groups WHERE id = OLD.group_id));
    ELSE
        PERFORM usher_group_key(NEW.account_id, (SELECT workspace_id FROM groups WHERE id = NEW.group_id));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER group_members_key AFTER INSERT OR DELETE ON group_members
    FOR EACH ROW EXECUTE FUNCTION usher_group_members_key();

CREATE FUNCTION usher_groups_key_on_rename() RETURNS trigger AS $$
BEGIN
    PERFORM usher_group_key(gm.account_id, NEW.workspace_id) FROM group_members gm WHERE gm.group_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER groups_key_on_rename AFTER UPDATE OF name ON groups
    FOR EACH ROW EXECUTE FUNCTION usher_groups_key_on_rename();

CREATE INDEX memberships_by_name ON memberships (workspace_id, sort_name COLLATE "C", id) INCLUDE (status);
CREATE INDEX memberships_by_email ON memberships (workspace_id, email_key COLLATE "C", id) INCLUDE (status);
CREATE INDEX memberships_by_role ON memberships (workspace_id, (CASE role WHEN 'member' THEN 0 WHEN 'monitor' THEN 2 WHEN 'helpdesk' THEN 3 WHEN 'editor' THEN 4 WHEN 'manager' THEN 6 WHEN 'admin' THEN 8 END), id) INCLUDE (status);
CREATE INDEX memberships_by_groups ON memberships (workspace_id, group_key COLLATE "C", id) INCLUDE (status);
CREATE INDEX memberships_by_status ON memberships (workspace_id, status COLLATE "C", id);
CREATE INDEX memberships_by_last_seen ON memberships (workspace_id, (COALESCE(last_seen_at, 0)), id) INCLUDE (status);
CREATE INDEX memberships_by_source ON memberships (workspace_id, source COLLATE "C", id) INCLUDE (status);
CREATE INDEX memberships_by_joined ON memberships (workspace_id, joined_at, id) INCLUDE (status);
DROP INDEX memberships_status;
DROP INDEX memberships_last_seen;
DROP INDEX memberships_joined;

-- Substring search on name and email: trigram indexes (they serve LIKE '%text%').
CREATE INDEX memberships_name_trgm ON memberships USING gin (sort_name gin_trgm_ops);
CREATE INDEX memberships_email_trgm ON memberships USING gin (email_key gin_trgm_ops);
