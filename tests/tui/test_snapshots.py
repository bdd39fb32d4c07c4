"""SVG snapshots of the main screens: fixed size, seed, manual clock and theme; the only times
on screen are simulated ones, and toasts are cleared before each shot."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SCENARIO, select

from drill.library import Entry
from drill.scenario.load import load
from drill.team import parse_team
from drill.tui.app import make_app

SIZE = (100, 32)


@pytest.fixture
def snap_app():
    def build(**options):
        options = {"seed": 1, "lang": "en", "manual_clock": True, "journal": False, "theme": "textual-dark", "pick": True, **options}
        return make_app(load(SCENARIO), **options)

    return build


def at(minutes: float, item: str | None = None, then: float = 0):
    """Start play, run the clock to `minutes`, select `item`, run `then` minutes more."""

    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.advance(minutes * 60)
        await pilot.pause()
        if item:
            select(pilot.app, item)
        pilot.app.advance(then * 60)
        await pilot.pause()

    return run_before


async def quiet(pilot) -> None:
    pilot.app.clear_notifications()
    await pilot.pause()


def test_picker(snap_compare):
    broken = Path("scenarios/broken.yaml")
    entries = [Entry.of(SCENARIO, load(SCENARIO)), Entry(broken, error=f"{broken}:2:5: D110 YAML syntax error: expected a value")]
    app = make_app(None, entries=entries, lang="en", manual_clock=True, journal=False, theme="textual-dark")
    assert snap_compare(app, terminal_size=SIZE)


def test_briefing(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=SIZE)


def test_play_mid_flood(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=at(11, "complaint", then=29))


def test_play_at_80x24_in_finnish(snap_compare, snap_app):
    assert snap_compare(snap_app(lang="fi"), terminal_size=(80, 24), run_before=at(35, "question"))


def test_reply_modal(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(12, "complaint")(pilot)
        await pilot.press("r")
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)


def test_write_reply_in_coach_mode(snap_compare, snap_app):
    """The editor (the default way to answer), with the checker's findings under a draft."""

    async def run_before(pilot) -> None:
        await at(12, "complaint")(pilot)
        await pilot.press("p")
        await pilot.pause()
        area = pilot.app.screen.query_one("#reply")
        area.cursor_blink = False
        area.insert("Be patient. We'll fix it by 18:00, always.")
        await pilot.pause()

    assert snap_compare(snap_app(pick=False, coach=True), terminal_size=SIZE, run_before=run_before)


def test_escalate_modal(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(12, "complaint")(pilot)
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#note").cursor_blink = False

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)


def test_end_screen(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(11, "complaint")(pilot)
        await pilot.press("r", "1")  # the order number in public: a critical error
        await pilot.pause()
        pilot.app.advance(10**6)
        await pilot.pause()
        await quiet(pilot)

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)


def test_facilitator_panel(snap_compare, snap_app):
    """A team's tabletop run, paused, the panel open: the boss's call held, one observation."""

    async def run_before(pilot) -> None:
        await at(11, "complaint")(pilot)
        pilot.app.observe("Calm first answer to Matti", "S", "fast", "service")
        await pilot.press("F", "space")
        await pilot.pause()
        await quiet(pilot)

    app = snap_app(facilitator=True, team=parse_team("Aino:service,Mikko:comms"))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_too_small(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=(60, 16))


def test_progress(snap_compare, tmp_path, monkeypatch):
    from test_progress import fill, picker

    where = str(tmp_path / "history.sqlite")
    monkeypatch.setenv("DRILL_DB", where)
    fill(where)

    async def run_before(pilot) -> None:
        await pilot.press("h")
        await pilot.app.workers.wait_for_complete()
        for _ in range(500):  # the worker's rows are drawn a few refreshes later (slower on a loaded machine): wait
            if "&#160;Trend&#160;" in pilot.app.export_screenshot():  # until the table's header is in what a screenshot shows
                break
            await pilot.pause(0.02)

    assert snap_compare(picker("Aino"), terminal_size=SIZE, run_before=run_before)
