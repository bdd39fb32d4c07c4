"""Scoring rules with values worked out by hand on the engine fixture (tests/data/engine.yaml).

Fixture facts used below: complaint arrives at 10m with target 10m, expects route private
and escalation to comms within 20m, its options keyed dm 2, update 1, curt −1, public-data
−2; question arrives at 20m with target 30m, route public, its one option unkeyed (read from
its tags); the flood runs 30m–60m at 1/s; falloff is 4 (a reply at 4× target scores 0);
weights are the defaults (2, 2, 2, 1.5, 1.5, 1); crisis type 'accident' adds +5 to inform;
the clock starts at 06:00 and the shift is staffed 08–20, so every action is outside it.
"""

from __future__ import annotations

import pytest

from drill.scenario.actions import Action
from drill.scenario.model import Scenario
from drill.scoring.dimensions import covered_comments, falloff, option_value
from drill.scoring.evidence import rating
from drill.scoring.scorecard import score
from drill.sim import run_steps

M = 60.0


def dims(card):
    return {name: d.score for name, d in card.dimensions.items()}


def evidence(card, dimension, rule=None):
    return [e for e in card.dimensions[dimension].evidence if rule is None or e.rule == rule]


def test_falloff_is_linear_from_target_to_factor_times_target():
    assert falloff(600, 600, 4) == 100
    assert falloff(900, 600, 4) == pytest.approx(100 * (1 - 300 / 1800))
    assert falloff(2400, 600, 4) == 0
    assert falloff(9999, 600, 4) == 0


def test_the_default_falloff_makes_a_reply_at_two_and_a_half_times_its_target_worthless():
    assert Scenario.model_fields["scoring"].default.falloff == 2.5
    assert falloff(2.5 * 600, 600, 2.5) == 0


def test_authored_values_key_the_options_and_tags_are_the_fallback(fixture_scenario):
    opts = {o.id: o for o in fixture_scenario.injects_by_id["complaint"].options}
    complaint = fixture_scenario.injects_by_id["complaint"]
    assert [option_value(fixture_scenario, complaint, opts[k]) for k in ("dm", "update", "curt", "public-data")] == [100, 75, 25, 0]
    question = fixture_scenario.injects_by_id["question"]
    hours = question.options[0]
    assert option_value(fixture_scenario, question, hours) == 50 + 15 + 5 + 10  # inform (+5 accident), thank


@pytest.mark.parametrize(("value", "letter"), [(100, "P"), (85, "P"), (84.99, "S"), (65, "S"), (64.9, "M"), (40, "M"), (39.9, "U"), (0, "U")])
def test_ratings_follow_hseep_bands(value, letter):
    assert rating(value) == letter


def test_a_late_but_decent_run_scores_as_worked_out_by_hand(fixture_scenario):
    session = run_steps(fixture_scenario, ["25m private complaint.dm", "35m escalate comms on complaint call me", "40m private complaint.update"])
    card = score(session)
    d = dims(card)
    late = 100 * (1 - 300 / 1800)  # answered 15m after arrival, target 10m
    # question unanswered; no status update in the flood, weighing as much as the 2 replies
    assert d["timeliness"] == pytest.approx((late + 0 + 2 * 0) / 4)
    # about the complaint, 25m after it, 20m allowed; its note "call me" is no situation report (weight 0.5)
    assert d["escalation"] == pytest.approx(100 * (1 - 300 / 3600) / 1.5)
    assert d["channel_privacy"] == pytest.approx((100 + 100 + 0) / 3)
    # dm is keyed 2, the update 1: it keeps dm's promise, so it is a follow-up, not a repeat
    assert d["tone_strategy"] == pytest.approx((100 + 75 + 0) / 3)
    assert evidence(card, "tone_strategy", "repeated_reply") == []
    assert d["transparency"] == pytest.approx(100)  # promise kept, criticism answered
    assert d["coverage"] == pytest.approx((100 + 0 + 4 * 0) / 6)  # the flood weighs twice the 2 authored items
    expected = (2 * d["timeliness"] + 2 * d["escalation"] + 2 * d["channel_privacy"] + 1.5 * d["tone_strategy"] + 1.5 * d["transparency"] + d["coverage"]) / 10
    assert card.overall == pytest.approx(expected)
    assert card.rating == "M"
    assert card.critical == ()


# ---------------------------------------------------------------------- escalation


def test_an_escalation_meets_a_need_only_when_it_is_about_that_item(fixture_scenario):
    about = score(run_steps(fixture_scenario, [f"12m escalate comms on complaint {SITREPS['en']}"]))
    assert dims(about)["escalation"] == 100
    vague = score(run_steps(fixture_scenario, ["12m escalate comms"]))
    rules = sorted(e.rule for e in evidence(vague, "escalation"))
    assert rules == ["escalated_about_nothing", "under_escalated"]
    # the right rung about nothing (100) does not meet the complaint's need (0, capped at 70)
    assert dims(vague)["escalation"] == pytest.approx(50)


