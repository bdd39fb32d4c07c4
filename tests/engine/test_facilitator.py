"""Facilitator inputs: held injects fired by hand, observations, ending the exercise — all replayable."""

from __future__ import annotations

from drill.engine.session import Session
from drill.i18n import refusal
from drill.runlog import JournalWriter, read_journal, replay
from drill.scenario.actions import Action
from drill.scoring.scorecard import score


def test_held_inject_waits_for_the_facilitator(fixture_scenario):
    s = Session(fixture_scenario, 1)
    s.advance_to(3600)
    assert "boss-call" not in s.items_by_id
    assert [i.id for i in s.held_injects()] == ["boss-call"]
    assert s.fire_held("boss-call").ok
    assert s.items_by_id["boss-call"].time == 3600
    assert s.held_injects() == []
    again = s.fire_held("boss-call")
    assert not again.ok and again.reason == "already_arrived" and "already arrived" in refusal(again.reason, again.params)
    assert not s.fire_held("nope").ok


def test_facilitator_run_replays_with_observations_and_early_end(fixture_scenario, tmp_path):
    path = tmp_path / "team.jsonl"
    live = Session(fixture_scenario, 2, team={"Aino": "service", "Mikko": "comms"})
    live_writer = JournalWriter.start(live.log, path)
    live.advance_to(600)
    live.act(Action("private", "complaint", "dm", role="service"))
    live.advance_to(900)
    live.act(Action("escalate", level="comms", note="red phone", role="comms"))
    live.fire_held("boss-call")
    live.observe("Good hand-over between service and comms", rating="S", objective=None, role="comms")
    live.advance_to(1500)
    live.finish_now()
    live_writer.close()
    assert live.ended == "calm"  # heat 10 + 5 ticks with the question waiting = 15, below 30
    journal = read_journal(path)
    assert journal.ended
    assert journal.header["team"] == {"Aino": "service", "Mikko": "comms"}
    again = replay(fixture_scenario, journal)
    assert again.ended == live.ended and again.now == 1500
    assert [e.to_json() for e in again.log.events] == [e.to_json() for e in live.log.events]
    observation = next(e for e in again.log.events if e.kind == "observation")
    assert observation.data == {"text": "Good hand-over between service and comms", "rating": "S", "role": "comms"}
    assert [a.role for _, a in again.actions] == ["service", "comms"]
    assert score(again).to_json() == score(live).to_json()
