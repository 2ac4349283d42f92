#!/usr/bin/env python3
"""Records when each component of the suite becomes ready, for bench/public-load.sh's startup
figures: polls every 20 ms, and prints "NAME UPTIME" (seconds since boot, /proc/uptime, the clock
of /proc/PID/stat's start time) the first time each is ready. A port: ready when it accepts a TCP
connection (PostgreSQL, Kafka); a URL: ready when it answers 200 (a service's /q/health/ready).

Usage: watch_ready.py TIMEOUT_SECONDS NAME=PORT|NAME=URL...   Standard library only.
"""
import socket
import sys
import time
import urllib.request


def uptime():
    with open("/proc/uptime") as f:
        return float(f.read().split()[0])


def ready(target):
    try:
        if target.startswith("http"):
            with urllib.request.urlopen(target, timeout=0.5) as response:
                return response.status == 200
        with socket.create_connection(("127.0.0.1", int(target)), timeout=0.5):
            return True
    except OSError:
        return False


def main():
    deadline = time.monotonic() + float(sys.argv[1])
    pending = dict(arg.split("=", 1) for arg in sys.argv[2:])
    while pending and time.monotonic() < deadline:
        for name, target in list(pending.items()):
            if ready(target):
                print(f"{name} {uptime():.2f}", flush=True)
                del pending[name]
        time.sleep(0.02)
    for name in pending:
        print(f"{name} -", flush=True)


if __name__ == "__main__":
    main()
