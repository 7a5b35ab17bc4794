#!/usr/bin/env bash
# The users export budget (issue 17: 1,000,000 users to CSV in at most 3 s with at most 100 MB
# peak memory), measured through the real command line on the bench's SQLite file, beside
# `sqlite3 -csv` of the same columns in the same order in the same run. Prints one JSON line.
#   bench/export.sh USHER_EXECUTABLE DATABASE
# The file is only read (it has been opened by the bench before, so nothing is left to purge).
set -euo pipefail
usher=${1:?usher executable}
db=${2:?database file}
work=$(mktemp -d /tmp/usher-export-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_LOGGING_RULES="usher.*.info=false" HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

ms() { date +%s%3N; }
# Every column but groups (each person's groups are a lookup of their own; measured below).
columns=name,email,role,status,source,last-seen,joined
start=$(ms)
/usr/bin/time -f '%M' -o "$work/rss" "$usher" users export "$work/ours.csv" --database "$db" \
    --columns "$columns" > /dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
ours=$(( $(ms) - start ))
rss_kb=$(tail -1 "$work/rss")
rows=$(( $(wc -l < "$work/ours.csv") - 1 ))

start=$(ms)
"$usher" users export "$work/groups.csv" --database "$db" > /dev/null 2>&1
with_groups=$(( $(ms) - start ))

start=$(ms)
sqlite3 -csv -header "$db" "SELECT a.display_name, a.email, m.role, m.status, m.source, m.last_seen_at, m.joined_at \
    FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE m.workspace_id = 1 AND m.status <> 'deleted' \
    ORDER BY m.sort_name, m.id" > "$work/reference.csv"
reference=$(( $(ms) - start ))

printf '{"bench":"users-export","backend":"sqlite","rows":%d,"ms":%d,"ms_with_groups":%d,"peak_rss_mb":%.1f,"reference":"sqlite3 -csv","reference_ms":%d,"budget_ms":3000,"budget_rss_mb":100}\n' \
    "$rows" "$ours" "$with_groups" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$reference"
