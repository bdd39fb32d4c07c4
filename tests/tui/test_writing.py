"""Writing your own reply in the TUI: the default way to answer (issue 13)."""

from __future__ import annotations

from tui_helpers import notices, select

from drill.runlog import read_journal
from drill.tui.screens.modals import ChoiceModal, WriteModal

SIZE = (120, 36)


async def open_editor(app, pilot, key: str = "p") -> None:
    """Past the briefing, the complaint selected, its editor open."""
    await pilot.press("enter")
    app.advance(11 * 60)
    select(app, "complaint")
    await pilot.press(key)
    await pilot.pause()


async def test_a_written_reply_is_sent_checked_and_journaled(app_for):
    app = app_for(pick=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        assert isinstance(app.screen, WriteModal)
        app.screen.query_one("#reply").insert("Sorry Matti! Could you send us your order number here, so we can check it privately?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [(_, action)] = app.session.actions
        assert action.verb == "private" and action.item == "complaint" and action.text.startswith("Sorry Matti!")
        assert action.lang == "en" and action.option is None
        written = app.session.option_for(action)
        assert "apologise" in written.tags and written.route == "private"
    [record] = [r for r in read_journal(app.journal_path).records if "input" in r]
    assert record["input"]["text"].startswith("Sorry Matti!")


async def test_a_reply_in_the_other_language_is_read_in_its_own(app_for):
    """An English reply under a Finnish screen is journaled and checked as English: read as
    Finnish, 'sorry' and the order number's request would pass unread."""
    app = app_for(pick=False, lang="fi", journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        app.screen.query_one("#reply").insert("Sorry Matti! Could you send us your order number here, so we can check it privately?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [(_, action)] = app.session.actions
        assert action.lang == "en"
        assert "apologise" in app.session.option_for(action).tags


async def test_the_editor_has_the_checker_read_the_drill_while_the_reply_is_written(app_for, monkeypatch):
    import drill.checker

    asked = []
    monkeypatch.setattr(drill.checker, "prepare", lambda scenario, inject, route, lang: asked.append((scenario.id, inject, route, lang)))
    app = app_for(pick=False, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, WriteModal)
    assert asked == [(app.session.scenario.id, "complaint", "private", "en")]


async def test_an_empty_reply_is_not_sent_and_ctrl_o_picks_an_option(app_for):
    app = app_for(pick=False, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WriteModal) and app.session.actions == []
        assert any("Write something first" in n for n in notices(app))
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)


async def test_coach_mode_shows_the_findings_while_writing(app_for):
    app = app_for(pick=False, coach=True, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, "r")
        app.screen.query_one("#reply").insert("Be patient. We'll refund you today, always.")
        await pilot.pause()
        shown = str(app.screen.query_one("#findings").render())
        assert "promise" in shown.lower() and "curt" in shown.lower()


async def test_a_drill_that_asks_for_writing_only_has_no_quick_pick(app_for, tmp_path):
    from tui_helpers import SCENARIO

    text = SCENARIO.read_text(encoding="utf-8").replace("format: 1\n", "format: 1\nanswers: write\n", 1)
    path = tmp_path / "write-only.yaml"
    path.write_text(text, encoding="utf-8")
    app = app_for(path, pick=True, journal=False)  # --pick cannot override a drill that asks for writing
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot)
        assert isinstance(app.screen, WriteModal)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, WriteModal)
