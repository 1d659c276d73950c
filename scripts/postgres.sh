#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests, with the installed initdb/pg_ctl.
#   scripts/postgres.sh start DIR   → prints the admin URL (postgres://…) on stdout
#   scripts/postgres.sh stop DIR
#   scripts/postgres.sh down DIR    → stops the cluster, keeping its data (for fault tests)
#   scripts/postgres.sh up DIR      → starts it again on the same port
set -euo pipefail
cmd=${1:?start|stop|down|up}
dir=${2:?cluster directory}

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  find /usr/lib/postgresql -path "*/bin/$name" 2>/dev/null | sort -V | tail -n 1
}
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then echo "postgres.sh: initdb/pg_ctl not found" >&2; exit 1; fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  as_owner "$PG_CTL" -D "$1/data" -l "$1/server.log" -w \
    -o "-p $2 -k $1 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    echo "$port" >"$dir/port"
    as_owner "$INITDB" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1
    pg_start "$dir" "$port"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  down)
    as_owner "$PG_CTL" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  up)
    pg_start "$dir" "$(cat "$dir/port")"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$PG_CTL" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop|down|up DIR" >&2; exit 2 ;;
esac
