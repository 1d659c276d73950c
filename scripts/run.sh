#!/usr/bin/env bash
# `make run`: installs what is missing, builds the frontend and the server, and serves the app
# with the embedded SQLite store and the demo sessions.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
stage "install missing tools" scripts/tools.sh build
stage "build the frontend (trunk, release)" trunk build --release
# The staff app: its own bundle in dist/staff/, served under /staff/ (after the residents' build,
# which empties dist/).
stage "build the staff app (trunk, release, dist/staff)" scripts/staff.sh build
stage "build the server" cargo build --profile server -p teilhabe-backend
print_stage_times
export TEILHABE_DEMO=${TEILHABE_DEMO:-1}
export TEILHABE_DIST=${TEILHABE_DIST:-$ROOT/dist}
echo "==> serving (Ctrl+C stops); store: ${TEILHABE_DATABASE_URL:-sqlite://data/teilhabe.db}"
exec "$ROOT/target/server/teilhabe" serve
