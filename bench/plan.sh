#!/usr/bin/env bash
# bench/plan.sh — the plan service on national-size data (issue 6).
#
#   1. A national file (34 provinces on the current map and 63 on the old one, 3,321 communes,
#      8,000 subjects, 18,000 products, 15,000 certificates decided over the years since 2019) is
#      imported into the registry (bench/generate_import.py, POST /api/registry/v1/imports); the plan
#      service builds its facts from the registry's 41,000 events, as in production (the time it
#      takes is printed). Approved 2021–2025 plans are then made for the 34 provinces, plus three
#      pre-merger plans that roll up.
#      With BENCH_CYCLES (2021-2025; "none" to leave out), the rating side of those yearly cycles
#      (generate_import.py --cycles: product ideas, business-plan reviews, nominations, trade
#      promotions of every province, about 18,000 events dated over the five years) is published on
#      the rating service's topics, as its outbox relay would, and the script waits until the plan
#      service has consumed every one: the view is then measured over five years of facts.
#   2. The national progress view (GET /api/plan/v1/progress?year=2025, a national officer's token,
#      straight to the plan service) against a hand-written SQL aggregate of the same figures over the
#      same tables (JDBC, same run, alternated), with a check that their figures agree. Target:
#      p50(view) / p50(SQL) <= 2.
#   3. A burst of 1,000 recognition decisions (the rating service's RecognitionDecided events, sent at
#      once on ocop.rating.recognition.v1 for imported products): the registry issues each
#      certificate, the plan service counts it. Printed: the latency from each decision's send to its
#      certificate fact being committed in the plan service (p50/p95/p99/max), against a bare Kafka
#      consumer's receive latency of the same records in the same run, and the time to all counted.
#
# Needs the packaged suite (./mvnw -B package -DskipTests), python3, psql and curl. Starts its own
# PostgreSQL, Kafka, gateway, registry and plan service with `./ocop up` in a temporary directory on
# free ports, and stops exactly those (./ocop down) when it ends (BENCH_KEEP=1 keeps the directory).
# Settings (environment): BENCH_SUBJECTS=8000 BENCH_PRODUCTS=18000 BENCH_CERTIFICATES=15000
# BENCH_SEED=2026 BENCH_YEAR=2025 BENCH_VIEW_WARMUP=100 BENCH_VIEW_RUNS=200 BENCH_DECISIONS=1000;
# OCOP_SERVICE_JAVA_OPTS as for ./ocop.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
SUBJECTS=${BENCH_SUBJECTS:-8000}
PRODUCTS=${BENCH_PRODUCTS:-18000}
CERTIFICATES=${BENCH_CERTIFICATES:-15000}
CYCLES=${BENCH_CYCLES:-2021-2025}
PLAN_LIB="$ROOT/plan-service/target/quarkus-app/lib/main"
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"

die() {
  printf 'bench/plan.sh: %s\n' "$*" >&2
  exit 1
}
for tool in python3 psql curl java; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
[[ -f $ROOT/registry-service/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/plan-service/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/gateway/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/devstack/target/devstack.jar ]] ||
  die "build first: ./mvnw -B package -DskipTests"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-plan.XXXXXX")
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
export OCOP_ONLY=gateway,registry,plan OCOP_SKIP_BUILD=1
export PGHOST=127.0.0.1 PGPORT=$OCOP_POSTGRES_PORT PGUSER=postgres

millis() { date +%s%N | cut -c1-13; }
count() { psql -X -At -d "$1" -c "select count(*) from $2"; }
client() { java -Xmx256m -cp "$PLAN_LIB/*" "$ROOT/bench/plan/PlanBench.java" "$@"; }

echo "Generating the national file ($SUBJECTS subjects, $PRODUCTS products, $CERTIFICATES certificates)"
cycle_args=()
[[ $CYCLES == none ]] || cycle_args=(--cycles "$CYCLES")
python3 "$ROOT/bench/generate_import.py" "$WORK/gen" --subjects "$SUBJECTS" \
  --products "$PRODUCTS" --certificates "$CERTIFICATES" --seed "${BENCH_SEED:-2026}" \
  "${cycle_args[@]}" >/dev/null

echo "Starting PostgreSQL, Kafka, gateway, registry and plan service (./ocop up, data in $WORK/data)"
"$ROOT/ocop" up >"$WORK/up.log" 2>&1 || {
  cat "$WORK/up.log" >&2
  die "./ocop up failed"
}

password=$(cat "$OCOP_DATA_DIR/demo-password")
login() {
  curl -sf -X POST "http://127.0.0.1:$OCOP_GATEWAY_PORT/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
NATIONAL=$(login ntm.officer)
ADMIN=$(login admin)
[[ -n $NATIONAL && -n $ADMIN ]] || die "could not log in to the gateway"

echo "Importing the file into the registry; the plan service follows its events"
started=$(millis)
status=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -H "Authorization: Bearer $NATIONAL" \
  -H 'Content-Type: text/csv' --data-binary "@$WORK/gen/import.csv" \
  "http://127.0.0.1:$OCOP_REGISTRY_PORT/api/registry/v1/imports")
