"""Scoring rules with values worked out by hand on the engine fixture (tests/data/engine.yaml).

Fixture facts used below: complaint arrives at 10m with target 10m, expects route private
and escalation to comms within 20m; question arrives at 20m with target 30m, route public;
the flood runs 30m–60m at 1/s; falloff is 4 (a reply at 4× target scores 0); weights are
the defaults (2, 2, 2, 1.5, 1.5, 1); crisis type 'accident' adds +5 to inform.
"""

from __future__ import annotations

import pytest

from drill.scenario.actions import Action
from drill.scoring.dimensions import falloff, tone_value
from drill.scoring.evidence import rating
from drill.scoring.scorecard import score
from drill.sim import run_steps

M = 60.0


def dims(card):
    return {name: d.score for name, d in card.dimensions.items()}


def test_falloff_is_linear_from_target_to_factor_times_target():
    assert falloff(600, 600, 4) == 100
    assert falloff(900, 600, 4) == pytest.approx(100 * (1 - 300 / 1800))
    assert falloff(2400, 600, 4) == 0
    assert falloff(9999, 600, 4) == 0


def test_tone_values_by_tag(fixture_scenario):
    opts = {o.id: o for o in fixture_scenario.injects_by_id["complaint"].options}
    assert tone_value(fixture_scenario, opts["dm"]) == 50 + 15 + 5  # acknowledge, move_private
    assert tone_value(fixture_scenario, opts["update"]) == 50 + 10 + 15 + 5  # follow_up, inform (+5 accident)
    assert tone_value(fixture_scenario, opts["curt"]) == 50 - 40
    assert tone_value(fixture_scenario, opts["public-data"]) == 50 - 30


@pytest.mark.parametrize(("value", "letter"), [(100, "P"), (85, "P"), (84.99, "S"), (65, "S"), (64.9, "M"), (40, "M"), (39.9, "U"), (0, "U")])
def test_ratings_follow_hseep_bands(value, letter):
    assert rating(value) == letter


def test_a_late_but_decent_run_scores_as_worked_out_by_hand(fixture_scenario):
    session = run_steps(fixture_scenario, ["25m private complaint.dm", "35m escalate comms", "40m private complaint.update"])
    card = score(session)
    d = dims(card)
    late = 100 * (1 - 300 / 1800)  # answered 15m after arrival, target 10m
    assert d["timeliness"] == pytest.approx((late + 0 + 0) / 3)  # question unanswered, no status update (weight max(1, 2/3))
    assert d["escalation"] == pytest.approx(100 * (1 - 300 / 3600))  # 25m after need, 20m allowed
    assert d["channel_privacy"] == pytest.approx((100 + 100 + 0) / 3)
    assert d["tone_strategy"] == pytest.approx((70 + 80 + 0) / 3)
    assert d["transparency"] == pytest.approx(100)  # promise kept, criticism answered
    assert d["coverage"] == pytest.approx((100 + 0 + 2 * 0) / 4)  # the flood weighs as much as the 2 authored items
    expected = (2 * d["timeliness"] + 2 * d["escalation"] + 2 * d["channel_privacy"] + 1.5 * d["tone_strategy"] + 1.5 * d["transparency"] + d["coverage"]) / 10
    assert card.overall == pytest.approx(expected)
    assert card.rating == "M"
    assert card.critical == ()


def test_over_escalation_at_night_costs_but_less_than_under_escalation(fixture_scenario):
    over = score(run_steps(fixture_scenario, ["12m escalate management"]))
    assert dims(over)["escalation"] == pytest.approx((100 + (100 - 30 - 20)) / 2)
    under = score(run_steps(fixture_scenario, []))
    assert dims(under)["escalation"] == 0
    assert dims(over)["escalation"] > dims(under)["escalation"]


def test_personal_data_in_public_is_critical_and_caps_the_run(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m reply complaint.public-data", "11m escalate comms", "21m reply question.hours", "31m status holding"]))
    assert [e.critical for e in card.critical] == ["personal_data_public"]
    assert card.dimensions["channel_privacy"].score <= 20
    assert card.overall <= 40
    assert card.lessons[0].critical == "personal_data_public"


def test_deleting_criticism_is_critical_and_names_it(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m delete complaint"]))
    assert [e.critical for e in card.critical] == ["deleted_criticism"]
    assert card.overall <= 40
    assert card.ending == "disaster"


def test_a_broken_promise_is_critical(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m private complaint.dm", "11m escalate comms"]))
    assert "broken_promise" in [e.critical for e in card.critical]
    assert card.dimensions["transparency"].score <= 20


def test_status_update_covers_the_flood_for_coverage_and_timeliness(fixture_scenario):
    on_time = score(run_steps(fixture_scenario, ["31m status holding"]))
    flood = next(e for e in on_time.dimensions["coverage"].evidence if e.rule == "flood_covered")
    assert flood.value == 100 and flood.params == {"covered": 1800, "total": 1800}
    holding = next(e for e in on_time.dimensions["timeliness"].evidence if e.rule.startswith("status"))
    assert holding.rule == "status_on_time" and holding.value == 100


def test_every_point_has_evidence_with_the_authored_feedback(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["12m private complaint.dm"]))
    tone = [e for e in card.dimensions["tone_strategy"].evidence if e.option == "dm"]
    assert tone and tone[0].feedback == "Good: private, with a promise."
    for dim in card.dimensions.values():
        assert dim.evidence, dim.name


def test_scenario_weights_override_the_defaults(fixture_scenario):
    weighted = fixture_scenario.model_copy(update={"scoring": fixture_scenario.scoring.model_copy(update={"weights": {"coverage": 0.0, "timeliness": 0.0, "escalation": 0.0, "channel_privacy": 0.0, "tone_strategy": 0.0}})})
    card = score(run_steps(weighted, ["12m private complaint.update"]))
    assert card.overall == pytest.approx(card.dimensions["transparency"].score)


def test_refused_actions_do_not_count(fixture_scenario):
    session = run_steps(fixture_scenario, ["12m reply complaint.dm"])  # dm is private, so refused
    assert session.actions == []
    assert session.log.events[[e.kind for e in session.log.events].index("action")].data["ok"] is False
    assert Action("reply", "complaint", "dm") in [a for _, a in session.log.inputs]
