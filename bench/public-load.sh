#!/usr/bin/env bash
# bench/public-load.sh — the whole suite on national-size data: startup time and memory of every
# process, and a mixed public load at a constant arrival rate through the gateway (issue 9).
#
#   1. Startup: `./ocop up` starts PostgreSQL and Kafka (the devstack), the gateway, then the
#      registry, rating and plan services together, as it always does; bench/public/watch_ready.py
#      notes when each is ready (PostgreSQL and Kafka: their port accepts connections; a service:
#      /q/health/ready answers 200), and the time from the process's own start (/proc/PID/stat) to
#      then is printed, with the RSS of each process after the start. The JVM's own floor, a plain
#      `java -version`, is measured in the same run as the baseline.
#   2. Data: the national file of bench/generate_import.py (8,000 subjects, 18,000 products, 15,000
#      certificates, real unit codes) imported into the registry through its API.
#   3. Mixed public load, open model (bench/public/MixedLoad.java: request i is due at start + i /
#      rate whatever the server does, its latency counted from then): BENCH_RATE (1,200) requests/s
#      for BENCH_SECONDS (60) s, BENCH_SEARCH_PERCENT (20) % public searches
#      (GET /public/products?q=..., queries without accents such as "ca phe", "mat ong dak lak") and
#      the rest verifications of real codes (GET /public/verify/{code}); through the gateway, and
#      the same load straight to the registry as the baseline, alternating, after a warm-up of each.
#      Printed per kind: achieved rate, p50/p95/p99/max and the errors (non-2xx, timeouts after
#      BENCH_TIMEOUT_MS, broken connections, unanswered at the end; target 0).
#   4. RSS of every process again after the load.
#
# The gateway's per-address rate limit (50/s by default) would refuse a load that comes from one
# address; it stays on, raised far above the load, as in bench/gateway.sh.
#
# Needs the packaged suite (./mvnw -B package -DskipTests), java 17+, python3, psql and curl.
# Starts everything in a temporary directory on free ports and stops exactly that (./ocop down).
# Settings (environment): BENCH_RATE (1200), BENCH_SECONDS (60), BENCH_WARMUP (20 s per target),
# BENCH_SEARCH_PERCENT (20), BENCH_CONNECTIONS (256), BENCH_TIMEOUT_MS (5000), BENCH_ROUNDS (1),
# BENCH_PAUSE (10 s after each warm-up and round),
# BENCH_SUBJECTS/PRODUCTS/CERTIFICATES (8000/18000/15000), BENCH_SEED (2026),
# OCOP_SERVICE_JAVA_OPTS as for ./ocop, BENCH_KEEP=1 keeps the directory.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
HERE="$ROOT/bench/public"
RATE=${BENCH_RATE:-1200}
SECONDS_PER_ROUND=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-20}
SEARCH_PERCENT=${BENCH_SEARCH_PERCENT:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-256}
TIMEOUT_MS=${BENCH_TIMEOUT_MS:-5000}
ROUNDS=${BENCH_ROUNDS:-1}
PAUSE=${BENCH_PAUSE:-10}
SUBJECTS=${BENCH_SUBJECTS:-8000}
PRODUCTS=${BENCH_PRODUCTS:-18000}
CERTIFICATES=${BENCH_CERTIFICATES:-15000}
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"

die() {
  printf 'bench/public-load.sh: %s\n' "$*" >&2
  exit 1
}
for tool in java python3 psql curl; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
for module in gateway registry-service rating-service plan-service; do
  [[ -f $ROOT/$module/target/quarkus-app/quarkus-run.jar ]] || die "build first: ./mvnw -B package -DskipTests"
done
[[ -f $ROOT/devstack/target/devstack.jar ]] || die "build first: ./mvnw -B package -DskipTests"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-public.XXXXXX")
export OCOP_DATA_DIR=$WORK/data
WATCH_PID=''
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [[ -n $WATCH_PID ]] && kill "$WATCH_PID" 2>/dev/null
  "$ROOT/ocop" down >"$WORK/down.log" 2>&1 || cat "$WORK/down.log" >&2
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    printf 'kept %s\n' "$WORK" >&2
  else
    rm -rf -- "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

