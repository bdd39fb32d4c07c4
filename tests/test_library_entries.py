"""The picker's list of the library: cards kept in the user's cache, and never stale.

`drill` with no scenario lists every file on the search path; loading each costs start-up
time, so cards are cached by path, size and modification time. A changed, new, broken or
removed file must still show as it is now.
"""

from __future__ import annotations

import json
import os

import pytest

from drill.library import entries
from drill.paths import user_dir
from drill.scenario.starter import starter_text


@pytest.fixture
def library(tmp_path, monkeypatch):
    folder = tmp_path / "mine"
    folder.mkdir()
    monkeypatch.setenv("DRILL_SCENARIOS", str(folder))
    return folder


def mine(folder):
    return {e.path.name: e for e in entries() if e.path.parent == folder}


def test_cards_show_title_length_difficulty_and_languages(library):
    (library / "a.yaml").write_text(starter_text("alpha"), encoding="utf-8")
    card = mine(library)["a.yaml"]
    assert card.error is None and card.title and card.length > 0
    assert card.difficulty in ("intro", "easy", "medium", "hard") and card.languages


def test_a_second_listing_reads_the_cache_and_an_edit_is_seen(library, monkeypatch):
    path = library / "a.yaml"
    path.write_text(starter_text("alpha"), encoding="utf-8")
    first = mine(library)["a.yaml"]

    import drill.library as lib

    def refuse(p):
        raise AssertionError(f"{p} was loaded although it had not changed")

    monkeypatch.setattr(lib, "_card", refuse)
    assert mine(library)["a.yaml"] == first
    monkeypatch.undo()
    monkeypatch.setenv("DRILL_SCENARIOS", str(library))

    path.write_text(starter_text("alpha").replace("difficulty: intro", "difficulty: hard"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert mine(library)["a.yaml"].difficulty == "hard"


def test_a_file_that_breaks_shows_its_error_and_a_removed_one_goes(library):
    good, other = library / "a.yaml", library / "b.yaml"
    good.write_text(starter_text("alpha"), encoding="utf-8")
    other.write_text(starter_text("beta"), encoding="utf-8")
    assert set(mine(library)) == {"a.yaml", "b.yaml"}
    good.write_text("format: 1\nid: [\n", encoding="utf-8")
    other.unlink()
    cards = mine(library)
    assert set(cards) == {"a.yaml"}
    assert "a.yaml:" in cards["a.yaml"].error and "D110" in cards["a.yaml"].error


def test_a_corrupt_cache_is_rebuilt(library):
    (library / "a.yaml").write_text(starter_text("alpha"), encoding="utf-8")
    mine(library)
    cache = user_dir() / "cache" / "library.json"
    assert cache.is_file()
    cache.write_text("{not json", encoding="utf-8")
    assert mine(library)["a.yaml"].error is None
    assert isinstance(json.loads(cache.read_text(encoding="utf-8")), dict)
