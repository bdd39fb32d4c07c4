"""TUI test helpers: an app on a scenario with a manual clock (tests move time by hand)."""

from __future__ import annotations

import pytest

from drill.scenario.load import load
from drill.tui.app import make_app


@pytest.fixture
def app_for(fixture_path):
    def build(path=None, **options):
        loaded = load(path or fixture_path)
        options.setdefault("lang", "en")
        options.setdefault("manual_clock", True)
        return make_app(loaded, **options)

    return build


def move_clock(app, seconds: float) -> None:
    """Move the sim clock by hand and redraw, as the timer would."""
    app.advance(seconds)
    app.screen.refresh_view()


@pytest.fixture
def step():
    return move_clock
