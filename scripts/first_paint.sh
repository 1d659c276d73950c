#!/usr/bin/env bash
# What server-side rendering could gain: Lighthouse (mobile: slow 4G, 4× slower CPU) on the
# start page as the app renders it (WASM) and on the same page saved as static HTML, which is
# the most any server rendering could reach. Needs `make test`'s tools and a release build
# (target/server/teilhabe, dist/). Results: BENCHMARKS.md, "First paint and server rendering".
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp -r dist "$WORK/app" && cp -r dist "$WORK/static"
serve() { # serve PORT DIST
  TEILHABE_ADDR=127.0.0.1:$1 TEILHABE_DATABASE_URL=sqlite://$WORK/$1.db TEILHABE_DEMO=1 \
    TEILHABE_DIST=$2 target/server/teilhabe serve >"$WORK/$1.log" 2>&1 &
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 1; done
  echo "the server on port $1 did not start" >&2; exit 1
}
serve 18097 "$WORK/app"
cd e2e
# The start page as German visitors see it once the WASM has drawn it, saved without the app.
# shellcheck disable=SC2016 # JavaScript in single quotes: its ${…} are template literals
WORK="$WORK" node -e '
const { chromium } = require("playwright");
const fs = require("fs");
(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ locale: "de-DE" });
  await page.goto("http://127.0.0.1:18097/");
  await page.getByRole("heading", { level: 1 }).waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const index = fs.readFileSync(`${process.env.WORK}/app/index.html`, "utf8");
  fs.writeFileSync(`${process.env.WORK}/static/index.html`, `${index.split("<script type=module>")[0]}</head><body>${body}</body></html>`);
  await browser.close();
})();'
cd ..
serve 18098 "$WORK/static"
cd e2e
# shellcheck disable=SC2016 # JavaScript in single quotes, not shell
node --input-type=module -e '
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
for (const [name, url] of [["start page, rendered by the WASM app", "http://127.0.0.1:18097/"], ["start page as static HTML", "http://127.0.0.1:18098/"]]) {
  const runs = [];
  for (let i = 0; i < 3; i += 1) {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: ["performance"] });
    const v = (id) => lhr.audits[id].numericValue;
    runs.push({ perf: Math.round(lhr.categories.performance.score * 100), fcp: v("first-contentful-paint"), lcp: v("largest-contentful-paint"), tbt: v("total-blocking-time") });
  }
  const m = runs.sort((a, b) => a.lcp - b.lcp)[1];
  console.log(`${name}: performance ${m.perf}, first contentful paint ${(m.fcp / 1000).toFixed(2)} s, largest contentful paint ${(m.lcp / 1000).toFixed(2)} s, total blocking time ${Math.round(m.tbt)} ms (median of 3 by LCP)`);
}
await chrome.kill();'
