#!/usr/bin/env bash
# bench/gateway.sh — what the gateway costs per request (issue 7), against the service direct and
# against nginx proxying to the same service, all three measured in the same run.
#
#   Endpoints: (A) GET /public/verify/{code}, anonymous, over random existing codes (the registry
#   answers from memory: the cheapest realistic request, so the proxy's own cost shows most);
#   (B) GET /api/registry/v1/provinces with a bearer token (the gateway verifies it, as the service
#   does again: the gateway's real per-request cost).
#   1. Saturation: wrk with fixed connections and duration, direct / gateway / nginx alternating in
#      rounds; medians. Ratios gateway÷direct (target >= 0.7) and nginx÷direct.
#   2. Latency at half the direct saturation rate, open model (bench/gateway/OpenLoad.java: requests
#      due at a constant rate, latency counted from when each was due), rounds alternating the
#      targets: median p50/p99 of each, and the added p99 of the gateway and of nginx over direct
#      (target: gateway <= 1 ms, and no worse than nginx). When the gateway saturates well below
#      direct (on this machine, the cheapest endpoint), the same again at half the gateway's own
#      saturation rate, where it is loaded but not past its capacity.
#
# Starts PostgreSQL, Kafka, the gateway and the registry with `./ocop up` (OCOP_ONLY) on free ports
# with its data in a temporary directory, the gateway's rate limits raised (one address, one
# account, thousands of requests per second), and nginx on a free loopback port with a generated
# configuration (keep-alive upstream); stops exactly those (nginx by PID, ./ocop down) when it
# ends, also on failure or Ctrl-C.
#
# Needs the packaged suite (./mvnw -B package -DskipTests), java 17+, curl, python3, psql, wrk and
# nginx (it installs nothing). Settings (environment): BENCH_CONNECTIONS (32), BENCH_THREADS (2),
# BENCH_DURATION (15 s per round), BENCH_ROUNDS (3), BENCH_WARMUP (10 s per target and endpoint),
# BENCH_OPEN_SECONDS (15), BENCH_OPEN_WARMUP (5), BENCH_OPEN_CONNECTIONS (64), BENCH_LATENCY_ROUNDS (3),
# BENCH_SERVICE_JAVA_OPTS (-Xms256m -Xmx256m -XX:+UseParallelGC), BENCH_KEEP=1 keeps the directory.
# Also printed: the CPU time per request of the proxy (gateway or nginx processes) and of the
# registry during the saturation rounds, from /proc: on a machine shared with other work, the
# cost per request says more than the throughput.
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
HERE="$ROOT/bench/gateway"
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION:-15}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP:-10}
OPEN_SECONDS=${BENCH_OPEN_SECONDS:-15}
LATENCY_ROUNDS=${BENCH_LATENCY_ROUNDS:-3}
OPEN_WARMUP=${BENCH_OPEN_WARMUP:-5}
OPEN_CONNECTIONS=${BENCH_OPEN_CONNECTIONS:-64}
# shellcheck source=bench/lib/results.sh
source "$ROOT/bench/lib/results.sh"

say() { printf '%s\n' "$*"; }
die() {
  printf 'bench/gateway.sh: %s\n' "$*" >&2
  exit 1
}
for tool in java curl python3 psql wrk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
if ! command -v nginx >/dev/null 2>&1; then
  printf 'bench/gateway.sh: nginx is the reference proxy and is not installed. Install it with:\n' >&2
  printf '  apt-get install -y nginx\n' >&2
  exit 1
fi
[[ -f $ROOT/registry-service/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/gateway/target/quarkus-app/quarkus-run.jar &&
  -f $ROOT/devstack/target/devstack.jar ]] ||
  die "build first: ./mvnw -B package -DskipTests"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ocop-bench-gateway.XXXXXX")
