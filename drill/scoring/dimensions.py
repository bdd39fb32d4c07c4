"""The six dimensions of a drill's score, each a function from a finished session to evidence.

Each rule follows DOMAIN.md: answer fast (timeliness), recognise and escalate (escalation),
pick the right channel and never put personal data in public (channel_privacy), be human
and fit the crisis type (tone_strategy), never delete criticism or break a promise
(transparency), and answer everyone who needs it, a flood through status updates (coverage).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drill.engine.rules import LEVEL_RANK
from drill.engine.session import STATUS_FRESH
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB
from drill.scoring.evidence import Evidence

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.engine.world import Item

DEFAULT_REPLY_TARGET = 3600
DEFAULT_ESCALATE_WITHIN = 1800
DEFAULT_HOLDING_WITHIN = 1800
OVER_ESCALATION_COST = 30.0
NIGHT_WAKE_COST = 20.0

TONE_BASE = 50.0
TONE_TAGS: dict[str, float] = {
    "acknowledge": 15, "apologise": 10, "empathise": 10, "thank": 10, "inform": 15, "instruct": 15,
    "correct": 15, "explain_reason": 10, "move_private": 5, "follow_up": 10, "compensate": 5,
    "humour": 0, "promise": 0, "overpromise": -30, "deny": -25, "curt": -40, "defensive": -30,
    "sarcastic": -45, "boilerplate": -25, "blame_customer": -40, "speculate": -25,
    "personal_data_public": -30, "stall": -20,
}
"""What each reply tag is worth on tone & strategy, before the crisis type adjusts it."""

CRISIS_ADJUST: dict[str, dict[str, float]] = {
    "preventable": {"apologise": 10, "correct": 5, "deny": -15},
    "accident": {"inform": 5, "explain_reason": 5},
    "victim": {"instruct": 5, "inform": 5},
    "rumour": {"deny": 45, "correct": 5, "apologise": -10},
}
"""SCCT: rebuild (apologise, correct) for preventable crises; instruct first for victims; deny only rumours."""

INTEGRITY_TAGS: dict[str, float] = {"overpromise": 30, "speculate": 50, "deny": 30}
"""Tags that weaken transparency & integrity, and the value a reply carrying them gets."""


@dataclass(frozen=True)
class Response:
    """A reply, private message or redirect the trainee sent on an authored item."""

    t: float
    item: str
    option: m.Option


def falloff(elapsed: float, target: float, factor: float) -> float:
    """100 within the target, falling linearly to 0 at factor × target."""
    if elapsed <= target:
        return 100.0
    span = (factor - 1) * target
    return max(0.0, 100.0 * (1 - (elapsed - target) / span)) if span > 0 else 0.0


def responses(session: Session) -> list[Response]:
    found = []
    for t, action in session.actions:
        if action.verb in ("reply", "private", "redirect") and action.item in session.scenario.injects_by_id:
            inject = session.scenario.injects_by_id[action.item]
            option = next(o for o in inject.options if o.id == action.option)
            found.append(Response(t, action.item, option))
    return found


def reply_target(session: Session, inject: m.Inject) -> int:
    if inject.expect and inject.expect.reply_within:
        return inject.expect.reply_within
    return session.scenario.ground_rules.promised_response or DEFAULT_REPLY_TARGET


def due_injects(session: Session) -> Iterator[tuple[m.Inject, Item]]:
    """Authored items that want a reply and had time for one before the end."""
    for item in session.authored:
        if not item.needs_reply:
            continue
        inject = session.scenario.injects_by_id[item.id]
        if item.answered_at is not None or session.now - item.time >= reply_target(session, inject):
            yield inject, item


def expected_routes(inject: m.Inject) -> list[str] | None:
    if inject.expect and inject.expect.route:
        return [inject.expect.route] if isinstance(inject.expect.route, str) else list(inject.expect.route)
    if inject.sensitive:
        return ["phone", "email", "secure_chat"]
    if inject.personal_data:
        return ["private", "phone", "email", "secure_chat"]
    return None


# ---------------------------------------------------------------------- the dimensions


def timeliness(session: Session) -> list[Evidence]:
    factor = session.scenario.scoring.falloff
    out = []
    for inject, item in due_injects(session):
        target = reply_target(session, inject)
        if item.answered_at is None:
            out.append(Evidence("timeliness", "unanswered", 0.0, item.time, item.id, params={"target": target}))
            continue
        elapsed = item.answered_at - item.time
        value = falloff(elapsed, target, factor)
        rule = "reply_on_time" if value == 100 else "reply_late"
        out.append(Evidence("timeliness", rule, value, item.answered_at, item.id, params={"elapsed": elapsed, "target": target}))
    out.extend(_holding(session, factor, weight=max(1.0, len(out) / 3)))
    return out


def _holding(session: Session, factor: float, weight: float) -> list[Evidence]:
    """The first status update once a flood starts; it weighs like a third of the authored replies."""
    starts = [e.t for e in session.log.events if e.kind == "flood_start"]
    if not starts:
        return []
    first = min(starts)
    within = session.scenario.scoring.holding_within or DEFAULT_HOLDING_WITHIN
    posts = [t for t, a in session.actions if a.verb == "status" and t >= first - within]
    if not posts:
        return [Evidence("timeliness", "no_status_update", 0.0, first, params={"target": within}, weight=weight)]
    elapsed = max(0.0, posts[0] - first)
    value = falloff(elapsed, within, factor)
    rule = "status_on_time" if value == 100 else "status_late"
    return [Evidence("timeliness", rule, value, posts[0], action="status", params={"elapsed": elapsed, "target": within}, weight=weight)]


@dataclass(frozen=True)
class Need:
    """An escalation level the situation called for: since when (its first item) and by when."""

    level: str
    item: str
    need: float
    deadline: float


def escalation_needs(session: Session) -> list[Need]:
    """Each level above customer service that some arrived item expects, lowest first."""
    s = session.scenario
    needs: dict[str, Need] = {}
    for item in session.authored:
        inject = s.injects_by_id[item.id]
        if not inject.expect or not inject.expect.escalate:
            continue
        deadline = item.time + (inject.expect.escalate_within or DEFAULT_ESCALATE_WITHIN)
        for level in m.LEVELS[1 : LEVEL_RANK[inject.expect.escalate] + 1]:
            known = needs.get(level)
            needs[level] = Need(level, item.id, item.time, deadline) if known is None else Need(
                level, known.item, known.need, min(known.deadline, deadline)
            )
    return sorted(needs.values(), key=lambda n: LEVEL_RANK[n.level])


def first_escalation_to(session: Session, level: str):
    """The first escalation that reached at least `level`, if any."""
    return next((e for e in session.escalations if LEVEL_RANK[e.level] >= LEVEL_RANK[level]), None)


def escalation(session: Session) -> list[Evidence]:
    factor = session.scenario.scoring.falloff
    needs = escalation_needs(session)
    out: list[Evidence] = []
    for need in needs:
        made = first_escalation_to(session, need.level)
        if made is None:
            out.append(Evidence("escalation", "under_escalated", 0.0, need.deadline, params={"level": need.level}))
            continue
        value = falloff(max(0.0, made.time - need.need), need.deadline - need.need, factor)
        rule = "escalated_on_time" if value == 100 else "escalated_late"
        out.append(Evidence("escalation", rule, value, made.time, action=f"escalate {made.level}", params={"level": need.level}))
    expected_rank = max((LEVEL_RANK[n.level] for n in needs), default=0)
    for esc in session.escalations:
        if LEVEL_RANK[esc.level] > expected_rank:
            cost = OVER_ESCALATION_COST + (NIGHT_WAKE_COST if esc.level == "management" and esc.outside_staffed else 0)
            out.append(Evidence("escalation", "over_escalated", 100.0 - cost, esc.time, action=f"escalate {esc.level}", params={"level": esc.level}))
    if not out:
        out.append(Evidence("escalation", "no_escalation_needed", 100.0))
    return out


def route_judgement(inject: m.Inject, option: m.Option) -> tuple[str, float]:
    """The channel & privacy rule an option falls under for an inject, and its value."""
    wanted = expected_routes(inject)
    if "personal_data_public" in option.tags:
        return "personal_data_public", 0.0
    if wanted is None or option.route in wanted:
        return "right_channel", 100.0
    if inject.sensitive and option.route == "private":
        return "sensitive_in_dm", 50.0
    if (inject.personal_data or inject.sensitive) and option.route == "public":
        return "private_case_in_public", 10.0
    return "wrong_channel", 40.0


def integrity_value(scenario: m.Scenario, option: m.Option) -> float | None:
    """The transparency value of a reply's tags, or None when none of them weakens it."""
    bad = [t for t in option.tags if t in INTEGRITY_TAGS and not (t == "deny" and scenario.scoring.crisis_type == "rumour")]
    return min(INTEGRITY_TAGS[t] for t in bad) if bad else None


