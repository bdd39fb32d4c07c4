"""What a feed row says, and that scenario text is shown as written (never as markup)."""

from __future__ import annotations

from tui_helpers import SCENARIO, select

from drill.engine.session import Session
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.tui.widgets.row import RowPainter, age_label


def test_age_labels_fit_four_cells():
    assert [age_label(s) for s in (0, 59, 60, 12 * 60, 3599, 3600, 3900, 9 * 3600 + 59 * 60, 26 * 3600)] == [
        "<1m", "<1m", "1m", "12m", "59m", "1h00", "1h05", "9h59", "26h"]


def test_rows_colour_waiting_items_against_their_reply_target():
    session = Session(load(SCENARIO).scenario, 1)
    painter = RowPainter(session, "en", set())
    session.advance_to(10 * 60)
    complaint = session.feed.by_id("complaint")  # reply within 10m
    assert painter.state(complaint)[0] == "fresh"
    session.advance_to(15 * 60)
    assert painter.state(complaint)[:2] == ("due", "5m")
    session.advance_to(20 * 60)
    assert painter.state(complaint)[:2] == ("late", "10m")
    session.advance_to(22 * 60)
    session.act(Action("private", "complaint", "dm"))
    assert painter.state(complaint)[:2] == ("answered", "12m")
    row = "".join(text for text, _ in painter.segments(complaint, painter.state(complaint), 80))
    assert "✓P" in row and "Matti" in row and "06:10" in row and "My order never came" in row


async def test_scenario_text_with_brackets_is_shown_as_written(app_for, tmp_path):
    path = tmp_path / "markup.yaml"
    path.write_text(SCENARIO.read_text(encoding="utf-8").replace("My order never came", "[bold red]My order[/] never came"), encoding="utf-8")
    app = app_for(path, journal=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.pause()
        assert "[bold red]My order[/] never came" in app.screen.query_one("#detail").render().plain
        assert "[bold red]My order[/]" in app.screen.feed.render_line(0).text