export OCOP_DATA_DIR=$WORK/data
NGINX_PID=''
cleanup() {
  local status=$? waited=0
  trap - EXIT INT TERM
  if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    while kill -0 "$NGINX_PID" 2>/dev/null && ((waited < 100)); do
      sleep 0.1
      waited=$((waited + 1))
    done
    kill -0 "$NGINX_PID" 2>/dev/null && kill -KILL "$NGINX_PID" 2>/dev/null
  fi
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
suite_ports 1
NGINX_PORT=${EXTRA_PORTS[0]}
export OCOP_ONLY=gateway,registry OCOP_SKIP_BUILD=1
export OCOP_SERVICE_JAVA_OPTS=${BENCH_SERVICE_JAVA_OPTS:-"-Xms256m -Xmx256m -XX:+UseParallelGC"}
# One address and one account drive thousands of requests per second: the limits stay on (their
# cost is part of the figures) but far above the load.
export OCOP_GATEWAY_RATE_LIMIT_ADDRESS_RATE=1000000 OCOP_GATEWAY_RATE_LIMIT_ADDRESS_BURST=1000000
export OCOP_GATEWAY_RATE_LIMIT_SUBJECT_RATE=1000000 OCOP_GATEWAY_RATE_LIMIT_SUBJECT_BURST=1000000
export OCOP_GATEWAY_RATE_LIMIT_AUTH_RATE=1000 OCOP_GATEWAY_RATE_LIMIT_AUTH_BURST=1000
export OCOP_JWT_LIFETIME=2h
export PGHOST=127.0.0.1 PGPORT=$OCOP_POSTGRES_PORT PGUSER=postgres PGDATABASE=registry

DIRECT="http://127.0.0.1:$OCOP_REGISTRY_PORT"
GATEWAY="http://127.0.0.1:$OCOP_GATEWAY_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
TARGETS=(direct gateway nginx)
port_of() {
  case $1 in
    direct) echo "$OCOP_REGISTRY_PORT" ;;
    gateway) echo "$OCOP_GATEWAY_PORT" ;;
    nginx) echo "$NGINX_PORT" ;;
  esac
}

## 1. The suite, the data, a token
say "Starting PostgreSQL, Kafka, gateway and registry (./ocop up, data in $WORK/data, $OCOP_SERVICE_JAVA_OPTS)"
"$ROOT/ocop" up >"$WORK/up.log" 2>&1 || {
  cat "$WORK/up.log" >&2
  die "./ocop up failed"
}
say "Loading the registry's data (bench/verification/data.sql)"
psql -X -q -v ON_ERROR_STOP=1 -f "$ROOT/bench/verification/data.sql" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -c "\\copy (select code from bench_code order by n) to '$WORK/codes.txt'"
read -r CERTIFICATES CODES < <(psql -X -At -F ' ' -c \
  "select (select count(*) from certificate), (select count(*) from bench_code)")
password=$(cat "$OCOP_DATA_DIR/demo-password")
TOKEN=$(curl -sf -X POST "$GATEWAY/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"ntm.officer\",\"password\":\"$password\"}" |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $TOKEN ]] || die "could not log in to the gateway"

## 2. nginx, the reference: proxy_pass to the same registry over a keep-alive upstream
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream registry {
    server 127.0.0.1:$OCOP_REGISTRY_PORT;
    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://registry;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "$NGINX/q/health/live" && break
  kill -0 "$NGINX_PID" 2>/dev/null || {
    cat "$WORK/nginx/stdout.log" "$WORK/nginx/error.log" >&2
    die "nginx did not start"
  }
  sleep 0.1
done
SAMPLE=$(head -n 1 "$WORK/codes.txt")
for target in "${TARGETS[@]}"; do
  url="http://127.0.0.1:$(port_of "$target")"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/public/verify/$SAMPLE") == 200 ]] ||
    die "$target does not answer GET /public/verify/{code}"
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "$url/api/registry/v1/provinces") == 200 ]] || die "$target does not answer GET /api/registry/v1/provinces"
done

