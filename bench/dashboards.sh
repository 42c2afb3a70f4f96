#!/usr/bin/env bash
# The leaders' dashboards at scale (issue 8, "Speed"): fills a database with PEOPLE persons (100,000) and ANSWERS
# (2,000,000) feedback answers spread over the past two years with FeedbackBench, spreads the persons over Demo
# kommune's three departments and adds meetings, requests to start again and reflection slots (DashboardBench spread),
# recomputes every dashboard cell with the app's `dashboards refresh` switch (timed), then times the section page
# /ledelse, the section API for the last 12 whole months and one department's page and API as the section leader
# (aim: median < 200 ms; < 400 ms with 10,000,000 answers), and one refresh of the current month and quarter.
# On SQLite and on PostgreSQL. Raw output in bench/out/dashboards-*.txt.
# Usage: bench/dashboards.sh [--no-build] [sqlite|postgres ...]     (default: both)
# Env: DASHBOARD_BENCH_PEOPLE=100000 DASHBOARD_BENCH_ANSWERS=2000000 (10000000 for the large case: 50 per person)
#      DASHBOARD_BENCH_REQUESTS=200 DASHBOARD_BENCH_CONCURRENCY=2 DASHBOARD_BENCH_MONTHS=24
#      DASHBOARD_BENCH_REFRESH="dashboards refresh"          (arguments that recompute every cell and exit)
#      DASHBOARD_BENCH_REFRESH_CURRENT="dashboards refresh --current"  (only the current month and quarter)
#      DASHBOARD_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" to use a running server (a new database
#      is made there and dropped at the end); without it a throwaway cluster is started on loopback and removed.
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
bench_name=dashboardbench
work=$(mktemp -d /tmp/skipper-dashboardbench.XXXXXX)
source bench/lib.sh
pg_dbs=()
cleanup() {
  local db
  for db in "${pg_dbs[@]}"; do dotnet "$out/feedbackbench/FeedbackBench.dll" drop --connection "$db" >/dev/null 2>&1 || true; done
  bench_cleanup
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
people=${DASHBOARD_BENCH_PEOPLE:-100000}
answers=${DASHBOARD_BENCH_ANSWERS:-2000000}
requests=${DASHBOARD_BENCH_REQUESTS:-200}
concurrency=${DASHBOARD_BENCH_CONCURRENCY:-2}
months=${DASHBOARD_BENCH_MONTHS:-24}
refresh_args=${DASHBOARD_BENCH_REFRESH:-dashboards refresh}
current_args=${DASHBOARD_BENCH_REFRESH_CURRENT:-dashboards refresh --current}
# Two answers (outcome and alliance) per session.
sessions=$(( answers / people / 2 ))
[ "$sessions" -ge 1 ] || fail "DASHBOARD_BENCH_ANSWERS must be at least 2 per person"
aim=200
[ "$answers" -ge 10000000 ] && aim=400
build=1
providers=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    sqlite|postgres) providers+=("$arg") ;;
    *) echo "usage: bench/dashboards.sh [--no-build] [sqlite|postgres ...]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -eq 0 ] && providers=(sqlite postgres)

if [ "$build" -eq 1 ]; then
  echo "Building Skipper, FeedbackBench and DashboardBench in Release (bench/out) ..."
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  for project in FeedbackBench DashboardBench; do
    dotnet publish "bench/$project" -c Release -o "$out/${project,,}" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
      || { cat "$work/build.log" >&2; fail "$project build"; }
  done
fi
for dll in skipper/Skipper.Web.dll feedbackbench/FeedbackBench.dll dashboardbench/DashboardBench.dll; do
  [ -f "$out/$dll" ] || fail "no $dll in bench/out (run without --no-build)"
done

# run_switch DIR PORT LABEL ARGS ENV... : runs the app with a command-line switch that should do its work and exit;
# prints how long it took. A build without the switch starts serving instead: then it is stopped and reported.
run_switch() {
  local dir=$1 port=$2 label=$3 args=$4; shift 4
  local t0; t0=$(now_ms)
  # Address and content root by environment, so the command line holds the switch alone.
  # shellcheck disable=SC2086
  ( cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Staging Skipper__DemoMode=true ASPNETCORE_URLS="http://127.0.0.1:$port" \
      ASPNETCORE_CONTENTROOT="$out/skipper" "$@" dotnet "$out/skipper/Skipper.Web.dll" $args ) >>"$dir/switch.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  while kill -0 "$pid" 2>/dev/null; do
    if [ $(( $(now_ms) - t0 )) -gt 3600000 ]; then
      stop_app "$pid"
      echo "  $label: still running after an hour; stopped"
      return 0
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)" = 200 ]; then
      stop_app "$pid"
      echo "  $label: this build has no \`$args\` switch (it started serving); not measured"
      return 0
    fi
    sleep 0.2
  done
  local status=0
  wait "$pid" || status=$?
  if [ "$status" -eq 0 ]; then
    echo "  $label (\`$args\`): $(( $(now_ms) - t0 )) ms (including the app's start, about 2-3 s)"
  else
    tail -n 20 "$dir/switch.log" >&2
    echo "  $label (\`$args\`): FAILED with exit code $status after $(( $(now_ms) - t0 )) ms"
  fi
}

