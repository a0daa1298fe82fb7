#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the sync server tests and prints its URL:
#   export MARIKA_TEST_POSTGRES_URL=$(scripts/start_test_postgres.sh)
# Stop it with: scripts/start_test_postgres.sh stop   (or just delete the folder).
# Installs postgresql with apt-get when missing. Runs the server as the `postgres` user
# when started as root (PostgreSQL refuses to run as root). Trust auth, fsync off,
# listening on 127.0.0.1 only: for tests, never for data.
set -euo pipefail

BASE=${MARIKA_PG_DIR:-/tmp/marika-test-pg}
PORT=${MARIKA_PG_PORT:-55432}

find_bin() {
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

BIN=$(find_bin || true)
if [ "${1:-}" = "stop" ]; then
  [ -n "$BIN" ] && [ -d "$BASE/data" ] && as_pg "'$BIN/pg_ctl' -D '$BASE/data' -m fast stop" >/dev/null || true
  rm -rf "$BASE"
  exit 0
fi

if [ -z "$BIN" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  BIN=$(find_bin)
fi

if ! as_pg "'$BIN/pg_ctl' -D '$BASE/data' status" >/dev/null 2>&1; then
  rm -rf "$BASE"
  mkdir -p "$BASE/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$BASE"
  as_pg "'$BIN/initdb' -D '$BASE/data' -A trust -U postgres --no-sync" >/dev/null
  as_pg "'$BIN/pg_ctl' -D '$BASE/data' -l '$BASE/log' -w \
    -o \"-p $PORT -k $BASE/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
  as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres marika_test"
fi
echo "postgresql://postgres@127.0.0.1:$PORT/marika_test"
