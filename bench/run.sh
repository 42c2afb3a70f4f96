#!/usr/bin/env bash
# Measures Skipper on this machine against a bare minimal-API baseline, in the same run:
#   1. time from process start to the first 200 from GET /health (new database, then a restart on it)
#   2. resident memory (VmRSS) after start, after 10,000 requests to / and after all the load
#   3. requests/s and p99 latency with wrk for /, /hjem, /health and /mine-brukere (signed in as ansatt)
#   4. the same wrk figures for bench/Baseline, and each Skipper figure as a ratio to it
# Usage: bench/run.sh [--no-build]   (env BENCH_DURATION=8 BENCH_WARMUP=2 seconds per wrk run,
#        BENCH_QUIET_WAIT=60 seconds to wait for other work on the machine to stop); see bench/README.md
# Only 127.0.0.1 is used. Every process this script starts is stopped on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/bench/out"
duration=${BENCH_DURATION:-8}
warmup=${BENCH_WARMUP:-2}
threads=2
connections=32
demo_email=ansatt@demo.skipper.local
demo_password=${SKIPPER_DEMO_PASSWORD:-skipper-demo-2026}
build=1
[ "${1:-}" = "--no-build" ] && build=0

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for tool in wrk hey curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- processes: every pid we start goes into pids; cleanup stops them all, whatever happens --------------
pids=()
work=$(mktemp -d /tmp/skipper-bench.XXXXXX)
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 50); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

fail() { echo "FAILED: $*" >&2; exit 1; }

# Runs a command in the background (so a signal to this script ends it too) and waits for it.
run_bg() {
  "$@" &
  local p=$!
  pids+=("$p")
  local rc=0
  wait "$p" || rc=$?
  forget "$p"
  return "$rc"
}

# Drops a pid that has ended from pids, so cleanup never signals a reused pid.
forget() {
  local keep=() pid
  for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || keep+=("$pid"); done
  pids=("${keep[@]}")
}

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Resident memory of a pid in MB (10^6 bytes; /proc reports KiB).
rss_mb() { awk -v k="${2:-VmRSS}:" '$1 == k { printf "%.0f", $2 * 1024 / 1000000 }' "/proc/$1/status"; }

# CPU time the whole machine spent busy (user, nice, system, irq, softirq; tick-based accounting charges a
# process for the interrupt ticks that land in it too), in clock ticks (100 per second).
machine_busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
# CPU time of this script and its ended, waited-for children (the apps, wrk, hey, curl), in clock ticks.
# (times must run in this shell, not in $(...), or it reports a subshell's children.)
children_ticks() {
  times >"$work/times.txt"
  awk '{ for (i = 1; i <= 2; i++) { split($i, a, /m|s/); t += a[1] * 60 + a[2] } } END { printf "%.0f", t * 100 }' "$work/times.txt"
}
# Share of the machine (all cores) that other processes keep busy right now, in per cent, over 1 s.
others_busy_pct() {
  local b0 b1
  b0=$(machine_busy_ticks); sleep 1; b1=$(machine_busy_ticks)
  echo $(( (b1 - b0) * 100 / (100 * $(nproc)) ))
}

# start_app NAME DIR PORT COMMAND... : starts COMMAND in DIR, polls /health every ~10 ms until it answers 200.
# Sets app_pid and start_ms (from just before the fork to the first 200).
start_app() {
  local name=$1 dir=$2 port=$3; shift 3
  local t0 code
  t0=$(now_ms)
  ( cd "$dir" && exec "$@" ) >>"$dir/$name.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)
    [ "$code" = 200 ] && break
    kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$dir/$name.log" >&2; fail "$name exited before answering /health"; }
    [ $(( $(now_ms) - t0 )) -gt 60000 ] && { tail -n 40 "$dir/$name.log" >&2; fail "$name did not answer /health within 60 s"; }
    sleep 0.01
  done
  start_ms=$(( $(now_ms) - t0 ))
}

stop_app() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget "$pid"
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

