"""Kill a journaling run with SIGKILL at random moments: no acknowledged decision is lost."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from drill.runlog import JournalError, JournalWriter, read_journal, replay
from drill.scoring.scorecard import score

CHILD = """
import sys, time
from drill.scenario.load import load
from drill.engine.session import Session
from drill.players import make_player
from drill.runlog import JournalWriter
scenario = load(sys.argv[1]).scenario
session = Session(scenario, 3)
session_writer = JournalWriter.start(session.log, sys.argv[2])
player = make_player("random", 3)
n = 0
while session.ended is None:
    for action in player.decide(session):
        session.act(action)
        n += 1
        print("ACK", n, flush=True)
    session.advance_to(session.now + 20)
    session.log.checkpoint(session.now)
    time.sleep(0.002)
print("DONE", flush=True)
"""


@pytest.mark.parametrize("attempt", range(5))
def test_sigkill_loses_no_acknowledged_decision_and_resume_continues(fixture_scenario, fixture_path, tmp_path, attempt):
    path = tmp_path / "run.jsonl"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(fixture_path), str(path)], stdout=subprocess.PIPE, text=True)
    acked = 0
    deadline = time.monotonic() + 30
    wanted = random.Random(attempt).randint(1, 6)
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line or line.startswith("DONE"):
            break
        acked = int(line.split()[1])
        if acked >= wanted:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    journal = read_journal(path)
    inputs = [r for r in journal.records if "input" in r]
    assert len(inputs) >= acked
    resumed = replay(fixture_scenario, journal)
    assert len(resumed.log.inputs) == len(inputs)
    resumed.advance_to(float("inf"))
    assert resumed.ended is not None
    assert score(resumed).overall >= 0


def test_a_torn_last_line_is_detected_not_fatal(fixture_scenario, tmp_path):
    path = tmp_path / "run.jsonl"
    header = {"header": {"journal": 1, "scenario": "engine-fixture", "seed": 1}}
    lines = [json.dumps(header), json.dumps({"t": 720.0, "input": {"verb": "private", "item": "complaint", "option": "dm"}}), '{"t": 900.0, "inp']
    path.write_text("\n".join(lines), encoding="utf-8")
    journal = read_journal(path)
    assert journal.torn
    assert len(journal.records) == 1
    session = replay(fixture_scenario, journal)
    assert session.feed.by_id("complaint").answered_at == 720.0


def test_damage_in_the_middle_is_a_clear_error(tmp_path):
    path = tmp_path / "run.jsonl"
    path.write_text('{"header": {"seed": 1}}\nGARBAGE\n{"t": 1, "clock": true}\n', encoding="utf-8")
    with pytest.raises(JournalError, match=r"run.jsonl:2:1: .*damaged"):
        read_journal(path)


def test_resuming_a_journal_with_a_torn_last_line_keeps_it_readable(fixture_scenario, tmp_path):
    """A crash mid-write leaves half a line; the resumed run must not glue its records onto it."""
    from drill.engine.session import Session
    from drill.runlog import read_journal, replay
    from drill.scenario.actions import Action

    path = tmp_path / "run.jsonl"
    live = Session(fixture_scenario, 1)
    live_writer = JournalWriter.start(live.log, path)
    live.advance_to(12 * 60)
    live.act(Action("private", "complaint", "dm"))
    live_writer.close()
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"t": 800, "input": {"verb": "rep')  # the half line a kill leaves
    journal = read_journal(path)
    assert journal.torn
    resumed = replay(fixture_scenario, journal)
    resumed_writer = JournalWriter.resume(resumed.log, path)
    resumed.act(Action("escalate", "complaint", level="comms"))
    resumed_writer.close()
    again = read_journal(path)
    assert not again.torn
    assert [r["input"]["verb"] for r in again.records if "input" in r] == ["private", "escalate"]
