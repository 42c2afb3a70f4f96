# Shared by bench scripts: start and stop Skipper from bench/out, a throwaway PostgreSQL cluster, cleanup on exit.
# Source it after setting: out (bench/out), work (a temporary directory), bench_name (for names of temp dirs).
pids=()
pgdata=""
pgbin=""
pg_server=""
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
fail() { echo "FAILED: $*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
bench_cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 0.5
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  [ -n "$pgdata" ] && { run_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
  rm -rf "$work"
}

# start_app DIR PORT ENV... : starts Skipper from bench/out with the given environment, waits for 200 from /health.
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

# Sets pg_server: $1 if given (a running server), or a throwaway cluster started here with fsync on (removed on exit).
ensure_postgres() {
  if [ -n "${1:-}" ]; then pg_server=$1; return; fi
  if [ -z "$pgdata" ]; then
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    pgdata=$(mktemp -d "/tmp/skipper-$bench_name-pg.XXXXXX")
    pgport=$(free_port 55480)
    [ "$(id -u)" -eq 0 ] && chown postgres "$pgdata"
    run_pg "$pgbin/initdb -D $pgdata -A trust -U postgres" >/dev/null
    run_pg "$pgbin/pg_ctl -D $pgdata -o \"-p $pgport -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200\" -l $pgdata/log -w start" >/dev/null \
      || fail "PostgreSQL did not start"
  fi
  pg_server="Host=127.0.0.1;Port=$pgport;Username=postgres"
}
