#!/usr/bin/env bash
# bench/import.sh — the registry's bulk import of a national-size file (18,000 products of 8,000
# subjects, 15,000 certificates) over HTTP, against PostgreSQL's COPY of the same rows into the
# same tables, measured in this script on this machine. Targets: import ÷ COPY ≤ 3, import < 60 s.
#
# Needs the packaged suite (./mvnw -B package -DskipTests), python3 and psql. Starts its own
# PostgreSQL, Kafka, gateway and registry service with `./ocop up` in a temporary data directory
# on free ports, and stops exactly those (by PID, through `./ocop down`) when it ends, whatever
# happens. Nothing is left outside the temporary directory (BENCH_KEEP=1 keeps it, for a look).
#
# Settings (environment): BENCH_RUNS=3 timed runs of each side (the median is compared);
# BENCH_SUBJECTS=8000 BENCH_PRODUCTS=18000 BENCH_CERTIFICATES=15000; BENCH_SEED=2026;
# OCOP_SERVICE_JAVA_OPTS as for ./ocop (default -Xmx160m -XX:+UseSerialGC).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
RUNS=${BENCH_RUNS:-3}
SUBJECTS=${BENCH_SUBJECTS:-8000}
PRODUCTS=${BENCH_PRODUCTS:-18000}
CERTIFICATES=${BENCH_CERTIFICATES:-15000}
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"

die() {
  printf 'bench/import.sh: %s\n' "$*" >&2
  exit 1
}
for tool in python3 psql curl java; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
[[ -f $ROOT/registry-service/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/gateway/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/devstack/target/devstack.jar ]] ||
  die "build first: ./mvnw -B package -DskipTests"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-import.XXXXXX")
