#!/usr/bin/env bash
# bench/verification.sh — public verification throughput of the registry service at saturation,
# against pgbench running the service's own look-up SQL on the same database.
#
#   (a) GET /public/verify/{code} over random existing codes, direct to the service (no gateway),
#       fixed concurrency, fixed duration after a warm-up: wrk if installed, else LoadGen.java.
#   (b) pgbench -M prepared with the same concurrency and duration, running the statement of the
#       service's cache-miss path (registry-service/src/main/resources/verification/
#       certificate-by-code.sql) with a random code taken from a table of the codes.
#   ratio = (a) / (b) of the medians over alternating rounds; the target is >= 1.0: the service
#   answers from memory (a first pass over every code fills its cache; the figure is the steady state).
#
# Starts its own embedded PostgreSQL + Kafka (devstack's DevStackMain) and the packaged registry
# service on free ports, with all data in a temporary directory; loads 8,000 subjects, 18,000
# products and 15,000 certificates (bench/verification/data.sql); stops everything it started (by
# PID) and deletes the directory on exit, also on failure or Ctrl-C.
#
# Needs: a JDK 17+, psql and pgbench (/usr/bin), and a build: ./mvnw -B package -DskipTests
# Settings (environment): BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_DURATION (15 s per
# round), BENCH_ROUNDS (3), BENCH_WARMUP (10 s), BENCH_SERVICE_JAVA_OPTS, BENCH_KEEP_TMP=1 (keep the
# directory, with the logs).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
HERE="$ROOT/bench/verification"
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-10}
ROUNDS=${BENCH_ROUNDS:-3}
SERVICE_JAVA_OPTS=${BENCH_SERVICE_JAVA_OPTS:-"-Xms256m -Xmx256m -XX:+UseParallelGC"}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}

REGISTRY_JAR="$ROOT/registry-service/target/quarkus-app/quarkus-run.jar"
DEVSTACK_JAR="$ROOT/devstack/target/devstack.jar"
DEVSTACK_LIB="$ROOT/devstack/target/lib"
LOOKUP_SQL="$ROOT/registry-service/src/main/resources/verification/certificate-by-code.sql"
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"

say() { printf '%s\n' "$*"; }
die() {
  printf 'verification.sh: %s\n' "$*" >&2
  exit 1
}

[[ -f $REGISTRY_JAR && -f $DEVSTACK_JAR && -d $DEVSTACK_LIB ]] ||
  die "not built: run ./mvnw -B package -DskipTests first (needs $REGISTRY_JAR and $DEVSTACK_JAR)"
command -v java >/dev/null || die "no java on PATH"
PSQL=$(command -v psql || echo /usr/bin/psql)
PGBENCH=$(command -v pgbench || echo /usr/bin/pgbench)
[[ -x $PSQL && -x $PGBENCH ]] || die "psql and pgbench are needed (apt-get install postgresql-client postgresql-contrib)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-verification.XXXXXX")
DEVSTACK_PID=''
REGISTRY_PID=''

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
  stop_pid "$REGISTRY_PID" 30
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
  --databases registry >"$TMP/devstack.log" 2>&1 &
DEVSTACK_PID=$!
wait_for_line "$TMP/devstack.log" '^DEVSTACK READY' "$DEVSTACK_PID" devstack
READY=$(grep '^DEVSTACK READY' "$TMP/devstack.log")
PG_PORT=$(sed -n 's/.*postgres=127\.0\.0\.1:\([0-9]*\).*/\1/p' <<<"$READY")
KAFKA=$(sed -n 's/.*kafka=\([^ ]*\).*/\1/p' <<<"$READY")
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=registry

## 2. The registry service from its packaged jar (it migrates the schema at start)
say "Starting the registry service ($SERVICE_JAVA_OPTS)"
# shellcheck disable=SC2086
env QUARKUS_HTTP_PORT=0 QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/registry" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=http://127.0.0.1:9/no-tokens-in-this-benchmark \
  java $SERVICE_JAVA_OPTS -jar "$REGISTRY_JAR" >"$TMP/registry.log" 2>&1 &
REGISTRY_PID=$!
wait_for_line "$TMP/registry.log" 'Listening on: http' "$REGISTRY_PID" "registry service"
HTTP_PORT=$(grep -o 'Listening on: http://[^ ]*' "$TMP/registry.log" | head -n 1 | sed 's/.*:\([0-9]*\)$/\1/')

## 3. Data: 8,000 subjects, 18,000 products, 15,000 certificates; the codes to pick from
say "Loading realistic data (bench/verification/data.sql)"
load_start=$SECONDS
"$PSQL" -q -v ON_ERROR_STOP=1 -f "$HERE/data.sql" >/dev/null
"$PSQL" -q -v ON_ERROR_STOP=1 -c "\\copy (select code from bench_code order by n) to '$TMP/codes.txt'"
read -r SUBJECTS PRODUCTS CERTIFICATES CODES < <("$PSQL" -At -F ' ' -c \
  "select (select count(*) from subject), (select count(*) from product),
          (select count(*) from certificate), (select count(*) from bench_code)")
say "  $SUBJECTS subjects, $PRODUCTS products, $CERTIFICATES certificates in $((SECONDS - load_start)) s"
SAMPLE=$(head -n 1 "$TMP/codes.txt")
say "  sample: $(curl -s "http://127.0.0.1:$HTTP_PORT/public/verify/$SAMPLE" | head -c 300)…"

## 4. The two loads: (a) the service, (b) pgbench running the miss path's statement
if command -v wrk >/dev/null; then
  TOOL="wrk -t$THREADS -c$CONNECTIONS"
  load_service() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --latency -s "$HERE/verify.lua" \
      "http://127.0.0.1:$HTTP_PORT" -- "$TMP/codes.txt"
  }
