"""The run record: one versioned JSON document from which every debrief format is rendered.

Built once from the scenario, the run log and the scorecard, with every text already in the
report's language, so the HTML, the Markdown and the xAPI statements are views of the same
data and can never disagree. `drill report -f json` writes it as it is. It holds no wall-clock
time of its own: a date appears only when the journal header carries one, so the same run
always gives the same bytes.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath
from types import NoneType
from typing import TYPE_CHECKING, Any

from drill.i18n import refusal, t
from drill.report.compare import comparison
from drill.report.explain import dim_name, ended_early, explain, item_ref, level_name, verb_name, why
from drill.report.gcpause import gc_paused
from drill.report.hotwash import hotwash
from drill.report.moments import MAX_MOMENTS, key_moments
from drill.report.objectives import improvement_plan, objectives
from drill.report.roles import decisions_per_role, handoffs
from drill.report.runrecord import (
    ActionLine,
    ChartParts,
    Command,
    DimensionLine,
    Ending,
    EscalationInfo,
    ExpectedEscalation,
    FloodSpan,
    Mark,
    Note,
    Observation,
    ReplySpan,
    RunInfo,
    RunRecord,
    ScenarioInfo,
    Summary,
    Timeline,
)
from drill.scenario import model as m
from drill.scenario.types import text_in
from drill.scoring.dimensions import escalation_needs, first_escalation_to, reply_target
from drill.scoring.scorecard import critical_per_action, score_text
from drill.team import role_name, team_from_header, who

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.scoring.scorecard import Scorecard

RECORD_VERSION = 1
"""Bump when a field changes meaning or goes away; adding fields keeps the version."""
KNOWN_EVENTS = frozenset({"tick", "inject", "post", "trigger", "flood_start", "flood_stop", "action", "promise_broken", "end"})


def report_lang(header: dict[str, Any], scenario: m.Scenario, lang: str | None = None) -> str:
    """--lang, else the run's language from the journal header, else the scenario's first."""
    for choice in (lang, header.get("lang")):
        if choice in ("fi", "en"):
            return choice
    return "en" if "en" in scenario.languages else scenario.languages[0]


def _slug(text: str) -> str:
    """'Aino Mäkinen' → 'aino-makinen': safe in a file name on any system."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40]


def run_name(header: dict[str, Any]) -> str:
    """A file stem for the run when no journal names it: scenario, date, trainee, seed."""
    parts = [_slug(str(header.get("scenario", "run"))) or "run"]
    if header.get("started"):
        parts.append(re.sub(r"[^0-9]", "", str(header["started"]))[:12])
    if header.get("trainee"):
        parts.append(_slug(str(header["trainee"])))
    parts.append(f"seed{header.get('seed', 1)}")
    return "-".join(p for p in parts if p)


def _trainees(header: dict[str, Any]) -> list[str]:
    """Who played: the trainee, and each team member with the role's id (not its translated
    name: xAPI identifies the actors by these, whatever the report's language)."""
    trainee = header.get("trainee")
    found = [trainee] if isinstance(trainee, str) else []
    found += [f"{member.name} ({member.role})" for member in team_from_header(header)]
    return list(dict.fromkeys(f for f in found if f))


def _run(session: Session, card: Scorecard, lang: str, journal: str | None, digest: str | None) -> RunInfo:
    header = session.log.header
    s = session.scenario
    ending = next((e for e in s.endings if e.id == session.ended), None)
    return {
        "name": PurePath(journal).stem if journal else run_name(header),
        "scenario": s.id, "seed": session.seed, "engine": header.get("engine"),
        "journal_version": header.get("journal"), "scenario_version": header.get("scenario_version", s.version),
        "digest": digest or header.get("scenario_digest") or header.get("digest"),
        "trainees": _trainees(header), "started": header.get("started"),
        "team": [{**m.to_json(), "role_name": role_name(m.role, lang)} for m in team_from_header(header)],
        "facilitator": bool(header.get("facilitator")),
        "duration": round(session.now, 3), "journal": journal,
        "replay": f"drill replay {journal}" if journal else None,
        "rebuild": f"drill report {journal} -f html" if journal else None,
        "ending": {
            "id": session.ended, "title": text_in(ending.title, lang) if ending else "",
            "text": text_in(ending.text, lang) if ending else "", "outcome": ending.outcome if ending else None,
            "early": ended_early(session, lang),
        },
    }


def _scenario(s: m.Scenario, lang: str) -> ScenarioInfo:
    return {
        "id": s.id, "version": s.version, "title": text_in(s.title, lang), "summary": text_in(s.summary, lang),
        "organisation": {
            "name": text_in(s.organisation.name, lang), "sector": s.organisation.sector,
            "description": text_in(s.organisation.description, lang),
        },
        "role": text_in(s.role, lang), "briefing": text_in(s.briefing, lang),
        "starts": s.clock.starts.isoformat(), "length": s.clock.length, "languages": list(s.languages),
    }