# wrk_run KEY URL [wrk args...]: 2 s warm-up, then the measured run; sets KEY_rps, KEY_p99 (ms), KEY_note.
declare -A R
wrk_run() {
  local key=$1 url=$2; shift 2
  local file="$work/wrk-$key.txt"
  run_bg wrk -t"$threads" -c"$connections" -d"${warmup}s" "$@" "$url" >/dev/null
  run_bg wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url" >"$file"
  R[${key}_rps]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$file")
  R[${key}_p99]=$(awk '$1 == "99%" {
      v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
      f = (unit == "us") ? 0.001 : (unit == "ms") ? 1 : (unit == "s") ? 1000 : (unit == "m") ? 60000 : 1
      printf "%.2f", v * f }' "$file")
  local bad errors
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
  errors=$(grep -o 'Socket errors:.*' "$file" || true)
  R[${key}_note]="${bad:+$bad non-2xx }${errors}"
  R[${key}_requests]=$(awk '/requests in/ { print $1 }' "$file")
  echo "  $key: ${R[${key}_rps]} req/s, p99 ${R[${key}_p99]} ms (${R[${key}_requests]} requests) ${R[${key}_note]}"
}

# ---- build ------------------------------------------------------------------------------------------------
if [ "$build" -eq 1 ]; then
  echo "Building Skipper and the baseline in Release (bench/out) ..."
  # --artifacts-path keeps bin/ and obj/ under bench/out, away from the Debug build in src/.
  dotnet publish src/Skipper.Web -c Release -r linux-x64 --self-contained false -o "$out/skipper" --artifacts-path "$out/artifacts" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "Skipper build"; }
  dotnet publish bench/Baseline -c Release -o "$out/baseline" --artifacts-path "$out/artifacts" -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; fail "baseline build"; }
fi
[ -f "$out/skipper/Skipper.Web.dll" ] && [ -f "$out/baseline/Baseline.dll" ] || fail "no build in bench/out (run without --no-build)"

# Other work on the machine skews every figure: wait up to BENCH_QUIET_WAIT seconds for it to calm down.
quiet_wait=${BENCH_QUIET_WAIT:-60}
busy=$(others_busy_pct)
waited=0
while [ "$busy" -gt 10 ] && [ "$waited" -lt "$quiet_wait" ]; do
  [ "$waited" -eq 0 ] && echo "Other processes keep $busy % of the CPUs busy; waiting up to ${quiet_wait} s for quiet ..."
  sleep 4; waited=$((waited + 5)); busy=$(others_busy_pct)
done
R[busy_before]=$busy
busy_start=$(machine_busy_ticks)
children_ticks >"$work/ticks.txt"; children_start=$(cat "$work/ticks.txt")
run_start=$(now_ms)

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), dotnet $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "wrk: $threads threads, $connections connections, ${warmup} s warm-up + ${duration} s measured"

# ---- Skipper ----------------------------------------------------------------------------------------------
# Staging: production code paths (no developer pages) but cookies also over plain http; demo mode for accounts.
skipper_dir="$work/skipper"
mkdir -p "$skipper_dir"
port=$(free_port 5390)
base="http://127.0.0.1:$port"
skipper_cmd=(env ASPNETCORE_ENVIRONMENT=Staging Skipper__DemoMode=true
  dotnet "$out/skipper/Skipper.Web.dll" --urls "$base" --contentRoot "$out/skipper")

echo "Skipper: first start on a new database (migrate + demo seed) ..."
start_app skipper "$skipper_dir" "$port" "${skipper_cmd[@]}"
R[start_new_ms]=$start_ms
R[rss_start_new]=$(rss_mb "$app_pid")
echo "  first 200 after ${R[start_new_ms]} ms, RSS ${R[rss_start_new]} MB"
stop_app "$app_pid"

echo "Skipper: restart on the existing database ..."
start_app skipper "$skipper_dir" "$port" "${skipper_cmd[@]}"
skipper_pid=$app_pid
R[start_again_ms]=$start_ms
R[rss_start]=$(rss_mb "$skipper_pid")
echo "  first 200 after ${R[start_again_ms]} ms, RSS ${R[rss_start]} MB"

[ "$(status_of "$base/")" = 200 ] || fail "GET / on Skipper did not answer 200"
page_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base/")
echo "  front page: $page_bytes bytes"

echo "Skipper: 10,000 requests to / (hey, 25 workers x 400) ..."
run_bg hey -n 10000 -c 25 "$base/" >"$work/hey.txt"
grep -q '\[200\].*10000 responses' "$work/hey.txt" || { cat "$work/hey.txt" >&2; fail "hey: not 10,000 answers of 200"; }
R[rss_10k]=$(rss_mb "$skipper_pid")
echo "  RSS ${R[rss_10k]} MB"