def option_quality(scenario: m.Scenario, inject: m.Inject, option: m.Option) -> float:
    """How good a choice an option is, judged as the scoring would: used to name the better option and by the ideal bot."""
    _, route = route_judgement(inject, option)
    integrity = integrity_value(scenario, option)
    return (2 * route + 1.5 * tone_value(scenario, option) + 1.5 * (100.0 if integrity is None else integrity)) / 5


def channel_privacy(session: Session) -> list[Evidence]:
    """Every response judged on its route; an item that wanted a private route and got nothing scores 0."""
    out = []
    for response in responses(session):
        inject, option = session.scenario.injects_by_id[response.item], response.option
        rule, value = route_judgement(inject, option)
        out.append(Evidence(
            "channel_privacy", rule, value, response.t, response.item, ROUTE_VERB[option.route], option.id, option.feedback,
            critical="personal_data_public" if rule == "personal_data_public" else None,
            params={"route": option.route, "wanted": "/".join(expected_routes(inject) or [])},
        ))
    for inject, item in due_injects(session):
        if item.answered_at is None and expected_routes(inject):
            out.append(Evidence("channel_privacy", "unanswered", 0.0, item.time, item.id, params={"target": reply_target(session, inject)}))
    for t, action in session.actions:
        if action.verb == "status":
            option = session.scenario.status_by_id[action.option or ""]
            if "personal_data_public" in option.tags:
                out.append(Evidence("channel_privacy", "personal_data_public", 0.0, t, None, "status", option.id, option.feedback, critical="personal_data_public"))
    return out or [Evidence("channel_privacy", "nothing_to_route", 100.0)]


