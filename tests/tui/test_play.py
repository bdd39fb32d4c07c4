"""Pilot tests: a trainee plays through key presses; the engine sees every decision."""

from __future__ import annotations

import json

from tui_helpers import key_for, notices, select

from drill.runlog import read_journal
from drill.tui.screens.briefing import BriefingScreen
from drill.tui.screens.end import EndScreen
from drill.tui.screens.play import PlayScreen

SIZE = (120, 36)


async def test_a_whole_drill_through_the_keyboard(app_for, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(trainee="Aino")
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, PlayScreen)
        app.advance(12 * 60)
        await pilot.pause()
        select(app, "complaint")
        await pilot.press("p")  # the private options of the complaint
        await pilot.pause()
        await pilot.press(key_for(app, "complaint", "private", "dm"))
        await pilot.pause()
        await pilot.press("e", "enter")  # escalate the complaint: the cursor starts on comms, the red phone...
        await pilot.pause()
        await pilot.press(*"Orders late", "enter")  # ...with a note
        await pilot.pause()
        app.advance(9 * 60)
        select(app, "question")
        await pilot.press("r", "1")  # a digit picks an option too
        await pilot.pause()
        app.advance(10 * 60)
        await pilot.press("s", "enter")  # status update for the flood
        await pilot.pause()
        app.advance(9 * 60)
        select(app, "complaint")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press(key_for(app, "complaint", "private", "update"))  # the follow-up that keeps the promise
        await pilot.pause()
        assert [a.describe() for _, a in app.session.actions] == [
            "private complaint.dm", "escalate comms on complaint (Orders late)", "reply question.hours", "status holding", "private complaint.update",
        ]
        assert app.session.log.inputs[0][1].verb == "private"
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert app.session.ended == "calm" and app.card.rating == "P"
        await pilot.press("w")
        await pilot.pause()
        await app.workers.wait_for_complete()
    journal = read_journal(app.journal_path)
    assert app.journal_path.name.startswith("tui-fixture-") and app.journal_path.suffix == ".jsonl"
    assert [r["input"]["verb"] for r in journal.records if "input" in r] == ["private", "escalate", "reply", "status", "private"]
    assert journal.header["trainee"] == "Aino" and journal.ended
    assert any("clock" in r for r in journal.records)  # checkpoints as the clock ran
    reports = list((tmp_path / "reports").glob("*.html"))
    assert len(reports) == 1 and "Aino" in reports[0].read_text(encoding="utf-8")


async def answer_the_complaint_privately(app, pilot) -> None:
    """Past the briefing, wait for the fixture's complaint and answer it by private message."""
    await pilot.press("enter")
    app.advance(11 * 60)
    select(app, "complaint")
    await pilot.press("p", key_for(app, "complaint", "private", "dm"))
    await pilot.pause()


