#!/usr/bin/env bash
# The staff app (programme office and ambassadors), a bundle of its own so that none of it
# weighs on the residents' download.
#   scripts/staff.sh build         → trunk builds staff-frontend/ into dist/staff/, served under /staff/
#   scripts/staff.sh build check   → and checks that the residents' WASM in dist/ carries no staff
#                                    texts (the i18n crate embeds staff.ftl only with feature "staff"),
#                                    and prints the staff bundle's size
# Run it after the residents' build: `trunk build` empties dist/, dist/staff/ included.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
DIST=${TEILHABE_STAFF_DIST:-$ROOT/dist/staff}
RESIDENTS=$(dirname "$DIST")

for step in "$@"; do
  case "$step" in
    build)
      trunk build staff-frontend/index.html --release --dist "$DIST" --public-url /staff/
      ;;
    check)
      shopt -s nullglob
      residents=("$RESIDENTS"/*.wasm)
      [ ${#residents[@]} -gt 0 ] || { echo "no residents' WASM in $RESIDENTS: build it first" >&2; exit 1; }
      # Fluent ids of staff.ftl, as they would appear if the file were embedded.
      for id in staff-nav-dashboard office-attendance-title assisted-consent-title; do
        if grep -qa "$id" "${residents[@]}"; then
          echo "the residents' WASM carries the staff text $id" >&2
          exit 1
        fi
      done
      echo "the residents' WASM carries no staff texts"
      total=0
      for file in "$DIST"/*.wasm "$DIST"/*.js; do
        size=$(gzip -9 -c "$file" | wc -c)
        printf '%9d bytes gzipped  staff/%s\n' "$size" "$(basename "$file")"
        total=$((total + size))
      done
      echo "staff app WASM + JS gzipped: $total bytes (no budget: only staff download it)"
      ;;
    *)
      echo "usage: scripts/staff.sh build [check]" >&2
      exit 2
      ;;
  esac
done
