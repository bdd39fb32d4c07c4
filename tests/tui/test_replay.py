"""`drill replay`: a recorded run plays back over time, decisions marked, the trainee's verbs off."""

from __future__ import annotations

from tui_helpers import notices

from drill.engine.session import Session
from drill.runlog import JournalWriter, read_journal
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.tui.screens.end import EndScreen
from drill.tui.screens.play import PlayScreen


def record(path, scenario, until: float | None = None) -> Session:
    live = Session(scenario, 3, lang="en")
    live_writer = JournalWriter.start(live.log, path)
    live.advance_to(12 * 60)
    live.act(Action("private", "complaint", "dm"))
    live.advance_to(13 * 60)
    live.act(Action("escalate", level="comms", note="Orders late"))
    live.advance_to(until or 20 * 60)
    live.log.checkpoint(live.now)
    live_writer.close()
    return live


async def test_a_recorded_run_plays_back_with_its_decisions(app_for, scenario_path, tmp_path):
    path = tmp_path / "run.jsonl"
    live = record(path, load(scenario_path).scenario)
    before = path.read_text(encoding="utf-8")
    app = app_for(journal=False, recording=read_journal(path))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert "REPLAY" in app.screen.query_one("#status").render().plain
        app.advance(12 * 60 + 30)
        await pilot.pause()
        assert [a.describe() for _, a in app.session.actions] == ["private complaint.dm"]
        assert "complaint" in app.screen.marks
        assert any("Private → Matti" in n for n in notices(app))
        feed = app.screen.feed
        assert "◆" in feed.render_line(0).text  # the decision is marked on its row
        await pilot.press("r", "e", "x")  # the trainee's verbs are off while watching
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and len(app.session.actions) == 1
        await pilot.press("f")  # fast-forward: the next recorded decision
        assert app.session.now == 13 * 60 and app.session.level == "comms"
        assert app.session.log.inputs == live.log.inputs
        app.advance(3600)  # the recording stops where the run stopped (20m): it was never finished
        await pilot.pause()
        assert app.session.now == 20 * 60 and app.clock.paused and app.session.ended is None
    assert path.read_text(encoding="utf-8") == before  # watching writes nothing


async def test_a_finished_recording_ends_on_the_scorecard(app_for, scenario_path, tmp_path):
    path = tmp_path / "run.jsonl"
    live = record(path, load(scenario_path).scenario, until=10**6)
    before = path.read_text(encoding="utf-8")
    app = app_for(journal=False, recording=read_journal(path))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert app.session.ended == live.ended == "rough"  # the same run, the same ending
        await pilot.press("a")  # watch again from the start
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and app.session.now == 0
    assert path.read_text(encoding="utf-8") == before
