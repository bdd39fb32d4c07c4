"""The `fire` test step: a scripted test brings in a held inject the way the facilitator panel does."""

from __future__ import annotations

import pytest

from drill.scenario import model as m
from drill.scenario.actions import StepError, parse_step
from drill.scenario.diagnostics import ScenarioError
from drill.scenario.load import load_bytes
from drill.sim import reached, run_steps, run_test


def test_fire_is_a_step_of_its_own():
    step = parse_step("20m fire boss-call")
    assert (step.at, step.fire, step.action) == (1200, "boss-call", None)
    with pytest.raises(StepError, match="fire needs one held inject id"):
        parse_step("20m fire")


def test_a_fired_inject_arrives_and_is_journaled_as_the_facilitators(fixture_scenario):
    session = run_steps(fixture_scenario, ["20m fire boss-call"])
    assert "boss-call" in reached(session)
    assert session.feed.by_id("boss-call").time == 1200
    assert session.log.commands == [(1200.0, {"do": "inject", "inject": "boss-call"})]


def test_a_refused_fire_fails_the_test(fixture_scenario):
    twice = m.ScenarioTest(id="twice", steps=["20m fire boss-call", "30m fire boss-call"])
    result = run_test(fixture_scenario, twice)
    assert not result.passed
    assert result.problems == ["fire boss-call refused at 30m: boss-call has already arrived"]


def test_firing_an_inject_that_is_not_held_is_a_load_error(fixture_path):
    text = fixture_path.read_text(encoding="utf-8").replace(
        "tests:\n", 'tests:\n  - {id: early, steps: ["5m fire complaint", "6m fire nobody"]}\n'
    )
    with pytest.raises(ScenarioError) as caught:
        load_bytes(text.encode(), "engine.yaml")
    messages = [(d.code, d.message) for d in caught.value.diagnostics]
    assert ("D412", "fire brings in a held inject, and 'complaint' is not held (it arrives by itself)") in messages
    assert any(code == "D301" and "'nobody'" in message for code, message in messages)
