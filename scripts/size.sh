#!/usr/bin/env bash
# The frontend's download: every WASM and JS file in dist/, gzipped at level 9, against the
# budget of 250 KB (1 KB = 1000 bytes) for WASM + JS together. Build first (trunk build --release).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=${1:-$ROOT/dist}
BUDGET=250000

shopt -s nullglob
files=("$DIST"/*.wasm "$DIST"/*.js)
if [ ${#files[@]} -eq 0 ]; then
  echo "no WASM or JS in $DIST: build the frontend first (trunk build --release)" >&2
  exit 1
fi
total=0
for file in "${files[@]}"; do
  size=$(gzip -9 -c "$file" | wc -c)
  printf '%9d bytes gzipped  %s (%d bytes as built)\n' "$size" "$(basename "$file")" "$(wc -c < "$file")"
  total=$((total + size))
done
kb() { printf '%d.%d KB' $(($1 / 1000)) $(($1 % 1000 / 100)); }
echo "WASM + JS gzipped: $total bytes = $(kb "$total") (budget $(kb "$BUDGET"))"
if [ "$total" -gt "$BUDGET" ]; then
  echo "over budget by $((total - BUDGET)) bytes" >&2
  exit 1
fi
echo "$(kb $((BUDGET - total))) left"
