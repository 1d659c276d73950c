#!/usr/bin/env bash
# `make bench`: criterion benches and the HTTP load generator against the release server, on
# SQLite and PostgreSQL. Prints every figure that BENCHMARKS.md records. Takes ~10 minutes.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
# Which parts to run (all by default): http-sqlite http-postgres big criterion
PARTS=${PARTS:-"http-sqlite http-postgres big criterion baseline"}
want() { [[ " $PARTS " == *" $1 "* ]]; }
WORK=$(mktemp -d /tmp/teilhabe-bench.XXXXXX)
chmod 755 "$WORK"   # the PostgreSQL server runs as another user
PG_DIR="$WORK/pg"
cleanup() {
  pkill -f "teilhabe-bench-server" 2>/dev/null || true
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null
  "$ROOT/scripts/postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

stage "build the release server and the load generator" cargo build --profile server -p teilhabe-backend --bins --examples
BIN="$ROOT/target/server/teilhabe"
LOAD="$ROOT/target/server/examples/load"

serve() { # serve URL PORT: starts the server, waits until ready
  # Waiting lists without a limit: the runs measure registrations, and a hot session's list
  # would close after 3 x its capacity (every later answer a 409, counted as `refused`).
  TEILHABE_WAITLIST_MULTIPLE=0 TEILHABE_DATABASE_URL=$1 TEILHABE_ADDR=127.0.0.1:$2 TEILHABE_REGISTRATIONS_PER_HOUR=0 RUST_LOG=warn "$BIN" serve >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$2/readyz" >/dev/null && return 0; sleep 0.2; done
  echo "server did not get ready"; cat "$WORK/server.log"; return 1
}
stop_server() { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=; }

http_runs() { # http_runs NAME URL
  local name=$1 url=$2 port=18190
  "$BIN" --database-url "$url" seed-demo --events 20000 >/dev/null
  serve "$url" $port || return 1
  for clients in 1 16 256; do
    echo "[$name] $("$LOAD" --url http://127.0.0.1:$port --clients $clients --seconds "$SECONDS_PER_RUN" --mode register-many)"
  done
  for clients in 16 256; do
    echo "[$name] $("$LOAD" --url http://127.0.0.1:$port --clients $clients --seconds "$SECONDS_PER_RUN" --mode register-hot)"
  done
  echo "[$name] $("$LOAD" --url http://127.0.0.1:$port --clients 64 --seconds "$SECONDS_PER_RUN" --mode catalogue)"
  echo "[$name] exactly capacity confirmed on the hot session: $(curl -s http://127.0.0.1:$port/api/v1/sessions | python3 -c 'import json,sys; s=[x for x in json.load(sys.stdin)]; print(all(x["seats_left"]>=0 for x in s))')"
  stop_server
}

want http-sqlite && stage "HTTP load, SQLite" http_runs sqlite "sqlite://$WORK/load.db"
if want http-postgres; then
  PG_URL=$("$ROOT/scripts/postgres.sh" start "$PG_DIR") || { echo "PostgreSQL did not start"; exit 1; }
  psql "$PG_URL" -qc "CREATE DATABASE bench" >/dev/null
  stage "HTTP load, PostgreSQL" http_runs postgres "${PG_URL%/*}/bench"
fi

big() { # 1 M events: generate, rebuild, verify, and the server's memory
  local url="sqlite://$WORK/big.db"
  "$BIN" --database-url "$url" seed-demo --events 1000000
  "$BIN" --database-url "$url" rebuild --all
  "$BIN" --database-url "$url" verify
  serve "$url" 18191 || return 1
  for _ in $(seq 1 2000); do curl -s http://127.0.0.1:18191/api/v1/sessions >/dev/null; done
  local rss
  rss=$(grep VmRSS "/proc/$SERVER_PID/status")
  echo "server RSS with 1 M events: ${rss#VmRSS:}"
  stop_server
}
want big && stage "1 M events: generate, rebuild, verify, RSS (SQLite)" big
want criterion && stage "criterion benches" cargo bench -p teilhabe-backend --bench store
baseline() {
  cargo build --profile server -p teilhabe-baseline || return 1
  local url=""
  if [ -n "${PG_URL:-}" ]; then url=$PG_URL; else
    PG_URL=$("$ROOT/scripts/postgres.sh" start "$PG_DIR") && url=$PG_URL
  fi
  "$ROOT/target/server/teilhabe-baseline" "$url"
}
want baseline && stage "in process: teilhabe's command bus against cqrs-es's shipped repositories" baseline
print_stage_times
