#!/usr/bin/env python3
"""Reads the benchmarks' results (bench/results/*.csv: bench,metric,value,unit,baseline,ratio,
target,note) and prints one table of all figures (--table), draws a chart (--svg FILE: ratios
against their targets, and latency percentiles against their baselines) and writes the quality
report (--report FILE, docs/quality-report.md): the machine, the date, the commit, the run's
settings (bench/results/run.txt, written by bench/run-all.sh), every figure with its baseline, ratio,
target and whether it is met, the fuzz and response-validation summaries the tests leave in
*/target/, and what is not yet covered.

A target such as ">=1.0" or "<=3" applies to the ratio when the row has one, else to the value;
a target with a unit (e.g. "<60 s", "<=1 ms") always applies to the value.
Usage: report.py [--results DIR] [--table] [--svg FILE] [--report FILE]. Standard library only.
"""

import argparse
import csv
import datetime as dt
import html
import math
import os
import platform
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["verification", "import", "plan", "scoring", "gateway", "public-load", "startup",
         "faults"]
TARGET = re.compile(r"^\s*(>=|<=|<|>|=)\s*(-?[0-9.]+)\s*([A-Za-z/%µ]*)\s*$")

# What the benchmarks do not measure (yet), whatever the run: kept here so the report says it
# every time it is regenerated.
NOT_COVERED = [
    "The five years of cycles (2021–2025) reach the plan service as the rating service's events "
    "(ideas, business-plan reviews, nominations, promotions published on its topics); the rating "
    "service's own tables (registrations, dossiers, score sheets, decisions of those years) are "
    "not loaded, and the events' subject and product ids are the generator's, not the registry's.",
    "The mixed public load comes from one address on the same 2 cores as every process it "
    "measures; the gateway's per-address rate limit is raised for it (it stays on).",
    "No figure is taken on production-like hardware or with a separate load machine: all "
    "processes, load generators and baselines share the machine below.",
    "Startup times are taken while the registry, rating and plan services start together, as "
    "./ocop up starts them; a service started alone starts faster.",
    "In bench/public/MixedLoad.java each kind has its own long-lived connections (256 split by "
    "weight: 205 for verifications, 51 for searches), so slow searches queue only searches; "
    "independent phones would each open a connection of their own, and that is not simulated.",
    "The public search answers from memory (pages kept 5 minutes, cleared by any registry event); "
    "the mixed load's 60 s rounds contain no writes and no expiry of the pages warmed before them, "
    "so they measure the cached path. A search that misses costs about 10–45 ms alone on this "
    "machine; after a clear every distinct query is computed once again (concurrent searches of one "
    "page share the computation). A load with writes during the searches is not measured.",
    "The decision -> certificate -> plan-actual latency under a burst of 1,000 decisions has no "
    "target and is far above the bare consumer's (see the plan figures): bench/results/plan.log "
    "splits it, and the registry's step (decision consumed -> certificate created) takes nearly "
    "all of it (some 56 decisions a second in the last run; the plan's step p99 138 ms). What in "
    "the registry's issuing consumer sets that pace is not yet profiled.",
    "Gatling is not used: the open-model load generators are bench/gateway/OpenLoad.java and "
    "bench/public/MixedLoad.java (constant arrival rate, latency from each request's due time).",
]


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def load(results):
    rows = []
    for path in sorted(results.glob("*.csv")):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                rows.append(row)
    rank = {name: i for i, name in enumerate(ORDER)}
    rows.sort(key=lambda r: rank.get(r["bench"], len(ORDER)))
    return rows


def met(row):
    """True / False when the row has a target, None when it has none or a figure is missing."""
    match = TARGET.match(row.get("target") or "")
    if not match:
        return None
    op, limit, unit = match.group(1), float(match.group(2)), match.group(3)
    ratio = number(row.get("ratio"))
    figure = number(row.get("value")) if unit or ratio is None else ratio
    if figure is None:
        return None
    return {">=": figure >= limit, "<=": figure <= limit, "<": figure < limit,
            ">": figure > limit, "=": figure == limit}[op]


def mark(row):
    return {True: "yes", False: "NO", None: ""}[met(row)]


def table(rows):
    header = ["bench", "metric", "value", "baseline", "ratio", "target", "met"]
    lines = [[r["bench"], r["metric"], f"{r['value']} {r['unit']}".strip(),
              f"{r['baseline']} {r['unit']}".strip() if r["baseline"] else "",
              r["ratio"], r["target"], mark(r)] for r in rows]
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h)
              for i, h in enumerate(header)]
    widths[1] = min(widths[1], 58)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    out.append("  ".join("-" * w for w in widths))
    for line in lines:
        out.append("  ".join(cell[:w].ljust(w) for cell, w in zip(line, widths)))
    return "\n".join(out)


