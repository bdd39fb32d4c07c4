"""Try again from here, through the keyboard: the end screen lists the run's decisions, and
choosing one replays the run up to just before it and hands it back, paused, as a fork."""

from __future__ import annotations

from tui_helpers import notices, select

from drill.runlog import read_journal
from drill.tui.screens.end import EndScreen
from drill.tui.screens.modals import ChoiceModal
from drill.tui.screens.play import PlayScreen

SIZE = (120, 36)


async def test_try_again_from_the_deletion_on_the_end_screen(app_for, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(trainee="Aino")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.press("x", "enter")  # delete the complaint, and confirm
        await pilot.pause()
        assert app.session.removals and "deleted" in app.session.fired
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen) and app.session.ended == "disaster"
        parent = app.journal_path
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal) and [key for key, _ in app.screen.choices] == ["1"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        fork = app.session
        assert fork.log.header["fork_of"] == str(parent.resolve()) and fork.log.header["fork_at"] == 1
        assert fork.now == 11 * 60 and not fork.removals and "deleted" not in fork.fired  # just before the deletion
        assert app.clock.paused and app.journal_path != parent
        assert any("decision 1" in n for n in notices(app))
        select(app, "complaint")
        await pilot.press("p", "1")  # this time: a private answer
        await pilot.pause()
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen) and app.session.ended != "disaster"
        await pilot.press("w")  # the fork's debrief compares it with the run it came from
        await pilot.pause()
        await app.workers.wait_for_complete()
    [report] = (tmp_path / "reports").glob("*fork*.html")
    assert 'id="compare"' in report.read_text(encoding="utf-8")
    journal = read_journal(app.journal_path)
    assert journal.ended and journal.header["fork_at"] == 1
    assert [r["input"]["verb"] for r in journal.records if "input" in r] == ["private"]


async def test_a_replay_cannot_be_tried_again(app_for, tmp_path):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)  # nothing journaled: no fork to make