source "$ROOT/bench/lib/ports.sh"
suite_ports
export OCOP_SKIP_BUILD=1
unset OCOP_ONLY
export OCOP_GATEWAY_RATE_LIMIT_ADDRESS_RATE=1000000 OCOP_GATEWAY_RATE_LIMIT_ADDRESS_BURST=1000000
export OCOP_GATEWAY_RATE_LIMIT_AUTH_RATE=1000 OCOP_GATEWAY_RATE_LIMIT_AUTH_BURST=1000
export PGHOST=127.0.0.1 PGPORT=$OCOP_POSTGRES_PORT PGUSER=postgres PGDATABASE=registry
COMPONENTS=(postgres kafka gateway registry rating plan)

## 1. Startup
TICKS=$(getconf CLK_TCK)
JAVA_VERSION=$(java -version 2>&1 | head -n 1)
JVM_NAME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.name = //p')
java_floor=()
for _ in 1 2 3; do
  t0=$(date +%s%N)
  java -version >/dev/null 2>&1
  java_floor+=("$(($(date +%s%N) - t0))")
done
JAVA_FLOOR=$(printf '%s\n' "${java_floor[@]}" | sort -n | sed -n 2p | awk '{ printf "%.2f", $1 / 1e9 }')

health() { echo "http://127.0.0.1:$1/q/health/ready"; }
echo "Starting the suite (./ocop up, data in $WORK/data); watching each component become ready"
python3 "$HERE/watch_ready.py" 600 postgres="$OCOP_POSTGRES_PORT" kafka="$OCOP_KAFKA_PORT" \
  gateway="$(health "$OCOP_GATEWAY_PORT")" registry="$(health "$OCOP_REGISTRY_PORT")" \
  rating="$(health "$OCOP_RATING_PORT")" plan="$(health "$OCOP_PLAN_PORT")" >"$WORK/ready.txt" &
WATCH_PID=$!
up_started=$(date +%s%N)
"$ROOT/ocop" up >"$WORK/up.log" 2>&1 || {
  cat "$WORK/up.log" >&2
  die "./ocop up failed"
}
UP_SECONDS=$(awk -v ns=$(($(date +%s%N) - up_started)) 'BEGIN { printf "%.1f", ns / 1e9 }')
wait "$WATCH_PID" || true
WATCH_PID=''

declare -A PID START_S RSS_START RSS_LOAD
for name in "${COMPONENTS[@]}"; do
  read -r "PID[$name]" <"$OCOP_DATA_DIR/run/$name.pid"
done
# PostgreSQL is one postmaster and its backends, sharing memory: their proportional set sizes
# (PSS) are summed, so shared pages count once. A JVM is one process: its RSS.
memory_mb() {
  local name=$1 pid=${PID[$1]} total=0 child
  if [[ $name == postgres ]]; then
    for child in "$pid" $(pgrep -P "$pid"); do
      total=$((total + $(awk '/^Pss:/ { print $2 }' "/proc/$child/smaps_rollup" 2>/dev/null || echo 0)))
    done
  else
    total=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  fi
  awk -v kb="$total" 'BEGIN { printf "%.0f", kb / 1024 }'
}
for name in "${COMPONENTS[@]}"; do
  ready=$(awk -v n="$name" '$1 == n { print $2 }' "$WORK/ready.txt")
  started=$(awk -v t="$TICKS" '{ sub(/^.*\) /, ""); print $20 / t }' "/proc/${PID[$name]}/stat")
  if [[ -n $ready && $ready != - ]]; then
    START_S[$name]=$(awk -v r="$ready" -v s="$started" 'BEGIN { printf "%.1f", r - s }')
  else
    START_S[$name]='-'
  fi
  RSS_START[$name]=$(memory_mb "$name")
done

## 2. National data, imported through the registry's API
echo "Generating and importing the national file ($SUBJECTS subjects, $PRODUCTS products, $CERTIFICATES certificates)"
python3 "$ROOT/bench/generate_import.py" "$WORK/gen" --subjects "$SUBJECTS" --products "$PRODUCTS" \
  --certificates "$CERTIFICATES" --seed "${BENCH_SEED:-2026}" >/dev/null
