#!/usr/bin/env bash
# Start (or reuse) a throwaway PostgreSQL cluster for the store tests and print the line to use it:
#
#   eval "$(bash .ci/start_postgres.sh)"      # sets NEWSLEDGER_TEST_PG_URL
#   bash .ci/start_postgres.sh --stop         # stops the cluster and deletes its folder
#
# Idempotent: a second run finds the running cluster and prints the same line. Only the `export`
# line goes to stdout (so `eval` works); progress goes to stderr. The line is also written to
# $NEWSLEDGER_PG_DIR/env for callers that prefer `source`.
#
# Settings (environment): NEWSLEDGER_PG_DIR (default /tmp/newsledger-pg, the cluster's folder),
# NEWSLEDGER_PG_PORT (default 54329; the next free port is taken when it is busy).
set -euo pipefail

PG_DIR="${NEWSLEDGER_PG_DIR:-/tmp/newsledger-pg}"
DATA="$PG_DIR/data"
FIRST_PORT="${NEWSLEDGER_PG_PORT:-54329}"
DB_NAME="newsledger_test"
PORT_TRIES=20  # ports tried after FIRST_PORT before giving up

log() { echo "start_postgres: $*" >&2; }

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir)"
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  fi
  # Debian keeps the server binaries per major version, outside PATH; take the newest.
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# Run a server binary as the cluster owner: initdb and postgres refuse to run as root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_free() {
  python3 - "$1" <<'EOF'
import socket, sys
with socket.socket() as s:
    try:
        s.bind(("127.0.0.1", int(sys.argv[1])))
    except OSError:
        sys.exit(1)
EOF
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
  if [ "${1:-}" = "--stop" ]; then exit 0; fi
  log "PostgreSQL server binaries not found: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BINDIR="$(find_bindir)" || { log "initdb still not found after install"; exit 1; }
fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DATA/PG_VERSION" ]; then
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
  fi
  rm -rf "$PG_DIR"
  log "stopped and removed $PG_DIR"
  exit 0
fi

if [ -f "$PG_DIR/env" ] && [ -f "$DATA/PG_VERSION" ] \
    && as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "reusing the cluster running in $PG_DIR"
  sed -n 's/^export /export /p' "$PG_DIR/env"
  exit 0
fi

if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir "$PG_DIR" --shell /usr/sbin/nologin postgres
fi

# A folder left by a crashed run: stop whatever still runs there and start afresh.
if [ -f "$DATA/PG_VERSION" ]; then
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$PG_DIR"
mkdir -p "$PG_DIR"
if [ "$(id -u)" = "0" ]; then chown postgres: "$PG_DIR"; fi

PORT="$FIRST_PORT"
for _ in $(seq "$PORT_TRIES"); do
  if port_free "$PORT"; then break; fi
  PORT=$((PORT + 1))
done
port_free "$PORT" || { log "no free port from $FIRST_PORT on"; exit 1; }

log "initdb in $DATA"
as_owner "$BINDIR/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Throwaway data: durability off makes every test's schema setup faster.
as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$PG_DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2
"$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB_NAME"

LINE="export NEWSLEDGER_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB_NAME"
echo "$LINE" > "$PG_DIR/env"
log "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($PG_DIR)"
echo "$LINE"
