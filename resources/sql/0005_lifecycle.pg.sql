-- Lifecycle (issue 6): the status a member had before a soft delete, so Restore brings it
-- back; lookups of the audit log by actor; the audit log made append-only for every
-- database user, whatever program they use.

ALTER TABLE memberships ADD COLUMN status_before_delete TEXT
    CHECK (status_before_delete IS NULL OR status_before_delete IN ('invited', 'active', 'disabled'));
CREATE INDEX memberships_deleted ON memberships (status, deleted_at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);

CREATE FUNCTION usher_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION usher_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION usher_audit_append_only();