def svg(rows, path):
    ratios = [r for r in rows if number(r["ratio"]) and number(r["ratio"]) > 0]
    latencies = [r for r in rows if r["unit"] == "ms" and re.search(r"\bp(50|95|99)\b", r["metric"])
                 and number(r["value"]) and number(r["value"]) > 0]
    width, label_w, bar_w, row_h = 1100, 470, 560, 18
    y = 40
    parts = []

    def text(x, y_, s, size=11, anchor="start", weight="normal", fill="#222"):
        parts.append(f'<text x="{x}" y="{y_}" font-size="{size}" text-anchor="{anchor}" '
                     f'font-weight="{weight}" fill="{fill}">{html.escape(s)}</text>')

    def log_axis(top, bottom, low, high, unit):
        for exp in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
            for step in (1, 2, 5):
                v = step * 10 ** exp
                if low <= v <= high:
                    x = label_w + bar_w * (math.log10(v) - math.log10(low)) / (
                        math.log10(high) - math.log10(low))
                    parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" '
                                 f'stroke="#ddd"/>')
                    text(x, bottom + 12, f"{v:g}{unit}", 9, "middle", fill="#666")

    def scale(v, low, high):
        return label_w + bar_w * (math.log10(v) - math.log10(low)) / (
            math.log10(high) - math.log10(low))

    text(10, 20, "Ratios to the baseline measured in the same run (log scale); | = target;"
         " green met, red missed, grey no target", 13, weight="bold")
    if ratios:
        values = [number(r["ratio"]) for r in ratios]
        targets = [float(TARGET.match(r["target"]).group(2)) for r in ratios
                   if TARGET.match(r["target"] or "") and not TARGET.match(r["target"]).group(3)]
        low = 10 ** math.floor(math.log10(min(values + targets + [1.0]) * 0.9))
        high = 10 ** math.ceil(math.log10(max(values + targets + [1.0]) * 1.1))
        top = y
        for r in ratios:
            v = number(r["ratio"])
            ok = met(r)
            colour = {True: "#3a9d5d", False: "#d0453b", None: "#9a9a9a"}[ok]
            text(label_w - 6, y + 12, f"{r['bench']}: {r['metric']}"[:80], 10, "end")
            x0, x1 = scale(low, low, high), scale(v, low, high)
            parts.append(f'<rect x="{x0:.1f}" y="{y + 3}" width="{max(1, x1 - x0):.1f}" '
                         f'height="{row_h - 6}" fill="{colour}"/>')
            text(x1 + 4, y + 12, f"{v:g}", 9)
            match = TARGET.match(r["target"] or "")
            if match and not match.group(3) and number(match.group(2)) > 0:
                tx = scale(float(match.group(2)), low, high)
                parts.append(f'<line x1="{tx:.1f}" y1="{y}" x2="{tx:.1f}" y2="{y + row_h}" '
                             f'stroke="#000" stroke-width="2"/>')
            y += row_h
        log_axis(top, y, low, high, "×")
        y += 40
    text(10, y, "Latency percentiles (ms, log scale): value (dark) against its baseline (light)",
         13, weight="bold")
    y += 12
    if latencies:
        values = [number(r["value"]) for r in latencies] + [
            number(r["baseline"]) for r in latencies if number(r["baseline"])]
        low = 10 ** math.floor(math.log10(min(values) * 0.9))
        high = 10 ** math.ceil(math.log10(max(values) * 1.1))
        top = y
        for r in latencies:
            text(label_w - 6, y + 14, f"{r['bench']}: {r['metric']}"[:80], 10, "end")
            for i, (v, colour) in enumerate(((number(r["value"]), "#2f5d8a"),
                                             (number(r["baseline"]), "#9cc3e6"))):
                if v and v > 0:
                    x0, x1 = scale(low, low, high), scale(v, low, high)
                    parts.append(f'<rect x="{x0:.1f}" y="{y + 2 + i * 9}" '
                                 f'width="{max(1, x1 - x0):.1f}" height="8" fill="{colour}"/>')
                    text(x1 + 4, y + 9 + i * 9, f"{v:g}", 8)
            y += 22
        log_axis(top, y, low, high, "")
        y += 30
    document = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" '
                f'font-family="DejaVu Sans, Arial, sans-serif">'
                f'<rect width="100%" height="100%" fill="#fff"/>' + "".join(parts) + "</svg>\n")
    Path(path).write_text(document, encoding="utf-8")


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, cwd=ROOT,
                              timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine():
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
        ram = f"{int(mem.split()[1]) / 1048576:.1f} GiB"
    except (OSError, StopIteration):
        ram = "?"
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    return {
        "CPUs (nproc)": str(os.cpu_count()),
        "CPU": cpu or "?",
        "RAM": ram,
        "kernel": f"{platform.system()} {platform.release()}",
        "JDK": " / ".join(line.strip() for line in java.splitlines()[:2]),
        "PostgreSQL, Kafka": "embedded by devstack (the versions of the project's Maven artifacts)",
        "load average at report time": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }


