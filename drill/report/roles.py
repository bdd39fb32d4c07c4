"""Decisions per role: in a team exercise, who decided what and how good those decisions were.

A tabletop debrief asks each function about its own part: did customer service answer well,
did communications call the red phone in time? Every accepted action carries the role that
made it (`Action.role`); each is judged here exactly as the decision review judges it
(`moments._choice`, the scoring's own option quality), so the table and the review agree.
Observations the facilitator recorded about a role are counted beside its decisions.
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING, Any

from drill.report.explain import level_name
from drill.report.moments import _choice, offered_per_action
from drill.report.runrecord import Note
from drill.scoring.evidence import rating
from drill.scoring.scorecard import Scorecard, critical_per_action
from drill.team import role_name, team_from_header, who

if TYPE_CHECKING:
    from drill.engine.session import Session

ANSWERS = ("reply", "private", "redirect")
REMOVALS = ("hide", "delete", "dismiss")


def _row(role: str | None, lang: str, members: list[str]) -> dict[str, Any]:
    return {
        "role": role, "role_name": role_name(role, lang) if role else "", "members": members,
        "decisions": 0, "answers": 0, "status": 0, "escalations": [], "removals": 0,
        "best": 0, "better_available": 0, "critical": 0, "quality": None, "rating": None,
        "observations": 0, "_qualities": [],
    }


def handoffs(session: Session, lang: str) -> list[dict[str, Any]]:
    """Each escalation in a team exercise to another role, and how long that role took to act
    after it: the first decision by someone in that role (None: nobody did)."""
    if not team_from_header(session.log.header) and not any(e.role for e in session.escalations):
        return []
    rows = []
    for escalation in session.escalations:
        if escalation.level == escalation.role:
            continue  # telling one's own rung is not a hand-off
        answer = next(((when, action) for when, action in session.actions if when >= escalation.time and action.role == escalation.level), None)
        rows.append({
            "t": escalation.time, "item": escalation.item, "note": escalation.note,
            "from": who(escalation.member, escalation.role, lang), "to": level_name(escalation.level, lang),
            "answered": answer[0] if answer else None,
            "by": who(answer[1].member, answer[1].role, lang) if answer else "",
        })
    return rows


def decisions_per_role(session: Session, card: Scorecard, notes: list[Note], lang: str) -> list[dict[str, Any]]:
    """One row per role (team order, then other roles met, then decisions nobody was named for).

    Empty for a run without roles: a trainee playing alone has no table to fill.
    """
    team = team_from_header(session.log.header)
    critical = critical_per_action(session, card)
    roles_seen = [a.role for _, a in session.actions]
    if not team and not any(roles_seen) and not any(n.get("role") for n in notes):
        return []
    rows: dict[str | None, dict[str, Any]] = {}
    for member in team:
        rows.setdefault(member.role, _row(member.role, lang, []))["members"].append(member.name)
    scenario = session.scenario
    offered = offered_per_action(session)
    posted: set[str] = set()
    for k, ((when, action), errors) in enumerate(zip(session.actions, critical)):
        row = rows.setdefault(action.role, _row(action.role, lang, []))
        row["decisions"] += 1
        if action.verb == "escalate":
            row["escalations"].append({"t": when, "level": action.level, "level_name": level_name(action.level, lang)})
        elif action.verb == "status":
            row["status"] += 1
        elif action.verb in REMOVALS:
            row["removals"] += 1
        elif action.verb in ANSWERS:
            row["answers"] += 1
        row["critical"] += len(errors)
        inject = scenario.injects_by_id.get(action.item or "")
        chosen, quality, better, _ = _choice(session, action, inject, offered[k], frozenset(posted))
        if action.verb == "status" and action.option:
            posted.add(action.option)
        if chosen is not None and quality is not None:
            row["_qualities"].append(quality)
            if better is None:
                row["best"] += 1
            else:
                row["better_available"] += 1
    for note in notes:
        if note["kind"] == "observation" and note.get("role") in rows:
            rows[note["role"]]["observations"] += 1
    ordered = [row for key, row in rows.items() if key is not None] + ([rows[None]] if None in rows else [])
    for row in ordered:
        qualities = row.pop("_qualities")
        if qualities:
            row["quality"] = round(statistics.fmean(qualities), 1)
            row["rating"] = rating(row["quality"])
    return ordered
