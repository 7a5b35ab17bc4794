#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port for the tests, with TLS from a throwaway
# CA and password (scram-sha-256) authentication for the test roles: `usher` owns the schema
# (runs the migrations), `usher_op` is a day-to-day login holding only the usher_operator role.
#   scripts/lib/pg.sh start DIR   starts it and writes DIR/env (shell variables for the tests)
#   scripts/lib/pg.sh stop DIR    stops it
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

if [ "$cmd" = stop ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then
        runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    exit 0
fi

mkdir -p "$dir"
chmod 755 "$dir"

# A free port: the first of a few candidates nobody listens on.
port=""
for candidate in $(shuf -i 20000-60000 -n 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || { echo "No free port for PostgreSQL" >&2; exit 1; }

# Certificates: a CA that signs the server's, and an unrelated CA for the refusal test.
tls="$dir/tls"
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Usher Test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Some Other CA" \
    -keyout "$tls/other-ca.key" -out "$tls/other-ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$tls/san.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
    -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
chown postgres:postgres "$tls/server.key" "$tls/server.crt"
chmod 600 "$tls/server.key"
chmod 644 "$tls/ca.crt" "$tls/other-ca.crt"

chown postgres:postgres "$dir"
runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat > "$dir/data/pg_hba.conf" <<HBA
local all postgres trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
HBA
runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c ssl=on \
        -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key -c max_connections=200 \
        -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" start >/dev/null
psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE usher LOGIN CREATEDB PASSWORD 'usher-test-pw'" \
    -c "CREATE DATABASE usher OWNER usher" \
    -c "CREATE ROLE usher_operator NOLOGIN" \
    -c "CREATE ROLE usher_op LOGIN PASSWORD 'usher-op-test-pw' IN ROLE usher_operator" \
    -c "CREATE EXTENSION pg_stat_statements" # what the complexity guards read (tst_complexity)

cat > "$dir/env" <<ENV
export USHER_TEST_PG_HOST=127.0.0.1
export USHER_TEST_PG_PORT=$port
export USHER_TEST_PG_USER=usher
export USHER_TEST_PG_PASSWORD=usher-test-pw
export USHER_TEST_PG_DATABASE=usher
export USHER_TEST_PG_OPERATOR_USER=usher_op
export USHER_TEST_PG_OPERATOR_PASSWORD=usher-op-test-pw
export USHER_TEST_PG_CA=$tls/ca.crt
export USHER_TEST_PG_OTHER_CA=$tls/other-ca.crt
export USHER_TEST_PG_ADMIN="host=127.0.0.1 port=$port user=postgres dbname=postgres"
ENV
echo "PostgreSQL is up on 127.0.0.1:$port"
