#!/usr/bin/env bash
# Time from page load to the cookie banner shown, in headless Chromium (Debian's /usr/bin/chromium,
# driven by Playwright): Steward's banner beside vanilla-cookieconsent 3.1.0, in the same run, both
# pages served from 127.0.0.1. Each load is a fresh browser context (no stored choice), so the banner
# must appear. Usage: bench/banner-time.sh [loads]   (default 30 of each, alternating)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
loads=${1:-30}
tmp="$(mktemp -d)"
steward_port=5197
site_port=5198
cleanup() { if [ -n "${steward:-}" ]; then kill "$steward" 2>/dev/null || true; wait "$steward" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT

npm install --prefix "$tmp" --no-audit --no-fund --silent vanilla-cookieconsent@3.1.0 playwright-core@1.64.1 >/dev/null
dotnet build "$root/src/Steward" -c Release -v quiet -nologo >/dev/null

# The demo site's origin must be a catalogue site for the banner's CORS: the default catalogue with its
# corporate site moved to this origin.
sed "s#url: https://www.hirain.com#url: http://127.0.0.1:$site_port#" "$root/catalogue/default.yaml" > "$tmp/catalogue.yaml"
dotnet "$root/src/Steward/bin/Release/net10.0/steward.dll" serve --urls "http://127.0.0.1:$steward_port" \
  --data "$tmp/data" --catalogue "$tmp/catalogue.yaml" >"$tmp/steward.log" 2>&1 &
steward=$!
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$steward_port/health" && break; sleep 0.1; done

cp "$root/bench/banner-time/measure.mjs" "$tmp/"
NODE_PATH="$tmp/node_modules" node "$tmp/measure.mjs" "$tmp/node_modules" "http://127.0.0.1:$steward_port/" "$site_port" "$loads"
