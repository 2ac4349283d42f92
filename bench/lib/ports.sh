# shellcheck shell=bash
# bench/lib/ports.sh — sourced by the benchmarks that start the suite with ./ocop up.
#
#   suite_ports [EXTRA]   picks 7 + EXTRA free ports on 127.0.0.1 (so a benchmark never meets a suite
#                         already running here), exports the seven OCOP_*_PORT variables ./ocop reads
#                         and leaves the EXTRA ones in the array EXTRA_PORTS

suite_ports() {
  local extra=${1:-0} ports
  read -r -a ports < <(python3 - "$((7 + extra))" <<'PY'
import socket
import sys
sockets = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in sockets:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in sockets))
for s in sockets:
    s.close()
PY
)
  export OCOP_GATEWAY_PORT=${ports[0]} OCOP_REGISTRY_PORT=${ports[1]} OCOP_RATING_PORT=${ports[2]}
  export OCOP_PLAN_PORT=${ports[3]} OCOP_POSTGRES_PORT=${ports[4]} OCOP_KAFKA_PORT=${ports[5]}
  export OCOP_KAFKA_CONTROLLER_PORT=${ports[6]}
  EXTRA_PORTS=("${ports[@]:7}")
}
