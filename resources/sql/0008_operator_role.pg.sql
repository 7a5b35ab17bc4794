-- Separate logins (issue 14): the login that owns the schema runs the migrations; the logins
-- operators use day to day hold the role usher_operator, which may read everything and change
-- only what Usher changes. It may not truncate, alter or drop anything, nor update or delete
-- audit_log or erasure_log rows, nor drop or disable the audit triggers (only an owner may).
-- An admin grants it: GRANT usher_operator TO alice;
-- A migration that adds a table replaces usher_grant_operator() to cover it.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'usher_operator')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
        CREATE ROLE usher_operator NOLOGIN;
    END IF;
END
$$;

-- Grants the role its rights in this database; does nothing when the role does not exist
-- (a database administrator creates it: CREATE ROLE usher_operator NOLOGIN) or already has them.
-- Usher calls it each time the owner connects, so a role created later gets its rights then.
CREATE FUNCTION usher_grant_operator() RETURNS void AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'usher_operator')
       OR has_table_privilege('usher_operator', 'signup_groups', 'DELETE') THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO usher_operator', current_schema());
    GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, memberships, groups, group_members, group_permissions,
        invites, invite_groups, waitlist, sessions, login_events, password_resets, outbox, signup_groups
        TO usher_operator;
    GRANT SELECT, UPDATE ON workspaces TO usher_operator;
    GRANT SELECT, INSERT ON audit_log, erasure_log TO usher_operator;
    GRANT SELECT ON schema_version TO usher_operator;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO usher_operator', current_schema());
END;
$$ LANGUAGE plpgsql;

SELECT usher_grant_operator();
