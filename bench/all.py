"""Every benchmark in one table: each figure beside its goal.

Runs bench/engine.py, bench/report.py, bench/tui.py, bench/seats.py, bench/cohort.py and bench/startup.py, each in its own
process with --json. `--quick` passes through (small sizes, for CI:
it proves the benchmark code still runs; the figures then mean little). `--json` prints the
rows as JSON.

    python bench/all.py
    python bench/all.py --quick --json
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def run_bench(name: str, quick: bool) -> dict:
    script = HERE / f"{name}.py"
    if not script.exists():
        return {"error": f"{script.name} not found"}
    command = [sys.executable, str(script), "--json", *(["--quick"] if quick else [])]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if result.returncode != 0:
        return {"error": (result.stderr or result.stdout).strip().splitlines()[-1:] or ["failed"]}
    return json.loads(result.stdout)


def rows(quick: bool) -> list[dict]:
    out: list[dict] = []

    def row(name: str, value, unit: str, goal: str, ok: bool | None, note: str = "") -> None:
        out.append({"benchmark": name, "value": value, "unit": unit, "goal": goal, "ok": ok, "note": note})

    engine = run_bench("engine", quick)
    if "error" in engine:
        row("engine", None, "", "", False, str(engine["error"]))
    else:
        flood = engine["flood"]
        row(f"engine: {flood['comments']:,}-comment flood advanced + scored", flood["total_s"], "s", "< 1 s at 100,000", flood["total_s"] < 1.0)
        row("engine: comments+events per second", flood["events_per_s"], "/s", "", None,
            f"Faker-per-comment baseline is {engine['faker_vs_engine_per_comment']}x slower per comment")
        for sim in engine["simulate"]:
            if "wall_s" in sim:
                judged = sim["wall_s"] <= 10 if sim["runs"] >= 1000 else None  # a quick run is mostly process start
                row(f"simulate --runs {sim['runs']} ({sim['scenario']})", sim["wall_s"], "s", "<= 10 s for 1,000 on 2 cores", judged,
                    f"baseline, the same runs in one process: {sim['one_process_s']} s")
            else:
                row(f"simulate ({sim['scenario']})", None, "", "", False, str(sim["error"]))
    report = run_bench("report", quick)
    if "error" in report:
        row("report", None, "", "", False, str(report["error"]))
    else:
        row(f"report: HTML debrief of {report['actions']:,} actions", report["html_total_ms"], "ms", "< 150 ms", report["html_total_ms"] < 150,
            f"CPU {report['html_total_cpu_ms']} ms; floor, a plain Jinja table of the same rows: {report['floor_ms']} ms")
        row("report: HTML size", round(report["html_bytes"] / 2**20, 2), "MiB", "< 2 MiB", report["html_bytes"] < 2 * 2**20)
    tui = run_bench("tui", quick)
    if "error" in tui:
        row("tui", None, "", "", False, str(tui["error"]))
    else:
        for item in tui.get("rows", []):
            out.append(item)
    seats = run_bench("seats", quick)
    if "error" in seats:
        row("seats", None, "", "", False, str(seats["error"]))
    else:
        flood, base = seats["flood"], seats["baseline"]
        row(f"seats: {flood['seats']} seats, {flood['flood_per_s']:,.0f} comments/s: action → effect p95", flood["effect_p95_ms"], "ms",
            f"<= {seats['goal_p95_ms']:.0f} ms", seats["ok"], f"baseline, the acting and watching seats with no flood: {base['effect_p95_ms']} ms")
        row("seats: host CPU share under the flood", round(100 * flood["host_cpu_share"], 1), "% of a core", "", None,
            f"the {flood['seats']} replicas: {round(100 * flood['seats_cpu_share'])} %")
    cohort = run_bench("cohort", quick)
    if "error" in cohort:
        row("cohort", None, "", "", False, str(cohort["error"]))
    else:
        for name, f in cohort["engines"].items():
            if "skipped" in f:
                row(f"cohort ({name})", None, "", "", None, f["skipped"])
                continue
            row(f"drill cohort, {cohort['runs']:,} runs ({name})", f["cohort_s"], "s", "< 2 s", f["cohort_s"] < 2.0,
                f"a plain count over the same tables: {1000 * f['count_baseline_s']:.1f} ms")
            row(f"drill sync, {cohort['journals']:,} journals ({name})", f["sync_s"], "s", "< 10 s", f["sync_s"] < 10.0,
                f"reading the journals alone: {cohort['read_journals_s']} s; again, all known: {f['sync_again_s']} s")
    startup = run_bench("startup", quick)
    if "error" in startup:
        row("startup", None, "", "", False, str(startup["error"]))
    else:
        out.extend(startup["rows"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    table = rows(args.quick)
    if args.json:
        print(json.dumps(table, indent=2))
        return
    width = max(len(r["benchmark"]) for r in table)
    print(f"{'benchmark':<{width}}  {'figure':>12}  {'goal':<18} status")
    for r in table:
        figure = "-" if r["value"] is None else f"{r['value']:,} {r['unit']}".strip()
        status = {True: "ok", False: "MISSED", None: ""}[r["ok"]]
        note = f"  ({r['note']})" if r["note"] else ""
        print(f"{r['benchmark']:<{width}}  {figure:>12}  {r['goal']:<18} {status}{note}")


if __name__ == "__main__":
    main()
