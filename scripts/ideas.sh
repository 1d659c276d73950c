#!/usr/bin/env bash
# The residents' ideas store, a bundle of its own (ideas-frontend/: the residents' frame and
# settings from the frontend crate, the ideas pages and their texts), so that the residents'
# main download stays within its 250 KB budget.
#   scripts/ideas.sh build         → trunk builds ideas-frontend/ into dist/ideas/, served under /ideas
#   scripts/ideas.sh build check   → and checks its WASM + JS against the same budget (250 KB
#                                    gzipped), and that the residents' main WASM carries none of
#                                    the ideas store's texts
# Run it after the residents' build: `trunk build` empties dist/, dist/ideas/ included.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
DIST=${TEILHABE_IDEAS_DIST:-$ROOT/dist/ideas}
RESIDENTS=$(dirname "$DIST")

for step in "$@"; do
  case "$step" in
    build)
      trunk build ideas-frontend/index.html --release --dist "$DIST" --public-url /ideas/
      ;;
    check)
      shopt -s nullglob
      residents=("$RESIDENTS"/*.wasm)
      [ ${#residents[@]} -gt 0 ] || { echo "no residents' WASM in $RESIDENTS: build it first" >&2; exit 1; }
      # Fluent ids of ideas-public.ftl, as they would appear if the file were embedded.
      for id in ideas-ui-support-code-hint ideas-ui-check-note; do
        if grep -qa "$id" "${residents[@]}"; then
          echo "the residents' main WASM carries the ideas text $id" >&2
          exit 1
        fi
      done
      echo "the residents' main WASM carries no texts of the ideas store"
      scripts/size.sh "$DIST"
      ;;
    *)
      echo "usage: scripts/ideas.sh build [check]" >&2
      exit 2
      ;;
  esac
done