## 3. Loads
saturate() { # target endpoint seconds
  local url="http://127.0.0.1:$(port_of "$1")"
  if [[ $2 == public ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3"s -s "$ROOT/bench/verification/verify.lua" "$url" \
      -- "$WORK/codes.txt"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3"s -H "Authorization: Bearer $TOKEN" \
      "$url/api/registry/v1/provinces"
  fi
}
open_load() { # target endpoint rate
  if [[ $2 == public ]]; then
    java -Xmx256m -XX:+UseSerialGC "$HERE/OpenLoad.java" "$(port_of "$1")" "$3" "$OPEN_SECONDS" \
      "$OPEN_WARMUP" "$OPEN_CONNECTIONS" '/public/verify/{code}' "$WORK/codes.txt"
  else
    java -Xmx256m -XX:+UseSerialGC "$HERE/OpenLoad.java" "$(port_of "$1")" "$3" "$OPEN_SECONDS" \
      "$OPEN_WARMUP" "$OPEN_CONNECTIONS" /api/registry/v1/provinces - \
      "Authorization: Bearer $TOKEN"
  fi
}
# CPU time (ms) the processes of a target's proxy and of the registry have used so far, from /proc.
TICK_MS=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
cpu_ms() {
  local pid total=0 fields
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    fields=$(sed 's/^.*) //' "/proc/$pid/stat")
    total=$((total + $(awk '{ print $12 + $13 }' <<<"$fields")))
  done
  awk -v t="$total" -v ms="$TICK_MS" 'BEGIN { printf "%.0f", t * ms }'
}
proxy_pids() {
  case $1 in
    direct) ;;
    gateway) cat "$OCOP_DATA_DIR/run/gateway.pid" ;;
    nginx) echo "$NGINX_PID" $(pgrep -P "$NGINX_PID") ;;
  esac
}
REGISTRY_PID=$(cat "$OCOP_DATA_DIR/run/registry.pid")
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }

say "Warm-up: every code verified once, then ${WARMUP}s of each load on each target"
java -Xmx256m "$ROOT/bench/verification/LoadGen.java" 127.0.0.1 "$OCOP_REGISTRY_PORT" \
  "$WORK/codes.txt" "$CONNECTIONS" 600 pass >"$WORK/pass.txt"
grep -q 'failed=0' "$WORK/pass.txt" || die "the registry failed requests during the warm-up pass"
for endpoint in public api; do
  for target in "${TARGETS[@]}"; do
    saturate "$target" "$endpoint" "$WARMUP" >"$WORK/warmup-$target-$endpoint.txt"
  done
done

declare -A RPS ROUND_FIGURES RATES P50 P99 PROXY_CPU SERVICE_CPU
for endpoint in public api; do
  say "Saturation, $endpoint: $ROUNDS rounds of ${DURATION}s, targets alternating"
  for ((round = 1; round <= ROUNDS; round++)); do
    line="  round $round:"
    for target in "${TARGETS[@]}"; do
      out="$WORK/$endpoint-$target-$round.txt"
      # shellcheck disable=SC2046
      proxy_before=$(cpu_ms $(proxy_pids "$target"))
      service_before=$(cpu_ms "$REGISTRY_PID")
      saturate "$target" "$endpoint" "$DURATION" >"$out"
      # shellcheck disable=SC2046
      proxy_used=$(($(cpu_ms $(proxy_pids "$target")) - proxy_before))
      service_used=$(($(cpu_ms "$REGISTRY_PID") - service_before))
      if grep -q -E 'Non-2xx|Socket errors' "$out"; then
        cat "$out" >&2
        die "$target answered errors under load ($endpoint)"
      fi
      rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$out")
      requests=$(awk -v r="$rps" -v d="$DURATION" 'BEGIN { print r * d }')
      ROUND_FIGURES[$endpoint-$target]+="$rps "
      PROXY_CPU[$endpoint-$target]+="$(awk -v c="$proxy_used" -v n="$requests" 'BEGIN { printf "%.0f", c * 1000 / n }') "
      SERVICE_CPU[$endpoint-$target]+="$(awk -v c="$service_used" -v n="$requests" 'BEGIN { printf "%.0f", c * 1000 / n }') "
      line+=" $target $rps/s"
    done
    say "$line"
  done
  for target in "${TARGETS[@]}"; do
    # shellcheck disable=SC2086
    RPS[$endpoint-$target]=$(median ${ROUND_FIGURES[$endpoint-$target]})
  done
  # The issue's rate, half of direct; and, when the gateway saturates well below direct, half of
  # the gateway's own saturation too, where the proxy is loaded but not past its capacity.
  RATES[$endpoint]=$(awk -v r="${RPS[$endpoint-direct]}" 'BEGIN { printf "%d", r / 2 }')
  own=$(awk -v r="${RPS[$endpoint-gateway]}" 'BEGIN { printf "%d", r / 2 }')
  if ((own * 10 < ${RATES[$endpoint]} * 9)); then
    RATES[$endpoint]+=" $own"
  fi
  for rate in ${RATES[$endpoint]}; do
    say "Latency, $endpoint at $rate requests/s: $LATENCY_ROUNDS rounds of ${OPEN_SECONDS}s after ${OPEN_WARMUP}s, open model, targets alternating"
    for ((round = 1; round <= LATENCY_ROUNDS; round++)); do
      for target in "${TARGETS[@]}"; do
        result=$(open_load "$target" "$endpoint" "$rate")
        say "  round $round $target: $result"
        [[ $(field errors "$result") == 0 ]] || die "$target failed requests at $rate/s ($endpoint)"
        P50[$endpoint-$rate-$target]+="$(field p50 "$result") "
        P99[$endpoint-$rate-$target]+="$(field p99 "$result") "
      done
    done
  done
