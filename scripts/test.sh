#!/usr/bin/env bash
# `make test`: installs its test tools, starts a throwaway PostgreSQL, and runs every check:
# format, lints, Rust tests on SQLite and PostgreSQL, and the browser tests in Chromium.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

PG_DIR=$(mktemp -d /tmp/teilhabe-pg.XXXXXX)
cleanup() {
  "$ROOT/scripts/postgres.sh" stop "$PG_DIR" || true
  rm -rf /tmp/teilhabe-tests
}
trap cleanup EXIT

start_postgres() {
  local url
  url=$("$ROOT/scripts/postgres.sh" start "$PG_DIR") || return 1
  export TEILHABE_TEST_POSTGRES_URL=$url
  export TEILHABE_REQUIRE_POSTGRES=1
  echo "PostgreSQL test server at $url"
}

rust_tests() {
  cargo test --no-fail-fast 2>&1 | tee "$PG_DIR/cargo-test.log"
  local status=${PIPESTATUS[0]}
  echo "Rust tests: $(grep -h '^test result:' "$PG_DIR/cargo-test.log" | awk '{p+=$4; f+=$6} END {print p" passed, "f" failed"}')"
  return "$status"
}

e2e_tests() {
  (cd "$ROOT/e2e" && TEILHABE_BIN="$ROOT/target/server/teilhabe" npx playwright test --grep-invert @lighthouse)
}

lighthouse_tests() {
  (cd "$ROOT/e2e" && TEILHABE_BIN="$ROOT/target/server/teilhabe" npx playwright test --grep @lighthouse)
}

# Incremental caches only pay off for edit-compile loops; here they would only take disk.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}

run() { stage "$@" || { print_stage_times; exit 1; }; }
run "install missing tools (wasm, trunk, chromium, npm packages)" scripts/tools.sh test
run "cargo fmt --check" cargo fmt --all -- --check
run "shellcheck (scripts/ and .ci/run)" shellcheck scripts/*.sh .ci/run
run "no module cycle in the backend" python3 scripts/module_cycles.py backend/src
run "cargo clippy (server and shared crates)" cargo clippy --all-targets -- -D warnings
run "cargo clippy (the in-process baseline of make bench)" cargo clippy -p teilhabe-baseline --all-targets -- -D warnings
run "cargo clippy (EventStoreDB adapter, feature eventstoredb)" cargo clippy -p teilhabe-backend --features eventstoredb --all-targets -- -D warnings
run "cargo clippy (frontend, wasm32)" cargo clippy -p teilhabe-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings
run "frontend unit tests (host)" cargo test -p teilhabe-frontend
run "cargo clippy (ideas store, wasm32)" cargo clippy -p teilhabe-ideas-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings
run "ideas store unit tests (host)" cargo test -p teilhabe-ideas-frontend
run "cargo clippy (staff app, wasm32)" cargo clippy -p teilhabe-staff-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings
run "staff app unit tests (host)" cargo test -p teilhabe-staff-frontend
run "start a throwaway PostgreSQL" start_postgres
run "build the server (release profile)" cargo build --profile server -p teilhabe-backend
# The crash test kills this release binary mid-load.
export TEILHABE_SERVER_BIN="$ROOT/target/server/teilhabe"
# The e-mail tests send through a real local SMTP server (aiosmtpd, installed by tools.sh).
export TEILHABE_TEST_SMTP_PYTHON="$ROOT/.tools/py/bin/python"
# …and fail rather than skip without it (the fault tests stop and start that server).
export TEILHABE_REQUIRE_SMTP=1
# The spelling check in teilhabe-i18n fails instead of skipping without hunspell's dictionaries.
export TEILHABE_REQUIRE_SPELLING=1
run "Rust tests (SQLite and PostgreSQL)" rust_tests
if [ -n "${CI:-}" ]; then
  # Nothing after this point uses the debug build; on a CI machine its disk is worth more.
  run "free disk: drop the debug build (CI only)" rm -rf "$ROOT/target/debug"
fi
run "build the frontend (trunk, release)" trunk build --release
run "frontend size (WASM + JS gzipped, budget 250 KB)" scripts/size.sh
run "build the staff app (trunk, release, dist/staff; no staff texts in the residents' WASM)" scripts/staff.sh build check
run "build the ideas store (trunk, release, dist/ideas; within 250 KB, no ideas texts in the main WASM)" scripts/ideas.sh build check
run "browser tests (Playwright + axe in Chromium)" e2e_tests
run "schemathesis (every API operation against /api/openapi.json)" scripts/schemathesis.sh
run "cargo fuzz (each target ${FUZZ_SECONDS:=45}s)" env FUZZ_SECONDS="$FUZZ_SECONDS" scripts/fuzz.sh
run "Lighthouse (start page and course finder, mobile)" lighthouse_tests
print_stage_times
echo "all checks passed"
