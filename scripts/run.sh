#!/usr/bin/env bash
# `make run`: installs what is missing, builds the frontend and the server, and serves the app
# with the embedded SQLite store and the demo sessions.
#
# Check mode (`scripts/run.sh --check`, or `make run TEILHABE_CHECK=1`): the same stages, then
# the server on a free port; it fetches /, /staff/, /healthz and /api/v1/sessions and the
# scripts the two pages load, stops the server and exits 0 when every answer was 200. CI runs it
# on a fresh clone to prove the newcomer's path.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

check=${TEILHABE_CHECK:-0}
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    *) echo "usage: scripts/run.sh [--check]" >&2; exit 2 ;;
  esac
done

fail() { print_stage_times; exit 1; }
stage "install missing tools" scripts/tools.sh build || fail
stage "build the frontend (trunk, release)" trunk build --release || fail
# The staff app: its own bundle in dist/staff/, served under /staff/ (after the residents' build,
# which empties dist/).
stage "build the staff app (trunk, release, dist/staff)" scripts/staff.sh build || fail
# The residents' ideas store: a bundle of its own in dist/ideas/, served under /ideas.
stage "build the ideas store (trunk, release, dist/ideas)" scripts/ideas.sh build || fail
stage "build the server" cargo build --profile server -p teilhabe-backend || fail
export TEILHABE_DEMO=${TEILHABE_DEMO:-1}
export TEILHABE_DIST=${TEILHABE_DIST:-$ROOT/dist}

if [ "$check" = 1 ]; then
  stage "check: serve on a free port and fetch the pages, the API and the scripts" \
    scripts/serve_check.sh "$ROOT/target/server/teilhabe" || fail
  print_stage_times
  echo "make run: check passed"
  exit 0
fi

print_stage_times
echo "==> serving (Ctrl+C stops); store: ${TEILHABE_DATABASE_URL:-sqlite://data/teilhabe.db}"
exec "$ROOT/target/server/teilhabe" serve