else
  TOOL="LoadGen.java, $CONNECTIONS connections (wrk not installed)"
  load_service() {
    java -Xmx256m "$HERE/LoadGen.java" 127.0.0.1 "$HTTP_PORT" "$TMP/codes.txt" "$CONNECTIONS" "$1"
  }
fi
{
  printf '\\set n random(1, %s)\n' "$CODES"
  grep -v '^[[:space:]]*--' "$LOOKUP_SQL" |
    sed 's/= ?$/= (select code from bench_code where n = :n)/'
  printf ';\n'
} >"$TMP/lookup.sql"
grep -q 'where n = :n' "$TMP/lookup.sql" || die "could not put the code parameter into $LOOKUP_SQL"
load_pgbench() {
  "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$1" -f "$TMP/lookup.sql" 2>&1
}

## 5. Warm-up: every code once (fills the cache through the miss path), then both loads
say "Warm-up: every code verified once"
java -Xmx256m "$HERE/LoadGen.java" 127.0.0.1 "$HTTP_PORT" "$TMP/codes.txt" "$CONNECTIONS" 600 pass |
  tee "$TMP/pass.txt" | sed 's/^/  | /'
grep -q 'failed=0' "$TMP/pass.txt" || die "the service failed requests during the warm-up pass"
say "Warm-up: ${WARMUP}s of each load"
load_service "$WARMUP" >"$TMP/warmup-service.txt"
load_pgbench "$WARMUP" >"$TMP/warmup-pgbench.txt"

## 6. Measurement: the loads alternate, so that a neighbour's load on a shared machine falls on
## both; the medians are compared.
SERVICE_FIGURES=()
PGBENCH_FIGURES=()
for ((round = 1; round <= ROUNDS; round++)); do
  load_service "$DURATION" >"$TMP/service-$round.txt"
  if grep -q 'Non-2xx' "$TMP/service-$round.txt" || grep -q 'failed=[1-9]' "$TMP/service-$round.txt"; then
    cat "$TMP/service-$round.txt" >&2
    die "the service answered errors during the measurement"
  fi
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$TMP/service-$round.txt")
  load_pgbench "$DURATION" >"$TMP/pgbench-$round.txt"
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$TMP/pgbench-$round.txt" | head -n 1)
  [[ -n $rps && -n $tps ]] || die "could not read the figures of round $round (see $TMP)"
  say "  round $round of $ROUNDS: service $rps requests/s, pgbench $tps transactions/s"
  SERVICE_FIGURES+=("$rps")
  PGBENCH_FIGURES+=("$tps")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
SERVICE_RPS=$(median "${SERVICE_FIGURES[@]}")
PGBENCH_TPS=$(median "${PGBENCH_FIGURES[@]}")
say "Last service round:"
sed 's/^/  | /' "$TMP/service-$ROUNDS.txt"
say "Last pgbench round:"
grep -E 'tps|latency|failed|processed' "$TMP/pgbench-$ROUNDS.txt" | sed 's/^/  | /'

## 7. Figures
RATIO=$(awk -v a="$SERVICE_RPS" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.2f", a / b }')
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
say ""
say "== Public verification: service vs pgbench (same SQL, same database) =="
say "machine:            nproc=$(nproc), ${CPU:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)"
say "data:               $SUBJECTS subjects, $PRODUCTS products, $CERTIFICATES certificates"
say "load:               $CONNECTIONS connections, $THREADS load threads; $ROUNDS alternating rounds of ${DURATION}s after ${WARMUP}s warm-up"
say "machine load:       $(cut -d ' ' -f 1-3 /proc/loadavg) (1, 5, 15 min; other processes share the cores)"
say "service (a):        $SERVICE_RPS requests/s, median  GET /public/verify/{code} ($TOOL)"
say "                    rounds: ${SERVICE_FIGURES[*]}"
say "pgbench (b):        $PGBENCH_TPS transactions/s, median  (-M prepared, the miss-path SQL)"
say "                    rounds: ${PGBENCH_FIGURES[*]}"
say "ratio (a)/(b):      $RATIO  (target >= 1.0)"

results_begin verification
result "verify throughput (service vs pgbench)" "$SERVICE_RPS" req/s "$PGBENCH_TPS" "$RATIO" ">=1.0" \
  "GET /public/verify/{code} direct, $TOOL; baseline pgbench -M prepared on the miss-path SQL; median of $ROUNDS x ${DURATION}s"
