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
    assert "boss-call" not in s.feed
    assert [i.id for i in s.held_injects()] == ["boss-call"]
    assert s.fire_held("boss-call").ok
    assert s.feed.by_id("boss-call").time == 3600
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


def test_the_facilitators_own_inject_wants_an_answer_is_checked_and_replays(fixture_scenario, tmp_path):
    """An ad-hoc post arrives as an item (adhoc-1), a written answer to it is accepted and
    checked, nothing is scored against an expectation the scenario never had, and a replay
    of the journal rebuilds it exactly; bad posts are refused with a reason."""
    path = tmp_path / "adhoc.jsonl"
    live = Session(fixture_scenario, 3, lang="en")
    writer = JournalWriter.start(live.log, path)
    live.advance_to(15 * 60)
    posted = live.post("Is it true you are closing the Tampere shop?", "twitter", "@huhu")
    assert posted.ok and posted.params == {"item": "adhoc-1"}
    item = live.feed.by_id("adhoc-1")
    assert (item.channel, item.author, item.text("en"), item.waiting) == ("twitter", "@huhu", "Is it true you are closing the Tampere shop?", True)
    assert not live.post("  ", "twitter").ok
    bad = live.post("Hello", "fax")
    assert not bad.ok and bad.reason == "no_channel" and "fax" in refusal(bad.reason, bad.params, "fi")
    live.advance_to(17 * 60)
    answer = Action("reply", "adhoc-1", text="Hi, thanks for asking! No, the Tampere shop stays open as before.", lang="en")
    assert live.act(answer).ok
    assert live.feed.by_id("adhoc-1").answered_at == 17 * 60
    assert live.option_for(answer).id == "written"
    live.finish_now()
    writer.close()
    again = replay(fixture_scenario, read_journal(path))
    assert [e.to_json() for e in again.log.events] == [e.to_json() for e in live.log.events]
    assert again.feed.by_id("adhoc-1").text("en") == item.text("en")
    assert score(again).to_json() == score(live).to_json()


def test_the_debrief_of_a_run_with_an_own_inject_reads_it_back(fixture_scenario):
    from drill.report import build_record, render

    s = Session(fixture_scenario, 3, lang="en", facilitator=True)
    s.advance_to(15 * 60)
    assert s.post("Is it true you are closing the Tampere shop?", "twitter", "@huhu").ok
    assert s.act(Action("reply", "adhoc-1", text="No, the Tampere shop stays open. Thanks for asking!", lang="en")).ok
    s.finish_now()
    record = build_record(s, score(s))
    html, md = render(record, "html"), render(record, "md")
    for text in (html, md):
        assert "The facilitator wrote an inject of their own." in text
        assert "the Tampere shop stays open" in text
