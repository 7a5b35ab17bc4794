#!/usr/bin/env bash
# The CSV import budget (SPEC: 100,000 new people parsed, checked and applied on SQLite in at
# most 3 s, and at most 3x `sqlite3 .import` of the same file into a plain table), measured
# through the real command line beside that reference in the same run; and the import wizard's
# preview of that file (first rows within 300 ms), and the workbench opening it (within a second). Prints three JSON lines.
#   bench/import.sh USHER_EXECUTABLE USHER_BENCH_EXECUTABLE [ROWS]
set -euo pipefail
usher=${1:?usher executable}
bench=${2:?usher-bench executable}
rows=${3:-100000}
work=$(mktemp -d /tmp/usher-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_LOGGING_RULES="usher.*.info=false" HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# A workspace of 1,000 sample people, and an Admin of it to import as.
"$bench" --users 1000 --data-dir "$work" --prepare-only >/dev/null 2>&1
db="$work/users-1000.usher"
admin=$(sqlite3 "$db" "SELECT a.email FROM accounts a JOIN memberships m ON m.account_id = a.id \
    WHERE m.role = 'admin' AND m.status = 'active' ORDER BY a.id LIMIT 1")
awk -v n="$rows" 'BEGIN { print "Email,First name,Last name,Role"
    for (i = 0; i < n; i++) printf "import%d@example.org,Person,Number %d,member\n", i, i }' > "$work/people.csv"

ms() { date +%s%3N; }
start=$(ms)
"$usher" csv import "$work/people.csv" --database "$db" --as "$admin" --no-mail > "$work/out.txt"
ours=$(( $(ms) - start ))
imported=$(sqlite3 "$db" "SELECT COUNT(*) FROM accounts WHERE email LIKE 'import%@example.org'")

start=$(ms)
sqlite3 "$work/reference.db" ".mode csv" ".import $work/people.csv people"
reference=$(( $(ms) - start ))

# The wizard's preview of the same file: its first rows shown, and every row read and checked.
"$bench" --import-preview "$work/people.csv"
# The workbench opening the same file (every row checked), a typed cell and a sort.
"$bench" --workbench "$work/people.csv"

printf '{"bench":"csv-import","backend":"sqlite","rows":%d,"imported":%d,"ms":%d,"reference":"sqlite3 .import","reference_ms":%d,"ratio":%.1f,"budget_ms":3000,"budget_ratio":3}\n' \
    "$rows" "$imported" "$ours" "$reference" "$(awk -v a="$ours" -v b="$reference" 'BEGIN { print a / (b > 0 ? b : 1) }')"
