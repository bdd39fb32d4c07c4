"""Shared fixtures: the engine fixture scenario and an isolated user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.scenario.load import load

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test writes to the real user data folder or history."""
    home = tmp_path_factory.mktemp("drill-home")
    monkeypatch.setenv("DRILL_HOME", str(home))
    monkeypatch.delenv("DRILL_HISTORY", raising=False)
    monkeypatch.delenv("DRILL_LANG", raising=False)
    return home


@pytest.fixture(scope="session")
def fixture_scenario():
    return load(DATA / "engine.yaml").scenario


@pytest.fixture(scope="session")
def fixture_path() -> Path:
    return DATA / "engine.yaml"
