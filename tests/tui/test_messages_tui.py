"""Screens post messages and the app handles them (drill.tui.messages); blocking work runs in
workers that post their result: the library scan, the history write."""

from __future__ import annotations

import ast
from pathlib import Path

from textual.app import App
from textual.widgets import OptionList
from tui_helpers import notices

from drill.i18n import t
from drill.library import entries
from drill.tui.app import make_app
from drill.tui.screens.end import EndScreen
from drill.tui.screens.picker import PickerScreen

SIZE = (100, 30)
SCREENS = Path(__file__).parents[2] / "drill" / "tui" / "screens"


def test_screens_use_only_textuals_own_app_api():
    """A screen reads what it was given and posts what it wants done: `self.app.x` is only ever
    Textual's App (push_screen, size…), never the drill app's state or verbs."""
    reached = {
        (path.name, node.attr)
        for path in SCREENS.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and node.value.attr == "app"
        and isinstance(node.value.value, ast.Name) and node.value.value.id == "self"
    }
    assert reached, "the walk found no self.app at all: it looks at the wrong files"
    assert {(name, attr) for name, attr in reached if not hasattr(App, attr)} == set()


async def test_the_picker_reads_the_library_in_a_worker():
    app = make_app(None, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, PickerScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen.query_one("#library", OptionList)
        assert library.option_count == len(entries()) > 0
        assert app.focused is library
        await pilot.press("enter")  # the first, easiest drill starts: its briefing
        await pilot.pause()
        assert type(app.screen).__name__ == "BriefingScreen"


async def test_a_history_that_cannot_be_written_is_said_and_the_end_screen_stays(app_for, monkeypatch):
    monkeypatch.setenv("DRILL_DB", "postgresql://nobody@127.0.0.1:1/nothing")
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        said = t("ui.end.history_failed", "en", reason="")
        assert any(n.startswith(said) and len(n) > len(said) for n in notices(app)), notices(app)
