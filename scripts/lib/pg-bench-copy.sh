#!/usr/bin/env bash
# Copies the people of a SQLite benchmark database into a PostgreSQL database that Usher's
# migrations have set up (usher-bench --schema-only), in bulk: COPY with triggers off, the
# sort keys taken along and the kept member counts made afresh. The people tables' own
# indexes (not those behind a primary key or a unique constraint) are dropped first, their
# definitions saved from pg_indexes, and built again after the copy with a large
# maintenance_work_mem, so ten million people copy in minutes rather than hours (the sample
# loader inserts row by row with every index and trigger live). All in one transaction: a
# failure leaves the database as it was.
#   scripts/lib/pg-bench-copy.sh SQLITE_FILE DATABASE   (server from USHER_TEST_PG_HOST/PORT)
#   USHER_BENCH_PG_MEMORY   maintenance_work_mem for the index builds (default 1GB)
set -euo pipefail
sqlite=${1:?SQLite file}
database=${2:?PostgreSQL database}
memory=${USHER_BENCH_PG_MEMORY:-1GB}
pg=(psql -q -v ON_ERROR_STOP=1 -h "$USHER_TEST_PG_HOST" -p "$USHER_TEST_PG_PORT" -U postgres -d "$database")

copy() { # table, columns
    echo "\\copy $1 ($2) FROM PROGRAM 'sqlite3 -csv \"$sqlite\" \"SELECT $2 FROM $1\"' WITH (FORMAT csv)"
}
accounts="id, email, email_key, first_name, last_name, display_name, avatar, password_hash, must_change_password, failed_logins, locked_until, created_at"
memberships="id, account_id, workspace_id, role, status, source, joined_at, last_seen_at, deleted_at, version, updated_at, updated_by, sort_name, email_key, group_key, status_before_delete"
invites="id, workspace_id, email, email_key, role, token_hash, message, created_by, created_at, expires_at, accepted_at, cancelled_at, superseded_at, account_id"
tables="'accounts', 'memberships', 'groups', 'group_members', 'group_permissions', 'invites'"

start=$(date +%s)
"${pg[@]}" <<SQL
SET session_replication_role = replica; -- no triggers: the keys come along
SET maintenance_work_mem = '$memory';
SET max_parallel_maintenance_workers = 2;
\\timing on
BEGIN;
-- The people tables' indexes, except those that back a constraint, set aside until the rows are in.
CREATE TEMP TABLE bench_indexes ON COMMIT DROP AS
    SELECT i.schemaname, i.indexname, i.indexdef FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname
    WHERE i.schemaname = current_schema() AND i.tablename IN ($tables)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid);
SELECT count(*) AS "indexes set aside" FROM bench_indexes;
DO \$\$ DECLARE r record; BEGIN
    FOR r IN SELECT schemaname, indexname FROM bench_indexes LOOP
        EXECUTE format('DROP INDEX %I.%I', r.schemaname, r.indexname);
    END LOOP;
END \$\$;
DELETE FROM invite_groups; DELETE FROM invites;
DELETE FROM group_members; DELETE FROM group_permissions; DELETE FROM groups; DELETE FROM memberships; DELETE FROM accounts;
$(copy accounts "$accounts")
$(copy memberships "$memberships")
$(copy groups "id, workspace_id, name, description, source, external_id, synced_at, created_at")
$(copy group_members "group_id, account_id, added_at")
$(copy group_permissions "group_id, permission")
$(copy invites "$invites")
-- The kept counts (migration 9), which the triggers left alone.
DELETE FROM membership_counts;
INSERT INTO membership_counts (workspace_id, role, status, members)
    SELECT workspace_id, role, status, COUNT(*) FROM memberships GROUP BY workspace_id, role, status;
UPDATE groups g SET member_count = (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id);
-- SQLite lowers ASCII only; PostgreSQL's sort keys are Unicode-lowered.
UPDATE memberships m SET sort_name = lower(a.display_name) FROM accounts a
    WHERE a.id = m.account_id AND m.sort_name <> lower(a.display_name);
SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT MAX(id) FROM accounts));
SELECT setval(pg_get_serial_sequence('memberships', 'id'), (SELECT MAX(id) FROM memberships));
SELECT setval(pg_get_serial_sequence('groups', 'id'), (SELECT MAX(id) FROM groups));
SELECT setval(pg_get_serial_sequence('invites', 'id'), COALESCE((SELECT MAX(id) FROM invites), 1));
-- The indexes again, exactly as they were.
DO \$\$ DECLARE r record; BEGIN
    FOR r IN SELECT indexdef FROM bench_indexes LOOP
        EXECUTE r.indexdef;
    END LOOP;
END \$\$;
DO \$\$ BEGIN
    IF EXISTS (SELECT 1 FROM bench_indexes b WHERE NOT EXISTS (SELECT 1 FROM pg_indexes i
               WHERE i.schemaname = b.schemaname AND i.indexname = b.indexname AND i.indexdef = b.indexdef)) THEN
        RAISE EXCEPTION 'an index of the people tables did not come back as it was';
    END IF;
END \$\$;
COMMIT;
VACUUM ANALYZE;
SQL
echo "Copied $sqlite into $database in $(( $(date +%s) - start )) s" >&2
