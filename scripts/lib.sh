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
  disk_report
  if [ $status -ne 0 ]; then
    echo "==> FAILED: $name (after ${took}s)"
    return $status
  fi
  echo "==> done: $name (${took}s)"
}

# disk_report: the free space and the build directories' size, so a full disk shows where it went.
disk_report() {
  local free sizes
  free=$(df -h --output=avail "$ROOT" 2>/dev/null | tail -1 | tr -d ' ')
  sizes=$(du -sh "$ROOT"/target/* "$ROOT"/fuzz/target 2>/dev/null | awk '{printf "%s %s, ", $2, $1}' | sed "s|$ROOT/||g")
  echo "    disk: ${free:-?} free; ${sizes%, }"
}

print_stage_times() {
  echo "==> time per stage"
  printf '%s\n' "${STAGE_TIMES[@]}"
}
