#!/usr/bin/env bash
# My plan at scale: fills a database with PEOPLE persons (10,000) each holding a full plan (10 goals, 30 steps,
# 20 meetings, resources, values, CHIME notes and ratings, warning signs, 3 shared decisions), then times the
# plan overview (/min-plan for the person, /personer/{id}/plan for staff) and saving a step, on SQLite and
# on PostgreSQL. Prints median and p99 beside the aims (overview < 50 ms median and < 150 ms p99; save < 20 ms p99).
# Usage: bench/plan.sh [--no-build] [sqlite|postgres ...]     (default: both)
# Env: PLAN_BENCH_PEOPLE=10000 PLAN_BENCH_REQUESTS=1000 PLAN_BENCH_CONCURRENCY=4
#      PLAN_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" to use a running server (a new database
#      is made there and dropped at the end); without it a throwaway cluster is started on loopback and removed.
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
people=${PLAN_BENCH_PEOPLE:-10000}
requests=${PLAN_BENCH_REQUESTS:-1000}
concurrency=${PLAN_BENCH_CONCURRENCY:-4}
build=1
providers=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    sqlite|postgres) providers+=("$arg") ;;
    *) echo "usage: bench/plan.sh [--no-build] [sqlite|postgres ...]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -eq 0 ] && providers=(sqlite postgres)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pids=()
work=$(mktemp -d /tmp/skipper-planbench.XXXXXX)
pgdata=""
pgbin=""
pg_dbs=()
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for db in "${pg_dbs[@]}"; do dotnet "$out/planbench/PlanBench.dll" drop --connection "$db" >/dev/null 2>&1 || true; done
  [ -n "$pgdata" ] && { run_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
fail() { echo "FAILED: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

if [ "$build" -eq 1 ]; then
  echo "Building Skipper and PlanBench in Release (bench/out) ..."
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  dotnet publish bench/PlanBench -c Release -o "$out/planbench" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "PlanBench build"; }
fi
[ -f "$out/skipper/Skipper.Web.dll" ] && [ -f "$out/planbench/PlanBench.dll" ] || fail "no build in bench/out (run without --no-build)"

# start_app DIR PORT ENV... : starts Skipper with the given environment, waits for 200 from /health.
start_app() {
  local dir=$1 port=$2; shift 2
  local t0; t0=$(now_ms)
  ( cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Staging Skipper__DemoMode=true \
      Skipper__SignInLimits__PerAddressPerMinute=100000 Skipper__SignInLimits__PerAccountPerMinute=100000 "$@" \
      dotnet "$out/skipper/Skipper.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$out/skipper" ) >>"$dir/skipper.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)" = 200 ]; do
    kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$dir/skipper.log" >&2; fail "Skipper exited before answering /health"; }
    [ $(( $(now_ms) - t0 )) -gt 120000 ] && fail "Skipper did not answer /health within 120 s"
    sleep 0.05
  done
}
stop_app() {
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Sets pg_server: PLAN_BENCH_POSTGRES, or a throwaway cluster started here (removed on exit).
pg_server=""
ensure_postgres() {
  if [ -n "${PLAN_BENCH_POSTGRES:-}" ]; then pg_server=$PLAN_BENCH_POSTGRES; return; fi
  if [ -z "$pgdata" ]; then
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    pgdata=$(mktemp -d /tmp/skipper-planbench-pg.XXXXXX)
    pgport=$(free_port 55480)
    [ "$(id -u)" -eq 0 ] && chown postgres "$pgdata"
    # Default durability (fsync on), as a real server would run.
    run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres" >/dev/null
    run_pg "$pgbin/pg_ctl -D $pgdata -o \"-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200\" -l $pgdata/log -w start" >/dev/null \
      || fail "PostgreSQL did not start"
  fi
  pg_server="Host=127.0.0.1;Port=$pgport;Username=postgres"
}

echo "Machine: $(nproc) cores, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ); $people persons, $requests timed requests per measure, $concurrency in parallel"
summary="$work/summary.txt"
: >"$summary"
for provider in "${providers[@]}"; do
  dir="$work/$provider"
  mkdir -p "$dir"
  port=$(free_port 5490)
  if [ "$provider" = sqlite ]; then
    db_env=(Database__Provider=Sqlite "ConnectionStrings__Skipper=Data Source=$dir/skipper.db")
    fill_args=(--provider Sqlite --connection "Data Source=$dir/skipper.db")
  else
    ensure_postgres
    cs="$pg_server;Database=skipper_planbench_$$"
    pg_dbs+=("$cs")
    db_env=(Database__Provider=Postgres "ConnectionStrings__Skipper=$cs")
    fill_args=(--provider Postgres --connection "$cs")
  fi
  echo "== $provider: new database (migrate + demo seed) ..."
  start_app "$dir" "$port" "${db_env[@]}"
  stop_app "$app_pid"
  echo "== $provider: filling $people persons ..."
  dotnet "$out/planbench/PlanBench.dll" fill "${fill_args[@]}" --people "$people" || fail "fill on $provider"
  [ "$provider" = sqlite ] && echo "  database file: $(du -m "$dir/skipper.db" | cut -f1) MB"
  echo "== $provider: measuring ..."
  start_app "$dir" "$port" "${db_env[@]}"
  status=0
  dotnet "$out/planbench/PlanBench.dll" measure --url "http://127.0.0.1:$port" --people "$people" \
    --requests "$requests" --concurrency "$concurrency" | tee "$dir/measure.txt" || status=$?
  echo "  Skipper RSS after the runs: $(awk '$1 == "VmRSS:" { printf "%.0f MB", $2 * 1024 / 1000000 }' "/proc/$app_pid/status")"
  stop_app "$app_pid"
  { echo "$provider:"; sed -n '/^measure /,$p' "$dir/measure.txt"; echo; } >>"$summary"
  [ "$status" -eq 0 ] || fail "measure on $provider had errors (see above)"
done
echo
echo "== Summary (ms; $requests requests per measure, $concurrency in parallel, random persons of $people)"
cat "$summary"
