"""TUI test helpers: the tests' own scenario, and apps on a manual clock (tests move time by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import SCENARIO

from drill.scenario.load import load
from drill.tui.app import make_app


@pytest.fixture
def scenario_path() -> Path:
    return SCENARIO


@pytest.fixture
def app_for():
    def build(path=None, **options):
        options.setdefault("lang", "en")
        options.setdefault("manual_clock", True)
        options.setdefault("theme", "textual-dark")
        options.setdefault("pick", True)  # these tests drive the authored options; writing has tests of its own
        return make_app(load(path or SCENARIO), **options)

    return build