def _summary(card: Scorecard, ending: Ending, lang: str) -> Summary:
    dims: list[DimensionLine] = [
        {"name": n, "label": dim_name(n, lang), "score": round(d.score, 1), "rating": d.rating,
         "rating_text": t(f"rating.{d.rating}", lang), "weight": d.weight}
        for n, d in card.dimensions.items()
    ]
    critical: dict[str, dict[str, Any]] = {}
    for e in card.critical:
        entry = critical.setdefault(e.critical or "", {"id": e.critical, "name": t(f"critical.{e.critical}", lang), "count": 0, "t": e.t, "refs": []})
        entry["count"] += 1
        if e.item and e.item not in entry["refs"] and len(entry["refs"]) < 5:
            entry["refs"].append(e.item)
    lessons = [explain(e.rule, e.params, lang) + (f" ({item_ref(e.item, lang)})" if e.item else "") for e in card.lessons]
    first = card.lessons[0] if card.lessons else None  # the costliest moment says why it matters, in words
    names = ", ".join(c["name"] + (f" ×{c['count']}" if c["count"] > 1 else "") for c in critical.values())
    lines = [
        t("report.line.overall", lang, score=score_text(card.overall), rating=card.rating, rating_text=t(f"rating.{card.rating}", lang)),
        t("report.line.ending", lang, ending=ending["title"] or ending["id"] or "—", outcome=t(f"report.outcome.{ending['outcome']}", lang))
        + (f" {ending['early']}" if ending["early"] else ""),
        " · ".join(f"{d['label']} {d['rating']}" for d in dims),
        t("report.line.critical", lang, names=names) if critical else t("report.line.no_critical", lang),
        t("report.line.lesson_why", lang, lesson=lessons[0], why=text_in(first.feedback, lang) or why(first.rule, first.dimension, lang))
        if first else t("report.line.no_lesson", lang),
    ]
    return {
        "overall": round(card.overall, 1), "rating": card.rating, "rating_text": t(f"rating.{card.rating}", lang),
        "dimensions": dims, "critical": list(critical.values()), "lessons": lessons, "lines": lines,
    }


def _timeline(session: Session) -> Timeline:
    s = session.scenario
    meters: list[list[float]] = []
    floods: dict[str, list[FloodSpan]] = {}
    triggers: list[Mark] = []
    observations: list[Observation] = []
    commands: list[Command] = []
    for e in session.log.events:
        if e.kind in ("tick", "end") and "meters" in e.data:
            mt = e.data["meters"]
            meters.append([round(e.t, 3), mt["heat"], mt["reach"], mt["sentiment"], mt["press"]])
        elif e.kind == "flood_start":
            floods.setdefault(e.data["flood"], []).append({"flood": e.data["flood"], "start": e.t, "stop": None})
        elif e.kind == "flood_stop" and floods.get(e.data["flood"]):
            floods[e.data["flood"]][-1]["stop"] = e.t
        elif e.kind == "trigger":
            triggers.append({"t": e.t, "id": e.data.get("trigger")})
        elif e.kind == "observation":
            rated = e.data.get("rating")
            observations.append({"t": e.t, "rating": rated if rated in ("P", "S", "M", "U") else None, "text": str(e.data.get("text", ""))})
        elif e.kind == "facilitator":
            commands.append({"t": e.t, "do": str(e.data.get("do", "")), "inject": e.data.get("inject")})
    replies: list[ReplySpan] = []
    for item in session.authored:
        if item.needs_reply:
            status = "removed" if item.removed and item.answered_at is None else (
                "unanswered" if item.answered_at is None else (
                    "on_time" if item.answered_at - item.time <= reply_target(session, s.injects_by_id[item.id]) else "late"))
            replies.append({"item": item.id, "arrived": item.time, "answered": item.answered_at,
                            "target": reply_target(session, s.injects_by_id[item.id]), "status": status})
    return {
        "length": float(s.clock.length), "end": round(session.now, 3), "meters": meters,
        "injects": [{"t": i.time, "id": i.id, "channel": i.channel} for i in session.authored],
        "floods": [span for spans in floods.values() for span in spans],
        "triggers": triggers,
        "actions": [{"t": t_, "verb": a.verb} for t_, a in session.actions],
        "replies": replies,
        "escalations": [{"t": e.time, "level": e.level} for e in session.escalations],
        "observations": observations,
        "facilitator": commands,
    }


def _escalation(session: Session, card: Scorecard, lang: str) -> EscalationInfo:
    expected: list[ExpectedEscalation] = [
        {"level": n.level, "level_name": level_name(n.level, lang), "item": n.item, "need": n.need, "deadline": n.deadline,
         "done": made.time if (made := first_escalation_to(session, n)) else None}
        for n in escalation_needs(session)
    ]
    dim = card.dimensions["escalation"]
    return {
        "score": round(dim.score, 1), "rating": dim.rating,
        "expected": expected,
        "actual": [
            {"t": e.time, "level": e.level, "level_name": level_name(e.level, lang), "note": e.note, "item": e.item,
             "outside_staffed": e.outside_staffed, "role": e.role, "role_name": role_name(e.role, lang)}
            for e in session.escalations
        ],
        "verdicts": [{"t": e.t, "rule": e.rule, "value": round(e.value, 1), "text": explain(e.rule, e.params, lang)} for e in dim.evidence],
    }