def test_one_rung_too_high_costs_half_and_waking_management_at_night_caps_it(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["12m escalate management on complaint"]))
    [e] = evidence(card, "escalation", "escalated_too_high")
    assert e.rule == "escalated_too_high" and e.value == pytest.approx(50)
    assert e.cap == 25  # management woken at 06:12, outside staffed hours, for a comms matter
    assert dims(card)["escalation"] == 25


def test_management_at_the_start_about_nothing_costs_as_much_as_missing_a_need(fixture_scenario):
    guess = score(run_steps(fixture_scenario, ["0m escalate management", "12m escalate comms on complaint"]))
    needless = evidence(guess, "escalation", "over_escalated")
    assert [(e.value, e.cap) for e in needless] == [(0, 25)]  # two rungs above nothing (cap 40), at night (25)
    assert dims(guess)["escalation"] == 25
    missed = score(run_steps(fixture_scenario, []))
    assert [(e.rule, e.value, e.cap) for e in evidence(missed, "escalation")] == [("under_escalated", 0, 70)]
    assert dims(missed)["escalation"] == 0


def test_telling_the_service_lead_about_an_item_that_calls_for_nothing_more_is_right(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["21m escalate service on question", "12m escalate comms on complaint"]))
    assert sorted((e.rule, e.value) for e in evidence(card, "escalation")) == [
        ("escalated_on_time", 100), ("note_without_sitrep", 0), ("told_service", 100)]


SITREPS = {
    "en": "Complaint about the price hike is spreading, dozens of comments. I replied in public. We need a statement.",
    "fi": "Hinnankorotuksesta valitetaan, kommentteja on jo kymmeniä ja määrä kasvaa. Vastasin julkisesti. Tarvitaan tiedote.",
}


@pytest.mark.parametrize("lang", sorted(SITREPS))
def test_the_note_of_a_needed_call_counts_half_as_much_as_the_call(fixture_scenario, lang):
    bare = score(run_steps(fixture_scenario, ["12m escalate comms on complaint soita / call me"]))
    good = score(run_steps(fixture_scenario, [f"12m escalate comms on complaint {SITREPS[lang]}"]))
    assert [(e.rule, e.value, e.weight) for e in evidence(bare, "escalation") if e.rule.startswith("note")] == [("note_without_sitrep", 0, 0.5)]
    assert [(e.rule, e.value, e.weight) for e in evidence(good, "escalation") if e.rule.startswith("note")] == [("note_sitrep", 100, 0.5)]
    assert dims(bare)["escalation"] == pytest.approx(100 / 1.5)
    assert dims(good)["escalation"] == pytest.approx(100)


def test_a_needless_call_is_judged_by_the_ladder_not_by_its_note(fixture_scenario):
    card = score(run_steps(fixture_scenario, [f"0m escalate management {SITREPS['en']}", "12m escalate comms on complaint"]))
    notes = [(e.rule, e.action) for e in evidence(card, "escalation") if e.rule.startswith("note")]
    assert notes == [("note_without_sitrep", "escalate comms")]


def test_the_engine_refuses_the_same_escalation_twice_but_takes_another_item(fixture_scenario):
    session = run_steps(fixture_scenario, ["12m escalate comms on complaint", "13m escalate comms on complaint", "21m escalate comms on question"])
    refused = [e for e in session.log.events if e.kind == "action" and not e.data["ok"]]
    assert [(e.data["reason"], e.data["params"]) for e in refused] == [("already_escalated", {"level": "comms", "item": "complaint"})]
    assert [(e.level, e.item) for e in session.escalations] == [("comms", "complaint"), ("comms", "question")]
    assert session.level == "comms"


# ---------------------------------------------------------------------- answers