echo "Skipper: signing in as $demo_email ..."
jar="$work/cookies.txt"
login_page=$(curl -s -c "$jar" -b "$jar" "$base/logg-inn")
token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$login_page" | head -n 1)
[ -n "$token" ] || fail "no __RequestVerificationToken on /logg-inn"
login_status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode "email=$demo_email" --data-urlencode "password=$demo_password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/logg-inn")
[ "$login_status" = 302 ] || fail "sign-in answered $login_status, not 302"
# Netscape cookie jar: HttpOnly cookies are written as "#HttpOnly_host"; other # lines are comments.
cookie=$(awk -F'\t' 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
grep -q '\.Skipper\.Auth=' <<<"$cookie" || fail "no .Skipper.Auth cookie after sign-in"
[ "$(status_of -H "Cookie: $cookie" "$base/hjem")" = 200 ] || fail "/hjem with the sign-in cookie did not answer 200"

# ---- baseline, started beside the idle Skipper ------------------------------------------------------------
baseline_dir="$work/baseline"
mkdir -p "$baseline_dir"
bport=$(free_port $((port + 1)))
bbase="http://127.0.0.1:$bport"
echo "Baseline: start (page of $page_bytes bytes) ..."
start_app baseline "$baseline_dir" "$bport" env ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$out/baseline/Baseline.dll" --urls "$bbase" --contentRoot "$out/baseline" --PageBytes="$page_bytes"
baseline_pid=$app_pid
R[b_start_ms]=$start_ms
R[b_rss_start]=$(rss_mb "$baseline_pid")
echo "  first 200 after ${R[b_start_ms]} ms, RSS ${R[b_rss_start]} MB, page $(curl -s -o /dev/null -w '%{size_download}' "$bbase/") bytes"
run_bg hey -n 10000 -c 25 "$bbase/" >"$work/hey-baseline.txt"
R[b_rss_10k]=$(rss_mb "$baseline_pid")

# ---- wrk: each Skipper run right beside the baseline run it is compared with -------------------------------
# The baseline page is measured before and after Skipper's page runs and the two are averaged, so a
# change in the machine's load during the run shifts both sides alike.
echo "wrk ..."
wrk_run b_page1 "$bbase/"
wrk_run s_page "$base/"
wrk_run s_hjem "$base/hjem" -H "Cookie: $cookie"
[ "$(status_of -H "Cookie: $cookie" "$base/hjem")" = 200 ] || R[s_hjem_note]+=" (/hjem no longer 200 after the run)"
mine_status=$(status_of -H "Cookie: $cookie" "$base/mine-brukere")
R[mine_status]=$mine_status
if [ "$mine_status" = 200 ]; then
  wrk_run s_mine "$base/mine-brukere" -H "Cookie: $cookie"
  [ "$(status_of -H "Cookie: $cookie" "$base/mine-brukere")" = 200 ] || R[s_mine_note]+=" (/mine-brukere no longer 200 after the run)"
else
  echo "  /mine-brukere answers $mine_status: skipped"
fi
wrk_run b_page2 "$bbase/"
R[b_page_rps]=$(( (R[b_page1_rps] + R[b_page2_rps]) / 2 ))
R[b_page_p99]=$(awk -v a="${R[b_page1_p99]}" -v b="${R[b_page2_p99]}" 'BEGIN { printf "%.2f", (a + b) / 2 }')
R[b_page_note]="${R[b_page1_note]}${R[b_page2_note]}"
wrk_run b_health "$bbase/health"
wrk_run s_health "$base/health"

R[rss_end]=$(rss_mb "$skipper_pid")
R[hwm_end]=$(rss_mb "$skipper_pid" VmHWM)
echo "  Skipper RSS after all load ${R[rss_end]} MB (peak ${R[hwm_end]} MB)"
R[b_rss_end]=$(rss_mb "$baseline_pid")
stop_app "$skipper_pid"
stop_app "$baseline_pid"

# CPU that processes other than ours used while we measured (all our children have ended and been waited for).
run_ticks=$(( ($(now_ms) - run_start) / 10 * $(nproc) ))
children_ticks >"$work/ticks.txt"
R[machine_ticks]=$(( $(machine_busy_ticks) - busy_start ))
R[our_ticks]=$(( $(cat "$work/ticks.txt") - children_start ))
others_ticks=$(( R[machine_ticks] - R[our_ticks] ))
[ "$others_ticks" -lt 0 ] && others_ticks=0
R[busy_during]=$(( others_ticks * 100 / run_ticks ))

# ---- table ------------------------------------------------------------------------------------------------
meets() { awk -v v="$1" -v op="$2" -v aim="$3" 'BEGIN { ok = (op == "<") ? (v < aim) : (v >= aim); print ok ? "yes" : "NO" }'; }
ratio_num() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }'; }

