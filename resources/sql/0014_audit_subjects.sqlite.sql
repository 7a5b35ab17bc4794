-- Audit subjects (issue 21): the people an audit row names, as they were named at the time.
-- Each row points to its actor's and its member target's subject instead of reading their names
-- from accounts when it is shown, so renaming someone no longer rewrites history, and erasing
-- them (GDPR) changes their subjects alone: the names go, a pseudonym takes their place, and
-- the audit rows themselves stay append-only. A subject is written when a row names someone
-- whose name or address differs from their last subject in that workspace.
-- Existing rows get one subject per person and workspace, with the names they have now (what
-- they had before was never kept); the append-only trigger steps aside for that update alone.

CREATE TABLE audit_subjects (
    id {{id}},
    workspace_id BIGINT,
    account_id BIGINT,
    display_name TEXT,
    email TEXT,
    pseudonym TEXT,
    since BIGINT NOT NULL
);
CREATE INDEX audit_subjects_account ON audit_subjects (account_id, id);

ALTER TABLE audit_log ADD COLUMN actor_subject BIGINT;
ALTER TABLE audit_log ADD COLUMN target_subject BIGINT;

INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, since)
SELECT p.workspace_id, p.account_id, ac.display_name, ac.email, MIN(p.at)
FROM (SELECT workspace_id, actor_id AS account_id, at FROM audit_log WHERE actor_id IS NOT NULL
      UNION ALL
      SELECT workspace_id, target_id, at FROM audit_log WHERE target_type = 'member' AND target_id IS NOT NULL) p
LEFT JOIN accounts ac ON ac.id = p.account_id
GROUP BY p.workspace_id, p.account_id, ac.display_name, ac.email;

DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET actor_subject = (SELECT s.id FROM audit_subjects s
                                      WHERE s.account_id = audit_log.actor_id AND s.workspace_id IS audit_log.workspace_id)
WHERE actor_id IS NOT NULL;
UPDATE audit_log SET target_subject = (SELECT s.id FROM audit_subjects s
                                       WHERE s.account_id = audit_log.target_id AND s.workspace_id IS audit_log.workspace_id)
WHERE target_type = 'member' AND target_id IS NOT NULL;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
