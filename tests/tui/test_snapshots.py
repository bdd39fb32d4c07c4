"""SVG snapshots of the main screens: fixed size, seed, manual clock, theme; no wall-clock times."""

from __future__ import annotations

import pytest

from drill.library import Entry
from drill.scenario.load import load
from drill.tui.app import make_app
from drill.tui.feed import FeedView

SIZE = (100, 32)


@pytest.fixture
def snap_app(fixture_path):
    def build(**options):
        app = make_app(load(fixture_path), seed=1, lang="en", manual_clock=True, journal=False, **options)
        app.theme = "textual-dark"
        return app

    return build


def at(minutes: float):
    async def run_before(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.advance(minutes * 60)
        pilot.app.screen.refresh_view()
        await pilot.pause()

    return run_before


def test_picker(snap_compare, fixture_path):
    app = make_app(None, entries=[Entry(fixture_path, load(fixture_path), None)], lang="en", manual_clock=True, journal=False)
    app.theme = "textual-dark"
    assert snap_compare(app, terminal_size=SIZE)


def test_briefing(snap_compare, snap_app):
    assert snap_compare(snap_app(), terminal_size=SIZE)


def test_play_mid_flood(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(45)(pilot)
        feed = pilot.app.screen.query_one(FeedView)
        feed._select(feed.rows.index(pilot.app.session.items_by_id["complaint"].seq))
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)


def test_reply_modal(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(12)(pilot)
        feed = pilot.app.screen.query_one(FeedView)
        feed._select(feed.rows.index(pilot.app.session.items_by_id["complaint"].seq))
        await pilot.press("r")
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)


def test_end_screen(snap_compare, snap_app):
    async def run_before(pilot) -> None:
        await at(11)(pilot)
        feed = pilot.app.screen.query_one(FeedView)
        feed._select(feed.rows.index(pilot.app.session.items_by_id["complaint"].seq))
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.advance(10**6)
        pilot.app.screen.refresh_view()
        await pilot.pause()

    assert snap_compare(snap_app(), terminal_size=SIZE, run_before=run_before)
