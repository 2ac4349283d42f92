#!/usr/bin/env bash
# bench/scoring.sh — blind scoring of a province session through the gateway (issue 5).
#
#   A session of BENCH_DOSSIERS (30) dossiers x BENCH_MEMBERS (9: chair + 8) council members of
#   Đắk Lắk (66): every member's sheet on every dossier, PUT /api/rating/v1/dossiers/{id}/
#   score-sheets/mine with real answers on the product set's sheet, sent by BENCH_CONCURRENCY (50)
#   concurrent clients through the gateway; the last sheet of each dossier computes its result.
#   Baselines in the same run, a trivial authenticated GET /api/rating/v1/rule-sets through the
#   gateway: (1) sent by BENCH_PROBE_CLIENTS (10) more clients while the sheets run, and (2) alone
#   at the same concurrency, as many requests as sheets, before and after the sheets.
#   Prints p50/p95/p99 of each, the ratios p99(sheet) / p99(GET) against both (target <= 3), the
#   CPU each process spent per request, the time from the first sheet to the last dossier
#   EVALUATED, and the errors (must be 0).
#
# Starts its own embedded PostgreSQL + Kafka (devstack's DevStackMain), the packaged gateway and
# rating service on free ports, with all data in a temporary directory; stops everything it started
# (by PID) and deletes the directory on exit, also on failure or Ctrl-C.
#
# Needs: a JDK 17+ and a build: ./mvnw -B package -DskipTests (the client, bench/scoring/
# ScoringBench.java, runs on the rating service's own libraries: Jackson, kafka-clients, JDBC).
# Settings (environment): BENCH_DOSSIERS (30), BENCH_MEMBERS (9), BENCH_CONCURRENCY (50),
# BENCH_WARMUP_DOSSIERS (100), BENCH_GET_REQUESTS (dossiers x members), BENCH_GET_WARMUP (2000),
# BENCH_PROBE_CLIENTS (10), BENCH_SEED (2026), BENCH_SERVICE_JAVA_OPTS, BENCH_KEEP_TMP=1 (keep
# the directory, with the logs), BENCH_START_TIMEOUT (180 s).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
HERE="$ROOT/bench/scoring"
SERVICE_JAVA_OPTS=${BENCH_SERVICE_JAVA_OPTS:-"-Xms256m -Xmx256m -XX:+UseParallelGC"}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}

GATEWAY_JAR="$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
RATING_JAR="$ROOT/rating-service/target/quarkus-app/quarkus-run.jar"
RATING_LIB="$ROOT/rating-service/target/quarkus-app/lib/main"
DEVSTACK_JAR="$ROOT/devstack/target/devstack.jar"
DEVSTACK_LIB="$ROOT/devstack/target/lib"
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"
CLIENT=(java -Xmx256m -cp "$RATING_LIB/*" "$HERE/ScoringBench.java")

say() { printf '%s\n' "$*"; }
die() {
  printf 'scoring.sh: %s\n' "$*" >&2
  exit 1
}

[[ -f $GATEWAY_JAR && -f $RATING_JAR && -f $DEVSTACK_JAR && -d $DEVSTACK_LIB ]] ||
  die "not built: run ./mvnw -B package -DskipTests first (needs $GATEWAY_JAR, $RATING_JAR and $DEVSTACK_JAR)"
command -v java >/dev/null || die "no java on PATH"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-scoring.XXXXXX")
DEVSTACK_PID=''
GATEWAY_PID=''
RATING_PID=''

