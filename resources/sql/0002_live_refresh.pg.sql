-- Live refresh on PostgreSQL: every committed change to the data the views show sends one
-- NOTIFY on the channel usher_changes (PostgreSQL folds identical notifications of a
-- transaction into one, so a bulk change costs a single message).

CREATE FUNCTION usher_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('usher_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_notify AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION usher_notify_change();
CREATE TRIGGER memberships_notify AFTER INSERT OR UPDATE OR DELETE ON memberships
    FOR EACH STATEMENT EXECUTE FUNCTION usher_notify_change();
CREATE TRIGGER groups_notify AFTER INSERT OR UPDATE OR DELETE ON groups
    FOR EACH STATEMENT EXECUTE FUNCTION usher_notify_change();
CREATE TRIGGER group_members_notify AFTER INSERT OR UPDATE OR DELETE ON group_members
    FOR EACH STATEMENT EXECUTE FUNCTION usher_notify_change();
