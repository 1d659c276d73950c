#!/usr/bin/env bash
# Runs schemathesis (from PyPI, in .tools/py) against the real server built for release:
# every operation of /api/openapi.json, public ones and the office's with an office login,
# the ambassadors' with an ambassador login. Fails on any 5xx, any answer that does not fit
# the document (status, content type, body schema, headers). Prints operations and cases.
#
# Not run: positive_data_acceptance and negative_data_rejection. The server checks more than
# a JSON schema can say (a phone number's digits, a district's name, a date not in the
# future), so schema-valid input is often rightly refused; and the session cookie is sent as
# a fixed header, so schemathesis cannot vary it.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
BIN=${TEILHABE_BIN:-$ROOT/target/server/teilhabe}
ST="$TOOLS/py/bin/schemathesis"
WORK=$(mktemp -d /tmp/teilhabe-schemathesis.XXXXXX)
PORT=${SCHEMATHESIS_PORT:-18570}
BASE="http://127.0.0.1:$PORT"
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-25}

TEILHABE_DEMO=1 TEILHABE_ADDR=127.0.0.1:$PORT TEILHABE_DATABASE_URL="sqlite://$WORK/t.db" \
  TEILHABE_CODE_MISSES_PER_HOUR=0 TEILHABE_REGISTRATIONS_PER_HOUR=0 TEILHABE_APPLICATIONS_PER_HOUR=0 RUST_LOG=warn \
  "$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done

# login EMAIL → "cookie csrf"
login() {
  local response
  response=$(curl -fsS -i -X POST "$BASE/api/v1/staff/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"teilhabe-demo-2026\"}") || return 1
  local cookie csrf
  cookie=$(printf '%s\n' "$response" | tr -d '\r' | grep -i '^set-cookie:' | sed 's/^[^:]*: //; s/;.*//')
  csrf=$(printf '%s\n' "$response" | tail -n 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
  echo "$cookie $csrf"
}

CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance
status=0
summary=()
run_st() { # NAME COOKIE CSRF FILTER…
  local name=$1 cookie=$2 csrf=$3; shift 3
  echo "--> schemathesis: $name"
  (cd "$WORK" && "$ST" run "$BASE/api/openapi.json" --checks "$CHECKS" -n "$EXAMPLES" --workers 2 --no-color \
    --seed 1 -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" "$@") >"$WORK/$name.txt" 2>&1
  local s=$?
  # On a failure the whole report (each failing case with its curl line); else the summary.
  if [ $s -eq 0 ]; then tail -n 25 "$WORK/$name.txt"; else cat "$WORK/$name.txt"; fi
  local operations cases
  operations=$(grep -E '^ +Tested: [0-9]+' "$WORK/$name.txt" | grep -oE '[0-9]+' | head -n 1)
  cases=$(grep -E '^ +[0-9]+ generated' "$WORK/$name.txt" | sed 's/^ *//')
  summary+=("schemathesis $name: ${operations:-?} operations, ${cases:-no cases}")
  [ $s -eq 0 ] || status=1
}

read -r office_cookie office_csrf < <(login office@teilhabe.example)
read -r amb_cookie amb_csrf < <(login ambassador@teilhabe.example)
run_st "public-and-office" "$office_cookie" "$office_csrf" \
  --exclude-path-regex '^/api/v1/(ambassador/|staff/logout)'
run_st "ambassador" "$amb_cookie" "$amb_csrf" --include-path-regex '^/api/v1/ambassador/'
printf '%s\n' "${summary[@]}"
if grep -q "panicked" "$WORK/server.log"; then
  echo "the server panicked:"; grep -A3 panicked "$WORK/server.log"; status=1
fi
exit $status
