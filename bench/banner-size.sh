#!/usr/bin/env bash
# Gzipped size of Steward's cookie banner (script + stylesheet) beside vanilla-cookieconsent 3.1.0 and
# klaro 0.7.22, installed from the npm registry into a temporary folder. Usage: bench/banner-size.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent vanilla-cookieconsent@3.1.0 klaro@0.7.22 >/dev/null

gz() { local total=0; for f in "$@"; do total=$((total + $(gzip -9 -c "$f" | wc -c))); done; echo "$total"; }
raw() { cat "$@" | wc -c; }
row() { local name="$1"; shift; printf '%-32s %10s %10s  %s\n' "$name" "$(raw "$@")" "$(gz "$@")" "$(printf '%s ' "${@##*/}")"; }

printf '%-32s %10s %10s  %s\n' "banner" "bytes" "gzip -9" "files (each gzipped, summed)"
row "Steward" "$root/src/Steward/wwwroot/banner/banner.js" "$root/src/Steward/wwwroot/banner/banner.css"
cc="$tmp/node_modules/vanilla-cookieconsent/dist"
row "vanilla-cookieconsent 3.1.0" "$cc/cookieconsent.umd.js" "$cc/cookieconsent.css"
kl="$tmp/node_modules/klaro/dist"
row "klaro 0.7.22 (CSS built in)" "$kl/klaro.js"
