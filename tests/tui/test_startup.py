"""Before and around play: the picker, bad input refused before Textual starts, resume."""

from __future__ import annotations

import json
import os
import re
import threading

from click.testing import CliRunner
from textual.app import App
from textual.widgets import Static
from tui_helpers import select

from drill.cli import main
from drill.library import Entry, load_named
from drill.scenario.load import load
from drill.scenario.starter import starter_text
from drill.tui.app import DrillApp, make_app
from drill.tui.screens.briefing import BriefingScreen
from drill.tui.screens.picker import PickerScreen
from drill.tui.screens.play import PlayScreen
from drill.tui.startup import Preview, latest_unfinished, resumable, scenario_or_preview


async def test_the_picker_lists_the_library_and_starts_the_chosen_one(scenario_path, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: [\n", encoding="utf-8")
    entries = [Entry(broken, error=f"{broken}:2:5: D110 YAML syntax"), Entry.of(scenario_path, load(scenario_path))]
    app = make_app(None, entries=entries, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        shown = app.screen.query_one("#library")
        # what loads comes first, easiest first; a broken file is listed last, with its error
        assert "Late parcels" in str(shown.get_option_at_index(0).prompt)
        assert "D110" in str(shown.get_option_at_index(1).prompt) and shown.get_option_at_index(1).disabled
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.session.scenario.id == "tui-fixture"


def test_a_bad_scenario_prints_its_diagnostics_and_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\ntitle: 3\nclock: {length: soon}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["play", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.output and "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith(str(bad))]
    assert lines and all(re.match(rf"{re.escape(str(bad))}:\d+:\d+: [A-Z]\d+ ", line) for line in lines)  # FILE:LINE:COL: CODE


def test_unknown_scenarios_and_journals_exit_2_with_one_line(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["play", "no-such-drill"])
    assert result.exit_code == 2 and "no-such-drill" in result.output
    result = runner.invoke(main, ["play", "--resume"])
    assert result.exit_code == 2 and "No unfinished run" in result.output
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n{}\n", encoding="utf-8")
    result = runner.invoke(main, ["replay", str(junk)])
    assert result.exit_code == 2 and "Traceback" not in result.output


async def test_resume_continues_the_last_unfinished_run(app_for):
    first = app_for()
    async with first.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        first.advance(12 * 60)
        select(first, "complaint")
        await pilot.press("p", "enter")
        await pilot.pause()
        first.advance(60)
    path = latest_unfinished()
    assert path == first.journal_path
    loaded, session, _journal = resumable(path)
    assert session.feed.by_id("complaint").answered_at == 12 * 60 and session.now == 13 * 60
    second = make_app(loaded, lang="en", manual_clock=True, resume=(session, path))
    async with second.run_test(size=(120, 36)) as pilot:
        assert isinstance(second.screen, PlayScreen)
        assert second.clock.paused  # a resumed run waits for the trainee
        assert "complaint" in second.screen.marks
        await pilot.press("e", "enter", "enter")
        await pilot.pause()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["input"]["verb"] for r in lines if "input" in r] == ["private", "escalate"]
    assert sum("header" in r for r in lines) == 1


def briefing_shown(app) -> str:
    assert isinstance(app.screen, BriefingScreen)
    return str(app.screen.query_one("#briefing", Static).render())


async def test_a_cached_briefing_shows_at_once_and_the_run_begins_once_loaded(scenario_path, monkeypatch):
    loaded = scenario_or_preview(str(scenario_path))  # the first start ever: loaded before the briefing
    assert not isinstance(loaded, Preview)
    first = make_app(loaded, lang="en", manual_clock=True, journal=False)
    async with first.run_test(size=(100, 30)):
        before = briefing_shown(first)
    preview = scenario_or_preview(str(scenario_path))
    assert isinstance(preview, Preview)
    released = threading.Event()
    import drill.library

    def slow_load(name):
        released.wait(10)
        return load_named(name)

    monkeypatch.setattr(drill.library, "load_named", slow_load)
    app = make_app(preview, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert briefing_shown(app) == before and app.current is None
        await pilot.press("enter")  # read fast: the run begins when its scenario is there
        assert isinstance(app.screen, BriefingScreen)
        released.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and app.session.scenario.id == "tui-fixture"


def edited_behind_the_cache(tmp_path, old: str, new: str):
    """A starter whose card is cached, then edited with its size and modification time kept
    (the cache cannot tell): the file says `new` where its card was made from `old`."""
    path = tmp_path / "alpha.yaml"
    path.write_text(starter_text("alpha"), encoding="utf-8")
    scenario_or_preview(str(path))
    stat = path.stat()
    path.write_text(starter_text("alpha").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return path


def test_a_cached_briefing_of_a_file_now_invalid_exits_2_with_its_diagnostics(tmp_path, monkeypatch):
    """The cache said valid (same size and modification time), the file is not: the briefing was
    on screen, then the diagnostics are printed as without a cache, one FILE:LINE:COL line each."""
    path = edited_behind_the_cache(tmp_path, "difficulty: intro", "difficulty: inXro")
    assert isinstance(scenario_or_preview(str(path)), Preview)
    monkeypatch.setattr(DrillApp, "run", lambda app: App.run(app, headless=True, size=(100, 30)))
    result = CliRunner().invoke(main, ["play", str(path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and all(re.match(rf"{re.escape(str(path))}:\d+:\d+: [A-Z]\d+ ", line) for line in lines), lines
    assert "inXro" in result.output


async def test_a_cached_briefing_the_file_no_longer_says_is_redrawn_and_renewed(tmp_path):
    """An edit that kept the file's size and modification time: the cached briefing is shown,
    then the loaded one replaces it, and the next start has the right card."""
    path = edited_behind_the_cache(tmp_path, '{en: "Alpha", fi: "Alpha"}', '{en: "Alpho", fi: "Alpho"}')
    app = make_app(scenario_or_preview(str(path)), lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Alpha" in briefing_shown(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Alpho" in briefing_shown(app) and "Alpha" not in briefing_shown(app)
    again = scenario_or_preview(str(path))
    assert isinstance(again, Preview) and again.briefing.title == {"en": "Alpho", "fi": "Alpho"}
