"""Kill a headless `drill play` with SIGKILL at random moments, 20 times: no acknowledged
decision is lost, the journal resumes, and a torn last line is reported, not fatal."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from drill.runlog import read_journal, replay
from drill.scenario.load import load

CHILD = """
import asyncio, os, sys
from drill.scenario.load import load
from drill.tui.app import make_app

async def main():
    loaded = load(sys.argv[1])
    app = make_app(loaded, lang="en", manual_clock=True, seed=int(sys.argv[2]), pick=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        print("JOURNAL", app.journal_path, flush=True)
        n = 0
        for minute in range(1, 120):
            app.advance(60)
            await pilot.pause()
            item = next((i for i in app.session.authored if i.waiting and i.id != "followup"), None)
            if item is not None:
                app.screen.query_one("#feed").select_item(item)
                await pilot.press("p" if item.id == "complaint" else "r")
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                n = len(app.session.log.inputs)
                print("ACK", n, flush=True)
            if minute % 7 == 0:
                await pilot.press("e", "enter", "enter")  # a level, then the (empty) note
                await pilot.pause()
                print("ACK", len(app.session.log.inputs), flush=True)

asyncio.run(main())
"""


@pytest.mark.parametrize("attempt", range(20))
def test_sigkill_at_a_random_moment(fixture_path, tmp_path, attempt):
    env = {**os.environ, "DRILL_HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(fixture_path), str(attempt)], stdout=subprocess.PIPE, text=True, env=env)
    rng = random.Random(attempt)
    journal_path = None
    acked = 0
    wanted = rng.randint(1, 8)  # kill after this many acknowledged decisions, mid-run
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and acked < wanted:
        line = child.stdout.readline()
        if not line:
            break
        if line.startswith("JOURNAL"):
            journal_path = line.split(maxsplit=1)[1].strip()
        elif line.startswith("ACK"):
            acked = int(line.split()[1])
    time.sleep(rng.uniform(0, 0.05))  # and at a random moment after it
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert journal_path is not None, "the app never started"
    assert acked >= wanted, "the run ended before the kill"
    journal = read_journal(journal_path)
    inputs = [r for r in journal.records if "input" in r]
    assert len(inputs) >= acked
    session = replay(load(fixture_path).scenario, journal)
    assert len(session.log.inputs) == len(inputs)
    session.advance_to(float("inf"))
    assert session.ended is not None