def run_settings(results):
    settings = {}
    path = results / "run.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                settings[key] = value
    return settings


def summaries():
    found = []
    for pattern in ("*/target/fuzz-summary.txt", "*/*/target/fuzz-summary.txt",
                    "*/target/openapi-validation.txt", "*/*/target/openapi-validation.txt"):
        found.extend(sorted(ROOT.glob(pattern)))
    return found


def report(rows, results, path):
    settings = run_settings(results)
    commit = command("git", "rev-parse", "--short", "HEAD")
    dirty = command("git", "status", "--porcelain", "--untracked-files=no")
    out = ["# Quality report", "",
           "Generated by `bench/report.py` from `bench/results/*.csv`, which `bench/run-all.sh` "
           "writes (every benchmark measures its baseline in the same run, on the same machine). "
           "Regenerate: `./mvnw -B package -DskipTests && bench/run-all.sh` "
           "(`BENCH_QUICK=1` for a short run).", "",
           "## Run", "",
           f"- date of the report: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; "
           f"run started {settings.get('started', '?')}, finished {settings.get('finished', '?')}",
           f"- commit of the report: `{commit or '?'}`" + (" with uncommitted changes" if dirty else "")
           + (f"; the run measured `{settings['commit']}`" if settings.get("commit") else ""),
           f"- settings: BENCH_QUICK={settings.get('quick', '?')}"
           + (f", BENCH_ONLY={settings['only']}" if settings.get("only") else "")
           + (f", BENCH_SKIP={settings['skip']}" if settings.get("skip") else "")
           + "".join(f", {key[4:]}={value}" for key, value in settings.items()
                     if key.startswith("env."))]
    if settings.get("note"):
        out.append(f"- note: {settings['note']}")
    for key, value in settings.items():
        if key.startswith("rerun.") and not key.startswith("rerun.finished."):
            out.append(f"- re-run at {key[6:]}: {value} (its figures below replace the first run's)")
    for key, value in settings.items():
        if key.startswith("bench."):
            out.append(f"- `{key[6:]}`: {value}")
    out += ["", "## Machine", ""]
    out += [f"- {key}: {value}" for key, value in machine().items()]
    out += ["", "## Figures", "",
            "Ratio = value ÷ baseline. Met: whether the target holds (on the ratio, or on the "
            "value when the target has a unit).", ""]
    current = None
    for r in rows:
        if r["bench"] != current:
            current = r["bench"]
            out += ["", f"### {current}", "",
                    "| metric | value | baseline | ratio | target | met | how |",
                    "|---|---|---|---|---|---|---|"]
        cells = [r["metric"], f"{r['value']} {r['unit']}".strip(),
                 f"{r['baseline']} {r['unit']}".strip() if r["baseline"] else "",
                 r["ratio"], r["target"], mark(r), r["note"]]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    missed = [r for r in rows if met(r) is False]
    out += ["", "## Targets missed", ""]
    out += [f"- {r['bench']}: {r['metric']} — {r['ratio'] or r['value']} against {r['target']}"
            for r in missed] or ["- none"]
    out += ["", "## Tests' summaries (fuzz, response validation)", ""]
    found = summaries()
    if found:
        for summary in found:
            # The tests write absolute paths; the report names files from the repository's root.
            text = summary.read_text(encoding="utf-8", errors="replace")
            text = text.replace(str(ROOT) + os.sep, "").strip()[:3000]
            out += [f"`{summary.relative_to(ROOT)}`:", "", "```", text, "```", ""]
    else:
        out.append("- none found (`*/target/fuzz-summary.txt`, `openapi-validation.txt`): the "
                   "fuzz and validation tests were not run before this report.")
    out += ["", "## Not yet covered", ""]
    ran = {r["bench"] for r in rows}
    for name in ORDER:
        if name not in ran:
            out.append(f"- `{name}`: no figures in this run"
                       + (f" ({settings['bench.' + name]})" if "bench." + name in settings else ""))
    out += [f"- {item}" for item in NOT_COVERED]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--results", type=Path, default=ROOT / "bench/results")
    parser.add_argument("--table", action="store_true")
    parser.add_argument("--svg", type=Path)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    rows = load(args.results)
    if args.table:
        print(table(rows))
    if args.svg:
        svg(rows, args.svg)
        print(f"chart: {args.svg}")
    if args.report:
        report(rows, args.results, args.report)
        print(f"report: {args.report}")


if __name__ == "__main__":
    main()
