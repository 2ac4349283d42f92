#!/usr/bin/env bash
# bench/faults.sh — fault scenarios of issue 9 against the packaged suite.
#
#   decisions    FAULTS_DECISIONS (10000) recognition decisions through the gateway while the Kafka
#                broker is killed and restarted three times and the registry and the plan services
#                are each SIGKILLed once (and restarted): afterwards certificates = RECOGNISED
#                decisions exactly (0 lost, 0 duplicated) and plan actuals exact.
#   idempotency  creates retried with the same Idempotency-Key (concurrently, and across a SIGKILL
#                of the registry): never a double create; FAIL "not supported by this build" when
#                the header is ignored.
#   postgres     reads and writes through the gateway while PostgreSQL stops and starts again on the
#                same data directory and port: services recover without manual action, no event lost.
#
# Each scenario prints its figures and PASS/FAIL; the script exits non-zero on any FAIL. Figures
# also go to bench/results/faults.csv (bench,metric,value,unit,baseline,ratio,target,note).
#
# Starts its own embedded PostgreSQL and Kafka (devstack classes, in the client's JVM) and the four
# packaged services on free ports, all data in a temporary directory; stops everything it started
# (by PID) and deletes the directory on exit, also on failure or Ctrl-C.
#
# Needs: a JDK 17+ and a build: ./mvnw -B package -DskipTests.
# Settings (environment): FAULTS_SCENARIOS (decisions,idempotency,postgres), FAULTS_DECISIONS
# (10000), FAULTS_CONCURRENCY (16), FAULTS_IDEMPOTENCY_KEYS (200), FAULTS_PG_LOAD_SECONDS (60),
# FAULTS_PG_DOWN_SECONDS (10), FAULTS_SETTLE_TIMEOUT (600 s), FAULTS_SERVICE_JAVA_OPTS
# (-Xms128m -Xmx256m -XX:+UseSerialGC), FAULTS_CSV (bench/results/faults.csv), BENCH_KEEP_TMP=1
# (keep the directory, with the logs).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
HERE="$ROOT/bench/faults"
DEVSTACK_JAR="$ROOT/devstack/target/devstack.jar"
DEVSTACK_LIB="$ROOT/devstack/target/lib"
RATING_LIB="$ROOT/rating-service/target/quarkus-app/lib/main"

say() { printf '%s\n' "$*"; }
die() {
  printf 'faults.sh: %s\n' "$*" >&2
  exit 1
}

for module in gateway registry-service rating-service plan-service; do
  [[ -f $ROOT/$module/target/quarkus-app/quarkus-run.jar ]] ||
    die "not built: run ./mvnw -B package -DskipTests first ($module)"
done
[[ -f $DEVSTACK_JAR && -d $DEVSTACK_LIB ]] || die "not built: $DEVSTACK_JAR is missing"
command -v java >/dev/null || die "no java on PATH"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-faults.XXXXXX")
CLIENT_PID=''

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

cleanup() {
  local status=$? pid
  trap - EXIT INT TERM
  # The client stops what it started; should it not (killed itself), the PIDs it wrote are
  # stopped here: the services, the broker and PostgreSQL's postmaster.
  stop_pid "$CLIENT_PID" 120
  if [[ -r $TMP/pids ]]; then
    while read -r pid; do
      [[ $pid =~ ^[0-9]+$ ]] && stop_pid "$pid" 20
    done <"$TMP/pids"
  fi
  if [[ -r $TMP/data/postgres/postmaster.pid ]]; then
    pid=$(head -n 1 "$TMP/data/postgres/postmaster.pid")
    [[ $pid =~ ^[0-9]+$ ]] && stop_pid "$pid" 30
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

CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
say "machine:  nproc=$(nproc), ${CPU:-unknown CPU}, load $(cut -d ' ' -f 1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
status=0
env FAULTS_ROOT="$ROOT" FAULTS_TMP="$TMP" \
  java -Xmx512m -cp "$DEVSTACK_JAR:$DEVSTACK_LIB/*:$RATING_LIB/*" "$HERE/FaultsBench.java" \
  2> >(grep --line-buffered -v -e '^SLF4J' -e '^org\.slf4j\.spi' >&2) &
CLIENT_PID=$!
wait "$CLIENT_PID" || status=$?
CLIENT_PID=''
say "machine load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
((status == 0)) || die "at least one scenario failed (status $status); BENCH_KEEP_TMP=1 keeps the logs"
