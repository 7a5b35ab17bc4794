-- Fast users listing at a million members (SQLite).
-- The sort and search keys live on memberships, kept in step with accounts and groups by
-- triggers, so a sorted, filtered page is one index range, and skipping rows never joins.

ALTER TABLE memberships ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE memberships ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
ALTER TABLE memberships ADD COLUMN group_key TEXT NOT NULL DEFAULT '';

UPDATE memberships SET
    sort_name = (SELECT lower(a.display_name) FROM accounts a WHERE a.id = memberships.account_id),
    email_key = (SELECT a.email_key FROM accounts a WHERE a.id = memberships.account_id),
    group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                          WHERE gm.account_id = memberships.account_id AND g.workspace_id = memberships.workspace_id), '');

CREATE TRIGGER memberships_keys_on_insert AFTER INSERT ON memberships BEGIN
    UPDATE memberships SET
        sort_name = (SELECT lower(display_name) FROM accounts WHERE id = NEW.account_id),
        email_key = (SELECT email_key FROM accounts WHERE id = NEW.account_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER accounts_keys_on_update AFTER UPDATE OF display_name, email_key ON accounts BEGIN
    UPDATE memberships SET sort_name = lower(NEW.display_name), email_key = NEW.email_key WHERE account_id = NEW.id;
END;

CREATE TRIGGER group_members_key_on_insert AFTER INSERT ON group_members BEGIN
    UPDATE memberships SET group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                                                 WHERE gm.account_id = NEW.account_id AND g.workspace_id = memberships.workspace_id), '')
    WHERE account_id = NEW.account_id AND workspace_id = (SELECT workspace_id FROM groups WHERE id = NEW.group_id);
END;

CREATE TRIGGER group_members_key_on_delete AFTER DELETE ON group_members BEGIN
    UPDATE memberships SET group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                                                 WHERE gm.account_id = OLD.account_id AND g.workspace_id = memberships.workspace_id), '')
    WHERE account_id = OLD.account_id AND workspace_id = (SELECT workspace_id FROM groups WHERE id = OLD.group_id);
END;

CREATE TRIGGER groups_key_on_rename AFTER UPDATE OF name ON groups BEGIN
    UPDATE memberships SET group_key = COALESCE((SELECT MIN(g.name) FROM group_members gm JOIN groups g ON g.id = gm.group_id
                                                 WHERE gm.account_id = memberships.account_id AND g.workspace_id = NEW.workspace_id), '')
    WHERE workspace_id = NEW.workspace_id AND account_id IN (SELECT account_id FROM group_members WHERE group_id = NEW.id);
END;

-- One index per sort column: (workspace, key, id) ordered like the query, status last so the
-- "everyone but the deleted" filter is answered from the index alone.
CREATE INDEX memberships_by_name ON memberships (workspace_id, sort_name, id, status);
CREATE INDEX memberships_by_email ON memberships (workspace_id, email_key, id, status);
CREATE INDEX memberships_by_role ON memberships (workspace_id, (CASE role WHEN 'member' THEN 0 WHEN 'monitor' THEN 2 WHEN 'helpdesk' THEN 3 WHEN 'editor' THEN 4 WHEN 'manager' THEN 6 WHEN 'admin' THEN 8 END), id, status);
CREATE INDEX memberships_by_groups ON memberships (workspace_id, group_key, id, status);
CREATE INDEX memberships_by_status ON memberships (workspace_id, status, id);
CREATE INDEX memberships_by_last_seen ON memberships (workspace_id, (COALESCE(last_seen_at, 0)), id, status);
CREATE INDEX memberships_by_source ON memberships (workspace_id, source, id, status);
CREATE INDEX memberships_by_joined ON memberships (workspace_id, joined_at, id, status);
DROP INDEX memberships_status;
DROP INDEX memberships_last_seen;
DROP INDEX memberships_joined;

-- Substring search on name and email: a trigram full-text index over accounts.
CREATE VIRTUAL TABLE accounts_search USING fts5(display_name, email, content='accounts', content_rowid='id', tokenize='trigram');
INSERT INTO accounts_search (accounts_search) VALUES ('rebuild');

CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO accounts_search (rowid, display_name, email) VALUES (NEW.id, NEW.display_name, NEW.email);
END;

CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN
    INSERT INTO accounts_search (accounts_search, rowid, display_name, email) VALUES ('delete', OLD.id, OLD.display_name, OLD.email);
END;

CREATE TRIGGER accounts_search_update AFTER UPDATE OF display_name, email ON accounts BEGIN
    INSERT INTO accounts_search (accounts_search, rowid, display_name, email) VALUES ('delete', OLD.id, OLD.display_name, OLD.email);
    INSERT INTO accounts_search (rowid, display_name, email) VALUES (NEW.id, NEW.display_name, NEW.email);
END;