def _action_log(session: Session, card: Scorecard, lang: str) -> tuple[list[ActionLine], list[Note]]:
    actions: list[ActionLine] = []
    notes: list[Note] = []
    verbs: dict[str, str] = {}
    people: dict[tuple[str | None, str | None], tuple[str, str]] = {}  # (member, role) → (role_name, who)
    critical = iter(critical_per_action(session, card))
    for e in session.log.events:
        if e.kind == "action":  # a busy shift's 10,000 rows: one pass, each name worked out once
            data = e.data
            a = data.get("action", {})
            verb, member, role = a.get("verb"), a.get("member"), a.get("role")
            verb_text = verbs.get(verb)
            if verb_text is None:
                verb_text = verbs[verb] = verb_name(verb, lang)
            key = (member, role) if isinstance(member, (str, NoneType)) and isinstance(role, (str, NoneType)) else None
            named = people.get(key) if key else None
            if named is None:
                named = (role_name(role, lang), who(member, role, lang))
                if key:
                    people[key] = named
            ok = bool(data.get("ok"))
            reason = str(data.get("reason", ""))
            errors = next(critical, None) if ok else None
            actions.append({
                "n": len(actions) + 1, "t": e.t, "verb": verb, "verb_name": verb_text, "item": a.get("item"),
                "option": a.get("option"), "level": a.get("level"), "note": a.get("note", ""), "role": role,
                "role_name": named[0], "who": named[1],
                "ok": ok, "reason": refusal(reason, data.get("params"), lang) if reason else "",
                "critical": [t(f"critical.{c}", lang) for c in errors] if errors else [],
            })
        elif e.kind == "facilitator":
            do = str(e.data.get("do", ""))
            notes.append({"t": e.t, "kind": "facilitator", "text": t(f"report.facilitator.{do}", lang, inject=e.data.get("inject", "")),
                          "by": "", "rating": None, "objective": None, "role": None, "role_name": ""})
        elif e.kind not in KNOWN_EVENTS:
            text = e.data.get("text", "")
            rating_ = e.data.get("rating")
            role = e.data.get("role") if isinstance(e.data.get("role"), str) else None
            notes.append({"t": e.t, "kind": e.kind, "text": text if isinstance(text, str) else str(text),
                          "by": str(e.data.get("by") or role_name(role, lang) or ""),
                          "rating": rating_ if rating_ in ("P", "S", "M", "U") else None,
                          "objective": e.data.get("objective") if isinstance(e.data.get("objective"), str) else None,
                          "role": role, "role_name": role_name(role, lang)})
    return actions, notes


def _dimensions(card: Scorecard, lang: str) -> dict[str, Any]:
    return {
        name: {"score": round(d.score, 2), "rating": d.rating, "weight": d.weight,
               "evidence": [{**e.to_json(), "text": explain(e.rule, e.params, lang), "feedback": text_in(e.feedback, lang) or None} for e in d.evidence]}
        for name, d in card.dimensions.items()
    }


def build_record(session: Session, card: Scorecard, lang: str | None = None, *, journal: str | None = None, digest: str | None = None,
                 parent: tuple[Session, Scorecard, str] | None = None) -> RunRecord:
    """The run record for a finished (or stopped) session and its scorecard; for a fork, with
    its `parent` run (session, scorecard, journal name) the record compares the two."""
    with gc_paused():
        record = _build(session, card, report_lang(session.log.header, session.scenario, lang), journal, digest)
        if parent is not None:
            p_session, p_card, _ = parent
            drawn: ChartParts = {"lang": record["lang"], "scenario": record["scenario"], "timeline": _timeline(p_session),
                     "escalation": _escalation(p_session, p_card, record["lang"])}
            record["compare"] = comparison(parent, (session, card), record["lang"], drawn)
        return record


def _build(session: Session, card: Scorecard, lang: str, journal: str | None, digest: str | None) -> RunRecord:
    moments = key_moments(session, card, lang)
    actions, notes = _action_log(session, card, lang)
    objs = objectives(session.scenario, card, lang, notes)
    run = _run(session, card, lang, journal, digest)
    record: RunRecord = {
        "record_version": RECORD_VERSION,
        "lang": lang,
        "run": run,
        "scenario": _scenario(session.scenario, lang),
        "objectives_authored": bool(session.scenario.objectives),
        "summary": _summary(card, run["ending"], lang),
        "timeline": _timeline(session),
        "decisions": moments,
        "decisions_shown": min(len(moments), MAX_MOMENTS),
        "escalation": _escalation(session, card, lang),
        "objectives": objs,
        "improvement_plan": improvement_plan(objs, lang),
        "actions": actions,
        "notes": notes,
        "dimensions": _dimensions(card, lang),
        "roles": decisions_per_role(session, card, notes, lang),
        "handoffs": handoffs(session, lang),
        "compare": None,  # a fork beside its parent run (drill.report.compare), when there is one
        "hotwash": {},  # drawn from the record itself, just below
    }
    record["hotwash"] = hotwash(record)
    return record

