#!/usr/bin/env bash
# Community at scale: on a new Demo kommune, adds OFFERS (5,000) offers and COURSES (500) courses through the API,
# then times the catalogue search (aim: median < 30 ms, p99 < 100 ms) on SQLite and on PostgreSQL, and compares the
# public catalogue page's request rate with the bare baseline's page of the same size in the same run (aim >= 25 %).
# Usage: bench/community.sh [--no-build] [sqlite|postgres ...]     (default: both)
# Env: COMMUNITY_BENCH_OFFERS=5000 COMMUNITY_BENCH_COURSES=500 COMMUNITY_BENCH_REQUESTS=1000 COMMUNITY_BENCH_CONCURRENCY=4
#      COMMUNITY_BENCH_POSTGRES="Host=...;Username=postgres" to use a running server; else a throwaway cluster.
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
bench_name=communitybench
work=$(mktemp -d /tmp/skipper-communitybench.XXXXXX)
source bench/lib.sh
trap bench_cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
offers=${COMMUNITY_BENCH_OFFERS:-5000}
courses=${COMMUNITY_BENCH_COURSES:-500}
requests=${COMMUNITY_BENCH_REQUESTS:-1000}
concurrency=${COMMUNITY_BENCH_CONCURRENCY:-4}
build=1
providers=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    sqlite|postgres) providers+=("$arg") ;;
    *) echo "usage: bench/community.sh [--no-build] [sqlite|postgres ...]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -eq 0 ] && providers=(sqlite postgres)

if [ "$build" -eq 1 ]; then
  echo "Building Skipper, the baseline and CommunityBench in Release (bench/out) ..."
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  dotnet publish bench/Baseline -c Release -o "$out/baseline" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "baseline build"; }
  dotnet publish bench/CommunityBench -c Release -o "$out/communitybench" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "CommunityBench build"; }
fi
[ -f "$out/skipper/Skipper.Web.dll" ] && [ -f "$out/baseline/Baseline.dll" ] && [ -f "$out/communitybench/CommunityBench.dll" ] || fail "no build in bench/out (run without --no-build)"
bench() { dotnet "$out/communitybench/CommunityBench.dll" "$@"; }

echo "Machine: $(nproc) cores, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ); $offers offers, $courses courses, $requests timed requests per measure, $concurrency in parallel"
summary="$work/summary.txt"
: >"$summary"
for provider in "${providers[@]}"; do
  dir="$work/$provider"
  mkdir -p "$dir"
  port=$(free_port 5505)
  if [ "$provider" = sqlite ]; then
    db_env=(Database__Provider=Sqlite "ConnectionStrings__Skipper=Data Source=$dir/skipper.db")
  else
    ensure_postgres "${COMMUNITY_BENCH_POSTGRES:-}"
    db_env=(Database__Provider=Postgres "ConnectionStrings__Skipper=$pg_server;Database=skipper_communitybench_$$")
  fi
  echo "== $provider: new database, adding $offers offers and $courses courses over the API ..."
  start_app "$dir" "$port" "${db_env[@]}"
  bench fill --url "http://127.0.0.1:$port" --offers "$offers" --courses "$courses" || fail "fill on $provider"
  stop_app "$app_pid"
  start_app "$dir" "$port" "${db_env[@]}"
  echo "== $provider: measuring the search ..."
  status=0
  bench measure --url "http://127.0.0.1:$port" --requests "$requests" --concurrency "$concurrency" | tee "$dir/measure.txt" || status=$?
  { echo "$provider:"; sed -n '/^measure /,$p' "$dir/measure.txt"; } >>"$summary"
  [ "$status" -eq 0 ] || fail "measure on $provider had errors (see above)"

  # The public catalogue page beside the baseline's page of the same size, one after the other, same client.
  page_bytes=$(curl -s "http://127.0.0.1:$port/tilbud" | wc -c)
  skipper_rate=$(bench rate --url "http://127.0.0.1:$port" --path /tilbud | awk '/^rate / { print $2 }')
  stop_app "$app_pid"
  bdir="$work/baseline-$provider"; mkdir -p "$bdir"
  bport=$(free_port 5515)
  ( cd "$bdir" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$out/baseline/Baseline.dll" --urls "http://127.0.0.1:$bport" \
      --contentRoot "$out/baseline" --PageBytes="$page_bytes" ) >"$bdir/log" 2>&1 &
  baseline_pid=$!; pids+=("$baseline_pid")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$bport/health" || true)" = 200 ]; do sleep 0.05; done
  baseline_rate=$(bench rate --url "http://127.0.0.1:$bport" --path / | awk '/^rate / { print $2 }')
  stop_app "$baseline_pid"
  share=$(( 100 * skipper_rate / baseline_rate ))
  line="GET /tilbud anonymous ($page_bytes bytes): $skipper_rate req/s; baseline $baseline_rate req/s; $share % (aim >= 25 %: $([ "$share" -ge 25 ] && echo yes || echo NO))"
  echo "  $line"
  { echo "$line"; echo; } >>"$summary"
done
echo
echo "== Summary (ms; $requests requests per measure, $concurrency in parallel; rates at 32 in parallel)"
cat "$summary"