[[ $status == 201 ]] || {
  head -c 2000 "$WORK/import.json" >&2
  die "the import answered $status"
}
imported=$(millis)
deadline=$((SECONDS + 600))
until [[ $(count plan certificate_fact) == "$CERTIFICATES" ]]; do
  ((SECONDS < deadline)) || die "the plan service has $(count plan certificate_fact) of $CERTIFICATES certificates after 600 s"
  sleep 1
done
followed=$(millis)
facts_line="certificates $(count plan certificate_fact)"

export BENCH_PLAN_URL="http://127.0.0.1:$OCOP_PLAN_PORT"
export BENCH_PLAN_JDBC="jdbc:postgresql://127.0.0.1:$OCOP_POSTGRES_PORT/plan"
export BENCH_REGISTRY_JDBC="jdbc:postgresql://127.0.0.1:$OCOP_POSTGRES_PORT/registry"
export BENCH_KAFKA="127.0.0.1:$OCOP_KAFKA_PORT"

cycles_line="cycles:             none (BENCH_CYCLES=none)"
if [[ $CYCLES != none ]]; then
  events=$(wc -l <"$WORK/gen/cycles.events")
  echo "Publishing the rating side of the $CYCLES cycles ($events events)"
  cycles_started=$(millis)
  client publish "$WORK/gen/cycles.events" >/dev/null
  consumed() {
    psql -X -At -d plan -c "select count(*) from consumed_event where consumer in
      ('plan.registration-facts', 'plan.dossier-facts', 'plan.promotion-facts')"
  }
  deadline=$((SECONDS + 600))
  until (($(consumed) >= events)); do
    ((SECONDS < deadline)) || die "the plan service consumed $(consumed) of $events rating events after 600 s"
    sleep 1
  done
  read -r ideas bplans noms promos < <(psql -X -At -F ' ' -d plan -c "select
    (select count(*) from idea_fact), (select count(*) from business_plan_fact),
    (select count(*) from nomination_fact), (select count(*) from promotion_fact)")
  cycles_line=$(printf 'cycles:             %s: %d rating events consumed by the plan service in %.1f s (facts: %d ideas, %d business plans, %d nominations, %d promotions)' \
    "$CYCLES" "$events" "$(awk -v ms=$(($(millis) - cycles_started)) 'BEGIN {print ms / 1000}')" \
    "$ideas" "$bplans" "$noms" "$promos")
fi

echo "Making the plans"
plans_line=$(BENCH_TOKEN=$ADMIN client plans)

echo "Measuring the national progress view against the hand-written SQL"
view_lines=$(BENCH_TOKEN=$NATIONAL client view)

echo "Burst of ${BENCH_DECISIONS:-1000} recognition decisions"
psql -X -At -d registry -F , -c "select p.id, p.subject_id, p.current_province_code from product p
  order by md5(p.id::text) limit ${BENCH_DECISIONS:-1000}" >"$WORK/products.csv"
burst_lines=$(BENCH_PRODUCTS_FILE=$WORK/products.csv client burst)

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo
echo "== Plan service on national-size data (nproc $(nproc), ${cpu:-unknown CPU}) =="
printf 'data:               %d subjects, %d products, %d certificates imported into the registry in %.1f s;\n' \
  "$SUBJECTS" "$PRODUCTS" "$CERTIFICATES" "$(awk -v ms=$((imported - started)) 'BEGIN {print ms / 1000}')"
printf '                    the plan service had all their facts %.1f s after the import answered (%s)\n' \
  "$(awk -v ms=$((followed - imported)) 'BEGIN {print ms / 1000}')" "$facts_line"
echo "$cycles_line"
echo "$plans_line"
echo "$view_lines"
echo "$burst_lines"

results_begin plan
view=$(grep '^national view' <<<"$view_lines" || true)
sql=$(grep '^hand-written SQL' <<<"$view_lines" || true)
actual=$(grep '^decision -> actual' <<<"$burst_lines" || true)
bare=$(grep '^bare consumer' <<<"$burst_lines" || true)
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'; }
result "national progress view p50 (vs hand SQL)" "$(pick "$view" p50)" ms "$(pick "$sql" p50)" \
  "$(ratio_of "$(pick "$view" p50)" "$(pick "$sql" p50)")" "<=2" \
  "GET /progress?year=${BENCH_YEAR:-2025} vs one SQL over the same facts; cycles $CYCLES"
result "national progress view p99 (vs hand SQL)" "$(pick "$view" p99)" ms "$(pick "$sql" p99)" \
  "$(ratio_of "$(pick "$view" p99)" "$(pick "$sql" p99)")" "" ""
result "decision -> certificate -> plan actual p50 (burst)" "$(pick "$actual" p50)" ms \
  "$(pick "$bare" p50)" "$(ratio_of "$(pick "$actual" p50)" "$(pick "$bare" p50)")" "" \
  "burst of ${BENCH_DECISIONS:-1000} decisions; baseline a bare KafkaConsumer of the same records"
result "decision -> certificate -> plan actual p99 (burst)" "$(pick "$actual" p99)" ms \
  "$(pick "$bare" p99)" "$(ratio_of "$(pick "$actual" p99)" "$(pick "$bare" p99)")" "" ""
