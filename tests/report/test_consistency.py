"""The debrief never contradicts itself: 'better option', coaching and the improvement plan
come from the one judgement of each decision the score used (issue 20)."""

from __future__ import annotations

from drill.report.record import build_record
from drill.scenario.load import load_bytes
from drill.scoring.scorecard import score
from drill.sim import run_steps

STATUSES = """status_updates:
  - {id: holding, route: status_update, value: 2, tags: [inform, instruct], text: "We know about the delays and post updates here."}
  - {id: all-clear, route: status_update, value: 2, when: {elapsed: 50m}, tags: [inform], text: "Deliveries are back on schedule; thank you for waiting."}
  - {id: vague, route: status_update, value: -1, tags: [boilerplate], text: "We value your feedback and are looking into things."}
"""


def moment(record, verb, item=None, option=None):
    return next(m for m in record["decisions"] if m["verb"] == verb and (item is None or m["item"] == item)
                and (option is None or (m["chosen"] or {}).get("id") == option))


def test_the_best_choice_is_never_told_to_do_better_and_a_weaker_one_gets_its_own_coaching(fixture_scenario):
    session = run_steps(fixture_scenario, ["11m private complaint.update", "21m reply question.hours"])
    card = score(session)
    record = build_record(session, card, "en")
    weaker = moment(record, "private", "complaint")
    assert weaker["better"]["id"] == "dm"  # keyed 2 and offered: the better choice
    rows = [r for r in record["improvement_plan"] if "Promise kept." in r["action"]]
    assert rows, record["improvement_plan"]  # the weaker reply's own coaching, not a general line on curt replies
    assert not any("Curt, defensive" in r["action"] + r["issue"] for r in record["improvement_plan"])
    best = build_record(s := run_steps(fixture_scenario, ["11m private complaint.dm"]), score(s), "en")
    chosen = moment(best, "private", "complaint")
    assert chosen["better"] is None
    assert [j["value"] for j in chosen["judged"] if j["dimension"] == "tone_strategy"] == [100]


def test_a_better_status_update_was_offered_then_and_not_posted_already(fixture_path):
    text = fixture_path.read_text(encoding="utf-8")
    start, end = text.index("status_updates:"), text.index("floods:")
    scenario = load_bytes((text[:start] + STATUSES + text[end:]).encode(), "engine.yaml").scenario
    session = run_steps(scenario, ["31m status holding", "35m status vague"])
    offered = [e.data["offered"] for e in session.log.events if e.kind == "action" and e.data.get("ok")]
    assert [sorted(o) for o in offered] == [["holding", "vague"], ["holding", "vague"]]  # all-clear only from 50m
    vague = moment(build_record(session, score(session), "en"), "status", option="vague")
    assert vague["better"] is None  # holding was posted already, all-clear not offered yet: nothing to name
    later = run_steps(scenario, ["55m status vague"])
    assert moment(build_record(later, score(later), "en"), "status", option="vague")["better"]["id"] in ("holding", "all-clear")
