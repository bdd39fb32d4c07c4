"""The bundled library: every scenario validates, lints clean, passes its tests, and is balanced.

Balance means the scoring tells good play from bad on each scenario: the ideal bot is rated P
(≥ 85), doing nothing scores ≤ 35, deleting criticism ≤ 40 with a critical error, the slow bot
falls behind the ideal mostly on timeliness, random play lands in between, and every inject,
trigger and ending is reached by some bot or embedded test (no dead content).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.players import make_player, play
from drill.scenario.lint import lint
from drill.scenario.load import load
from drill.sim import reached, run_steps, run_test, simulate

LIBRARY = Path(__file__).resolve().parent.parent / "scenarios"
SCENARIOS = sorted(LIBRARY.glob("*.yaml"))
RUNS = 10


@pytest.fixture(scope="module", params=SCENARIOS, ids=[p.stem for p in SCENARIOS])
def bundled(request):
    loaded = load(request.param)
    result = simulate(loaded.scenario, RUNS, 1, ["ideal", "passive", "deleter", "slow", "random"], jobs=2)
    return loaded, {b["bot"]: b for b in result["bots"]}, result["coverage"]


def test_the_library_has_the_eight_drills():
    names = {p.stem for p in SCENARIOS}
    assert {
        "deleted-comment", "strike-threat", "bank-outage", "personal-data-complaint",
        "empty-promise", "single-admin", "viral-video", "fast-good-answer",
    } <= names


@pytest.mark.parametrize("name", ["deleted-comment", "strike-threat"])
def test_the_flagships_speak_finnish_and_english(name):
    assert load(LIBRARY / f"{name}.yaml").scenario.languages == ["fi", "en"]


def test_lints_clean(bundled):
    loaded, _, _ = bundled
    assert [str(d) for d in lint(loaded)] == []


def test_embedded_tests_pass(bundled):
    loaded, _, _ = bundled
    assert loaded.scenario.tests, "every bundled scenario carries tests"
    failures = {t.id: r.problems for t in loaded.scenario.tests if not (r := run_test(loaded.scenario, t)).passed}
    assert failures == {}


def test_ideal_bot_is_rated_p(bundled):
    _, bots, _ = bundled
    assert bots["ideal"]["overall"]["min"] >= 85
    assert bots["ideal"]["ratings"] == {"P": RUNS}


def test_passive_scores_at_most_35(bundled):
    _, bots, _ = bundled
    assert bots["passive"]["overall"]["max"] <= 35


def test_deleter_is_flagged_and_at_most_40(bundled):
    _, bots, _ = bundled
    assert bots["deleter"]["overall"]["max"] <= 40
    assert bots["deleter"]["critical"].get("deleted_criticism", 0) >= RUNS


def test_slow_falls_behind_mostly_on_timeliness(bundled):
    _, bots, _ = bundled
    ideal, slow = bots["ideal"], bots["slow"]
    assert slow["overall"]["mean"] < ideal["overall"]["mean"]
    gaps = {d: ideal["dimensions"][d]["mean"] - slow["dimensions"][d]["mean"] for d in ideal["dimensions"]}
    assert gaps["timeliness"] >= 20
    assert max(gaps, key=gaps.get) == "timeliness", gaps


def test_random_play_spreads_across_the_middle(bundled):
    _, bots, _ = bundled
    random, ideal, passive = bots["random"], bots["ideal"], bots["passive"]
    assert passive["overall"]["mean"] < random["overall"]["mean"] < ideal["overall"]["mean"]
    assert random["overall"]["max"] - random["overall"]["min"] >= 10


def test_no_dead_content(bundled):
    loaded, _, coverage = bundled
    scenario = loaded.scenario
    never = {x for kind in coverage.values() for x in kind["never"]}
    for test in scenario.tests:
        session = play(scenario, make_player(test.player, test.seed), test.seed) if test.player else run_steps(scenario, test.steps, test.seed)
        never -= reached(session)
    assert never == set()


def test_shape_of_a_bundled_drill(bundled):
    """What the library promises trainers of every drill: ground rules with a named ladder, a
    flood, 12+ injects each offering 3-5 options where a choice is asked for, triggers with
    consequences, two or more endings."""
    scenario = bundled[0].scenario
    rules = scenario.ground_rules
    assert rules.promised_response is not None or rules.staffed is not None
    assert all(getattr(rules.ladder, rung) is not None for rung in ("service", "comms", "management"))
    assert scenario.floods
    with_options = [i for i in scenario.injects if i.options]
    assert len(with_options) >= 12
    assert {i.id: len(i.options) for i in with_options if not 3 <= len(i.options) <= 5} == {}
    assert scenario.triggers and all(t.then for t in scenario.triggers)
    assert len(scenario.endings) >= 2
