# Shared by the scripts: timed, announced stages and the tool paths.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

STAGE_TIMES=()
# stage NAME COMMAND…: prints what it does and how long it took.
stage() {
  local name=$1; shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  local status=$?
  local took=$((SECONDS - start))
  STAGE_TIMES+=("$(printf '%5ss  %s' "$took" "$name")")
  if [ $status -ne 0 ]; then
    echo "==> FAILED: $name (after ${took}s)"
    return $status
  fi
  echo "==> done: $name (${took}s)"
}

print_stage_times() {
  echo "==> time per stage"
  printf '%s\n' "${STAGE_TIMES[@]}"
}