done

## 4. Figures
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }
say ""
say "== Gateway vs direct vs nginx, same run (nproc $(nproc), ${CPU:-unknown CPU}) =="
say "machine load:       $(cut -d ' ' -f 1-3 /proc/loadavg) after (1, 5, 15 min; load generator, proxies, registry, PostgreSQL and Kafka share the cores)"
say "data:               $CERTIFICATES certificates, $CODES codes; services $OCOP_SERVICE_JAVA_OPTS; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), worker_processes auto"
results_begin gateway
say "saturation:         wrk -t$THREADS -c$CONNECTIONS, median of $ROUNDS × ${DURATION}s; latency: OpenLoad, $OPEN_CONNECTIONS connections, median of $LATENCY_ROUNDS × ${OPEN_SECONDS}s"
for endpoint in public api; do
  if [[ $endpoint == public ]]; then
    say "(A) GET /public/verify/{code} — anonymous, answered from the registry's memory"
  else
    say "(B) GET /api/registry/v1/provinces — bearer token, verified by the gateway (and nginx: not at all) and by the service"
  fi
  d=${RPS[$endpoint-direct]} g=${RPS[$endpoint-gateway]} n=${RPS[$endpoint-nginx]}
  say "  throughput        direct $d/s, gateway $g/s, nginx $n/s  (rounds: direct ${ROUND_FIGURES[$endpoint-direct]}| gateway ${ROUND_FIGURES[$endpoint-gateway]}| nginx ${ROUND_FIGURES[$endpoint-nginx]})"
  say "  ratio             gateway/direct $(ratio "$g" "$d") (target >= 0.7), nginx/direct $(ratio "$n" "$d")"
  label=$([[ $endpoint == public ]] && echo "(A) verify" || echo "(B) provinces, token")
  result "$label throughput: gateway vs direct" "$g" req/s "$d" "$(ratio "$g" "$d")" ">=0.7" "wrk -t$THREADS -c$CONNECTIONS, median of $ROUNDS"
  result "$label throughput: nginx vs direct" "$n" req/s "$d" "$(ratio "$n" "$d")" "" "the reference proxy"
  # shellcheck disable=SC2086
  say "  CPU per request   gateway $(median ${PROXY_CPU[$endpoint-gateway]}) µs, nginx $(median ${PROXY_CPU[$endpoint-nginx]}) µs (the proxy's processes); registry $(median ${SERVICE_CPU[$endpoint-direct]}) µs direct, $(median ${SERVICE_CPU[$endpoint-gateway]}) µs behind the gateway, $(median ${SERVICE_CPU[$endpoint-nginx]}) µs behind nginx (medians of the rounds)"
  for rate in ${RATES[$endpoint]}; do
    declare -A p99=()
    for target in "${TARGETS[@]}"; do
      # shellcheck disable=SC2086
      p99[$target]=$(median ${P99[$endpoint-$rate-$target]})
      # shellcheck disable=SC2086
      printf '  at %5d/s %-8s p50 %s ms  p99 %s ms  (p99 of the rounds: %s)\n' "$rate" "$target" \
        "$(median ${P50[$endpoint-$rate-$target]})" "${p99[$target]}" "${P99[$endpoint-$rate-$target]% }"
    done
    result "$label added p99 at $rate/s: gateway" "$(added "${p99[gateway]}" "${p99[direct]}")" ms \
      "${p99[direct]}" "$(ratio "${p99[gateway]}" "${p99[direct]}")" "<=1 ms" "open model; baseline = direct p99; nginx adds $(added "${p99[nginx]}" "${p99[direct]}") ms"
    say "  added p99 at $rate/s: gateway $(added "${p99[gateway]}" "${p99[direct]}") ms (target <= 1 ms and <= nginx's), nginx $(added "${p99[nginx]}" "${p99[direct]}") ms; gateway - nginx $(added "${p99[gateway]}" "${p99[nginx]}") ms"
  done
done
