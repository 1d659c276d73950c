# Shared by the scripts: timed, announced stages and the tool paths.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

STAGE_TIMES=()
# stage NAME COMMAND…: prints what it does and how long it took. Returns the command's status
# and always reports it first, also under `set -e` (a command in an `||` list does not trip
# errexit, and nothing in the reporting can fail).
stage() {
  local name=$1; shift
  local start=$SECONDS status=0
  echo "==> $name"
  "$@" || status=$?
  local took=$((SECONDS - start))
  STAGE_TIMES+=("$(printf '%5ss  %s' "$took" "$name")")
  disk_report || true
  if [ "$status" -ne 0 ]; then
    echo "==> FAILED: $name (after ${took}s, exit status $status)"
    return "$status"
  fi
  echo "==> done: $name (${took}s)"
}

# disk_report: the free space and the build directories' size, so a full disk shows where it
# went. Folders that do not exist yet (a fresh clone) are left out; it never fails.
disk_report() {
  local free sizes="" dir
  free=$(df -h --output=avail "$ROOT" 2>/dev/null | tail -n 1 | tr -d ' ') || free=""
  for dir in "$ROOT"/target/* "$ROOT"/fuzz/target; do
    [ -d "$dir" ] || continue
    sizes+="${dir#"$ROOT"/} $(du -sh "$dir" 2>/dev/null | cut -f1), "
  done
  echo "    disk: ${free:-?} free; ${sizes%, }"
}

print_stage_times() {
  echo "==> time per stage"
  if [ ${#STAGE_TIMES[@]} -gt 0 ]; then printf '%s\n' "${STAGE_TIMES[@]}"; fi
}
