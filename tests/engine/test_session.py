"""The engine on the hand-computable fixture: arrivals, triggers, floods, actions, refusals."""

from __future__ import annotations

import pytest

from drill.engine.session import Session
from drill.i18n import refusal
from drill.scenario.actions import Action

M = 60.0


def test_injects_arrive_on_time_and_meters_drift_by_hand(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(10 * M - 1)
    assert len(s.feed) == 0
    assert s.meters.heat == 10
    s.advance_to(10 * M)
    assert [i.id for i in s.feed] == ["complaint"]
    assert s.feed[0].author == "Matti"
    # one unanswered item: +1 heat per tick from the tick at 11m on
    s.advance_to(14 * M)
    assert s.meters.heat == pytest.approx(10 + 4)


def test_unanswered_trigger_fires_at_the_first_tick_after_its_time(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(25 * M - 1)
    assert "ignored" not in s.fired
    s.advance_to(25 * M)
    assert "ignored" in s.fired
    followup = s.feed.by_id("followup")
    assert followup.time == 25 * M and followup.thread == "complaint"


def test_flood_generates_exactly_its_rate(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(30 * M)
    assert sum(1 for i in s.feed if i.flood) == 0
    s.advance_to(45 * M)
    flood_items = [i for i in s.feed if i.flood]
    assert all(30 * M <= i.time <= 45 * M for i in flood_items)
    s.advance_to(2 * 60 * M)
    flood_items = [i for i in s.feed if i.flood]
    assert len(flood_items) == 30 * 60  # 1/s for 30 minutes
    assert s.floods["wave"].count == 1800
    assert {i.channel for i in flood_items} == {"facebook", "twitter"}
    texts = [i.text("en") for i in flood_items[:50]]
    assert all("{" not in t for t in texts), texts[:3]
    assert any(t.startswith("Booking ") for t in texts)


def test_status_update_answers_the_flood_and_later_comments_while_fresh(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(40 * M)
    assert s.flood_waiting("wave") == 600
    assert s.act(Action("status", option="holding")).ok
    assert s.flood_waiting("wave") == 0
    s.advance_to(50 * M)
    assert s.flood_waiting("wave") == 0
    assert all(i.answered_at is not None for i in s.feed if i.flood)


def test_reply_marks_answer_time_and_fires_action_trigger(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(12 * M)
    outcome = s.act(Action("private", "complaint", "dm"))
    assert outcome.ok and outcome.feedback == "Good: private, with a promise."
    assert s.feed.by_id("complaint").answered_at == 12 * M
    assert "thanked" in s.fired
    s.advance_to(14 * M)
    assert s.feed.by_id("thanks").time == 14 * M


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        (Action("reply", "complaint", "dm"), "is sent with 'private'"),
        (Action("private", "complaint", "hours"), "not an option of"),
        (Action("reply", "nobody", "dm"), "no item"),
        (Action("escalate", "nobody", level="comms"), "no item nobody"),
        (Action("escalate", level="board"), "no escalation level"),
        (Action("status", option="nope"), "no status update"),
        (Action("fly", "complaint"), "unknown action"),
    ],
)
def test_invalid_actions_are_refused_with_a_reason(fixture_scenario, action, reason):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(12 * M)
    outcome = s.act(action)
    assert not outcome.ok
    assert reason in refusal(outcome.reason, outcome.params)
    assert refusal(outcome.reason, outcome.params, "fi") != refusal(outcome.reason, outcome.params, "en")
    assert s.actions == []
    assert s.log.inputs[-1] == (12 * M, action)


def test_deleted_item_refuses_further_actions_and_ends_by_trigger(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(11 * M)
    first = s.act(Action("delete", "complaint"))
    assert first.ok and [r.item for r in s.removals] == ["complaint"]
    assert s.ended == "disaster"
    again = s.act(Action("private", "complaint", "dm"))
    assert not again.ok and again.reason == "ended"


def test_flood_comment_cannot_take_an_authored_option(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(31 * M)
    comment = next(i for i in s.feed if i.flood)
    outcome = s.act(Action("reply", comment.id, "dm"))
    assert not outcome.ok and "status update" in refusal(outcome.reason, outcome.params)
    assert s.act(Action("hide", comment.id)).ok


def test_escalation_outside_staffed_hours_is_flagged(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(30 * M)  # Saturday 06:30, staffed from 08:00
    assert not s.staffed_now()
    assert s.minute_of_day() == 6 * 60 + 30
    assert s.act(Action("escalate", level="management", note="wake the CEO")).ok
    assert s.escalations[-1].outside_staffed
    assert s.level == "management"


def test_promise_is_broken_after_its_due_time_and_kept_by_a_follow_up(fixture_scenario):
    broken = Session(fixture_scenario, seed=1)
    broken.advance_to(12 * M)
    broken.act(Action("private", "complaint", "dm"))
    broken.advance_to(42 * M)  # due at 12m + 30m; judged at the first tick after
    assert broken.promises[0].broken is False
    broken.advance_to(43 * M)
    assert broken.promises[0].broken is True
    assert broken.log.events[-2].kind == "promise_broken"
    kept = Session(fixture_scenario, seed=1)
    kept.advance_to(12 * M)
    kept.act(Action("private", "complaint", "dm"))
    kept.advance_to(30 * M)
    kept.act(Action("private", "complaint", "update"))
    kept.advance_to(2 * 60 * M)
    assert kept.promises[0].kept_at == 30 * M and not kept.promises[0].broken


def test_time_slicing_does_not_change_the_run(fixture_scenario):
    """Advancing in 1 s steps or in one jump gives the same world."""
    coarse = Session(fixture_scenario, seed=4)
    coarse.advance_to(50 * M)
    fine = Session(fixture_scenario, seed=4)
    t = 0.0
    while t < 50 * M:
        t += 7.3
        fine.advance_to(min(t, 50 * M))
    assert [(i.id, i.time, i.text("en")) for i in coarse.feed] == [(i.id, i.time, i.text("en")) for i in fine.feed]
    assert coarse.meters == fine.meters
    assert [e.to_json() for e in coarse.log.events] == [e.to_json() for e in fine.log.events]


def test_fast_forward_target_is_the_next_arrival(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    assert s.next_event_time() == 10 * M
    s.advance_to(s.next_event_time())
    assert [i.id for i in s.feed] == ["complaint"]
    assert s.next_event_time() == 20 * M


def test_the_clock_ends_the_run_with_the_first_matching_ending(fixture_scenario):
    s = Session(fixture_scenario, seed=1)
    s.advance_to(10**9)
    assert s.now == 2 * 60 * M
    assert s.ended == "rough"  # unanswered items kept the heat up
    assert s.log.events[-1].kind == "end"


def test_an_option_with_when_is_offered_and_accepted_only_while_it_holds(fixture_scenario):
    from drill.scenario.conditions import FiredCond

    holding = fixture_scenario.status_updates[0].model_copy(update={"when": FiredCond(fired="ignored")})
    scenario = fixture_scenario.model_copy(update={"status_updates": [holding]})
    scenario.__dict__.pop("status_by_id", None)
    s = Session(scenario, seed=1)
    s.advance_to(12 * M)
    assert s.options_for("", "status") == []
    refused = s.act(Action("status", option="holding"))
    assert not refused.ok and "not available yet" in refusal(refused.reason, refused.params)
    s.advance_to(25 * M)  # the complaint has waited 15 minutes: 'ignored' fires
    assert [o.id for o in s.options_for("", "status")] == ["holding"]
    assert s.act(Action("status", option="holding")).ok


def test_fast_forward_stops_where_a_decision_may_be_needed(fixture_scenario):
    """At each authored arrival, when a flood starts or stops, and after at most 30 minutes;
    the flood's 1,800 comments in between are skipped in one press, not one comment each."""
    s = Session(fixture_scenario, seed=1)
    stops = []
    while s.ended is None:
        s.fast_forward()
        stops.append((s.now / M, [i.id for i in s.authored][-1], sorted(f for f, st in s.floods.items() if st.running)))
    assert stops == [
        (10, "complaint", []), (20, "question", []), (25, "followup", []), (30, "followup", ["wave"]),
        (60, "followup", []), (90, "followup", []), (120, "followup", []),
    ]
    assert len(s.feed) == 1803
