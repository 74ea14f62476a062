#!/usr/bin/env bash
# Measures what a new user feels: the time from the README's run command to the first notice page
# served (the build already done), and the memory Steward holds once idle: after its first page,
# and again after every page and API address has been asked for five times.
# Usage: bench/startup.sh [runs]   (default 5). Prints one line per run and the medians.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
port=5181
url="http://127.0.0.1:$port"

dotnet build src/Steward -c Release -v quiet -nologo >/dev/null

now_ms() { date +%s%3N; }

# Waits for the first page, then returns the milliseconds since $1.
wait_first_page() {
  local start=$1
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "$url/notice/corporate"; then echo $(( $(now_ms) - start )); return 0; fi
    sleep 0.01
  done
  echo "Steward did not serve a page within 30 s" >&2; return 1
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# The process that runs Steward: `dotnet run` starts it as a child.
steward_pid() { pgrep -f "steward.dll|bin/Release/net10.0/steward" | head -1; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Every page and API address, in both languages: what a visitor and a developer would open.
exercise() {
  for _ in 1 2 3 4 5; do
    for site in corporate careers europe; do
      for lang in en zh-CN; do
        curl -fs -o /dev/null "$url/notice/$site?lang=$lang"
        curl -fs -o /dev/null "$url/api/notice/$site?lang=$lang"
      done
      curl -fs -o /dev/null "$url/notice/$site/versions"
      curl -fs -o /dev/null "$url/api/notice/$site/versions"
    done
    for path in / /api/catalogue /openapi/v1.json /api/reference /health /css/site.css; do curl -fs -o /dev/null "$url$path"; done
    curl -s -o /dev/null "$url/no-such-page"; curl -s -o /dev/null "$url/api/no-such-thing"
  done
}

first=() ; again=() ; idle=() ; busy=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  for kind in first again; do
    start=$(now_ms)
    dotnet run --project src/Steward -c Release --no-build -- serve --urls "$url" --data "$data" >/dev/null 2>&1 &
    runner=$!
    ms=$(wait_first_page "$start")
    if [ "$kind" = first ]; then first+=("$ms"); else
      again+=("$ms")
      sleep 10 # idle
      idle+=("$(rss_mb "$(steward_pid)")")
      exercise
      sleep 10
      busy+=("$(rss_mb "$(steward_pid)")")
    fi
    kill -TERM "$runner" 2>/dev/null; pkill -TERM -f "serve --urls $url" 2>/dev/null || true; wait "$runner" 2>/dev/null || true
  done
  rm -rf "$data"
  echo "run $i: first start (creates and migrates the database) ${first[-1]} ms; later start ${again[-1]} ms; idle ${idle[-1]} MB; idle after use ${busy[-1]} MB"
done
echo "median first start: $(printf '%s\n' "${first[@]}" | median) ms"
echo "median later start: $(printf '%s\n' "${again[@]}" | median) ms"
echo "median idle memory (RSS) after the first page: $(printf '%s\n' "${idle[@]}" | median) MB"
echo "median idle memory (RSS) after every page and API: $(printf '%s\n' "${busy[@]}" | median) MB"
