#!/usr/bin/env bash
# bench/run-all.sh — every benchmark of bench/, one after the other, then one table of all figures
# (each with its baseline measured in the same run, the ratio and the target), a chart
# (bench/results/summary.svg) and the quality report (docs/quality-report.md).
#
#   ./mvnw -B package -DskipTests
#   bench/run-all.sh                    # everything, full length (about an hour on 2 cores)
#   BENCH_QUICK=1 bench/run-all.sh      # every benchmark shortened (about 20 minutes)
#   BENCH_ONLY=public-load,plan bench/run-all.sh
#
# Each benchmark writes bench/results/<bench>.csv (bench,metric,value,unit,baseline,ratio,target,
# note) and its printed output to bench/results/<bench>.log; a benchmark that fails is reported as
# failed and the others still run (the exit status is then 1). bench/faults.sh runs too when it
# exists, unless BENCH_FAULTS=0.
#
# Settings (environment): BENCH_QUICK=1; BENCH_ONLY / BENCH_SKIP (comma-separated names among
# verification, import, plan, scoring, gateway, public-load, faults); BENCH_FAULTS=0;
# BENCH_REPORT=0 (no docs/quality-report.md); BENCH_RESULTS (directory, default bench/results);
# BENCH_RERUN=1 (with BENCH_ONLY: re-run some benchmarks into an earlier run's results).
# Every benchmark's own settings pass through; with BENCH_QUICK=1 the shortened values below apply
# only where a setting is not already given.
set -uo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
mkdir -p "$RESULTS"
RESULTS="$(cd -- "$RESULTS" && pwd -P)"
export BENCH_RESULTS=$RESULTS
QUICK=${BENCH_QUICK:-0}
BENCHES=(verification import plan scoring gateway public-load faults)

# The shortened settings of each benchmark under BENCH_QUICK=1.
quick_settings() {
  case $1 in
    verification) echo BENCH_DURATION=5 BENCH_ROUNDS=1 BENCH_WARMUP=3 ;;
    import) echo BENCH_RUNS=1 ;;
    plan) echo BENCH_VIEW_WARMUP=20 BENCH_VIEW_RUNS=50 BENCH_DECISIONS=300 ;;
    scoring) echo BENCH_WARMUP_DOSSIERS=20 BENCH_GET_WARMUP=500 ;;
    gateway) echo BENCH_DURATION=5 BENCH_ROUNDS=1 BENCH_WARMUP=3 BENCH_OPEN_SECONDS=5 BENCH_OPEN_WARMUP=2 BENCH_LATENCY_ROUNDS=1 ;;
    public-load) echo BENCH_SECONDS=15 BENCH_WARMUP=5 ;;
    faults) echo ;;
  esac
}

selected() {
  local name=$1
  if [[ -n ${BENCH_ONLY:-} && ",$BENCH_ONLY," != *",$name,"* ]]; then
    return 1
  fi
  [[ ",${BENCH_SKIP:-}," != *",$name,"* ]]
}

for module in gateway registry-service rating-service plan-service; do
  [[ -f $ROOT/$module/target/quarkus-app/quarkus-run.jar ]] || {
    echo "bench/run-all.sh: build first: ./mvnw -B package -DskipTests" >&2
    exit 1
  }
done

RUN_FILE=$RESULTS/run.txt
RERUN=0
# BENCH_RERUN=1 with BENCH_ONLY: the named benchmarks run again and replace their figures; the
# others' figures and the run's record stay, and the record says what was re-run, when and why.
if [[ ${BENCH_RERUN:-0} == 1 && -f $RUN_FILE ]]; then
  RERUN=1
  echo "rerun.$(date -u +%Y-%m-%dT%H:%M:%SZ)=${BENCH_ONLY:-everything} at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')${BENCH_NOTE:+: $BENCH_NOTE}" >>"$RUN_FILE"
else
{
  echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "quick=$QUICK"
  echo "only=${BENCH_ONLY:-}"
  echo "skip=${BENCH_SKIP:-}"
  # BENCH_NOTE: a remark on the run for the report (e.g. what else the machine was doing).
  [[ -n ${BENCH_NOTE:-} ]] && echo "note=$BENCH_NOTE"
  # The settings given for this run, so the report can state them.
  env | grep -E '^(BENCH|OCOP)_[A-Z_]+=' | grep -v -E '^BENCH_(RESULTS|QUICK|ONLY|SKIP|NOTE)=' | sort | sed 's/^/env./'
} >"$RUN_FILE"
fi

failed=0
for name in "${BENCHES[@]}"; do
  selected "$name" || continue
  script=$ROOT/bench/$name.sh
  if [[ $name == faults ]]; then
    [[ -x $script && ${BENCH_FAULTS:-1} != 0 ]] || {
      echo "bench.faults=not run ($([[ -x $script ]] && echo 'BENCH_FAULTS=0' || echo 'bench/faults.sh absent'))" >>"$RUN_FILE"
      continue
    }
  fi
  settings=()
  if [[ $QUICK == 1 ]]; then
    for setting in $(quick_settings "$name"); do
      var=${setting%%=*}
      [[ -z ${!var+x} ]] && settings+=("$setting")
    done
  fi
  # A CSV from an earlier run must not pass for this one's.
  rm -f "$RESULTS/$name.csv"
  echo "== $name ${settings[*]:+(${settings[*]})}"
  started=$SECONDS
  env "${settings[@]}" "$script" 2>&1 | tee "$RESULTS/$name.log" | sed -u 's/^/   | /'
  status=${PIPESTATUS[0]}
  elapsed=$((SECONDS - started))
  if ((status != 0)); then
    failed=1
    echo "   $name FAILED (exit $status after ${elapsed}s): see $RESULTS/$name.log"
    tail -n 5 "$RESULTS/$name.log" | sed -u 's/^/   | /'
  fi
  echo "bench.$name=exit $status, ${elapsed}s${settings[*]:+, ${settings[*]}}" >>"$RUN_FILE"
  # faults.sh may not write a CSV of its own: its outcome is then its exit status.
  if [[ $name == faults && ! -f $RESULTS/faults.csv ]]; then
    printf 'bench,metric,value,unit,baseline,ratio,target,note\nfaults,bench/faults.sh exit status,%s,code,,,=0,see faults.log\n' \
      "$status" >"$RESULTS/faults.csv"
  fi
done
if ((RERUN)); then
  echo "rerun.finished.$(date -u +%Y-%m-%dT%H:%M:%SZ)=${BENCH_ONLY:-everything}" >>"$RUN_FILE"
else
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$RUN_FILE"
fi

echo
report=()
[[ ${BENCH_REPORT:-1} != 0 ]] && report=(--report "$ROOT/docs/quality-report.md")
python3 "$ROOT/bench/report.py" --results "$RESULTS" --table --svg "$RESULTS/summary.svg" \
  "${report[@]}" || failed=1
exit "$failed"