password=$(cat "$OCOP_DATA_DIR/demo-password")
TOKEN=$(curl -sf -X POST "http://127.0.0.1:$OCOP_GATEWAY_PORT/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"ntm.officer\",\"password\":\"$password\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $TOKEN ]] || die "could not log in to the gateway"
status=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: text/csv' --data-binary "@$WORK/gen/import.csv" \
  "http://127.0.0.1:$OCOP_REGISTRY_PORT/api/registry/v1/imports")
[[ $status == 201 ]] || {
  head -c 2000 "$WORK/import.json" >&2
  die "the import answered $status"
}
# The load starts once the plan and rating services have followed the import's 41,000 events, so
# that their catching up does not share the cores with it.
deadline=$((SECONDS + 900))
until [[ $(psql -X -At -d plan -c "select count(*) from certificate_fact") == "$CERTIFICATES" ]]; do
  ((SECONDS < deadline)) || die "the plan service has not followed the import after 900 s"
  sleep 2
done
psql -X -At -c "select public_code from certificate order by public_code" >"$WORK/codes.txt"
python3 "$HERE/queries.py" 2000 "${BENCH_SEED:-2026}" >"$WORK/queries.txt"
CODES=$(wc -l <"$WORK/codes.txt")
sample=$(head -n 1 "$WORK/queries.txt")
found=$(curl -s "http://127.0.0.1:$OCOP_GATEWAY_PORT/public/products?q=ca%20phe" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["pager"]["total"])' 2>/dev/null || echo '?')
echo "  $CODES codes; search \"ca phe\" finds $found products (e.g. query $sample)"

## 3. Mixed load
mixed() { # port seconds warmup
  java -Xmx384m -XX:+UseParallelGC "$HERE/MixedLoad.java" "$1" "$RATE" "$2" "$3" "$CONNECTIONS" \
    "$TIMEOUT_MS" "verify=$((100 - SEARCH_PERCENT))=/public/verify/{x}=$WORK/codes.txt" \
    "search=$SEARCH_PERCENT=/public/products?q={x}=$WORK/queries.txt" || true
}
# A request that timed out at the client may still be queued in a server: each run is followed by
# a pause, so that no run pays for the one before it.
pause() {
  sleep "$PAUSE"
}
echo "Warm-up: every code verified once, every distinct query searched once, then ${WARMUP}s of the mixed load on each target"
java -Xmx256m "$ROOT/bench/verification/LoadGen.java" 127.0.0.1 "$OCOP_REGISTRY_PORT" \
  "$WORK/codes.txt" 16 600 pass >"$WORK/pass.txt"
distinct=0
t0=$(date +%s%N)
while read -r query; do
  curl -s -o /dev/null "http://127.0.0.1:$OCOP_REGISTRY_PORT/public/products?q=$query"
  distinct=$((distinct + 1))
done < <(sort -u "$WORK/queries.txt")
echo "  $distinct distinct queries searched once in $(awk -v ns=$(($(date +%s%N) - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }') s (one client)"
mixed "$OCOP_REGISTRY_PORT" "$WARMUP" 0 | sed 's/^/  warm-up direct:  /' | grep 'kind=all' || true
pause
mixed "$OCOP_GATEWAY_PORT" "$WARMUP" 0 | sed 's/^/  warm-up gateway: /' | grep 'kind=all' || true
pause
declare -A OUT
for ((round = 1; round <= ROUNDS; round++)); do
  for target in gateway direct; do
    port=$([[ $target == gateway ]] && echo "$OCOP_GATEWAY_PORT" || echo "$OCOP_REGISTRY_PORT")
    echo "Round $round of $ROUNDS, $target: $RATE requests/s for ${SECONDS_PER_ROUND}s"
    mixed "$port" "$SECONDS_PER_ROUND" 0 | tee "$WORK/$target-$round.txt" | sed 's/^/  | /'
    pause
    OUT[$target]+="$(cat "$WORK/$target-$round.txt")"$'\n'
  done
done

## 4. Memory after the load
for name in "${COMPONENTS[@]}"; do
  RSS_LOAD[$name]=$(memory_mb "$name")
done

## Figures: the last round of each target (BENCH_ROUNDS > 1 prints every round above)
line_of() { grep "^kind=$2 " "$WORK/$1-$ROUNDS.txt" || true; }
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo
echo "== The suite: startup, memory and a mixed public load (nproc $(nproc), ${cpu:-unknown CPU}) =="
echo "JVM:                $JAVA_VERSION ($JVM_NAME); services ${OCOP_SERVICE_JAVA_OPTS:-as ./ocop: -Xmx160m -XX:+UseSerialGC}"
echo "machine load:       $(cut -d ' ' -f 1-3 /proc/loadavg) after (1, 5, 15 min)"
echo "startup:            ./ocop up took $UP_SECONDS s in all (devstack, then gateway, then registry, rating and plan together); java -version alone: $JAVA_FLOOR s"
printf '  %-10s %8s %10s %16s %16s\n' process PID "ready (s)" "RSS start (MB)" "RSS load (MB)"
for name in "${COMPONENTS[@]}"; do
  printf '  %-10s %8s %10s %16s %16s\n' "$name" "${PID[$name]}" "${START_S[$name]}" "${RSS_START[$name]}" "${RSS_LOAD[$name]}"
done
echo "  (ready: from the process's start to its port open / health UP; PostgreSQL: PSS of the postmaster and its backends)"
echo "mixed load:         $RATE requests/s offered, open model, ${SECONDS_PER_ROUND}s, $((100 - SEARCH_PERCENT))% GET /public/verify/{code} ($CODES codes), $SEARCH_PERCENT% GET /public/products?q=..., $CONNECTIONS connections, timeout ${TIMEOUT_MS} ms"
for target in gateway direct; do
  for kind in verify search all; do
    l=$(line_of "$target" "$kind")
    printf '  %-8s %-7s ok %8s/s  p50 %9s  p95 %9s  p99 %9s  max %9s ms  errors %s (non-2xx %s, timeouts %s, I/O %s, unfinished %s)\n' \
      "$target" "$kind" "$(pick "$l" ok)" "$(pick "$l" p50)" "$(pick "$l" p95)" "$(pick "$l" p99)" \
      "$(pick "$l" max)" "$(pick "$l" errors)" "$(pick "$l" non2xx)" "$(pick "$l" timeouts)" \
      "$(pick "$l" ioerrors)" "$(pick "$l" unfinished)"
  done
done
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'; }
for kind in verify search all; do
  g=$(line_of gateway "$kind")
  d=$(line_of direct "$kind")
  echo "ratio p99 gateway/direct ($kind): $(ratio_of "$(pick "$g" p99)" "$(pick "$d" p99)")"
done

results_begin startup
result "JVM floor: java -version" "$JAVA_FLOOR" s "" "" "" "$JAVA_VERSION"
result "./ocop up, whole suite" "$UP_SECONDS" s "" "" "" "devstack, gateway, then 3 services together"
for name in "${COMPONENTS[@]}"; do
  result "startup $name" "${START_S[$name]}" s "$JAVA_FLOOR" \
    "$([[ $name == postgres || ${START_S[$name]} == - ]] || ratio_of "${START_S[$name]}" "$JAVA_FLOOR")" "" \
    "process start -> ready; baseline java -version"
  result "RSS $name after start" "${RSS_START[$name]}" MB "" "" "" "$([[ $name == postgres ]] && echo 'PSS sum of postmaster and backends')"
  result "RSS $name after load" "${RSS_LOAD[$name]}" MB "${RSS_START[$name]}" "$(ratio_of "${RSS_LOAD[$name]}" "${RSS_START[$name]}")" "" "after import and mixed load"
done

results_begin public-load
for kind in verify search all; do
  g=$(line_of gateway "$kind")
  d=$(line_of direct "$kind")
  for p in p50 p95 p99 max; do
    result "mixed load $kind $p (gateway vs direct)" "$(pick "$g" "$p")" ms "$(pick "$d" "$p")" \
      "$(ratio_of "$(pick "$g" "$p")" "$(pick "$d" "$p")")" "" \
      "$RATE/s offered, open model, ${SECONDS_PER_ROUND}s, $SEARCH_PERCENT% search"
  done
  result "mixed load $kind achieved rate (gateway)" "$(pick "$g" ok)" req/s "$(pick "$g" offered)" \
    "$(ratio_of "$(pick "$g" ok)" "$(pick "$g" offered)")" ">=0.99" "answered 2xx in time / offered"
  result "mixed load $kind errors (gateway)" "$(pick "$g" errors)" count "$(pick "$d" errors)" "" "=0" \
    "non-2xx, timeouts > ${TIMEOUT_MS} ms, I/O, unfinished; baseline = direct's"
done
