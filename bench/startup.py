"""Start-up figures: `drill --help` and the time to the app's first frame, in fresh processes.

The first frame is measured headless, from spawning a new interpreter to the first frame the
app composes (the child reports the moment; its shutdown is not counted): `drill play
deleted-comment` (its briefing) and `drill` (the library picker). The baseline is a bare
Textual app (one Static), started the same way in the same run. Medians over several rounds,
each round starting every case once in turn.

The main figures are a normal start, of a user who has run drill before: each start uses one
user folder (DRILL_HOME) in which one untimed start of each was made first. That folder holds
the library's cache (drill.library): the picker's cards and the briefing of each scenario, by
path, size and modification time. `drill play NAME` then shows the briefing from it and loads
and checks the scenario in a worker while the briefing is read (drill.tui.startup.Preview).
The cold figures beside them are first starts ever: an empty user folder for every start, so
the scenario is loaded and checked before the briefing (as every start did before the cache)
and the picker's first frame is its "reading the library" note while every card is made.

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
from drill.tui.startup import scenario_or_preview
app = make_app(scenario_or_preview("deleted-comment"), journal=False, lang="en", manual_clock=True)
"""
"""What `drill play deleted-comment` does (drill.tui.app.run_app), without the journal."""
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


def first_frame_ms(setup: str, home: str | None) -> float:
    """From spawning a fresh interpreter to the app's first composed frame (headless), with
    `home` as the user folder; None: an empty one (a first start ever)."""
    with tempfile.TemporaryDirectory(prefix="drill-bench-") as empty:
        env = {**os.environ, "BENCH_T0": repr(time.time()), "DRILL_HOME": home or empty}
        result = subprocess.run([sys.executable, "-c", FRAME_PROBE.format(setup=setup)], capture_output=True,
                                text=True, check=True, cwd=REPO, env=env)
    return float(result.stdout.split()[-1]) * 1000


def first_frames(cases: dict[str, tuple[str, str | None]], repeats: int) -> dict[str, float]:
    """The median first frame of each case (its setup, its user folder), the cases taken in
    turn in every round: on a shared machine a change of load then weighs on them alike,
    not on whichever was measured while it lasted."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeats):
        for name, (setup, home) in cases.items():
            times[name].append(first_frame_ms(setup, home))
    return {name: round(statistics.median(found)) for name, found in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    help_ms = median_ms([sys.executable, "-m", "drill", "--help"], repeats)
    python_ms = median_ms([sys.executable, "-c", "pass"], repeats)
    with tempfile.TemporaryDirectory(prefix="drill-bench-home-") as home:
        first_frame_ms(PICKER, home)  # the user has run drill before: the library's cache is there
        first_frame_ms(BRIEFING, home)
        frames = first_frames({"baseline": (BASELINE, home), "briefing": (BRIEFING, home), "picker": (PICKER, home),
                               "cold_briefing": (BRIEFING, None), "cold_picker": (PICKER, None)}, repeats)
    baseline, briefing, picker = frames["baseline"], frames["briefing"], frames["picker"]
    cold_briefing, cold_picker = frames["cold_briefing"], frames["cold_picker"]
    versus = f"a bare Textual app: {baseline} ms ({{:.1f}}x); interpreter alone {python_ms} ms"
    ratio = round(briefing / baseline, 2)
    picker_ratio = round(picker / baseline, 2)
    rows = [
        {"benchmark": "drill --help start (median)", "value": help_ms, "unit": "ms", "goal": "<= 150 ms", "ok": help_ms <= 150,
         "note": f"interpreter alone {python_ms} ms"},
        {"benchmark": "first frame: drill play SCENARIO (briefing)", "value": briefing, "unit": "ms", "goal": "<= 600 ms",
         "ok": briefing <= 600, "note": versus.format(briefing / baseline)},
        {"benchmark": "first frame: drill play SCENARIO, first start ever", "value": cold_briefing, "unit": "ms", "goal": "",
         "ok": None, "note": f"nothing cached: loaded and checked before the briefing ({cold_briefing / baseline:.1f}x)"},
        {"benchmark": "first frame: bare Textual app (one Static)", "value": baseline, "unit": "ms", "goal": "", "ok": None,
         "note": "the baseline, started the same way"},
        {"benchmark": "first frame: drill play SCENARIO / bare app", "value": ratio, "unit": "x", "goal": f"<= {GOAL_RATIO}x bare",
         "ok": ratio <= GOAL_RATIO, "note": f"{briefing} ms / {baseline} ms"},
        {"benchmark": "first frame: drill (the library picker)", "value": picker, "unit": "ms", "goal": "<= 600 ms",
         "ok": picker <= 600, "note": versus.format(picker / baseline)},
        {"benchmark": "first frame: drill (picker) / bare app", "value": picker_ratio, "unit": "x", "goal": f"<= {GOAL_RATIO}x bare",
         "ok": picker_ratio <= GOAL_RATIO, "note": f"{picker} ms / {baseline} ms"},
        {"benchmark": "first frame: drill, first start ever (no cache)", "value": cold_picker, "unit": "ms", "goal": "",
         "ok": None, "note": f"its note while every library card is loaded and checked, then cached ({cold_picker / baseline:.1f}x)"},
    ]
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return
    for row in rows:
        print(f"{row['benchmark']:<44} {row['value']:>6} {row['unit']}  goal {row['goal']:<10} {row['note']}")


if __name__ == "__main__":
    main()