async def test_the_journal_has_each_action_as_soon_as_it_is_made(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await answer_the_complaint_privately(app, pilot)
        lines = [json.loads(line) for line in app.journal_path.read_text(encoding="utf-8").splitlines()]
        assert lines[0]["header"]["scenario"] == "tui-fixture"
        assert [r["input"] for r in lines if "input" in r] == [{"verb": "private", "item": "complaint", "option": "dm"}]


async def test_a_refused_action_is_a_notice_not_a_crash(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(12 * 60)
        select(app, "complaint")
        await pilot.press("e", "enter", "enter")
        await pilot.pause()
        await pilot.press("e", "enter", "enter")  # comms again about the complaint: the engine refuses
        await pilot.pause()
        assert app.session.level == "comms" and len(app.session.actions) == 1
        assert any("has already been told about this" in n for n in notices(app))
        assert isinstance(app.screen, PlayScreen)
        curt = key_for(app, "complaint", "reply", "curt")
        await pilot.press("r", curt, "r", curt)  # the same (curt) reply twice: refused the second time
        await pilot.pause()
        assert any("already sent" in n for n in notices(app))


async def test_pause_speed_and_fast_forward(app_for):
    app = app_for(speed=30)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.press("space")
        assert app.clock.paused
        assert "PAUSED" in app.screen.query_one("#status").render().plain
        await pilot.press("space", "plus")
        assert not app.clock.paused and app.clock.speed == 60
        await pilot.press("minus", "minus")
        assert app.clock.speed == 10
        await pilot.press("f")
        await pilot.pause()
        assert app.session.now == 10 * 60
        assert [i.id for i in app.session.feed] == ["complaint"]
        await pilot.press("f")  # the question at 20m
        assert app.session.now == 20 * 60
        await pilot.press("f")  # a trigger: the complaint waited 15m, Matti writes again
        assert app.session.now == 25 * 60 and app.session.feed[-1].id == "followup"
        await pilot.press("f")  # the flood starts
        assert app.session.now == 30 * 60 and app.session.floods["wave"].running
        await pilot.press("f")  # in a flood: on to the next thing that is not a generated comment (here its end)
        assert app.session.now == 60 * 60 and not app.session.floods["wave"].running


async def test_the_timer_moves_the_clock_at_the_chosen_speed(app_for):
    app = app_for(manual_clock=False, journal=False, speed=600)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.5)
        moved = app.session.now
        assert 60 < moved < 600 * 3
        await pilot.press("space")
        stopped = app.session.now
        await pilot.pause(0.3)
        assert app.session.now == stopped


async def test_filters_needs_answer_generated_and_channel(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(35 * 60)
        feed = app.screen.feed
        everything = feed.row_count
        await pilot.press("n")
        waiting = [app.session.feed[feed.seq_at(r)] for r in range(feed.row_count)]
        assert 0 < len(waiting) < everything and all(i.waiting for i in waiting)
        app.advance(60)  # new comments are filtered as they come, not by a rescan
        assert feed.row_count > len(waiting) and all(app.session.feed[feed.seq_at(r)].waiting for r in range(feed.row_count))
        await pilot.press("s", "enter")  # a status update answers the flood: those rows go
        await pilot.pause()
        assert [app.session.feed[feed.seq_at(r)].id for r in range(feed.row_count)] == ["complaint", "question"]
        await pilot.press("n", "g")
        assert all(not app.session.feed[feed.seq_at(r)].flood for r in range(feed.row_count))
        await pilot.press("g", "c")
        channel = app.screen.channel_filter
        assert channel == "facebook" and all(app.session.feed[feed.seq_at(r)].channel == channel for r in range(feed.row_count))
        assert app.screen.feed.border_title == "Facebook"  # the feed says what it shows
        await pilot.press("c", "c", "c")  # twitter, instagram, phone (the channels this scenario uses)
        assert app.screen.channel_filter == "phone" and feed.row_count == 0
        await pilot.press("c")
        assert app.screen.channel_filter is None and feed.rows is None


async def frames_until_pinned(pilot, feed, frames: int = 5) -> None:
    """A few frames for the feed to re-pin: when the status bar grows a line (outside staffed
    hours), the feed shrinks and re-pins after the refresh that resized it."""
    for _ in range(frames):
        await pilot.pause()
        if feed.scroll_y == feed.max_scroll_y:
            return


async def test_the_feed_stays_on_the_newest_unless_scrolled_up(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(40 * 60)
        feed = app.screen.feed
        await frames_until_pinned(pilot, feed)
        assert feed.follow and feed.scroll_y == feed.max_scroll_y > 0
        await pilot.press("home")
        assert feed.scroll_y == 0 and not feed.follow
        app.advance(30)
        await pilot.pause()
        assert feed.scroll_y == 0  # reading old items: the view stays put
        await pilot.press("end")
        app.advance(30)
        await frames_until_pinned(pilot, feed)
        assert feed.follow and feed.scroll_y == feed.max_scroll_y


async def test_a_click_selects_an_item(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(21 * 60)
        await pilot.pause()
        await pilot.click("#feed", offset=(5, 2))  # the second row (inside the border)
        await pilot.pause()
        assert app.screen.feed.selected.id == "question"
        assert "Liisa" in app.screen.query_one("#detail").render().plain


async def test_coach_mode_shows_the_feedback_at_once_and_exercise_mode_does_not(app_for):
    for coach, expected in ((True, True), (False, False)):
        app = app_for(coach=coach, journal=False)
        async with app.run_test(size=SIZE) as pilot:
            await answer_the_complaint_privately(app, pilot)
            assert any("Good: private, with a promise." in n for n in notices(app)) is expected


async def test_delete_asks_first(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.press("x", "escape")
        await pilot.pause()
        assert app.session.actions == []
        await pilot.press("x", "enter")
        await pilot.pause()
        assert [a.describe() for _, a in app.session.actions] == ["delete complaint"]
        assert isinstance(app.screen, EndScreen)  # deleting the complaint ends this scenario badly
        assert app.session.ended == "disaster"
        assert [e.critical for e in app.card.critical] == ["deleted_criticism"]


async def test_the_command_palette_runs_actions_by_name(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Pause")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.clock.paused


async def test_help_lists_the_keys(app_for):
    app = app_for(journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert isinstance(app.screen, PlayScreen)


async def test_finnish_ui(app_for):
    app = app_for(lang="fi", journal=False)
    async with app.run_test(size=SIZE) as pilot:
        assert "Pelisäännöt" in app.screen.query_one("#briefing").render().plain
        await pilot.press("enter")
        app.advance(11 * 60)
        await pilot.pause()
        assert "Tilaukseni ei koskaan tullut" in app.screen.query_one("#detail").render().plain
        assert "odottaa 1" in app.screen.query_one("#status").render().plain
        await pilot.press("p")
        await pilot.pause()
        assert "Yksityisviesti – Matti" in app.screen.query_one(".dialog-title").render().plain


async def test_below_80x24_a_clear_message_and_the_clock_stands_still(app_for):
    app = app_for(journal=False, manual_clock=False)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "TooSmallScreen"
        assert "80×24" in app.screen.query_one("#too-small").render().plain
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
