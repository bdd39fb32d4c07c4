"""Start-up figures: `drill --help` and the time to the app's first frame, in fresh processes.

The first frame is measured headless, from spawning a new interpreter to the first frame the
app composes (the child reports the moment; its shutdown is not counted): `drill play
deleted-comment` (load and check the scenario, then the briefing) and `drill` (the library
picker, every bundled scenario listed). The baseline is a bare Textual app (one Static), started the
same way in the same run. Medians over several runs.

    python bench/startup.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FRAME_PROBE = """
import os, sys, time
{setup}
display = app._display

def first_frame(screen, renderable):
    if renderable is not None and not app.is_headless_frame_seen:
        app.is_headless_frame_seen = True
        print(time.time() - float(os.environ["BENCH_T0"]), flush=True)
        app.call_later(app.exit)
    return display(screen, renderable)

app.is_headless_frame_seen = False
app._display = first_frame
app.run(headless=True, size=(100, 30))
"""
"""Wraps the app's display hook: the first composed frame (headless: composed, not written)
is timed, then the app exits."""
BRIEFING = """
from drill.tui.app import make_app
from drill.tui.startup import load_scenario
app = make_app(load_scenario("deleted-comment"), journal=False, lang="en", manual_clock=True)
"""
PICKER = """
from drill.tui.app import make_app
app = make_app(None, journal=False, lang="en", manual_clock=True)
"""
BASELINE = """
from textual.app import App
from textual.widgets import Static

class Hello(App):
    def compose(self):
        yield Static("hello")

app = Hello()
"""
"""The baseline: a bare Textual app (one Static), started the same way in the same run. What
drill adds to start-up is the difference; the goal is its first frame within 1.5x of this."""
GOAL_RATIO = 1.5


def median_ms(command: list[str], repeats: int) -> float:
    """Wall time of a whole command (interpreter start to exit)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=REPO)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times))


def first_frame_ms(setup: str, repeats: int, cold: bool = False) -> float:
    """From spawning a fresh interpreter to the app's first composed frame (headless). `cold`:
    each start with an empty user folder, so nothing cached from an earlier start helps."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="drill-bench-") as empty:
            env = {**os.environ, "BENCH_T0": repr(time.time())}
            if cold:
                env["DRILL_HOME"] = empty
            result = subprocess.run([sys.executable, "-c", FRAME_PROBE.format(setup=setup)], capture_output=True,
                                    text=True, check=True, cwd=REPO, env=env)
        times.append(float(result.stdout.split()[-1]) * 1000)
    return round(statistics.median(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    help_ms = median_ms([sys.executable, "-m", "drill", "--help"], repeats)
    python_ms = median_ms([sys.executable, "-c", "pass"], repeats)
    baseline = first_frame_ms(BASELINE, repeats)
    briefing = first_frame_ms(BRIEFING, repeats)
    picker = first_frame_ms(PICKER, repeats)
    cold_picker = first_frame_ms(PICKER, repeats, cold=True)
    versus = f"a bare Textual app: {baseline} ms ({{:.1f}}x); interpreter alone {python_ms} ms"
    ratio = round(briefing / baseline, 2)
    picker_ratio = round(picker / baseline, 2)
    rows = [
        {"benchmark": "drill --help start (median)", "value": help_ms, "unit": "ms", "goal": "<= 150 ms", "ok": help_ms <= 150,
         "note": f"interpreter alone {python_ms} ms"},
        {"benchmark": "first frame: drill play SCENARIO (briefing)", "value": briefing, "unit": "ms", "goal": "<= 600 ms",
         "ok": briefing <= 600, "note": versus.format(briefing / baseline)},
        {"benchmark": "first frame: bare Textual app (one Static)", "value": baseline, "unit": "ms", "goal": "", "ok": None,
         "note": "the baseline, started the same way"},
        {"benchmark": "first frame: drill play SCENARIO / bare app", "value": ratio, "unit": "x", "goal": f"<= {GOAL_RATIO}x bare",
         "ok": ratio <= GOAL_RATIO, "note": f"{briefing} ms / {baseline} ms"},
        {"benchmark": "first frame: drill (the library picker)", "value": picker, "unit": "ms", "goal": "<= 600 ms",
         "ok": picker <= 600, "note": versus.format(picker / baseline)},
        {"benchmark": "first frame: drill (picker) / bare app", "value": picker_ratio, "unit": "x", "goal": f"<= {GOAL_RATIO}x bare",
         "ok": picker_ratio <= GOAL_RATIO, "note": f"{picker} ms / {baseline} ms"},
        {"benchmark": "first frame: drill, first start ever (no cache)", "value": cold_picker, "unit": "ms", "goal": "",
         "ok": None, "note": "every library card loaded and checked, then cached"},
    ]
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return
    for row in rows:
        print(f"{row['benchmark']:<44} {row['value']:>6} {row['unit']}  goal {row['goal']:<10} {row['note']}")


if __name__ == "__main__":
    main()
