#!/usr/bin/env bash
# The staff guide at scale: on a new Demo kommune, fills the reflection deck to CARDS (500) and logs SESSIONS
# (10,000) reflection sessions through the API, then times the guide pages and the card view on SQLite and on
# PostgreSQL. Prints median, p90 and p99 beside the aim (median < 30 ms).
# Usage: bench/guide.sh [--no-build] [sqlite|postgres ...]     (default: both)
# Env: GUIDE_BENCH_CARDS=500 GUIDE_BENCH_SESSIONS=10000 GUIDE_BENCH_REQUESTS=1000 GUIDE_BENCH_CONCURRENCY=4
#      GUIDE_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" to use a running server (a new database
#      is made there); without it a throwaway cluster is started on loopback and removed.
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
bench_name=guidebench
work=$(mktemp -d /tmp/skipper-guidebench.XXXXXX)
source bench/lib.sh
trap bench_cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
cards=${GUIDE_BENCH_CARDS:-500}
sessions=${GUIDE_BENCH_SESSIONS:-10000}
requests=${GUIDE_BENCH_REQUESTS:-1000}
concurrency=${GUIDE_BENCH_CONCURRENCY:-4}
build=1
providers=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    sqlite|postgres) providers+=("$arg") ;;
    *) echo "usage: bench/guide.sh [--no-build] [sqlite|postgres ...]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -eq 0 ] && providers=(sqlite postgres)

if [ "$build" -eq 1 ]; then
  echo "Building Skipper and GuideBench in Release (bench/out) ..."
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  dotnet publish bench/GuideBench -c Release -o "$out/guidebench" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "GuideBench build"; }
fi
[ -f "$out/skipper/Skipper.Web.dll" ] && [ -f "$out/guidebench/GuideBench.dll" ] || fail "no build in bench/out (run without --no-build)"

echo "Machine: $(nproc) cores, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ); $cards cards, $sessions sessions, $requests timed requests per measure, $concurrency in parallel"
summary="$work/summary.txt"
: >"$summary"
for provider in "${providers[@]}"; do
  dir="$work/$provider"
  mkdir -p "$dir"
  port=$(free_port 5495)
  if [ "$provider" = sqlite ]; then
    db_env=(Database__Provider=Sqlite "ConnectionStrings__Skipper=Data Source=$dir/skipper.db")
  else
    ensure_postgres "${GUIDE_BENCH_POSTGRES:-}"
    db_env=(Database__Provider=Postgres "ConnectionStrings__Skipper=$pg_server;Database=skipper_guidebench_$$")
  fi
  echo "== $provider: new database, filling $cards cards and $sessions sessions over the API ..."
  start_app "$dir" "$port" "${db_env[@]}"
  dotnet "$out/guidebench/GuideBench.dll" fill --url "http://127.0.0.1:$port" --cards "$cards" --sessions "$sessions" || fail "fill on $provider"
  # A restart, so the measure starts as a running server would after a deploy.
  stop_app "$app_pid"
  start_app "$dir" "$port" "${db_env[@]}"
  echo "== $provider: measuring ..."
  status=0
  dotnet "$out/guidebench/GuideBench.dll" measure --url "http://127.0.0.1:$port" --requests "$requests" --concurrency "$concurrency" | tee "$dir/measure.txt" || status=$?
  stop_app "$app_pid"
  { echo "$provider:"; sed -n '/^measure /,$p' "$dir/measure.txt"; echo; } >>"$summary"
  [ "$status" -eq 0 ] || fail "measure on $provider had errors (see above)"
done
echo
echo "== Summary (ms; $requests requests per measure, $concurrency in parallel)"
cat "$summary"
