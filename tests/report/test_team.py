"""The debrief of a tabletop team run: participants and roles, the facilitator's observations
on the timeline and under their objectives, decisions per role, and the hotwash questions."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from reportkit import REPO

from drill.engine.session import Session
from drill.players import make_player
from drill.report import build_record, render
from drill.runlog import JournalWriter, read_journal, replay
from drill.scenario.load import load
from drill.scoring.scorecard import critical_per_action, score
from drill.team import parse_team, team_header

TEAM = "Aino:service,Mikko:comms,Sanna:management"


def role_of(action) -> str:
    """The tabletop's split of the work: comms posts status updates and escalates, service answers."""
    return "comms" if action.verb in ("status", "escalate") else "service"


@pytest.fixture(scope="module")
def team_run(tmp_path_factory):
    """deleted-comment played by the random bot as a team, with a facilitator who fires the radio
    call, rates two moments and ends the exercise early; then replayed from its journal."""
    loaded = load(REPO / "scenarios" / "deleted-comment.yaml")
    journal = tmp_path_factory.mktemp("team") / "team.jsonl"
    session = Session(loaded.scenario, 1, team=team_header(parse_team(TEAM)), facilitator=True, lang="en",
                      scenario_digest=loaded.digest)
    session_writer = JournalWriter.start(session.log, journal)
    player = make_player("random", 3)
    while session.ended is None:
        for action in player.decide(session):
            session.act(replace(action, role=role_of(action)))
        if session.now == 30 * 60:
            assert session.fire_held("radio-call").ok
            session.observe("Mikko waited for the manager before calling the red phone", rating="M", objective="red-phone", role="comms")
            session.observe("Warm, human tone with Kaisa", rating="P", objective="keep-criticism-visible", role="service")
        if session.now == 120 * 60:
            session.finish_now()
            break
        session.advance_to(session.now + 60)
    session_writer.close()
    again = replay(loaded.scenario, read_journal(journal))
    return again, score(again)


