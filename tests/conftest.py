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
    monkeypatch.delenv("DRILL_DB", raising=False)
    monkeypatch.delenv("DRILL_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("DRILL_LANG", raising=False)
    return home


@pytest.fixture(scope="session")
def fixture_scenario():
    return load(DATA / "engine.yaml").scenario


@pytest.fixture(scope="session")
def fixture_path() -> Path:
    return DATA / "engine.yaml"


CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
"""Debian's Chromium as root on a closed network (../shared/BROWSER.md)."""


@pytest.fixture(scope="session")
def chromium() -> tuple[str, list[str]]:
    """Debian's Chromium and its launch flags; skips (with the reason) where it or Playwright is missing."""
    import shutil

    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright; never `playwright install`)")
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)")
    return path, CHROMIUM_FLAGS


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster for the session (tests/pgcluster.py); skips, saying why,
    only where Debian's server binaries are missing."""
    from pgcluster import Cluster, binaries

    if binaries() is None:
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql; .ci/run installs it)")
    with Cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def history_db(request, tmp_path) -> str:
    """Where a history test keeps its history: a SQLite file, or a fresh database on the
    session's PostgreSQL server. Every history test runs on both."""
    if request.param == "sqlite":
        return str(tmp_path / "history.sqlite")
    import uuid

    return request.getfixturevalue("postgres").create_database(f"t{uuid.uuid4().hex[:12]}")
