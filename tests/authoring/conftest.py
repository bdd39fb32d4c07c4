"""Fixtures for the authoring tests: the bundled drills and their graphs, built once."""

from __future__ import annotations

import pytest
from authoringkit import DATA

from drill.authoring.graph import build
from drill.library import BUNDLED
from drill.scenario.load import load


@pytest.fixture(scope="session")
def graphs():
    """graph(name_or_path) → the drill's Graph (one bot seed each: enough to see coverage)."""
    cache: dict[str, object] = {}

    def get(name: str):
        if name not in cache:
            path = DATA / f"{name}.yaml" if (DATA / f"{name}.yaml").exists() else BUNDLED / f"{name}.yaml"
            cache[name] = build(load(path), runs=1)
        return cache[name]

    return get
