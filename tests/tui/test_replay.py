"""`drill replay`: a recorded run plays back over time, decisions marked, the trainee's verbs off."""

from __future__ import annotations

from drill.engine.session import Session
from drill.runlog import read_journal
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.tui.app import make_app


async def test_a_recorded_run_plays_back_with_its_decisions(fixture_path, tmp_path):
    loaded = load(fixture_path)
    path = tmp_path / "run.jsonl"
    live = Session(loaded.scenario, 3, lang="en")
    live.log.attach(path)
    live.advance_to(12 * 60)
    live.act(Action("private", "complaint", "dm"))
    live.advance_to(13 * 60)
    live.act(Action("escalate", level="comms"))
    live.advance_to(20 * 60)
    live.log.close()
    app = make_app(loaded, manual_clock=True, journal=False, recording=read_journal(path), lang="en")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.advance(12 * 60 + 30)
        app.screen.refresh_view()
        await pilot.pause()
        assert [a.describe() for _, a in app.session.actions] == ["private complaint.dm"]
        assert "complaint" in app.screen.acted
        assert any("private complaint.dm" in n.message for n in app._notifications)
        await pilot.press("r")  # the trainee's verbs are off while watching
        await pilot.pause()
        assert type(app.screen).__name__ == "PlayScreen"
        app.advance(60)
        assert app.session.level == "comms"
        assert app.session.log.inputs == live.log.inputs
