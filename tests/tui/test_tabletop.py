"""Pilot tests of the tabletop exercise: the facilitator panel (fire a held inject, observe,
pause, skip to a time, end) and the team's roles, checked against the engine and the journal;
a facilitator run closed or killed mid-way resumes with its observations and fired injects."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from tui_helpers import SCENARIO, key_for, notices, select

from drill.runlog import read_journal, replay
from drill.scenario.load import load
from drill.team import parse_team
from drill.tui.app import resumed_app
from drill.tui.commands import PlayCommands
from drill.tui.screens.end import EndScreen
from drill.tui.screens.facilitator import ObserveModal, SkipModal
from drill.tui.screens.modals import ConfirmModal
from drill.tui.screens.play import PlayScreen
from drill.tui.widgets.facilitator import FacilitatorPanel

SIZE = (120, 36)
TEAM = "Aino:service,Mikko:comms"


def journal_lines(app) -> list[dict]:
    """The journal's records without their wall-clock stamp ('utc', for xAPI): what was decided."""
    return [{k: v for k, v in json.loads(line).items() if k != "utc"} for line in app.journal_path.read_text(encoding="utf-8").splitlines()]


async def start(app, pilot, minutes: float = 11) -> None:
    """Past the briefing, the clock at `minutes`, the facilitator panel open."""
    await pilot.press("enter")
    app.advance(minutes * 60)
    await pilot.pause()
    await pilot.press("F")
    await pilot.pause()


async def observe(pilot, text: str, rating_steps: int = 0) -> None:
    """o, the text, Enter on to the rating, → rating_steps times and Enter, then Ctrl+S."""
    await pilot.press("o")
    await pilot.pause()
    await pilot.press(*text, "enter")
    await pilot.press(*["right"] * rating_steps, "enter")
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_the_facilitator_fires_observes_pauses_skips_and_ends(app_for):
    app = app_for(facilitator=True, team=parse_team(TEAM))
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        panel = app.screen.query_one(FacilitatorPanel)
        assert panel.display and app.focused is panel.held
        assert [panel.held.get_option_at_index(i).id for i in range(panel.held.option_count)] == ["boss-call"]

        await pilot.press("enter")  # the held inject...
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("enter")  # ...confirmed
        await pilot.pause()
        assert "boss-call" in app.session.feed and app.session.feed.by_id("boss-call").time == 660
        assert app.session.held_injects() == [] and not panel.held.display
        assert {"t": 660, "facilitator": {"do": "inject", "inject": "boss-call"}} in journal_lines(app)
        assert "Brought in: Sanna Koski" in notices(app)

        await observe(pilot, "Slow to answer Matti", rating_steps=2)  # P → S → M
        [note] = [e for e in app.session.log.events if e.kind == "observation"]
        assert note.data == {"text": "Slow to answer Matti", "rating": "M"}
        assert journal_lines(app)[-1]["note"] == {"kind": "observation", "text": "Slow to answer Matti", "rating": "M"}
        assert "Observations: 1" in str(panel.query_one("#fac-info").render())

        await pilot.press("space")
        assert app.clock.paused
        await pilot.press("space")
        assert not app.clock.paused

        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, SkipModal)
        await pilot.press(*"07:00", "enter")  # the fixture starts at 06:00
        await pilot.pause()
        assert app.session.now == 3600 and isinstance(app.screen, PlayScreen)
        assert "wave" in {item.source for item in app.session.feed if item.flood}  # the flood ran on the way

        await pilot.press("E")
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert app.session.ended is not None and app.session.now == 3600
    journal = read_journal(app.journal_path)
    assert journal.ended and journal.header["facilitator"] is True
    assert journal.header["team"] == [{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}]
    assert [r["facilitator"] for r in journal.records if "facilitator" in r] == [{"do": "inject", "inject": "boss-call"}, {"do": "end"}]


async def test_an_observation_with_objective_and_role(app_for):
    app = app_for(facilitator=True, team=parse_team(TEAM), journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ObserveModal)
        await pilot.press("ctrl+s")  # no text yet: refused, the dialog stays
        await pilot.pause()
        assert app.screen is dialog and "Write what you saw first." in str(dialog.query_one("#problem").render())
        dialog.query_one("#objective").value = "fast"
        dialog.query_one("#about").value = "comms"
        await pilot.press(*"Red phone late", "enter", "enter")  # Enter on the rating keeps P
        await pilot.press("ctrl+s")
        await pilot.pause()
    [note] = [e for e in app.session.log.events if e.kind == "observation"]
    assert note.data == {"text": "Red phone late", "rating": "P", "objective": "fast", "role": "comms"}


