-- Audit subjects (issue 21): the people an audit row names, as they were named at the time.
-- Each row points to its actor's and its member target's subject instead of reading their names
-- from accounts when it is shown, so renaming someone no longer rewrites history, and erasing
-- them (GDPR) changes their subjects alone: the names go, a pseudonym takes their place, and
-- the audit rows themselves stay append-only. A subject is written when a row names someone
-- whose name or address differs from their last subject in that workspace.
-- The names and addresses a change itself shows (a profile's before and after, an invited
-- address) leave the row's JSON too, for subjects of their own (before_subject, after_subject,
-- their `details` JSON), and are put back when the row is read.
-- Existing rows get one subject per person and workspace, with the names they have now (what
-- they had before was never kept), and their JSON's names and addresses moved; the append-only
-- trigger steps aside for that update alone.

CREATE TABLE audit_subjects (
    id {{id}},
    workspace_id BIGINT,
    account_id BIGINT,
    display_name TEXT,
    email TEXT,
    details TEXT,
    pseudonym TEXT,
    since BIGINT NOT NULL,
    moved_from BIGINT
);
CREATE INDEX audit_subjects_account ON audit_subjects (account_id, id);
CREATE INDEX audit_subjects_moved ON audit_subjects (moved_from);

-- Each workspace's secret salt for the pseudonyms of erased people (hex; made at the first
-- erasure, never exported).
ALTER TABLE workspaces ADD COLUMN erasure_salt TEXT;
ALTER TABLE audit_log ADD COLUMN actor_subject BIGINT;
ALTER TABLE audit_log ADD COLUMN target_subject BIGINT;
ALTER TABLE audit_log ADD COLUMN before_subject BIGINT;
ALTER TABLE audit_log ADD COLUMN after_subject BIGINT;

INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, since)
SELECT p.workspace_id, p.account_id, ac.display_name, ac.email, MIN(p.at)
FROM (SELECT workspace_id, actor_id AS account_id, at FROM audit_log WHERE actor_id IS NOT NULL
      UNION ALL
      SELECT workspace_id, target_id, at FROM audit_log WHERE target_type = 'member' AND target_id IS NOT NULL) p
LEFT JOIN accounts ac ON ac.id = p.account_id
GROUP BY p.workspace_id, p.account_id, ac.display_name, ac.email;

-- A change's names and addresses: moved_from is the row's id for its before, minus it for its after.
INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, details, since, moved_from)
SELECT workspace_id, CASE WHEN target_type = 'member' THEN target_id END,
       json_extract(before_json, '$.display_name'), json_extract(before_json, '$.email'),
       json_object('email', json_extract(before_json, '$.email'), 'first_name', json_extract(before_json, '$.first_name'),
                   'last_name', json_extract(before_json, '$.last_name'),
                   'display_name', json_extract(before_json, '$.display_name')),
       at, id
FROM audit_log
WHERE json_valid(before_json) AND (json_type(before_json, '$.email') IS NOT NULL
      OR json_type(before_json, '$.first_name') IS NOT NULL OR json_type(before_json, '$.last_name') IS NOT NULL
      OR json_type(before_json, '$.display_name') IS NOT NULL);
INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, details, since, moved_from)
SELECT workspace_id, CASE WHEN target_type = 'member' THEN target_id END,
       json_extract(after_json, '$.display_name'), json_extract(after_json, '$.email'),
       json_object('email', json_extract(after_json, '$.email'), 'first_name', json_extract(after_json, '$.first_name'),
                   'last_name', json_extract(after_json, '$.last_name'),
                   'display_name', json_extract(after_json, '$.display_name')),
       at, -id
FROM audit_log
WHERE json_valid(after_json) AND (json_type(after_json, '$.email') IS NOT NULL
      OR json_type(after_json, '$.first_name') IS NOT NULL OR json_type(after_json, '$.last_name') IS NOT NULL
      OR json_type(after_json, '$.display_name') IS NOT NULL);

DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET before_subject = (SELECT s.id FROM audit_subjects s WHERE s.moved_from = audit_log.id),
                     before_json = NULLIF(json_remove(before_json, '$.email', '$.first_name', '$.last_name', '$.display_name'), '{}')
WHERE id IN (SELECT moved_from FROM audit_subjects WHERE moved_from > 0);
UPDATE audit_log SET after_subject = (SELECT s.id FROM audit_subjects s WHERE s.moved_from = -audit_log.id),
                     after_json = NULLIF(json_remove(after_json, '$.email', '$.first_name', '$.last_name', '$.display_name'), '{}')
WHERE -id IN (SELECT moved_from FROM audit_subjects WHERE moved_from < 0);
UPDATE audit_log SET actor_subject = (SELECT s.id FROM audit_subjects s
                                      WHERE s.moved_from IS NULL AND s.account_id = audit_log.actor_id AND s.workspace_id IS audit_log.workspace_id)
WHERE actor_id IS NOT NULL;
UPDATE audit_log SET target_subject = (SELECT s.id FROM audit_subjects s
                                       WHERE s.moved_from IS NULL AND s.account_id = audit_log.target_id AND s.workspace_id IS audit_log.workspace_id)
WHERE target_type = 'member' AND target_id IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
DROP INDEX audit_subjects_moved;
ALTER TABLE audit_subjects DROP COLUMN moved_from;

-- Subjects are as append-only as the rows that point to them, but for the one change an
-- erasure makes: every name, address and account gone, a pseudonym in their place.
CREATE TRIGGER audit_subjects_only_erased BEFORE UPDATE ON audit_subjects
WHEN NEW.account_id IS NOT NULL OR NEW.display_name IS NOT NULL OR NEW.email IS NOT NULL OR NEW.details IS NOT NULL
     OR NEW.pseudonym IS NULL OR NEW.id IS NOT OLD.id OR NEW.workspace_id IS NOT OLD.workspace_id
     OR NEW.since IS NOT OLD.since
BEGIN
    SELECT RAISE(ABORT, 'audit_subjects change only by an erasure');
END;
CREATE TRIGGER audit_subjects_no_delete BEFORE DELETE ON audit_subjects
BEGIN
    SELECT RAISE(ABORT, 'audit_subjects change only by an erasure');
END;
