#!/usr/bin/env bash
# Feedback at scale (issue 5, "Speed"): fills a database with PEOPLE persons (100,000) and 20 answered forms each
# (2,000,000 answers: outcome before and alliance after 10 sessions on average), then measures over HTTP against the
# published app: storing an answer at 200/s (open loop, aim p99 < 20 ms), the highest rate with p99 < 50 ms beside the
# database's own durable-commit rate measured in the same run (aim >= 50 %), the graph page (aim median < 50 ms) and a
# caseload of 60 (aim median < 100 ms). On SQLite and on PostgreSQL. Raw output in bench/out/feedback-*.txt.
# Usage: bench/feedback.sh [--no-build] [sqlite|postgres ...]     (default: both)
# Env: FEEDBACK_BENCH_PEOPLE=100000 FEEDBACK_BENCH_REQUESTS=500 (timed reads per measure) FEEDBACK_BENCH_ARGS="..."
#      (more options for FeedbackBench measure, e.g. "--rates 400,800 --step-seconds 10 --seconds 20")
#      FEEDBACK_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" to use a running server (a new database
#      is made there and dropped at the end); without it a throwaway cluster is started on loopback and removed.
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
people=${FEEDBACK_BENCH_PEOPLE:-100000}
requests=${FEEDBACK_BENCH_REQUESTS:-500}
build=1
providers=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    sqlite|postgres) providers+=("$arg") ;;
    *) echo "usage: bench/feedback.sh [--no-build] [sqlite|postgres ...]" >&2; exit 2 ;;
  esac
done
[ ${#providers[@]} -eq 0 ] && providers=(sqlite postgres)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
pids=()
work=$(mktemp -d /tmp/skipper-feedbackbench.XXXXXX)
pgdata=""
pgbin=""
pg_dbs=()
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for db in "${pg_dbs[@]}"; do dotnet "$out/feedbackbench/FeedbackBench.dll" drop --connection "$db" >/dev/null 2>&1 || true; done
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
  echo "Building Skipper and FeedbackBench in Release (bench/out) ..."
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  dotnet publish bench/FeedbackBench -c Release -o "$out/feedbackbench" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "FeedbackBench build"; }
fi
[ -f "$out/skipper/Skipper.Web.dll" ] && [ -f "$out/feedbackbench/FeedbackBench.dll" ] || fail "no build in bench/out (run without --no-build)"

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

# Sets pg_server: FEEDBACK_BENCH_POSTGRES, or a throwaway cluster started here (removed on exit).
pg_server=""
ensure_postgres() {
  if [ -n "${FEEDBACK_BENCH_POSTGRES:-}" ]; then pg_server=$FEEDBACK_BENCH_POSTGRES; return; fi
  if [ -z "$pgdata" ]; then
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    pgdata=$(mktemp -d /tmp/skipper-feedbackbench-pg.XXXXXX)
    pgport=$(free_port 55480)
    [ "$(id -u)" -eq 0 ] && chown postgres "$pgdata"
    # Default durability (fsync on), as a real server would run.
    run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres" >/dev/null
    run_pg "$pgbin/pg_ctl -D $pgdata -o \"-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200\" -l $pgdata/log -w start" >/dev/null \
      || fail "PostgreSQL did not start"
  fi
  pg_server="Host=127.0.0.1;Port=$pgport;Username=postgres"
}

mkdir -p "$out"
raw="$out/feedback-$(date -u +%Y%m%dT%H%MZ).txt"
exec > >(tee "$raw") 2>&1
echo "Raw output: ${raw#"$root/"}"
echo "Machine: $(nproc) cores, dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ), Skipper at $(git rev-parse --short HEAD); $people persons, $requests timed reads per measure"
summary="$work/summary.txt"
: >"$summary"
for provider in "${providers[@]}"; do
  dir="$work/$provider"
  mkdir -p "$dir"
  port=$(free_port 5490)
  if [ "$provider" = sqlite ]; then
    db_env=(Database__Provider=Sqlite "ConnectionStrings__Skipper=Data Source=$dir/skipper.db")
    db_args=(--provider Sqlite --connection "Data Source=$dir/skipper.db")
  else
    ensure_postgres
    cs="$pg_server;Database=skipper_feedbackbench_$$"
    pg_dbs+=("$cs")
    db_env=(Database__Provider=Postgres "ConnectionStrings__Skipper=$cs")
    db_args=(--provider Postgres --connection "$cs")
  fi
  echo "== $provider: new database (migrate + demo seed + instruments) ..."
  start_app "$dir" "$port" "${db_env[@]}"
  stop_app "$app_pid"
  echo "== $provider: filling $people persons ..."
  t0=$(now_ms)
  dotnet "$out/feedbackbench/FeedbackBench.dll" fill "${db_args[@]}" --people "$people" || fail "fill on $provider"
  echo "  fill: $(( ($(now_ms) - t0) / 1000 )) s"
  # The fill wrote without waiting for the disk: flush it now, so the write-back does not slow the measured commits.
  t0=$(now_ms); sync; echo "  sync: $(( ($(now_ms) - t0) / 1000 )) s"
  [ "$provider" = sqlite ] && echo "  database file: $(du -m "$dir/skipper.db" | cut -f1) MB"
  echo "== $provider: measuring ..."
  t0=$(now_ms)
  start_app "$dir" "$port" "${db_env[@]}"
  echo "  Skipper answered /health $(( $(now_ms) - t0 )) ms after start on the filled database"
  status=0
  # shellcheck disable=SC2086
  dotnet "$out/feedbackbench/FeedbackBench.dll" measure --url "http://127.0.0.1:$port" "${db_args[@]}" --people "$people" \
    --requests "$requests" --app-pid "$app_pid" ${FEEDBACK_BENCH_ARGS:-} | tee "$dir/measure.txt" || status=$?
  echo "  Skipper RSS after the runs: $(awk '$1 == "VmRSS:" { printf "%.0f MB", $2 * 1024 / 1000000 }' "/proc/$app_pid/status") (peak $(awk '$1 == "VmHWM:" { printf "%.0f MB", $2 * 1024 / 1000000 }' "/proc/$app_pid/status"))"
  stop_app "$app_pid"
  { echo "$provider:"; sed -n '/^measure /,$p' "$dir/measure.txt"; echo; } >>"$summary"
  [ "$status" -eq 0 ] || echo "WARNING: measure on $provider had errors (see above)"
done
echo
echo "== Summary (other work on this 2-core machine moves these figures; see the CPU columns in the raw output)"
cat "$summary"
