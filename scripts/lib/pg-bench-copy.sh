#!/usr/bin/env bash
# Copies the people of a SQLite benchmark database into a PostgreSQL database that Usher's
# migrations have set up (usher-bench --schema-only), in bulk: COPY with triggers off and the
# sort keys taken along. The sample loader inserts row by row with triggers, which takes
# over an hour for a million people on PostgreSQL; this takes a few minutes.
#   scripts/lib/pg-bench-copy.sh SQLITE_FILE DATABASE   (server from USHER_TEST_PG_HOST/PORT)
set -euo pipefail
sqlite=${1:?SQLite file}
database=${2:?PostgreSQL database}
pg=(psql -q -v ON_ERROR_STOP=1 -h "$USHER_TEST_PG_HOST" -p "$USHER_TEST_PG_PORT" -U postgres -d "$database")

copy() { # table, columns
    echo "\\copy $1 ($2) FROM PROGRAM 'sqlite3 -csv \"$sqlite\" \"SELECT $2 FROM $1\"' WITH (FORMAT csv)"
}
accounts="id, email, email_key, first_name, last_name, display_name, avatar, password_hash, must_change_password, failed_logins, locked_until, created_at"
memberships="id, account_id, workspace_id, role, status, source, joined_at, last_seen_at, deleted_at, version, updated_at, updated_by, sort_name, email_key, group_key"

"${pg[@]}" <<SQL
SET session_replication_role = replica; -- no triggers: the keys come along
BEGIN;
DELETE FROM group_members; DELETE FROM group_permissions; DELETE FROM groups; DELETE FROM memberships; DELETE FROM accounts;
$(copy accounts "$accounts")
$(copy memberships "$memberships")
$(copy groups "id, workspace_id, name, description, source, external_id, synced_at, created_at")
$(copy group_members "group_id, account_id, added_at")
$(copy group_permissions "group_id, permission")
-- SQLite lowers ASCII only; PostgreSQL's sort keys are Unicode-lowered.
UPDATE memberships m SET sort_name = lower(a.display_name) FROM accounts a
    WHERE a.id = m.account_id AND m.sort_name <> lower(a.display_name);
SELECT setval(pg_get_serial_sequence('accounts', 'id'), (SELECT MAX(id) FROM accounts));
SELECT setval(pg_get_serial_sequence('memberships', 'id'), (SELECT MAX(id) FROM memberships));
SELECT setval(pg_get_serial_sequence('groups', 'id'), (SELECT MAX(id) FROM groups));
COMMIT;
VACUUM ANALYZE;
SQL
