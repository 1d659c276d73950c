#!/usr/bin/env bash
# Starts the built server (argument 1) on a free port with the demo data, as `make run` serves
# it, and checks what a newcomer's browser would ask for: /, /staff/, /ideas/, /healthz, /api/v1/sessions,
# and every script and WASM file the three pages load (200 each). Stops the server; exit 0 = all good.
set -euo pipefail
bin=${1:?usage: serve_check.sh SERVER_BINARY}
work=$(mktemp -d /tmp/teilhabe-check.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The files exist before the server starts: a background job opens its redirections in the child,
# which on a loaded machine can come after the first read below (sed failed on a missing file).
: >"$work/stdout"
: >"$work/stderr"
TEILHABE_ADDR=127.0.0.1:0 "$bin" serve >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
base=""
for _ in $(seq 1 240); do
  base=$(sed -n 's|^Teilhabe is ready at \(http://[^/]*\)/.*|\1|p' "$work/stdout" | head -n 1)
  [ -n "$base" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server exited before it was ready:" >&2
    tail -n 30 "$work/stderr" >&2
    exit 1
  fi
  sleep 0.5
done
[ -n "$base" ] || { echo "the server was not ready within 120 s" >&2; tail -n 30 "$work/stderr" >&2; exit 1; }
echo "server ready at $base"

failures=0
# fetch PATH [FILE]: GET base+PATH, 200 expected; the body goes to FILE (or nowhere).
fetch() {
  local path=$1 out=${2:-/dev/null} status
  status=$(curl -s -o "$out" -w '%{http_code}' --max-time 20 "$base$path") || status="no answer"
  printf '  %-60s %s\n' "$path" "$status"
  if [ "$status" != 200 ]; then failures=$((failures + 1)); fi
}

fetch /healthz
fetch /api/v1/sessions "$work/sessions.json"
if ! grep -q '"id"' "$work/sessions.json"; then
  echo "  /api/v1/sessions holds no course: the demo data is missing" >&2
  failures=$((failures + 1))
fi
for page in / /staff/ /ideas/; do
  fetch "$page" "$work/page.html"
  # The built app's script tags: the JS module and the WASM it loads (Trunk writes both with
  # content hashes). A page without them is not the built app.
  mapfile -t assets < <(grep -oE "(src|href)=\"[^\"]+\.(js|wasm)\"|'[^']+\.(js|wasm)'" "$work/page.html" \
    | sed -E "s/^(src|href)=//; s/[\"']//g" | sort -u)
  if [ ${#assets[@]} -eq 0 ]; then
    echo "  $page has no script tags of the built app" >&2
    failures=$((failures + 1))
  fi
  for asset in "${assets[@]}"; do fetch "$asset"; done
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all pages, scripts and API answers were 200"
