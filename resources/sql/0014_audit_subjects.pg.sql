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
       before_json::jsonb ->> 'display_name', before_json::jsonb ->> 'email',
       jsonb_strip_nulls(jsonb_build_object('email', before_json::jsonb -> 'email', 'first_name', before_json::jsonb -> 'first_name',
                                            'last_name', before_json::jsonb -> 'last_name',
                                            'display_name', before_json::jsonb -> 'display_name'))::text,
       at, id
FROM audit_log
WHERE before_json IS NOT NULL AND before_json::jsonb ?| ARRAY['email', 'first_name', 'last_name', 'display_name'];
INSERT INTO audit_subjects (workspace_id, account_id, display_name, email, details, since, moved_from)
SELECT workspace_id, CASE WHEN target_type = 'member' THEN target_id END,
       after_json::jsonb ->> 'display_name', after_json::jsonb ->> 'email',
       jsonb_strip_nulls(jsonb_build_object('email', after_json::jsonb -> 'email', 'first_name', after_json::jsonb -> 'first_name',
                                            'last_name', after_json::jsonb -> 'last_name',
                                            'display_name', after_json::jsonb -> 'display_name'))::text,
       at, -id
FROM audit_log
WHERE after_json IS NOT NULL AND after_json::jsonb ?| ARRAY['email', 'first_name', 'last_name', 'display_name'];

ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
UPDATE audit_log a SET before_subject = s.id,
       before_json = NULLIF((a.before_json::jsonb - 'email' - 'first_name' - 'last_name' - 'display_name')::text, '{}')
FROM audit_subjects s WHERE s.moved_from = a.id;
UPDATE audit_log a SET after_subject = s.id,
       after_json = NULLIF((a.after_json::jsonb - 'email' - 'first_name' - 'last_name' - 'display_name')::text, '{}')
FROM audit_subjects s WHERE s.moved_from = -a.id;
UPDATE audit_log SET actor_subject = (SELECT s.id FROM audit_subjects s
                                      WHERE s.moved_from IS NULL AND s.account_id = audit_log.actor_id AND s.workspace_id IS NOT DISTINCT FROM audit_log.workspace_id)
WHERE actor_id IS NOT NULL;
UPDATE audit_log SET target_subject = (SELECT s.id FROM audit_subjects s
                                       WHERE s.moved_from IS NULL AND s.account_id = audit_log.target_id AND s.workspace_id IS NOT DISTINCT FROM audit_log.workspace_id)
WHERE target_type = 'member' AND target_id IS NOT NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
DROP INDEX audit_subjects_moved;
ALTER TABLE audit_subjects DROP COLUMN moved_from;

-- Subjects are as append-only as the rows that point to them, but for the one change an
-- erasure makes: every name, address and account gone, a pseudonym in their place.
CREATE OR REPLACE FUNCTION usher_audit_subjects_only_erased() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'audit_subjects change only by an erasure' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.account_id IS NOT NULL OR NEW.display_name IS NOT NULL OR NEW.email IS NOT NULL
       OR NEW.details IS NOT NULL OR NEW.pseudonym IS NULL OR NEW.id IS DISTINCT FROM OLD.id
       OR NEW.workspace_id IS DISTINCT FROM OLD.workspace_id OR NEW.since IS DISTINCT FROM OLD.since THEN
        RAISE EXCEPTION 'audit_subjects change only by an erasure' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_subjects_only_erased BEFORE UPDATE OR DELETE ON audit_subjects
    FOR EACH ROW EXECUTE FUNCTION usher_audit_subjects_only_erased();
CREATE TRIGGER audit_subjects_no_truncate BEFORE TRUNCATE ON audit_subjects
    FOR EACH STATEMENT EXECUTE FUNCTION usher_audit_subjects_only_erased();

-- Operators write subjects as they write audit rows, and change them only to erase someone.
CREATE OR REPLACE FUNCTION usher_grant_operator() RETURNS void AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'usher_operator')
       OR has_table_privilege('usher_operator', 'audit_subjects', 'SELECT') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO usher_operator', current_schema());
    GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, memberships, groups, group_members, group_permissions,
        invites, invite_groups, waitlist, sessions, login_events, password_resets, outbox, signup_groups
        TO usher_operator;
    GRANT SELECT, UPDATE ON workspaces TO usher_operator;
    GRANT SELECT, INSERT ON audit_log, erasure_log TO usher_operator;
    GRANT SELECT, INSERT, UPDATE ON audit_subjects TO usher_operator;
    GRANT SELECT ON schema_version, membership_counts TO usher_operator;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO usher_operator', current_schema());
END;
$$ LANGUAGE plpgsql;

SELECT usher_grant_operator();
