#!/usr/bin/env bash
# Runs every Skipper test. Installs what is missing (Debian's chromium for the browser tests, postgresql
# for the PostgreSQL tests), starts a throwaway PostgreSQL cluster on loopback, runs all test projects
# (integration tests on SQLite and PostgreSQL), stops the cluster, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A throwaway PostgreSQL cluster on loopback, owned by the postgres user when we are root.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/skipper-pg.XXXXXX)
pgport=55432
while (exec 3<>/dev/tcp/127.0.0.1/$pgport) 2>/dev/null; do pgport=$((pgport + 1)); done
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdata"
stop_pg() { run_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1; rm -rf "$pgdata"; }
trap stop_pg EXIT
run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres" >/dev/null \
  && run_pg "$pgbin/pg_ctl -D $pgdata -o \"-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l $pgdata/log -w start" >/dev/null \
  || { echo "PostgreSQL did not start"; cat "$pgdata/log" 2>/dev/null; echo "0 passed, 1 failed"; exit 1; }
export SKIPPER_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Pooling=true"

dotnet restore Skipper.slnx >/dev/null || dotnet restore Skipper.slnx || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Skipper.slnx --no-restore -nologo -v q || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

results="$root/TestResults"
rm -rf "$results"
status=0
for project in tests/Skipper.UnitTests tests/Skipper.IntegrationTests tests/Skipper.BrowserTests; do
  echo "== $project"
  dotnet test "$project" --no-build --nologo --logger "trx" --results-directory "$results/$(basename $project)" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
[ "$passed" -eq 0 ] && status=1
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
