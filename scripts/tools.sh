#!/usr/bin/env bash
# Installs what building and testing Teilhabe needs, skipping whatever is already there.
#   scripts/tools.sh build   → wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/tools.sh test    → the above, plus Chromium, shellcheck, the e2e npm packages and the
#                              Python test tools
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
what=${1:-build}

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=129
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")

# The tools are built on this machine (no prebuilt downloads). Their own release profiles ask for
# link-time optimisation and one codegen unit, which on two cores costs minutes and buys nothing
# a build tool needs: build them with parallel codegen and no LTO.
install_tool() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=0 \
    cargo install "$@"
}

need_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown target: present"
  else
    echo "wasm32-unknown-unknown target: installing"
    rustup target add wasm32-unknown-unknown
  fi
}

# Without its default features trunk has no TLS stack (rustls and ring are the largest part of
# its build) and no update check: Trunk.toml sets `offline = true` and the tools it runs are the
# ones installed here, so it never downloads anything.
need_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    echo "trunk $TRUNK_VERSION: present"
  else
    echo "trunk $TRUNK_VERSION: installing (0.22 needs a newer rustc; a few minutes)"
    install_tool --locked --no-default-features trunk --version "$TRUNK_VERSION"
  fi
}

need_wasm_bindgen() {
  if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
  else
    echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (without --locked: its lockfile pins a crate the registry no longer serves)"
    # Only the `wasm-bindgen` binary Trunk runs, without the TLS stack (ring, rustls) that only
    # its test runner's downloads use.
    install_tool wasm-bindgen-cli --no-default-features --bin wasm-bindgen --version "$WASM_BINDGEN_VERSION"
  fi
}

need_wasm_opt() {
  if wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    echo "wasm-opt (binaryen $BINARYEN_VERSION): present"
  else
    echo "wasm-opt (binaryen $BINARYEN_VERSION from npm): installing into .tools/"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  fi
}

# Debian packages the tests use: Chromium for the browser tests, shellcheck for the lint stage.
need_debian_packages() {
  local missing=()
  if [ -x /usr/bin/chromium ]; then
    echo "chromium: present ($(/usr/bin/chromium --version 2>/dev/null | head -n 1))"
  else
    missing+=(chromium)
  fi
  if command -v shellcheck >/dev/null 2>&1; then
    echo "shellcheck: present ($(shellcheck --version | sed -n 's/^version: //p'))"
  else
    missing+=(shellcheck)
  fi
  # The spelling check (i18n/src/checks.rs): hunspell and a dictionary for each locale.
  local dict package
  command -v hunspell >/dev/null 2>&1 || missing+=(hunspell)
  for dict in de_DE:hunspell-de-de en_GB:hunspell-en-gb tr_TR:hunspell-tr ar:hunspell-ar \
    ru_RU:hunspell-ru uk_UA:hunspell-uk pl_PL:hunspell-pl; do
    package=${dict#*:}
    [ -f "/usr/share/hunspell/${dict%%:*}.dic" ] || missing+=("$package")
  done
  [ ${#missing[@]} -gt 0 ] || echo "hunspell and its dictionaries: present"
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian's ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

need_e2e_packages() {
  if [ -d "$ROOT/e2e/node_modules/@playwright/test" ] && [ -d "$ROOT/e2e/node_modules/@axe-core/playwright" ] \
    && [ -d "$ROOT/e2e/node_modules/lighthouse" ]; then
    echo "e2e npm packages: present"
  else
    echo "e2e npm packages: installing (browser download skipped: Debian's chromium is used by Playwright and Lighthouse)"
    (cd "$ROOT/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

need_python_tools() {
  if [ -x "$TOOLS/py/bin/schemathesis" ] && "$TOOLS/py/bin/python" -c "import aiosmtpd" 2>/dev/null; then
    echo "aiosmtpd (test SMTP server) and schemathesis (API fuzzing): present"
  else
    echo "aiosmtpd (test SMTP server) and schemathesis (API fuzzing): installing from PyPI into .tools/py"
    python3 -m venv "$TOOLS/py"
    "$TOOLS/py/bin/pip" install --quiet --disable-pip-version-check aiosmtpd schemathesis
  fi
}

# beside NAME FUNCTION: runs an install in the background, its output in .tools/logs/NAME.log.
# The installs are independent and each leaves a core idle much of the time (a cargo install's
# last crates and link, npm and apt waiting on the network), so side by side they take about as
# long as the longest of them.
names=() pids=()
beside() {
  mkdir -p "$TOOLS/logs"
  "$2" >"$TOOLS/logs/$1.log" 2>&1 &
  pids+=("$!")
  names+=("$1")
}

# settle: waits for every install, prints each one's output under its name and fails naming
# every install that failed.
settle() {
  local i failed=()
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed+=("${names[$i]}")
    sed "s/^/[${names[$i]}] /" "$TOOLS/logs/${names[$i]}.log"
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "failed: ${failed[*]} (whole output in .tools/logs/)" >&2
    return 1
  fi
}

need_wasm_target
beside trunk need_trunk
beside wasm-bindgen need_wasm_bindgen
beside wasm-opt need_wasm_opt
if [ "$what" = test ]; then
  beside debian need_debian_packages
  beside e2e-npm need_e2e_packages
  beside python need_python_tools
fi
settle
