"""TUI test helpers: the tests' own scenario, and apps on a manual clock (tests move time by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.scenario.load import load
from drill.tui.app import make_app
from drill.tui.widgets.feed import FeedView

SCENARIO = Path(__file__).parent / "data" / "tui.yaml"


@pytest.fixture
def scenario_path() -> Path:
    return SCENARIO


@pytest.fixture
def app_for():
    def build(path=None, **options):
        options.setdefault("lang", "en")
        options.setdefault("manual_clock", True)
        options.setdefault("theme", "textual-dark")
        return make_app(load(path or SCENARIO), **options)

    return build


def select(app, item_id: str) -> None:
    """Put the feed's cursor on an item, as the arrow keys would."""
    app.screen.query_one(FeedView).select_item(app.session.items_by_id[item_id])


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]
