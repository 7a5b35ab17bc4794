-- Searching a common text walks the name index and tests each row: the index carries the
-- search columns (email_key) and account_id, so no row needs a heap lookup.
DROP INDEX memberships_by_name;
CREATE INDEX memberships_by_name ON memberships (workspace_id, sort_name COLLATE "C", id) INCLUDE (status, account_id, email_key);
