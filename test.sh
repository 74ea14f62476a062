#!/usr/bin/env bash
# The one command that installs what the tests need on a fresh Debian machine and runs every test.
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter PostgresServer).
# The last line printed is the summary: "N passed, N failed" (", N skipped" when some were).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DEBIAN_FRONTEND=noninteractive DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
results=artifacts/test-results

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages=()

# Tests start their own PostgreSQL server from the machine's binaries (initdb, pg_ctl).
need_postgres() {
  if ! command -v initdb >/dev/null && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    missing_packages+=(postgresql)
  fi
  # As root, the tests run PostgreSQL as another user through runuser.
  if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null && [ ! -x /usr/sbin/runuser ]; then
    missing_packages+=(util-linux)
  fi
}

# Browser tests (Playwright) drive Debian's Chromium.
# Chinese pages need a CJK font, or screenshots and layout checks see empty boxes.
install_browser_deps() {
  if [ ! -x /usr/bin/chromium ]; then
    missing_packages+=(chromium)
  fi
  if ! fc-list 2>/dev/null | grep -qi 'cjk'; then
    missing_packages+=(fonts-noto-cjk)
  fi
}

install_missing() {
  if [ "${#missing_packages[@]}" -gt 0 ]; then
    echo "Installing: ${missing_packages[*]}"
    as_root apt-get update -q
    as_root apt-get install -y -q "${missing_packages[@]}"
  fi
}

need_postgres
install_browser_deps
install_missing

command -v dotnet >/dev/null || { echo "dotnet (the .NET SDK) is not on PATH." >&2; exit 1; }
dotnet restore Steward.slnx
dotnet build Steward.slnx -c Release --no-restore

rm -rf "$results"
test_status=0
dotnet test Steward.slnx -c Release --no-build \
  --results-directory "$results" \
  --logger "trx;LogFilePrefix=steward" \
  --logger "console;verbosity=normal" \
  "$@" || test_status=$?

# Each TRX file has one <Counters total=".." executed=".." passed=".." failed=".." .../> element.
counter() {
  local name=$1 sum=0 value
  while read -r value; do
    sum=$((sum + value))
  done < <(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+')
  echo "$sum"
}
passed=$(counter passed)
failed=$(($(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted)))
executed=$(counter executed)
skipped=$(($(counter total) - executed))

if [ "$test_status" -ne 0 ]; then
  echo "dotnet test exited with code $test_status."
elif [ "$executed" -eq 0 ]; then
  echo "No test ran."
fi
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary+=", $skipped skipped"; fi
echo "$summary"

if [ "$test_status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$executed" -eq 0 ]; then
  exit 1
fi
