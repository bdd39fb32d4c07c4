"""Fixtures for the report tests: recorded runs (bots with journals), cached per session.

Helpers live in reportkit.py (a plain module, so test files can import them by a name no
other conftest shares).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportkit import Run, bundled, demo_text, evil_text, record_run

from drill.scenario.load import Loaded, load, load_bytes


@pytest.fixture(scope="session")
def scenario_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scenarios")
    files = {}
    for name, text in (("demo", demo_text()), ("evil", evil_text())):
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        files[name] = path
    for path in bundled():
        files[path.stem] = path
    return files


@pytest.fixture(scope="session")
def runs(scenario_files, tmp_path_factory):
    """runs(scenario, bot, seed=1, lang='en', **header) → Run, cached for the session."""
    cache: dict[tuple, Run] = {}
    folder = tmp_path_factory.mktemp("journals")

    def get(scenario: str, bot: str, seed: int = 1, lang: str = "en", **header) -> Run:
        key = (scenario, bot, seed, lang, json.dumps(header, sort_keys=True))
        if key not in cache:
            path = scenario_files[scenario]
            loaded = load(path)
            journal = folder / f"{scenario}-{bot}-{seed}-{lang}-{len(cache)}.jsonl"
            cache[key] = record_run(loaded, path, bot, seed, journal, lang=lang, **header)
        return cache[key]

    return get


@pytest.fixture(scope="session")
def evil_loaded() -> Loaded:
    return load_bytes(evil_text().encode(), "evil.yaml")
