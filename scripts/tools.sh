#!/usr/bin/env bash
# Installs what building and testing Teilhabe needs, skipping whatever is already there.
#   scripts/tools.sh build   → wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/tools.sh test    → the above, plus Chromium and the e2e npm packages
set -euo pipefail
source "$(dirname "$0")/lib.sh"
what=${1:-build}

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=129
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")

need_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "wasm32-unknown-unknown target: present"
  else
    echo "wasm32-unknown-unknown target: installing"
    rustup target add wasm32-unknown-unknown
  fi
}

need_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    echo "trunk $TRUNK_VERSION: present"
  else
    echo "trunk $TRUNK_VERSION: installing (0.22 needs a newer rustc; a few minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

need_wasm_bindgen() {
  if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
  else
    echo "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (without --locked: its lockfile pins a crate the registry no longer serves)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
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

need_chromium() {
  if [ -x /usr/bin/chromium ]; then
    echo "chromium: present ($(/usr/bin/chromium --version 2>/dev/null | head -n 1))"
  else
    echo "chromium: installing Debian's package"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
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

need_wasm_target
need_trunk
need_wasm_bindgen
need_wasm_opt
if [ "$what" = test ]; then
  need_chromium
  need_e2e_packages
  need_python_tools
fi
