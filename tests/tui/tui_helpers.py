"""Helpers the TUI tests import (a module of its own: two folders have a conftest.py, and
`from conftest import …` would pick whichever pytest imported first)."""

from __future__ import annotations

from pathlib import Path

from drill.tui.widgets.feed import FeedView

SCENARIO = Path(__file__).parent / "data" / "tui.yaml"


def select(app, item_id: str) -> None:
    """Put the feed's cursor on an item, as the arrow keys would."""
    app.screen.query_one(FeedView).select_item(app.session.feed.by_id(item_id))


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def key_for(app, item_id: str, verb: str, option_id: str) -> str:
    """The digit that picks an option in the choice dialog: options come in the run's order,
    drawn from its seed, so a test names the option it means, never its position."""
    ids = [o.id for o in app.session.options_for(item_id, verb)]
    return str(ids.index(option_id) + 1)