# Stops a process and waits for it: TERM, then KILL after a grace period.
stop_pid() {
  local pid=$1 grace=$2 waited=0
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < grace * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# The devstack's own children (the Kafka JVM, PostgreSQL), should the devstack not stop them.
devstack_children() {
  local stat line fields ppid pid
  for stat in /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$stat" || continue
    fields=${line##*) }
    read -r _ ppid _ <<<"$fields"
    if [[ $ppid == "$DEVSTACK_PID" ]]; then
      pid=${stat#/proc/}
      echo "${pid%/stat}"
    fi
  done
  if [[ -r $TMP/data/postgres/postmaster.pid ]]; then
    head -n 1 "$TMP/data/postgres/postmaster.pid"
  fi
}

cleanup() {
  local status=$? children pid
  trap - EXIT INT TERM
  stop_pid "$RATING_PID" 30
  stop_pid "$GATEWAY_PID" 30
  if [[ -n $DEVSTACK_PID ]]; then
    children=$(devstack_children 2>/dev/null || true)
    stop_pid "$DEVSTACK_PID" 60
    for pid in $children; do
      [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && stop_pid "$pid" 30
    done
  fi
  if [[ ${BENCH_KEEP_TMP:-0} == 1 ]]; then
    say "kept $TMP"
  else
    rm -rf -- "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for_line() {
  local file=$1 pattern=$2 pid=$3 what=$4 deadline=$((SECONDS + START_TIMEOUT))
  until grep -q -- "$pattern" "$file" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || {
      tail -n 40 "$file" >&2
      die "$what exited before it was ready"
    }
    ((SECONDS < deadline)) || {
      tail -n 40 "$file" >&2
      die "$what not ready after ${START_TIMEOUT}s"
    }
    sleep 0.5
  done
}

## 1. PostgreSQL + Kafka on free ports, data in $TMP
say "Starting PostgreSQL and Kafka (devstack) in $TMP"
java -Xmx128m -XX:+UseSerialGC -cp "$DEVSTACK_JAR:$DEVSTACK_LIB/*" vn.ocop.devstack.DevStackMain \
  --data-dir "$TMP/data" --postgres-port 0 --kafka-port 0 --kafka-controller-port 0 \
  --databases gateway,rating >"$TMP/devstack.log" 2>&1 &
DEVSTACK_PID=$!
wait_for_line "$TMP/devstack.log" '^DEVSTACK READY' "$DEVSTACK_PID" devstack
READY=$(grep '^DEVSTACK READY' "$TMP/devstack.log")
PG_PORT=$(sed -n 's/.*postgres=127\.0\.0\.1:\([0-9]*\).*/\1/p' <<<"$READY")
KAFKA=$(sed -n 's/.*kafka=\([^ ]*\).*/\1/p' <<<"$READY")

## 2. The gateway and the rating service: each names the other's port, so both are chosen first
read -r GATEWAY_PORT RATING_PORT < <("${CLIENT[@]}" ports 2)
ISSUER=https://ocop.local/gateway
DEMO_PASSWORD="bench-$RANDOM$RANDOM$RANDOM"
say "Starting the gateway (:$GATEWAY_PORT) and the rating service (:$RATING_PORT) ($SERVICE_JAVA_OPTS)"
# 50 clients on one address and ten accounts send hundreds of requests per second: the gateway's
# rate limits stay on, far above that.
# shellcheck disable=SC2086
env QUARKUS_HTTP_PORT="$GATEWAY_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  OCOP_GATEWAY_RATE_LIMIT_ADDRESS_RATE=100000 OCOP_GATEWAY_RATE_LIMIT_ADDRESS_BURST=100000 \
  OCOP_GATEWAY_RATE_LIMIT_SUBJECT_RATE=100000 OCOP_GATEWAY_RATE_LIMIT_SUBJECT_BURST=100000 \
  OCOP_GATEWAY_RATE_LIMIT_AUTH_RATE=1000 OCOP_GATEWAY_RATE_LIMIT_AUTH_BURST=1000 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/gateway" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
  OCOP_GATEWAY_ROUTES_RATING="http://127.0.0.1:$RATING_PORT" \
  OCOP_GATEWAY_ROUTES_REGISTRY=http://127.0.0.1:9 OCOP_GATEWAY_ROUTES_PLAN=http://127.0.0.1:9 \
  OCOP_JWT_ISSUER="$ISSUER" OCOP_JWT_LIFETIME=2h OCOP_DEMO_PASSWORD="$DEMO_PASSWORD" \
  java $SERVICE_JAVA_OPTS -jar "$GATEWAY_JAR" >"$TMP/gateway.log" 2>&1 &
GATEWAY_PID=$!
# shellcheck disable=SC2086
env QUARKUS_HTTP_PORT="$RATING_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/rating" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="http://127.0.0.1:$GATEWAY_PORT/auth/jwks" \
  MP_JWT_VERIFY_ISSUER="$ISSUER" \
  java $SERVICE_JAVA_OPTS -jar "$RATING_JAR" >"$TMP/rating.log" 2>&1 &
RATING_PID=$!
wait_for_line "$TMP/gateway.log" 'Listening on: http' "$GATEWAY_PID" gateway
wait_for_line "$TMP/rating.log" 'Listening on: http' "$RATING_PID" "rating service"

## 3. Setup through the gateway, warm-up, the measured loads, the figures
say "Setting up the session through the gateway, then warm-up and measurement"
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
status=0
PG_PID=$(head -n 1 "$TMP/data/postgres/postmaster.pid" 2>/dev/null || echo -)
env BENCH_GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT" BENCH_PG="127.0.0.1:$PG_PORT" \
  BENCH_CPU_PIDS="rating=$RATING_PID gateway=$GATEWAY_PID postgres=$PG_PID" \
  BENCH_CLK_TCK="$(getconf CLK_TCK 2>/dev/null || echo 100)" \
  BENCH_KAFKA="$KAFKA" BENCH_DEMO_PASSWORD="$DEMO_PASSWORD" \
  "${CLIENT[@]}" run 2> >(grep --line-buffered -v -e '^SLF4J' -e '^org\.slf4j\.spi' | tee "$TMP/client-errors.log" >&2) |
  tee "$TMP/client.txt" || status=$?
say "machine:            nproc=$(nproc), ${CPU:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
say "machine load:       $LOAD_BEFORE before, $(cut -d ' ' -f 1-3 /proc/loadavg) after (1, 5, 15 min; the client, gateway, service, PostgreSQL and Kafka share the cores)"
say "services:           gateway and rating service $SERVICE_JAVA_OPTS"
if command -v curl >/dev/null; then
  RETRIES=$(curl -s "http://127.0.0.1:$RATING_PORT/q/metrics" |
    sed -n 's/^ocop_rating_score_sheet_retries_total[^ ]* \([0-9.eE+]*\)$/\1/p' | head -n 1)
  say "sheet retries:      ${RETRIES:-?}  (a sheet retried after another member's commit moved the dossier's version; whole run)"
fi
((status == 0)) || die "the benchmark failed (status $status); BENCH_KEEP_TMP=1 keeps the logs"

results_begin scoring
sheet=$(grep 'PUT /api/rating/v1/dossiers' "$TMP/client.txt" | head -n 1 || true)
during=$(grep '^  during the sheets' "$TMP/client.txt" | head -n 1 || true)
alone=$(grep '^  both' "$TMP/client.txt" | head -n 1 || true)
sheets=$(grep '^sheets:' "$TMP/client.txt" | head -n 1 || true)
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'; }
result "score sheet p99 (vs GET during the sheets)" "$(pick "$sheet" p99)" ms "$(pick "$during" p99)" \
  "$(ratio_of "$(pick "$sheet" p99)" "$(pick "$during" p99)")" "<=3" \
  "$(pick "$sheets" sheets:) sheets, ${BENCH_CONCURRENCY:-50} clients through the gateway"
result "score sheet p99 (vs GET alone)" "$(pick "$sheet" p99)" ms "$(pick "$alone" p99)" \
  "$(ratio_of "$(pick "$sheet" p99)" "$(pick "$alone" p99)")" "" "GET /rule-sets at the same concurrency, alone"
result "score sheet errors" "$(sed -n 's/.* \([0-9]*\) errors;.*/\1/p' <<<"$sheets")" count "" "" "=0" ""
result "time to all results" "$(sed -n 's/^time to all results: \([0-9.]*\).*/\1/p' "$TMP/client.txt")" s "" "" "" \
  "first sheet -> last dossier EVALUATED"