def tone_value(scenario: m.Scenario, option: m.Option) -> float:
    adjust = CRISIS_ADJUST.get(scenario.scoring.crisis_type, {})
    total = sum(TONE_TAGS[tag] + adjust.get(tag, 0) for tag in set(option.tags))
    return max(0.0, min(100.0, TONE_BASE + total))


def tone_strategy(session: Session) -> list[Evidence]:
    out = []
    answered = set()
    for response in responses(session):
        answered.add(response.item)
        value = tone_value(session.scenario, response.option)
        out.append(Evidence("tone_strategy", "reply_tone", value, response.t, response.item, ROUTE_VERB[response.option.route], response.option.id, response.option.feedback, params={"tags": list(response.option.tags)}))
    for t, action in session.actions:
        if action.verb == "status":
            option = session.scenario.status_by_id[action.option or ""]
            out.append(Evidence("tone_strategy", "status_tone", tone_value(session.scenario, option), t, None, "status", option.id, option.feedback, params={"tags": list(option.tags)}))
    for inject, item in due_injects(session):
        if item.id not in answered and inject.options:
            out.append(Evidence("tone_strategy", "unanswered", 0.0, item.time, item.id, params={"target": reply_target(session, inject)}))
    return out or [Evidence("tone_strategy", "nothing_said", 0.0)]


def transparency(session: Session) -> list[Evidence]:
    s = session.scenario
    out = []
    for t, action in session.actions:
        if action.verb in ("delete", "hide"):
            item = session.items_by_id[action.item or ""]
            feedback = None
            if item.criticism:
                out.append(Evidence("transparency", "deleted_criticism", 0.0, t, item.id, action.verb, feedback=feedback, critical="deleted_criticism"))
            else:
                out.append(Evidence("transparency", "removed_harmless", 100.0, t, item.id, action.verb))
    for promise in session.promises:
        if promise.broken:
            out.append(Evidence("transparency", "broken_promise", 0.0, promise.due, promise.item if promise.item != "status" else None, option=promise.option, critical="broken_promise"))
        elif promise.kept_at is not None:
            out.append(Evidence("transparency", "kept_promise", 100.0, promise.kept_at, promise.item if promise.item != "status" else None, option=promise.option))
    for response in responses(session):
        value = integrity_value(s, response.option)
        if value is not None:
            out.append(Evidence("transparency", "weak_integrity", value, response.t, response.item, ROUTE_VERB[response.option.route], response.option.id, response.option.feedback, params={"tags": list(response.option.tags)}))
    for inject, item in due_injects(session):
        if not item.criticism or item.removed:
            continue
        if item.answered_at is None:
            out.append(Evidence("transparency", "criticism_ignored", 20.0, item.time, item.id))
        else:
            out.append(Evidence("transparency", "criticism_answered", 100.0, item.answered_at, item.id))
    return out or [Evidence("transparency", "nothing_to_judge", 100.0)]


def coverage(session: Session) -> list[Evidence]:
    """Authored items answered, and flood comments covered; the floods together weigh as much as the authored items."""
    out = []
    floods_with_comments = sum(1 for st in session.floods.values() if st.waiting_times)
    due = sum(1 for _ in due_injects(session))
    flood_weight = max(1.0, due / max(1, floods_with_comments))
    for inject, item in due_injects(session):
        done = item.answered_at is not None
        out.append(Evidence(
            "coverage", "answered" if done else "unanswered", 100.0 if done else 0.0, item.answered_at or item.time, item.id,
            params={} if done else {"target": reply_target(session, inject)},
        ))
    for flood_id, state in session.floods.items():
        total = len(state.waiting_times)
        if not total:
            continue
        last = state.status_posts[-1] if state.status_posts else None
        covered = 0
        if last is not None:
            covered = bisect.bisect_right(state.waiting_times, last + STATUS_FRESH)
        deleted = sum(1 for i in session.items if i.flood and i.source == flood_id and i.removed and i.needs_reply)
        covered = max(0, covered - deleted)
        share = 100.0 * covered / total
        out.append(Evidence("coverage", "flood_covered", share, None, flood_id, params={"covered": covered, "total": total}, weight=flood_weight))
    return out or [Evidence("coverage", "nothing_to_answer", 100.0)]


DIMENSION_RULES = {
    "timeliness": timeliness,
    "escalation": escalation,
    "channel_privacy": channel_privacy,
    "tone_strategy": tone_strategy,
    "transparency": transparency,
    "coverage": coverage,
}
DEFAULT_WEIGHTS = {"timeliness": 2.0, "escalation": 2.0, "channel_privacy": 2.0, "tone_strategy": 1.5, "transparency": 1.5, "coverage": 1.0}
