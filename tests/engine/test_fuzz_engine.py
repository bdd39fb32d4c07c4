"""Random sequences of legal and illegal actions never crash the engine or break its invariants."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drill.engine.session import Session
from drill.runlog import Journal, replay
from drill.scenario.actions import VERBS, Action
from drill.scoring.scorecard import score

ITEMS = ["complaint", "question", "followup", "thanks", "wave#1", "wave#77", "nobody", ""]
OPTIONS = ["dm", "public-data", "curt", "update", "hours", "holding", "nope", None]
LEVELS = ["service", "comms", "management", "board", None]

actions = st.builds(
    Action,
    verb=st.sampled_from([*VERBS, "fly"]),
    item=st.sampled_from(ITEMS),
    option=st.sampled_from(OPTIONS),
    level=st.sampled_from(LEVELS),
    note=st.text(max_size=20),
)
plans = st.lists(st.tuples(st.floats(min_value=0, max_value=8000, allow_nan=False), actions), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans, seed=st.integers(0, 2**31))
def test_random_actions_keep_invariants_and_replay_equals_live(fixture_scenario, plan, seed):
    live = Session(fixture_scenario, seed)
    for t, action in sorted(plan, key=lambda p: p[0]):
        live.advance_to(t)
        outcome = live.act(action)
        assert outcome.ok or outcome.reason
    live.advance_to(float("inf"))
    assert live.ended is not None
    flood_items = [i for i in live.feed if i.flood]
    assert len(live.feed) == len(live.authored) + len(flood_items)
    assert sum(st.count for st in live.floods.values()) == len(flood_items)
    assert all(i.answered_at is None or i.answered_at >= i.time for i in live.feed)
    assert 0 <= live.meters.heat <= 100 and -100 <= live.meters.sentiment <= 100
    card = score(live)
    assert 0 <= card.overall <= 100
    if card.critical:
        assert card.overall <= 40
    records = [{"t": t, "input": a.to_json()} for t, a in live.log.inputs]
    journal = Journal(live.log.header, json.loads(json.dumps(records)), live.now, True, False)
    again = replay(fixture_scenario, journal)
    again.advance_to(float("inf"))
    assert [e.to_json() for e in again.log.events] == [e.to_json() for e in live.log.events]
    assert score(again).to_json() == card.to_json()
