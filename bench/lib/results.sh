# shellcheck shell=bash
# bench/lib/results.sh — sourced by the benchmarks: each figure also goes, one row each, to
# $BENCH_RESULTS/<bench>.csv (default bench/results/, gitignored), which bench/run-all.sh prints
# as one table and bench/report.py turns into docs/quality-report.md.
#
#   results_begin BENCH            starts (truncates) BENCH.csv with its header
#   result METRIC VALUE UNIT [BASELINE] [RATIO] [TARGET] [NOTE]
#                                  one row; TARGET is a comparison such as ">=1.0", "<=3", "=0"
#   pick TEXT FIELD                the number after FIELD in a printed line ("p99 12.3 ms" -> 12.3)

RESULTS_BENCH=''
RESULTS_FILE=''

results_begin() {
  local root
  root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)"
  RESULTS_BENCH=$1
  mkdir -p "${BENCH_RESULTS:-$root/bench/results}"
  RESULTS_FILE="$(cd -- "${BENCH_RESULTS:-$root/bench/results}" && pwd -P)/$1.csv"
  printf 'bench,metric,value,unit,baseline,ratio,target,note\n' >"$RESULTS_FILE"
}

# CSV quoting: a field with a comma, a quote or a space-free formula stays one field.
csv_field() {
  local value=${1//\"/\"\"}
  if [[ $value == *[,\"]* ]]; then
    printf '"%s"' "$value"
  else
    printf '%s' "$value"
  fi
}

result() {
  [[ -n $RESULTS_FILE ]] || return 0
  local line field
  line=$(csv_field "$RESULTS_BENCH")
  for field in "$1" "$2" "$3" "${4:-}" "${5:-}" "${6:-}" "${7:-}"; do
    line+=",$(csv_field "$field")"
  done
  printf '%s\n' "$line" >>"$RESULTS_FILE"
}

# FIELD starts the line or follows a space or "(" (so "errors" is not "ioerrors").
pick() {
  sed -n "s/\(^\|.*[ (]\)$2[ =]\+\([0-9.]*\).*/\2/p" <<<"$1" | head -n 1
}
