"""Pilot tests: a trainee plays through key presses; the engine sees every decision."""

from __future__ import annotations

import json

from drill.runlog import read_journal
from drill.tui.feed import FeedView
from drill.tui.play import PlayScreen
from drill.tui.screens import BriefingScreen, EndScreen, PickerScreen, TooSmallScreen


def select(app, item_id: str) -> None:
    feed = app.screen.query_one(FeedView)
    feed._select(feed.rows.index(app.session.items_by_id[item_id].seq))


async def test_a_whole_drill_through_the_keyboard(app_for, tmp_path, monkeypatch, step):
    monkeypatch.chdir(tmp_path)
    app = app_for(trainee="Aino")
    async with app.run_test(size=(120, 36)) as pilot:
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, PlayScreen)
        step(app, 12 * 60)
        await pilot.pause()
        select(app, "complaint")
        await pilot.press("p")  # private message options of the complaint
        await pilot.pause()
        await pilot.press("enter")  # the first: dm
        await pilot.pause()
        await pilot.press("e", "enter")  # escalate: the first rung above service, comms
        await pilot.pause()
        step(app, 9 * 60)
        select(app, "question")
        await pilot.press("r", "enter")
        await pilot.pause()
        step(app, 10 * 60)
        await pilot.press("s", "enter")  # status update
        await pilot.pause()
        step(app, 9 * 60)
        select(app, "complaint")
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second private option: the follow-up that keeps the promise
        await pilot.pause()
        assert [a.describe() for _, a in app.session.actions] == [
            "private complaint.dm", "escalate comms", "reply question.hours", "status holding", "private complaint.update",
        ]
        step(app, 10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert app.session.ended == "calm"
        assert app.card.rating == "P"
        await pilot.press("w")
        await pilot.pause()
    journal = read_journal(app.journal_path)
    assert [r["input"]["verb"] for r in journal.records if "input" in r] == ["private", "escalate", "reply", "status", "private"]
    assert journal.ended
    reports = list((tmp_path / "reports").glob("*.html"))
    assert len(reports) == 1 and "Aino" in reports[0].read_text(encoding="utf-8")


async def test_a_refused_action_is_a_notice_not_a_crash(app_for, step):
    app = app_for()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        step(app, 12 * 60)
        await pilot.press("e", "enter")
        await pilot.pause()
        await pilot.press("e", "enter")  # comms again: the engine refuses
        await pilot.pause()
        assert app.session.level == "comms"
        assert any("already comms" in n.message for n in app._notifications)
        assert isinstance(app.screen, PlayScreen)


async def test_pause_speed_and_fast_forward(app_for):
    app = app_for(speed=30)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        await pilot.press("space")
        assert app.clock.paused
        assert "PAUSED" in str(app.screen.status_text())
        await pilot.press("space", "plus")
        assert not app.clock.paused and app.clock.speed == 60
        await pilot.press("minus", "minus")
        assert app.clock.speed == 10
        await pilot.press("f")
        await pilot.pause()
        assert app.session.now == 10 * 60
        assert [i.id for i in app.session.items] == ["complaint"]


async def test_needs_answer_filter_and_channel_filter(app_for, step):
    app = app_for()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        step(app, 35 * 60)
        feed = app.screen.query_one(FeedView)
        everything = len(feed.rows)
        await pilot.press("n")
        waiting = [app.session.items[i] for i in feed.rows]
        assert 0 < len(waiting) < everything + 1 and all(i.waiting for i in waiting)
        await pilot.press("n", "c")
        channel = app.screen.channel_filter
        assert channel is not None and all(app.session.items[i].channel == channel for i in feed.rows)
        step(app, 60)
        assert all(app.session.items[i].channel == channel for i in feed.rows)


async def test_coach_mode_shows_the_feedback_at_once(app_for, step):
    app = app_for(coach=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        step(app, 11 * 60)
        select(app, "complaint")
        await pilot.press("p", "enter")
        await pilot.pause()
        assert any("Good: private, with a promise." in n.message for n in app._notifications)


async def test_below_80x24_a_clear_message(app_for):
    app = app_for()
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert "80×24" in str(app.screen.query_one("#too-small").render())


async def test_picker_lists_the_library_and_starts_the_chosen_one(fixture_path, tmp_path):
    from drill.library import Entry
    from drill.scenario.load import load
    from drill.tui.app import make_app

    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: [\n", encoding="utf-8")
    entries = [Entry(fixture_path, load(fixture_path), None), Entry(broken, None, f"{broken}:2:5: D110 YAML syntax")]
    app = make_app(None, entries=entries, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(120, 36)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.session.scenario.id == "engine-fixture"


async def test_resume_continues_an_unfinished_run(app_for, step):
    from drill.runlog import replay
    from drill.tui.app import latest_unfinished, make_app

    first = app_for()
    async with first.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        step(first, 12 * 60)
        select(first, "complaint")
        await pilot.press("p", "enter")
        await pilot.pause()
        step(first, 60)
    path = latest_unfinished()
    assert path == first.journal_path
    journal = read_journal(path)
    session = replay(first.session.scenario, journal)
    session.log.reattach(path)
    second = make_app(None, lang="en", manual_clock=True, resume=(session, path))
    async with second.run_test(size=(120, 36)) as pilot:
        assert isinstance(second.screen, PlayScreen)
        assert second.session.items_by_id["complaint"].answered_at == 12 * 60
        assert second.session.now == 13 * 60
        await pilot.press("e", "enter")
        await pilot.pause()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["input"]["verb"] for r in lines if "input" in r] == ["private", "escalate"]