async def test_skip_refuses_the_past_and_nonsense(app_for):
    app = app_for(facilitator=True, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, minutes=30)
        for text, says in (("06:10", "06:10 has passed: it is 06:30 now."), ("soon", "Cannot read “soon”"),
                           ("3h", "The drill ends at 08:00")):
            await pilot.press("t")
            await pilot.pause()
            await pilot.press(*text, "enter")
            await pilot.pause()
            assert isinstance(app.screen, SkipModal)
            assert says in str(app.screen.query_one("#problem").render())
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("t")
        await pilot.press(*"+15m", "enter")
        await pilot.pause()
        assert app.session.now == 45 * 60 and app.session.ended is None


async def test_the_panels_keys_live_only_while_it_is_open(app_for):
    app = app_for(facilitator=True, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        await pilot.press("F")  # closed again: the room sees the play screen only
        await pilot.pause()
        assert not app.screen.query_one(FacilitatorPanel).display and app.focused is app.screen.feed
        for key in ("o", "t", "E"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PlayScreen), key
        shown = {b.binding.key for b in app.screen.active_bindings.values() if b.enabled and b.binding.show}
        assert "F" in shown and not {"o", "t", "E", "a"} & shown  # no team: no turn to pass


async def test_without_facilitator_there_is_no_panel(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.press("F", "o")
        await pilot.pause()
        assert not app.screen.query(FacilitatorPanel) and isinstance(app.screen, PlayScreen)
        assert "F" not in {b.binding.key for b in app.screen.active_bindings.values() if b.enabled}
        titles = [title for title, _ in PlayCommands(app.screen).commands()]
        assert "Facilitator panel" not in titles and "End the exercise" not in titles


async def test_each_action_carries_the_acting_members_role(app_for):
    app = app_for(team=parse_team(TEAM), journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        await pilot.pause()
        status = app.screen.query_one("#status")
        assert "▶ Aino (customer service)" in status.render().plain
        select(app, "complaint")
        await pilot.press("p")
        await pilot.pause()
        assert "Acting: Aino (customer service)" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press(key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        assert "Done: Private → Matti: Apologise, move to DM, promise · Aino (customer service)" in notices(app)
        await pilot.press("a")  # Mikko's turn: he calls the red phone
        await pilot.pause()
        assert "▶ Mikko (communications)" in status.render().plain
        await pilot.press("e", "enter", "enter")
        await pilot.pause()
        await pilot.press("a")  # round the table, back to Aino
        await pilot.pause()
        assert app.acting_member().name == "Aino"
        assert "Escalate → comms · Mikko (communications)" in str(app.screen.query_one("#detail").render())
        assert app.session.escalations[0].item == "complaint"  # about the item the table had selected
    assert [(a.verb, a.role, a.member) for _, a in app.session.actions] == [("private", "service", "Aino"), ("escalate", "comms", "Mikko")]
    assert [a.to_json()["role"] for _, a in app.session.log.inputs] == ["service", "comms"]


async def test_a_closed_facilitator_run_resumes_with_its_observations_and_fired_injects(app_for, tmp_path):
    app = app_for(facilitator=True, team=parse_team(TEAM))
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        await pilot.press("enter", "enter")  # fire the boss's call
        await observe(pilot, "Calm start")
        select(app, "complaint")
        await pilot.press("p", "enter")
        await pilot.pause()
        app.advance(4 * 60)
        await pilot.pause()
    path = app.journal_path  # closed mid-run: no end record
    assert not read_journal(path).ended

    again = resumed_app(path)
    assert again.facilitator and [m.name for m in again.team] == ["Aino", "Mikko"]
    async with again.run_test(size=SIZE) as pilot:
        session = again.session
        assert "boss-call" in session.feed and session.held_injects() == []
        assert [e.data["text"] for e in session.log.events if e.kind == "observation"] == ["Calm start"]
        assert [(a.verb, a.role) for _, a in session.actions] == [("private", "service")]
        assert session.now >= 15 * 60 - 5
        await pilot.press("F")
        await pilot.pause()
        panel = again.screen.query_one(FacilitatorPanel)
        assert "No held injects left" in str(panel.query_one(".fac-heading").render())
        assert "Observations: 1" in str(panel.query_one("#fac-info").render())
        await observe(pilot, "Good recovery after the pause", rating_steps=1)
        await pilot.press("E", "enter")
        await pilot.pause()
        assert isinstance(again.screen, EndScreen)
    journal = read_journal(path)
    assert journal.ended
    rebuilt = replay(load(SCENARIO).scenario, journal)
    assert [e.data["text"] for e in rebuilt.log.events if e.kind == "observation"] == ["Calm start", "Good recovery after the pause"]
    assert "boss-call" in rebuilt.feed and rebuilt.ended == again.session.ended


CHILD = """
import asyncio, sys
from drill.scenario.load import load
from drill.team import parse_team
from drill.tui.app import make_app

async def main():
    app = make_app(load(sys.argv[1]), lang="en", manual_clock=True, facilitator=True, team=parse_team("Aino:service,Mikko:comms"))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press("o", *"Seen before the crash", "ctrl+s")
        await pilot.pause()
        print("JOURNAL", app.journal_path, flush=True)
        while True:
            app.advance(5)
            await pilot.pause(0.01)

asyncio.run(main())
"""


def test_a_killed_facilitator_run_resumes_with_them(tmp_path):
    env = {**os.environ, "DRILL_HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(SCENARIO)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.startswith("JOURNAL"), line
        time.sleep(0.3)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    path = line.split(maxsplit=1)[1].strip()
    again = resumed_app(Path(path))
    session, _ = again.resume
    assert again.facilitator and [m.role for m in again.team] == ["service", "comms"]
    assert "boss-call" in session.feed
    assert [e.data["text"] for e in session.log.events if e.kind == "observation"] == ["Seen before the crash"]


def test_a_malformed_team_is_one_line_and_exit_2():
    from drill.cli import main

    result = CliRunner().invoke(main, ["play", str(SCENARIO), "--team", "Aino:service,Mikko"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "drill play: --team: 'Mikko' has no role; write each member as NAME:ROLE, e.g. \"Aino:service,Mikko:comms,Sanna:management\""
    ]


def test_what_skip_to_means():
    from datetime import datetime

    from drill.i18n import t
    from drill.tui.facilitation import SkipError, parse_skip

    def skip(text: str, now: float = 600, starts: str = "2026-11-14T06:00", length: float = 7200) -> float:
        return parse_skip(text, datetime.fromisoformat(starts), now, length, lambda key, **kw: t(key, "en", **kw))

    assert skip("07:15") == 4500 and skip("7.15") == 4500  # the scenario's clock
    assert skip("30m") == 1800  # from the start, as `at:` in a scenario
    assert skip("+10m") == 1200 and skip(" + 1h ") == 4200  # from now
    assert skip("00:30", starts="2026-11-14T23:00", length=3 * 3600) == 5400  # a night shift past midnight
    for text, says in (("05:30", "05:30 has passed"), ("06:05", "06:05 has passed: it is 06:10 now."),
                       ("2h", "ends at 08:00"), ("25:00", "Cannot read"), ("half past", "Cannot read"), ("+", "Cannot read")):
        try:
            skip(text)
        except SkipError as exc:
            assert says in str(exc), (text, str(exc))
        else:
            raise AssertionError(f"{text!r} was accepted")


async def test_the_facilitator_writes_an_inject_of_their_own_and_the_trainee_answers_it(app_for):
    from drill.tui.screens.facilitator import PostModal

    app = app_for(facilitator=True, team=parse_team(TEAM))
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, PostModal)
        await pilot.press(*"@huhu", "ctrl+s")  # nothing written yet: said in the dialog, nothing posted
        await pilot.pause()
        assert isinstance(app.screen, PostModal) and "adhoc-1" not in app.session.feed
        assert "Write what they post first." in str(app.screen.query_one("#problem").render())
        await pilot.press(*"Is the shop closing?", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, PostModal)
        item = app.session.feed.by_id("adhoc-1")
        assert (item.author, item.text("en"), item.time, item.waiting) == ("@huhu", "Is the shop closing?", 660, True)
        assert {"t": 660, "facilitator": {"do": "post", "text": "Is the shop closing?", "channel": item.channel, "author": "@huhu", "kind": "comment"}} in journal_lines(app)
        await pilot.press("F")  # the panel closed: the room sees the post like any other
        await pilot.pause()
        select(app, "adhoc-1")
        await pilot.press("r")
        await pilot.pause()
        await pilot.press(*"No, it stays open. Thanks for asking!", "ctrl+s")
        await pilot.pause()
        assert app.session.feed.by_id("adhoc-1").answered_at == 660
        assert app.session.actions[-1][1].text == "No, it stays open. Thanks for asking!"
