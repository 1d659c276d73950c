#!/usr/bin/env bash
# `make fuzz`: cargo fuzz (nightly, libFuzzer) on the parsers that take outside input, each
# target for a bounded time (FUZZ_SECONDS, default 60). Crashes found earlier are kept in
# fuzz/regressions/<target>/ and replayed first. Prints the executions per target.
#
# Built with `--sanitizer none`: the targets are safe Rust, where libFuzzer's panic detection
# is what matters, and the build is several minutes faster on two cores.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT/fuzz" || exit 1
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "nightly toolchain: installing (cargo fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "cargo-fuzz: installing from crates.io"
  cargo install cargo-fuzz --locked
fi

status=0
results=()
for target in $(cargo +nightly fuzz list); do
  if [ -d "regressions/$target" ] && [ -n "$(ls -A "regressions/$target" 2>/dev/null)" ]; then
    echo "--> $target: replaying regressions/$target"
    cargo +nightly fuzz run -s none "$target" "regressions/$target" -- -runs=0 || status=1
  fi
  mkdir -p "corpus/$target"
  echo "--> $target: fuzzing for ${SECONDS_PER_TARGET}s"
  log=$(mktemp)
  cargo +nightly fuzz run -s none "$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tee "$log" | grep -E '^#[0-9]+\s+(DONE|INITED)|ERROR|panicked|SUMMARY' || true
  if grep -qE 'ERROR: libFuzzer|panicked|deadly signal' "$log"; then
    echo "--> $target: CRASH; the input is in fuzz/artifacts/$target/ — copy it to fuzz/regressions/$target/ and fix"
    status=1
  fi
  runs=$(grep -E 'stat::number_of_executed_units' "$log" | grep -oE '[0-9]+$' | tail -n 1)
  results+=("$(printf '%-16s %12s executions in %ss' "$target" "${runs:-?}" "$SECONDS_PER_TARGET")")
  rm -f "$log"
done
echo "==> fuzzing"
printf '%s\n' "${results[@]}"
exit $status
