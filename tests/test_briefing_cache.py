"""`drill play NAME` shows the briefing from the library's cache and loads the file behind it.

The cache is an optimisation only: a first start, an edited file, a cache from another card
version, or a cache file damaged or edited by hand must each give the scenario loaded and
checked as if there were no cache (and the cache made right for the next start).
"""

from __future__ import annotations

import json
import os
import re

import pytest

import drill.library as library
from drill.library import BUNDLED
from drill.paths import user_dir
from drill.scenario.briefing import Briefing
from drill.scenario.load import Loaded, load
from drill.scenario.starter import starter_text
from drill.tui.startup import Preview, StartError, scenario_or_preview


@pytest.fixture
def drill_file(tmp_path):
    path = tmp_path / "alpha.yaml"
    path.write_text(starter_text("alpha"), encoding="utf-8")
    return path


def cache_file():
    return user_dir() / "cache" / "library.json"


def test_the_second_start_previews_the_briefing_the_first_one_loaded(drill_file):
    first = scenario_or_preview(str(drill_file))
    assert isinstance(first, Loaded)
    second = scenario_or_preview(str(drill_file))
    assert isinstance(second, Preview) and second.path == drill_file
    assert second.briefing == Briefing.of(first.scenario)


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_bundled_briefing_survives_json(path):
    briefing = Briefing.of(load(path).scenario)
    assert Briefing.from_json(json.loads(json.dumps(briefing.to_json()))) == briefing


def test_an_edited_file_is_loaded_again_and_its_card_renewed(drill_file):
    scenario_or_preview(str(drill_file))
    drill_file.write_text(starter_text("alpha").replace('{en: "Alpha", fi: "Alpha"}', '{en: "Beta", fi: "Beta"}'), encoding="utf-8")
    os.utime(drill_file, ns=(drill_file.stat().st_atime_ns, drill_file.stat().st_mtime_ns + 1_000_000))
    loaded = scenario_or_preview(str(drill_file))
    assert isinstance(loaded, Loaded) and loaded.scenario.title["en"] == "Beta"
    again = scenario_or_preview(str(drill_file))
    assert isinstance(again, Preview) and again.briefing.title == {"en": "Beta", "fi": "Beta"}


@pytest.mark.parametrize("damage", [
    lambda cards: "{not json",
    lambda cards: json.dumps([1, 2]),
    lambda cards: "[" * 100_000,
    lambda cards: json.dumps({k: {**v, "entry": {**v["entry"], "briefing": {**v["entry"]["briefing"], "objectives": 3}}} for k, v in cards.items()}),
    lambda cards: json.dumps({k: {**v, "entry": {**v["entry"], "briefing": {**v["entry"]["briefing"], "starts": "noon"}}} for k, v in cards.items()}),
    lambda cards: json.dumps({k: {**v, "entry": {**v["entry"], "briefing": {**v["entry"]["briefing"], "ladder": [[1, 2]]}}} for k, v in cards.items()}),
    lambda cards: json.dumps({k: {**v, "entry": {**v["entry"], "title": None}} for k, v in cards.items()}),
    lambda cards: json.dumps({k: {**v, "entry": "card"} for k, v in cards.items()}),
], ids=["not-json", "not-a-dict", "too-deep", "objectives", "starts", "ladder", "title", "entry"])
def test_a_damaged_cache_is_ignored_and_rebuilt(drill_file, damage):
    scenario_or_preview(str(drill_file))
    cards = json.loads(cache_file().read_text(encoding="utf-8"))
    cache_file().write_text(damage(cards), encoding="utf-8")
    assert isinstance(scenario_or_preview(str(drill_file)), Loaded)
    assert isinstance(scenario_or_preview(str(drill_file)), Preview)


def test_a_card_of_another_version_is_not_used(drill_file, monkeypatch):
    scenario_or_preview(str(drill_file))
    monkeypatch.setattr(library, "CACHE_VERSION", library.CACHE_VERSION + 1)
    assert isinstance(scenario_or_preview(str(drill_file)), Loaded)


def test_an_invalid_file_is_never_previewed(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: [\n", encoding="utf-8")
    monkeypatch.setenv("DRILL_SCENARIOS", str(tmp_path))
    assert next(e.error for e in library.entries() if e.path == bad)  # the picker cached its card: an error
    with pytest.raises(StartError) as raised:
        scenario_or_preview(str(bad))
    assert raised.value.lines and all(re.match(rf"{re.escape(str(bad))}:\d+:\d+: D110 ", line) for line in raised.value.lines)


def test_a_cache_that_cannot_be_written_only_costs_the_speed(drill_file):
    user_dir().mkdir(parents=True, exist_ok=True)
    (user_dir() / "cache").write_text("a file where the cache folder goes", encoding="utf-8")
    for _ in range(2):
        assert isinstance(scenario_or_preview(str(drill_file)), Loaded)


def test_a_drill_folder_is_previewed_until_one_of_its_files_changes(drill_file, tmp_path):
    from drill.scenario.folder import split_file

    folder = tmp_path / "alpha"
    written = split_file(drill_file, folder)
    assert isinstance(scenario_or_preview(str(folder)), Loaded)
    assert isinstance(scenario_or_preview(str(folder)), Preview)
    inject = written[-1]
    inject.write_text(inject.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert isinstance(scenario_or_preview(str(folder)), Loaded)
