"""`h` in the picker: one trainee's progress from the history, the cohort report's own figures
(so the screen and `drill cohort --trainee` agree), read in a worker without freezing the screen."""

from __future__ import annotations

from textual.widgets import DataTable
from tui_helpers import SCENARIO

from drill.engine.session import Session
from drill.history import History
from drill.library import Entry
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score
from drill.tui.app import make_app
from drill.tui.screens.progress import ProgressScreen, progress_report

SIZE = (110, 30)


def fill(where: str) -> None:
    """Aino answers the complaint curtly on day 1 and well on day 2; Mikko once."""
    scenario = load(SCENARIO).scenario
    store = History(where)
    for who, day, verb, option in (("Aino", 1, "reply", "curt"), ("aino ", 2, "private", "dm"), ("Mikko", 3, "private", "dm")):
        session = Session(scenario, day, trainee=who, started=f"2026-11-{day:02d}T09:00:00+02:00", run_id=f"{who}-{day}")
        session.advance_to(11 * 60)
        assert session.act(Action(verb, "complaint", option)).ok
        session.advance_to(float("inf"))
        store.record(session, score(session))
    store.close()


def picker(trainee: str | None):
    return make_app(None, entries=[Entry.of(SCENARIO, load(SCENARIO))], lang="en", manual_clock=True, journal=False,
                    theme="textual-dark", trainee=trainee)


async def test_a_trainee_sees_their_own_progress_from_the_history(tmp_path, monkeypatch):
    where = str(tmp_path / "history.sqlite")
    monkeypatch.setenv("DRILL_DB", where)
    fill(where)
    report = progress_report("AINO", "en", where)
    [aino] = [p for p in report["trainees"] if p["name"] == "Aino"]
    cell = aino["cells"]["tui-fixture"]
    app = picker("AINO")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1  # Mikko's run is not Aino's
        row = [str(c) for c in table.get_row_at(0)]
        assert row[:6] == ["Aino", "tui-fixture", "2", f"{cell['first']:.0f}", f"{cell['best']:.0f}", f"{cell['latest']:.0f}"]
        assert cell["latest"] > cell["first"] and row[6].startswith("↑")
        assert "Handled worst" in str(app.screen.query_one("#progress-hardest").render())
        await pilot.press("escape")
        assert not isinstance(app.screen, ProgressScreen)


async def test_an_empty_or_broken_history_is_said_on_the_screen(tmp_path, monkeypatch):
    monkeypatch.setenv("DRILL_DB", str(tmp_path / "history.sqlite"))
    app = picker(None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "No finished runs" in str(app.screen.query_one("#progress-note").render())
    monkeypatch.setenv("DRILL_DB", "postgresql://nobody@127.0.0.1:1/nothing")
    app = picker("Aino")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "The history could not be read" in str(app.screen.query_one("#progress-note").render())