mkdir -p "$out"
raw="$out/dashboards-$(date -u +%Y%m%dT%H%MZ).txt"
exec > >(tee "$raw") 2>&1
echo "Raw output: ${raw#"$root/"}"
echo "Machine: $(nproc) cores, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ), Skipper at $(git rev-parse --short HEAD); $people persons, $((people * sessions * 2)) answers ($sessions sessions per person) over $months months, $requests timed requests per measure, $concurrency in parallel"
summary="$work/summary.txt"
: >"$summary"
for provider in "${providers[@]}"; do
  dir="$work/$provider"
  mkdir -p "$dir"
  port=$(free_port 5500)
  if [ "$provider" = sqlite ]; then
    cs="Data Source=$dir/skipper.db"
    db_env=(Database__Provider=Sqlite "ConnectionStrings__Skipper=$cs")
    db_args=(--provider Sqlite --connection "$cs")
  else
    ensure_postgres "${DASHBOARD_BENCH_POSTGRES:-}"
    cs="$pg_server;Database=skipper_dashboardbench_$$"
    pg_dbs+=("$cs")
    db_env=(Database__Provider=Postgres "ConnectionStrings__Skipper=$cs")
    db_args=(--provider Postgres --connection "$cs")
  fi
  echo "== $provider: new database (migrate + demo seed + instruments) ..."
  start_app "$dir" "$port" "${db_env[@]}"
  stop_app "$app_pid"
  echo "== $provider: filling $people persons, $sessions sessions each on average, spread over $months months ..."
  t0=$(now_ms)
  dotnet "$out/feedbackbench/FeedbackBench.dll" fill "${db_args[@]}" --people "$people" --sessions-per-person "$sessions" --spread-days $(( months * 30 )) \
    || fail "fill on $provider"
  echo "  fill: $(( ($(now_ms) - t0) / 1000 )) s"
  t0=$(now_ms)
  dotnet "$out/dashboardbench/DashboardBench.dll" spread "${db_args[@]}" --months "$months" || fail "spread on $provider"
  echo "  spread: $(( ($(now_ms) - t0) / 1000 )) s"
  t0=$(now_ms); sync; echo "  sync: $(( ($(now_ms) - t0) / 1000 )) s"
  [ "$provider" = sqlite ] && echo "  database file: $(du -m "$dir/skipper.db" | cut -f1) MB"
  echo "== $provider: recomputing every dashboard cell ..."
  run_switch "$dir" "$port" "full refresh" "$refresh_args" "${db_env[@]}" | tee -a "$dir/refresh.txt"
  echo "== $provider: measuring ..."
  start_app "$dir" "$port" "${db_env[@]}"
  department=$(dotnet "$out/dashboardbench/DashboardBench.dll" department "${db_args[@]}") || fail "no department on $provider"
  status=0
  dotnet "$out/dashboardbench/DashboardBench.dll" measure --url "http://127.0.0.1:$port" --department "$department" \
    --requests "$requests" --concurrency "$concurrency" --aim-ms "$aim" | tee "$dir/measure.txt" || status=$?
  echo "  Skipper RSS after the runs: $(awk '$1 == "VmRSS:" { printf "%.0f MB", $2 * 1024 / 1000000 }' "/proc/$app_pid/status")"
  stop_app "$app_pid"
  echo "== $provider: one refresh of the current month and quarter ..."
  run_switch "$dir" "$port" "current refresh" "$current_args" "${db_env[@]}" | tee -a "$dir/refresh.txt"
  { echo "$provider:"; cat "$dir/refresh.txt"; sed -n '/^measure /,$p;/answers 404/p' "$dir/measure.txt"; echo; } >>"$summary"
  [ "$status" -eq 0 ] || echo "WARNING: measure on $provider had errors (see above)"
done
echo
echo "== Summary (other work on this 2-core machine moves these figures)"
cat "$summary"