line() { printf '%-40s %12s %12s %10s  %-22s %s\n' "$@"; }
echo
echo "== Skipper on this machine ($(nproc) cores), wrk -t$threads -c$connections -d${duration}s --latency, baseline in the same run"
echo "Other processes used ${R[busy_during]} % of the CPUs during the run (${R[busy_before]} % just before it)."
[ "${R[busy_during]}" -gt 5 ] && echo "WARNING: the machine was not quiet; these figures are too low. Run again when nothing else runs."
line "measure" "Skipper" "baseline" "ratio" "aim" "met"
line "first 200 from /health, new database" "${R[start_new_ms]} ms" "${R[b_start_ms]} ms" "" "< 2000 ms" "$(meets "${R[start_new_ms]}" "<" 2000)"
line "first 200 from /health, restart" "${R[start_again_ms]} ms" "" "" "< 2000 ms" "$(meets "${R[start_again_ms]}" "<" 2000)"
line "RSS after first start (new database)" "${R[rss_start_new]} MB" "" "" "< 150 MB" "$(meets "${R[rss_start_new]}" "<" 150)"
line "RSS after restart" "${R[rss_start]} MB" "${R[b_rss_start]} MB" "" "< 150 MB" "$(meets "${R[rss_start]}" "<" 150)"
line "RSS after 10,000 x GET /" "${R[rss_10k]} MB" "${R[b_rss_10k]} MB" "" "< 150 MB" "$(meets "${R[rss_10k]}" "<" 150)"
line "RSS after all wrk runs (peak)" "${R[rss_end]} (${R[hwm_end]}) MB" "${R[b_rss_end]} MB" "" "< 150 MB" "$(meets "${R[rss_end]}" "<" 150)"
echo
printf '%-30s %10s %9s   %-16s %10s %9s %9s  %-18s %s\n' "endpoint" "req/s" "p99 ms" "baseline" "req/s" "p99 ms" "ratio" "aim" "met"
row() { # label skey bkey blabel aim_pct
  local label=$1 s=$2 b=$3 blabel=$4 aim=${5:-}
  local r; r=$(ratio_num "${R[${s}_rps]}" "${R[${b}_rps]}")
  printf '%-30s %10s %9s   %-16s %10s %9s %9s  %-18s %s\n' "$label" "${R[${s}_rps]}" "${R[${s}_p99]}" "$blabel" \
    "${R[${b}_rps]}" "${R[${b}_p99]}" "$r %" "${aim:+>= $aim % of baseline}" "${aim:+$(meets "$r" ">=" "$aim")}"
  [ -n "${R[${s}_note]}" ] && echo "    note: ${R[${s}_note]}"
  return 0
}
row "GET / (anonymous)" s_page b_page "GET / (static)" 25
row "GET /hjem (ansatt)" s_hjem b_page "GET / (static)"
row "GET /health" s_health b_health "GET /health"
if [ "${R[mine_status]}" = 200 ]; then
  row "GET /mine-brukere (ansatt)" s_mine b_page "GET / (static)" 10
else
  echo "GET /mine-brukere (ansatt)     skipped: answers ${R[mine_status]} (aim >= 10 % of baseline page)"
fi
echo "(ratio = Skipper req/s / baseline req/s. Baseline page: mean of its runs before and after Skipper's page runs, ${R[b_page1_rps]} and ${R[b_page2_rps]} req/s; $page_bytes bytes, the size of Skipper's front page)"
{
  for k in "${!R[@]}"; do echo "$k=${R[$k]}"; done | sort
  echo "page_bytes=$page_bytes"
} >"$out/results.txt"
echo "(raw figures in bench/out/results.txt)"