def test_the_journal_keeps_the_team_and_a_replay_rebuilds_it(team_run):
    session, _ = team_run
    assert session.log.header["team"] == [
        {"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}, {"name": "Sanna", "role": "management"},
    ]
    assert session.log.header["facilitator"] is True
    assert {a.role for _, a in session.actions} == {"service", "comms"}
    assert "radio-call" in session.feed and session.now == 120 * 60


def test_participants_and_roles_in_the_overview(team_run):
    record = build_record(*team_run)
    assert [(m["name"], m["role_name"]) for m in record["run"]["team"]] == [
        ("Aino", "customer service"), ("Mikko", "communications"), ("Sanna", "management"),
    ]
    assert record["run"]["facilitator"] is True
    html, md = render(record, "html"), " ".join(render(record, "md").split())  # Markdown wraps at 80 columns
    for text in (html, md):
        assert "Participants and roles" in text
        assert "Aino (customer service), Mikko (communications), Sanna (management)" in text
        assert "Tabletop exercise, run by a facilitator" in text


def test_observations_on_the_timeline_and_under_their_objectives(team_run):
    record = build_record(*team_run)
    assert [(o["rating"], o["text"]) for o in record["timeline"]["observations"]] == [
        ("M", "Mikko waited for the manager before calling the red phone"), ("P", "Warm, human tone with Kaisa"),
    ]
    assert record["timeline"]["facilitator"][0] == {"t": 1800.0, "do": "inject", "inject": "radio-call"}
    html = render(record, "html")
    svg = html.split('<svg class="timeline"', 1)[1].split("</svg>", 1)[0]
    assert '<rect class="obs o-M"' in svg and '<rect class="obs o-P"' in svg
    assert "09:00 M: Mikko waited for the manager before calling the red phone" in svg
    assert "The facilitator brought in radio-call." in svg
    objectives = {o["id"]: o for o in record["objectives"]}
    assert [n["text"] for n in objectives["red-phone"]["observations"]] == ["Mikko waited for the manager before calling the red phone"]
    assert [n["by"] for n in objectives["red-phone"]["observations"]] == ["communications"]
    md = " ".join(render(record, "md").split())
    assert "Observation (M): Mikko waited for the manager before calling the red phone" in md


def test_decisions_per_role(team_run):
    session, card = team_run
    record = build_record(session, card)
    rows = {r["role"]: r for r in record["roles"]}
    assert list(rows) == ["service", "comms", "management"]
    comms, service, management = rows["comms"], rows["service"], rows["management"]
    assert comms["members"] == ["Mikko"] and comms["role_name"] == "communications"
    assert service["decisions"] + comms["decisions"] == len(session.actions)
    assert comms["decisions"] == sum(1 for _, a in session.actions if a.verb in ("status", "escalate"))
    assert [e["level"] for e in comms["escalations"]] == [e.level for e in session.escalations]
    assert service["answers"] == sum(1 for _, a in session.actions if a.verb in ("reply", "private", "redirect"))
    errors = critical_per_action(session, card)
    assert service["critical"] == sum(len(c) for (_, a), c in zip(session.actions, errors) if a.role == "service") >= 1
    assert service["best"] + service["better_available"] <= service["answers"]
    assert service["rating"] in "PSMU" and 0 <= service["quality"] <= 100
    assert (service["observations"], comms["observations"]) == (1, 1)
    assert management["decisions"] == 0 and management["members"] == ["Sanna"] and management["rating"] is None
    html, md = render(record, "html"), " ".join(render(record, "md").split())
    for text in (html, md):
        assert "Decisions per role" in text
    # a table where it fits in 80 columns, else a list item per row (drill.report.mdlayout)
    assert f"| communications | Mikko | {comms['decisions']} |" in md or f"- communications · Participants: Mikko · Decisions: {comms['decisions']} ·" in md
    assert f"<td>communications</td><td>Mikko</td><td class=\"num\">{comms['decisions']}</td>" in html
    moment = next(m for m in record["decisions"] if m["verb"] == "escalate")
    assert moment["role_name"] == "communications"
    assert "· communications</span></h3>" in html


def test_hotwash_asks_about_the_weakest_moments(team_run):
    record = build_record(*team_run)
    questions = record["hotwash"]["questions"]
    generated = [q for q in questions if q["kind"] != "standard"]
    assert 3 <= len(generated) <= 6
    assert [q["t"] for q in generated] == sorted(q["t"] for q in generated)
    assert questions[-3:] == [q for q in questions if q["kind"] == "standard"]
    observation = next(q for q in generated if q["kind"] == "observation")
    assert observation["role"] == "Communications"
    assert "Mikko waited for the manager before calling the red phone" in observation["question"]
    critical = [q for q in generated if q["kind"] == "critical"]
    if record["summary"]["critical"]:
        assert critical, "a critical error is always discussed"
    html, md = render(record, "html"), render(record, "md")
    for text in (html, md):
        assert "Hotwash: questions for the discussion" in text
        assert "Which one change from this drill goes into our playbook?" in text
    finnish = build_record(*team_run, "fi")
    assert "Mikä yksi muutos tästä harjoituksesta viedään ohjekirjaamme?" in render(finnish, "md")
    assert "Osallistujat ja roolit" in render(finnish, "html")


def test_json_carries_it_all(team_run):
    data = json.loads(render(build_record(*team_run), "json"))
    assert {"roles", "hotwash"} <= data.keys()
    assert data["run"]["team"][0] == {"name": "Aino", "role": "service", "role_name": "customer service"}
    assert data["timeline"]["observations"] and data["hotwash"]["questions"]


def test_a_solo_run_has_no_role_table_but_a_hotwash(runs):
    run = runs("demo", "passive")
    record = build_record(run.session, run.card)
    assert record["roles"] == [] and record["run"]["team"] == []
    html = render(record, "html")
    assert "Decisions per role" not in html and "Hotwash" in html
    assert "Participants and roles" not in html and "Trainee(s)" in html


def test_an_exercise_ended_early_says_so(team_run, runs):
    """deleted-comment lasts 2h30m; the facilitator ended it at 2h. The replayed session knows
    (from the journal's end command), and the debrief says when and how much was left."""
    session, card = team_run
    assert session.ended_early and session.log.events[-1].data.get("early") is True
    record = build_record(session, card)
    early = record["run"]["ending"]["early"]
    assert early.startswith("The facilitator ended the exercise at 10:30, 30m before the scenario's end")
    assert early in record["summary"]["lines"][1]
    for text in (render(record, "html"), render(record, "md")):
        assert "The facilitator ended the exercise at 10:30" in text
    assert build_record(session, card, lang="fi")["run"]["ending"]["early"].startswith("Harjoituksen vetäjä päätti harjoituksen klo 10:30")
    whole = runs("deleted-comment", "ideal")
    assert not whole.session.ended_early and build_record(whole.session, whole.card)["run"]["ending"]["early"] is None


def test_hand_offs_say_who_escalated_to_whom_and_how_long_the_other_role_took():
    """Aino (service) escalates the complaint to comms; Mikko (comms) posts a status update
    4 minutes later, then escalates to management, where nobody acts: the debrief shows both."""
    from drill.scenario.actions import Action

    loaded = load(REPO / "tests" / "data" / "engine.yaml")
    session = Session(loaded.scenario, 1, team=team_header(parse_team(TEAM)), lang="en")
    session.advance_to(11 * 60)
    assert session.act(Action("escalate", item="complaint", level="comms", note="SITREP", role="service", member="Aino")).ok
    session.advance_to(15 * 60)
    assert session.act(Action("status", option="holding", role="comms", member="Mikko")).ok
    session.advance_to(16 * 60)
    assert session.act(Action("escalate", item="complaint", level="management", note="SITREP", role="comms", member="Mikko")).ok
    session.finish_now()
    record = build_record(session, score(session))
    assert [(h["from"], h["to"], h["answered"], h["by"]) for h in record["handoffs"]] == [
        ("Aino (customer service)", "Communications (red phone)", 15 * 60, "Mikko (communications)"),
        ("Mikko (communications)", "Top management", None, ""),
    ]
    assert [a["who"] for a in record["actions"]] == ["Aino (customer service)", "Mikko (communications)", "Mikko (communications)"]
    html, md = render(record, "html"), " ".join(render(record, "md").split())
    for text in (html, md):
        assert "Hand-offs between roles" in text and "nobody in that role acted after it" in text
        assert "06:15:00 Mikko (communications)" in text and "4m" in text
