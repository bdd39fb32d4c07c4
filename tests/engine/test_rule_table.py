"""The engine evaluates every condition kind the scenario format declares, each by its own rule."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from drill.engine.rules import RULES, SETTLED_BY, compile_check, gate, positive, settled_by
from drill.engine.session import Session
from drill.scenario.conditions import CONDITIONS, Condition

ONE_OF_EACH = {
    "all": {"all": [{"arrived": "complaint"}, {"elapsed": "5m"}]},
    "any": {"any": [{"fired": "ignored"}, {"arrived": "complaint"}]},
    "not": {"not": {"fired": "ignored"}},
    "action": {"action": "private", "inject": "complaint", "option": "dm"},
    "meter": {"meter": "heat", "below": 50},
    "unanswered": {"unanswered": "complaint", "for": "1m"},
    "arrived": {"arrived": "complaint"},
    "elapsed": {"elapsed": "5m"},
    "clock": {"clock": "00:00-23:59"},
    "escalated": {"escalated": "service"},
    "fired": {"fired": "ignored"},
    "flood": {"flood": "wave", "unanswered_above": 0},
    "chance": {"chance": 1},
}
"""A condition of each kind, on the engine fixture (tests/data/engine.yaml) at 12 minutes: the
complaint (10m) is in and unanswered, nothing has fired, no flood runs yet."""

TRUE_AT_12M = {"all": True, "any": True, "not": True, "action": False, "meter": True, "unanswered": True, "arrived": True,
               "elapsed": True, "clock": True, "escalated": True, "fired": False, "flood": False, "chance": True}


def test_every_registered_condition_kind_has_a_rule_and_no_rule_lacks_a_kind():
    """A kind added to drill/scenario/conditions.py without its rule here fails this test."""
    assert set(RULES) == {kind.model for kind in CONDITIONS.kinds}


def test_every_registered_condition_kind_says_what_settles_it():
    """A kind missing from SETTLED_BY fails here: it must say whether its value can change with
    time or meters (None, re-checked after every event) or only with discrete state."""
    assert set(SETTLED_BY) == {kind.model for kind in CONDITIONS.kinds}
    assert all(reads is None or set(reads) <= {"done", "arrived", "fired", "level"} for reads in SETTLED_BY.values())


@pytest.mark.parametrize("key", CONDITIONS.keys)
def test_settled_by_a_kind_is_what_its_example_reads(key):
    """A kind is re-checked after every event exactly when its value can change without a
    discrete change (TRUE_AT_12M's time- and meter-bound kinds)."""
    cond = TypeAdapter(Condition).validate_python(ONE_OF_EACH[key])
    timed = {"meter", "unanswered", "elapsed", "clock", "flood"}
    leaves = {CONDITIONS.of(c).key for c in positive(cond)} if key in ("all", "any") else {key}
    assert (settled_by(cond) is None) == bool(leaves & timed)


@pytest.mark.parametrize("key", CONDITIONS.keys)
def test_each_kind_is_evaluated_by_its_rule(fixture_scenario, key):
    assert set(ONE_OF_EACH) == set(CONDITIONS.keys), "give the new kind an example above"
    cond = TypeAdapter(Condition).validate_python(ONE_OF_EACH[key])
    assert CONDITIONS.of(cond).key == key
    s = Session(fixture_scenario, seed=1)
    s.advance_to(12 * 60)
    assert compile_check(cond)(s) is TRUE_AT_12M[key]


def test_positive_leaves_out_what_sits_under_a_not():
    cond = TypeAdapter(Condition).validate_python(
        {"all": [{"arrived": "complaint"}, {"not": {"fired": "ignored"}}, {"any": [{"elapsed": "5m"}, {"meter": "heat", "above": 1}]}]}
    )
    assert [CONDITIONS.of(c).key for c in positive(cond)] == ["arrived", "elapsed", "meter"]


def test_a_triggers_condition_is_split_into_what_settles_it_and_what_is_read_afresh(fixture_scenario):
    """rules.gate: the discrete parts (and that an `unanswered` item is in and unanswered) are
    re-read only when what they read changes; the rest is read afresh, never before the earliest
    time it can hold. Both together mean what the whole condition means."""
    cond = TypeAdapter(Condition).validate_python(
        {"all": [{"arrived": "complaint"}, {"meter": "heat", "above": 1}, {"unanswered": "complaint", "for": "15m"}, {"elapsed": "10m"}]}
    )
    split = gate(cond)
    assert split.reads == ("arrived", "done")
    assert split.not_before == 15 * 60
    assert split.live is not None
    s = Session(fixture_scenario, seed=1)
    for minute in (5, 12, 30):
        s.advance_to(minute * 60)
        whole = compile_check(cond)(s)
        assert whole == (split.settled(s) and s.now >= split.not_before and split.live(s))
    assert gate(TypeAdapter(Condition).validate_python({"meter": "heat", "above": 1})).settled(s) is True
