-- Lifecycle (issue 6): the status a member had before a soft delete, so Restore brings it
-- back; lookups of the audit log by actor; the audit log made append-only.

ALTER TABLE memberships ADD COLUMN status_before_delete TEXT
    CHECK (status_before_delete IS NULL OR status_before_delete IN ('invited', 'active', 'disabled'));
CREATE INDEX memberships_deleted ON memberships (status, deleted_at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
