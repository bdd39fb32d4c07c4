"""Before and around play: the picker, bad input refused before Textual starts, resume."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from tui_helpers import select

from drill.cli import main
from drill.library import Entry
from drill.scenario.load import load
from drill.tui.app import make_app
from drill.tui.screens.briefing import BriefingScreen
from drill.tui.screens.picker import PickerScreen
from drill.tui.screens.play import PlayScreen
from drill.tui.startup import latest_unfinished, resumable


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
