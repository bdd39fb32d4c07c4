"""Start-up figures: `drill --help` and the time to the app's first frame, in fresh processes.

The first frame is measured headless: a new interpreter loads a bundled scenario, builds the
app and exits as soon as the first screen has been drawn. Medians over several runs.

    python bench/startup.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FIRST_FRAME = """
import sys
from drill.library import find
from drill.scenario.load import load
from drill.tui.app import make_app

app = make_app(load(find("deleted-comment")), journal=False, lang="en", manual_clock=True)

async def first_frame(pilot):
    await pilot.pause()
    pilot.app.exit()

app.run(headless=True, size=(100, 30), auto_pilot=first_frame)
"""


def median_ms(command: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=REPO)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    help_ms = median_ms([sys.executable, "-m", "drill", "--help"], repeats)
    frame_ms = median_ms([sys.executable, "-c", FIRST_FRAME], repeats)
    rows = [
        {"benchmark": "drill --help start (median)", "value": help_ms, "unit": "ms", "goal": "<= 150 ms", "ok": help_ms <= 150, "note": ""},
        {"benchmark": "time to first frame (median, headless)", "value": frame_ms, "unit": "ms", "goal": "<= 600 ms", "ok": frame_ms <= 600, "note": "includes interpreter start and loading the scenario"},
    ]
    if args.json:
        print(json.dumps({"rows": rows}, indent=2))
        return
    for row in rows:
        print(f"{row['benchmark']:<42} {row['value']:>6} {row['unit']}  goal {row['goal']}")


if __name__ == "__main__":
    main()