export OCOP_DATA_DIR=$WORK/data
cleanup() {
  local status=$?
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
export OCOP_ONLY=gateway,registry OCOP_SKIP_BUILD=1
export PGHOST=127.0.0.1 PGPORT=$OCOP_POSTGRES_PORT PGUSER=postgres PGDATABASE=registry

echo "Generating the file ($SUBJECTS subjects, $PRODUCTS products, $CERTIFICATES certificates)"
python3 "$ROOT/bench/generate_import.py" "$WORK/gen" --subjects "$SUBJECTS" \
  --products "$PRODUCTS" --certificates "$CERTIFICATES" --seed "${BENCH_SEED:-2026}"

echo "Starting PostgreSQL, Kafka, gateway and registry (./ocop up, data in $WORK/data)"
"$ROOT/ocop" up >"$WORK/up.log" 2>&1 || {
  cat "$WORK/up.log" >&2
  die "./ocop up failed"
}

password=$(cat "$OCOP_DATA_DIR/demo-password")
token=$(curl -sf -X POST "http://127.0.0.1:$OCOP_GATEWAY_PORT/auth/token" \
  -H 'Content-Type: application/json' \
  -d "{\"username\":\"ntm.officer\",\"password\":\"$password\"}" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || die "could not log in to the gateway"
IMPORT_URL="http://127.0.0.1:$OCOP_REGISTRY_PORT/api/registry/v1/imports"

psql_quiet() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# Fresh state: no subject, product, certificate, history, event or import record.
fresh() {
  psql_quiet -c "truncate certificate_status_history, certificate, product, subject,
    outbox_event, registry_import cascade" -c "checkpoint"
}
millis() { date +%s%N | cut -c1-13; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms / 1000}'; }
count() { psql -X -At -c "select count(*) from $1"; }

expect_counts() {
  local what=$1 subjects products certificates
  subjects=$(count subject)
  products=$(count product)
  certificates=$(count certificate)
  [[ $subjects == "$SUBJECTS" && $products == "$PRODUCTS" && $certificates == "$CERTIFICATES" ]] ||
    die "$what wrote $subjects subjects, $products products, $certificates certificates"
}

copy_once() {
  local started ended
  fresh
  started=$(millis)
  psql_quiet <<SQL
begin;
\copy subject ($(head -1 "$WORK/gen/subject.csv")) from '$WORK/gen/subject.csv' with (format csv, header true)
\copy product ($(head -1 "$WORK/gen/product.csv")) from '$WORK/gen/product.csv' with (format csv, header true)
\copy certificate ($(head -1 "$WORK/gen/certificate.csv")) from '$WORK/gen/certificate.csv' with (format csv, header true)
commit;
SQL
  ended=$(millis)
  expect_counts "COPY"
  echo $((ended - started))
}

import_once() {
  local started ended status
  fresh
  started=$(millis)
  status=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary "@$WORK/gen/import.csv" "$IMPORT_URL")
  ended=$(millis)
  [[ $status == 201 ]] || {
    head -c 2000 "$WORK/report.json" >&2
    die "the import answered $status"
  }
  expect_counts "the import"
  local events history
  events=$(count outbox_event)
  history=$(count certificate_status_history)
  [[ $events == $((SUBJECTS + PRODUCTS + CERTIFICATES)) && $history == "$CERTIFICATES" ]] ||
    die "the import wrote $events events and $history history rows"
  echo $((ended - started))
}

# The first request of a fresh JVM: measured on its own, then a dry run of the same file (nothing
# written) lets the JIT compile the import code before the timed runs.
echo "Import, first request of the JVM"
first_import=$(import_once)
curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
  --data-binary "@$WORK/gen/import.csv" "$IMPORT_URL?dryRun=true"

copies=()
imports=()
for ((run = 1; run <= RUNS; run++)); do
  echo "Run $run of $RUNS: COPY, then the HTTP import, each into empty tables"
  copies+=("$(copy_once)")
  imports+=("$(import_once)")
done
fresh

copy_ms=$(median "${copies[@]}")
import_ms=$(median "${imports[@]}")
ratio=$(awk -v i="$import_ms" -v c="$copy_ms" 'BEGIN {printf "%.2f", i / c}')
size=$(wc -c <"$WORK/gen/import.csv")

echo
echo "== Registry bulk import vs PostgreSQL COPY (nproc $(nproc)) =="
printf 'file: %d rows (%d subjects, %d products, %d certificates), CSV %.1f MB\n' \
  "$PRODUCTS" "$SUBJECTS" "$PRODUCTS" "$CERTIFICATES" "$(awk -v b="$size" 'BEGIN {print b / 1e6}')"
printf 'COPY baseline (psql \\copy of subject, product, certificate rows, one transaction): %s s median of %s runs [%s]\n' \
  "$(seconds "$copy_ms")" "$RUNS" "$(for v in "${copies[@]}"; do printf '%s ' "$(seconds "$v")"; done | sed 's/ $//')"
printf 'HTTP import (POST /imports, all rows checked, + %d events and %d history rows): %s s median of %s runs [%s]\n' \
  "$((SUBJECTS + PRODUCTS + CERTIFICATES))" "$CERTIFICATES" "$(seconds "$import_ms")" "$RUNS" \
  "$(for v in "${imports[@]}"; do printf '%s ' "$(seconds "$v")"; done | sed 's/ $//')"
printf 'HTTP import, first request of a fresh JVM: %s s\n' "$(seconds "$first_import")"
printf 'ratio import / COPY: %sx (target <= 3x)\n' "$ratio"
printf 'absolute import time: %s s (target < 60 s)\n' "$(seconds "$import_ms")"

results_begin import
result "national import (HTTP vs COPY)" "$(seconds "$import_ms")" s "$(seconds "$copy_ms")" "$ratio" "<=3" \
  "POST /imports of $PRODUCTS rows (+events, history) vs psql \\copy of the same rows; median of $RUNS"
result "national import, absolute" "$(seconds "$import_ms")" s "" "" "<60" "median of $RUNS runs"
result "national import, first request of the JVM" "$(seconds "$first_import")" s "" "" "" "not warmed up"
