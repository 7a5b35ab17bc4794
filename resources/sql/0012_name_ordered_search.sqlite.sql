-- A search index whose matches come out in the order the users table lists them (issue 15:
-- at ten million members a common text sorted by name took 200 ms). The trigram index over
-- accounts (0003) finds who matches, but in no useful order: the table had to sort every
-- match, or walk the name index past hundreds of thousands who do not match. This one holds
-- each membership's listing keys under a rowid that follows the name order: its search_key
-- (the first four characters of its sort name, seven bits each; a character past U+007E
-- counts as the highest value and ends the key) above the membership's id. A page reads the
-- matches in rowid order up to the one it needs, then the rest of that key's matches, and
-- sorts only those exactly. The index keeps its own copy of the text, so a change deletes by
-- rowid alone, whatever order the triggers on memberships fire in. It replaces the index over
-- accounts for every search (a membership is found by its own id), so an import writes one
-- search index, not two.

ALTER TABLE memberships ADD COLUMN search_key INTEGER GENERATED ALWAYS AS (
    CASE WHEN coalesce(unicode(substr(sort_name, 1, 1)), 0) >= 127 THEN 127 * 2097152
    ELSE coalesce(unicode(substr(sort_name, 1, 1)), 0) * 2097152
        + CASE WHEN coalesce(unicode(substr(sort_name, 2, 1)), 0) >= 127 THEN 127 * 16384
          ELSE coalesce(unicode(substr(sort_name, 2, 1)), 0) * 16384
            + CASE WHEN coalesce(unicode(substr(sort_name, 3, 1)), 0) >= 127 THEN 127 * 128
              ELSE coalesce(unicode(substr(sort_name, 3, 1)), 0) * 128
                + min(coalesce(unicode(substr(sort_name, 4, 1)), 0), 127) END END END) VIRTUAL;

CREATE VIRTUAL TABLE membership_search USING fts5(name, email, tokenize='trigram');
INSERT INTO membership_search (rowid, name, email)
    SELECT search_key * 4294967296 + id, sort_name, email_key FROM memberships;

-- The row as it is once every insert trigger has run (another one may set its keys first).
CREATE TRIGGER membership_search_insert AFTER INSERT ON memberships BEGIN
    INSERT OR REPLACE INTO membership_search (rowid, name, email)
        SELECT search_key * 4294967296 + id, sort_name, email_key FROM memberships WHERE id = NEW.id;
END;
CREATE TRIGGER membership_search_update AFTER UPDATE OF sort_name, email_key ON memberships BEGIN
    DELETE FROM membership_search WHERE rowid = OLD.search_key * 4294967296 + OLD.id;
    INSERT OR REPLACE INTO membership_search (rowid, name, email)
        VALUES (NEW.search_key * 4294967296 + NEW.id, NEW.sort_name, NEW.email_key);
END;
CREATE TRIGGER membership_search_delete AFTER DELETE ON memberships BEGIN
    DELETE FROM membership_search WHERE rowid = OLD.search_key * 4294967296 + OLD.id;
END;

DROP TRIGGER IF EXISTS accounts_search_insert;
DROP TRIGGER IF EXISTS accounts_search_delete;
DROP TRIGGER IF EXISTS accounts_search_update;
DROP TABLE IF EXISTS accounts_search;