def test_a_harmful_reply_does_not_stop_the_clock(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m reply complaint.curt"]))
    [t] = [e for e in evidence(card, "timeliness") if e.item == "complaint"]
    assert (t.rule, t.value) == ("poor_answer_only", 0)
    [c] = [e for e in evidence(card, "coverage") if e.item == "complaint"]
    assert (c.rule, c.value) == ("poor_answer_only", 0)


def test_answering_an_item_again_after_a_good_answer_costs_unless_it_keeps_a_promise(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m private complaint.dm", "12m private complaint.update", "13m reply complaint.curt"]))
    tone = [(e.rule, e.value) for e in evidence(card, "tone_strategy") if e.item == "complaint"]
    # the update keeps dm's promise (a follow-up); the curt reply after it is a repeat
    assert tone == [("reply_tone", 100), ("reply_tone", 75), ("reply_tone", 25), ("repeated_reply", 0)]


def test_personal_data_in_public_is_critical_and_caps_the_run(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m reply complaint.public-data", "11m escalate comms on complaint", "21m reply question.hours", "31m status holding"]))
    assert [e.critical for e in card.critical] == ["personal_data_public"]
    assert card.dimensions["channel_privacy"].score <= 20
    assert card.overall <= 40
    assert card.lessons[0].critical == "personal_data_public"


SENSITIVE = """
  - id: diagnosis
    at: 15m
    author: "Liisa"
    text: "Your clinic mixed up my test results, I have diabetes and now my insurer knows."
    personal_data: true
    sensitive: true
    expect: {reply_within: 15m, route: [phone, secure_chat]}
    options:
      - {id: dm, route: private, value: -1, tags: [acknowledge, move_private], text: "Send us your details in a private message."}
      - {id: secure, route: secure_chat, value: 2, tags: [acknowledge, move_private, explain_reason], text: "Please reach us in the secure chat."}
"""


def with_inject(fixture_path, yaml_text):
    from drill.scenario.load import load_bytes

    text = fixture_path.read_text(encoding="utf-8").replace("  - id: question\n", yaml_text.lstrip("\n") + "  - id: question\n", 1)
    return load_bytes(text.encode(), "engine.yaml").scenario


def test_a_sensitive_case_in_a_direct_message_is_a_critical_error(fixture_path):
    scenario = with_inject(fixture_path, SENSITIVE)
    card = score(run_steps(scenario, ["16m private diagnosis.dm"]))
    assert [e.critical for e in card.critical] == ["sensitive_in_dm"]
    right = score(run_steps(scenario, ["16m redirect diagnosis.secure"]))
    assert right.critical == ()


# ---------------------------------------------------------------------- moderation


ABUSE = """
  - id: threat
    at: 12m
    author: "Anon"
    text: "I know where your manager lives."
    abusive: true
    sentiment: -90
    needs_reply: false
  - id: iban
    at: 13m
    author: "Pekka"
    text: "Refund me, FI21 1234 5600 0007 85, you thieves"
    personal_data: true
    sentiment: -60
    expect: {reply_within: 30m, route: private}
    options:
      - {id: hide-and-dm, route: private, value: 2, hides: true, tags: [acknowledge, move_private, explain_reason], text: "We hid your comment because it shows your account number; we answer in a private message."}
  - id: praise
    at: 14m
    author: "Maija"
    text: "Nice shop!"
    sentiment: 40
  - id: fair
    at: 15m
    author: "Kalle"
    text: "Your prices went up 20 % and the service got worse."
    sentiment: -50
    needs_reply: false
"""


def test_hiding_follows_the_moderation_rules(fixture_path):
    scenario = with_inject(fixture_path, ABUSE)
    card = score(run_steps(scenario, ["12m hide threat", "13m hide iban", "14m hide praise"]))
    found = {e.item: (e.rule, e.value, e.weight, e.critical) for e in evidence(card, "transparency") if e.action == "hide"}
    assert found == {
        "threat": ("hid_by_rules", 100, 1.0, None),  # a threat breaks the rules
        "iban": ("hid_by_rules", 100, 1.0, None),  # personal data on the public wall, criticism or not
        "praise": ("removed_harmless", 50, 0.0, None),  # shown in the debrief, earns nothing
    }
    assert card.critical == ()
    criticism = score(run_steps(scenario, ["16m hide fair"]))
    assert [(e.rule, e.critical) for e in criticism.critical] == [("hid_criticism", "deleted_criticism")]


def test_a_reply_that_says_it_hides_the_comment_hides_it(fixture_path):
    scenario = with_inject(fixture_path, ABUSE)
    session = run_steps(scenario, ["14m private iban.hide-and-dm"])
    assert session.feed.by_id("iban").hidden
    assert [(r.item, r.verb, r.option) for r in session.removals] == [("iban", "hide", "hide-and-dm")]
    card = score(session)
    assert [e.rule for e in evidence(card, "transparency") if e.item == "iban"] == ["hid_by_rules"]


def test_deleting_criticism_is_critical_and_names_it(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m delete complaint"]))
    assert [e.critical for e in card.critical] == ["deleted_criticism"]
    assert card.overall <= 40
    assert card.ending == "disaster"


def test_a_broken_promise_is_critical(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["11m private complaint.dm", "11m escalate comms on complaint"]))
    assert "broken_promise" in [e.critical for e in card.critical]
    assert card.dimensions["transparency"].score <= 20


# ---------------------------------------------------------------------- floods and time


def test_status_update_covers_the_flood_for_coverage_and_timeliness(fixture_scenario):
    on_time = score(run_steps(fixture_scenario, ["31m status holding"]))
    flood = next(e for e in on_time.dimensions["coverage"].evidence if e.rule == "flood_covered")
    assert flood.value == 100 and flood.params == {"covered": 1800, "total": 1800}
    holding = next(e for e in on_time.dimensions["timeliness"].evidence if e.rule.startswith("status"))
    assert holding.rule == "status_on_time" and holding.value == 100


def test_status_coverage_counts_forward_only(fixture_scenario):
    """An update at 100m answers only the comments of the last hour before it (40m–60m): the
    promised response is 1h. The ones from 30m to 40m waited longer than that."""
    session = run_steps(fixture_scenario, ["100m status holding"])
    arrivals = session.floods["wave"].waiting_times
    card = score(session)
    flood = next(e for e in evidence(card, "coverage") if e.rule == "flood_covered")
    in_time = sum(1 for c in arrivals if c >= 40 * M)
    assert flood.params == {"covered": in_time, "total": len(arrivals)}
    assert 0.6 < in_time / len(arrivals) < 0.74  # about 20 of the flood's 30 minutes


def test_covered_comments_by_hand():
    # posts at 100 and 500; lapse 60 (fresh after), target 30 (answered soon enough before)
    arrivals = [50, 80, 100, 150, 170, 400, 480, 560, 600]
    # 50: next post 100 is 50 away (> 30): no. 80: 20 away: yes. 100: fresh (0). 150: 50 after 100: yes.
    # 170: 70 after 100 (> 60), next 500 is 330 away: no. 400: no. 480: 20 before 500: yes.
    # 560: 60 after 500: yes. 600: 100 after: no.
    assert covered_comments(arrivals, [100, 500], lapse=60, target=30) == 5


def test_no_status_update_in_a_flood_weighs_as_much_as_every_reply(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["12m private complaint.dm", "21m reply question.hours"]))
    [holding] = evidence(card, "timeliness", "no_status_update")
    assert holding.weight == 2  # two authored replies
    assert dims(card)["timeliness"] == pytest.approx(50)


# ---------------------------------------------------------------------- the ending


def test_a_bad_ending_rules_out_p_and_an_ending_can_show_what_no_decision_measured(fixture_path, fixture_scenario):
    ideal = ["12m private complaint.dm", "12m escalate comms on complaint", "21m reply question.hours", "31m status holding", "40m private complaint.update"]
    good = score(run_steps(fixture_scenario, ideal))
    assert good.ending == "calm" and good.rating == "P" and good.gate is None
    text = fixture_path.read_text(encoding="utf-8").replace(
        'outcome: good, when: {meter: heat, below: 30}}', 'outcome: bad, scores: {transparency: 40}, when: {meter: heat, below: 30}}')
    from drill.scenario.load import load_bytes

    bad = score(run_steps(load_bytes(text.encode(), "engine.yaml").scenario, ideal))
    assert bad.gate == "bad_ending" and bad.overall == 84.0 and bad.rating == "S"
    [shown] = evidence(bad, "transparency", "ending_shows")
    assert shown.value == 40
    assert bad.dimensions["transparency"].score < good.dimensions["transparency"].score


# ---------------------------------------------------------------------- the rest


def test_every_point_has_evidence_with_the_authored_feedback(fixture_scenario):
    card = score(run_steps(fixture_scenario, ["12m private complaint.dm"]))
    tone = [e for e in card.dimensions["tone_strategy"].evidence if e.option == "dm"]
    assert tone and tone[0].feedback == "Good: private, with a promise."
    for dim in card.dimensions.values():
        assert dim.evidence, dim.name


def test_scenario_weights_override_the_defaults(fixture_scenario):
    weighted = fixture_scenario.model_copy(update={"scoring": fixture_scenario.scoring.model_copy(update={"weights": {"coverage": 0.0, "timeliness": 0.0, "escalation": 0.0, "channel_privacy": 0.0, "tone_strategy": 0.0}})})
    card = score(run_steps(weighted, ["12m private complaint.dm", "12m escalate comms on complaint", "21m reply question.hours", "31m status holding", "40m private complaint.update"]))
    assert card.gate is None and card.overall == pytest.approx(card.dimensions["transparency"].score)


def test_refused_actions_do_not_count(fixture_scenario):
    session = run_steps(fixture_scenario, ["12m reply complaint.dm"])  # dm is private, so refused
    assert session.actions == []
    event = session.log.events[[e.kind for e in session.log.events].index("action")]
    assert event.data["ok"] is False and event.data["reason"] == "wrong_verb"
    assert Action("reply", "complaint", "dm") in [a for _, a in session.log.inputs]
