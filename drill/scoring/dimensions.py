"""The six dimensions of a drill's score, each a function from a finished session to evidence.

Each rule follows DOMAIN.md and SCORING.md: answer fast, and only an acceptable answer stops
the clock (timeliness); recognise and escalate, scored by distance on the ladder from what the
item called for (escalation); the right channel, never personal data in public, never a
sensitive case in a direct message (channel_privacy); what a reply says, by the author's key
(tone_strategy); never remove fair criticism, keep promises, hide by the moderation rules
(transparency); and answer everyone in time, a flood through fresh status updates (coverage).

A fixed habit (always the first option, always the longest, management at once) must land
near the average option's value, never at the top: the authored values, the ladder distance
and the forward-only status coverage are what make that so (`drill simulate --blind`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from drill.engine.rules import LEVEL_RANK
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB
from drill.scenario.vocabulary import LEVELS
from drill.scoring.evidence import Evidence

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.engine.world import Item

DEFAULT_REPLY_TARGET = 3600
DEFAULT_ESCALATE_WITHIN = 1800
DEFAULT_HOLDING_WITHIN = 1800

ACCEPTABLE = 50.0
"""A reply worth at least this (an authored value of 0 or more) answers its item: a harmful
reply does not stop the clock, the customer is still waiting for a real answer."""
LADDER_STEP = 50.0
"""What each rung between the level chosen and the level called for costs, when an item
called for a rung and got another one."""
LADDER_CAP = {1: 70.0, 2: 40.0}
"""The worst misjudgement of the ladder bounds the escalation dimension: one rung off caps it
at 70, two (management for nothing, or nobody when management was needed) at 40."""
NIGHT_WAKE_CAP = 25.0
CRIED_WOLF_SHARE = 1 / 3
CRIED_WOLF_CAP = 25.0
"""More than a third of the calls needless: calling about everything is a habit, not a
judgement, and the people called learn to stop listening (a call or two too many is not)."""
"""Waking top management outside staffed hours when nothing called for it."""
NOTE_WEIGHT = 0.5
"""What the note of a call that met a need weighs beside the call itself: a situation report
lets comms or management act at once; a bare "call me" costs them the time to ask."""
REPEAT_VALUE = 0.0
"""Answering an item again after it had an acceptable answer: the wall sees a flip-flop."""

VALUE_SCALE = {2: 100.0, 1: 75.0, 0: 50.0, -1: 25.0, -2: 0.0}
"""An authored option value (−2 … 2) on the 0–100 scale of evidence."""

TONE_BASE = 50.0
TONE_TAGS: dict[str, float] = {
    "acknowledge": 15, "apologise": 10, "empathise": 10, "thank": 10, "inform": 15, "instruct": 15,
    "correct": 15, "explain_reason": 10, "move_private": 5, "follow_up": 10, "compensate": 5,
    "humour": 0, "promise": 0, "overpromise": -30, "deny": -25, "curt": -40, "defensive": -30,
    "sarcastic": -45, "boilerplate": -25, "blame_customer": -40, "speculate": -25,
    "personal_data_public": -30, "stall": -20,
}
"""What each reply tag is worth when an option carries no authored value, before the crisis
type adjusts it (a fallback: tags describe, values judge)."""

CRISIS_ADJUST: dict[str, dict[str, float]] = {
    "preventable": {"apologise": 10, "correct": 5, "deny": -15},
    "accident": {"inform": 5, "explain_reason": 5},
    "victim": {"instruct": 5, "inform": 5},
    "rumour": {"deny": 45, "correct": 5, "apologise": -10},
}
"""SCCT: rebuild (apologise, correct) for preventable crises; instruct first for victims; deny only rumours."""

INTEGRITY_TAGS: dict[str, float] = {"overpromise": 30, "speculate": 50, "deny": 30}
"""Tags that weaken transparency & integrity, and the value a reply carrying them gets."""


# ---------------------------------------------------------------------- one judgement per choice


def crisis_type(scenario: m.Scenario, inject: m.Inject | None) -> str:
    """The item's own crisis type, else the scenario's."""
    return inject.crisis_type if inject is not None and inject.crisis_type else scenario.scoring.crisis_type


def tag_value(crisis: str, tags: list[str]) -> float:
    adjust = CRISIS_ADJUST.get(crisis, {})
    total = sum(TONE_TAGS[tag] + adjust.get(tag, 0) for tag in set(tags))
    return max(0.0, min(100.0, TONE_BASE + total))


def option_value(scenario: m.Scenario, inject: m.Inject | None, option: m.Option) -> float:
    """What a reply says, 0–100: the author's key when given, else read from its tags."""
    if option.value is not None:
        return VALUE_SCALE[option.value]
    return tag_value(crisis_type(scenario, inject), list(option.tags))


def expected_routes(inject: m.Inject) -> list[str] | None:
    if inject.expect and inject.expect.route:
        return [inject.expect.route] if isinstance(inject.expect.route, str) else list(inject.expect.route)
    if inject.sensitive:
        return ["phone", "email", "secure_chat"]
    if inject.personal_data:
        return ["private", "phone", "email", "secure_chat"]
    return None


def route_judgement(inject: m.Inject, option: m.Option) -> tuple[str, float]:
    """The channel & privacy rule an option falls under for an inject, and its value."""
    wanted = expected_routes(inject)
    if "personal_data_public" in option.tags:
        return "personal_data_public", 0.0
    if wanted is None or option.route in wanted:
        return "right_channel", 100.0
    if inject.sensitive and option.route == "private":
        return "sensitive_in_dm", 10.0
    if (inject.personal_data or inject.sensitive) and option.route == "public":
        return "private_case_in_public", 10.0
    return "wrong_channel", 40.0


def chose_route(inject: m.Inject, option: m.Option) -> bool:
    """Whether sending this showed a choice of channel: the inject's options go out by more
    than one route, or a written reply went another way than the one they all take."""
    routes = {o.route for o in inject.options}
    return len(routes) > 1 or option.route not in routes


CRITICAL_ROUTES = frozenset({"personal_data_public", "sensitive_in_dm"})
"""Route rules that are critical errors: the format guide's two privacy breaches."""


def integrity_value(scenario: m.Scenario, inject: m.Inject | None, option: m.Option) -> float | None:
    """The transparency value of a reply's tags, or None when none of them weakens it."""
    rumour = crisis_type(scenario, inject) == "rumour"
    bad = [t for t in option.tags if t in INTEGRITY_TAGS and not (t == "deny" and rumour)]
    return min(INTEGRITY_TAGS[t] for t in bad) if bad else None


def option_quality(scenario: m.Scenario, inject: m.Inject, option: m.Option) -> float:
    """How good a choice an option is on its item, as the scoring judges it: the one judgement
    the ideal bot, the debrief's 'better option' and its coaching all read."""
    _, route = route_judgement(inject, option)
    integrity = integrity_value(scenario, inject, option)
    return (2 * route + 1.5 * option_value(scenario, inject, option) + 1.5 * (100.0 if integrity is None else integrity)) / 5


# ---------------------------------------------------------------------- reading the run


@dataclass(frozen=True)
class Response:
    """A reply, private message or redirect the trainee sent on an authored item, judged."""

    t: float
    item: str
    option: m.Option
    value: float
    repeat: bool
    """The item already had an acceptable answer when this one was sent, and it kept no
    promise (a promised follow-up is not a repeat)."""


def responses(session: Session) -> list[Response]:
    s = session.scenario
    found: list[Response] = []
    answered: set[str] = set()
    kept = {(p.item, p.kept_at) for p in session.promises if p.kept_at is not None}
    for t, action in session.actions:
        if action.verb not in ("reply", "private", "redirect") or action.item not in s.injects_by_id:
            continue
        option = session.option_for(action)
        if option is None:
            continue
        value = option_value(s, s.injects_by_id[action.item], option)
        follow_up = any((item, t) in kept for item in (action.item, _thread(session, action.item)))
        found.append(Response(t, action.item, option, value, action.item in answered and not follow_up))
        if value >= ACCEPTABLE:
            answered.add(action.item)
    return found


def answered_well(session: Session) -> dict[str, float]:
    """When each authored item got its first acceptable answer."""
    first: dict[str, float] = {}
    for r in responses(session):
        if r.value >= ACCEPTABLE:
            first.setdefault(r.item, r.t)
    return first


def reply_target(run: Any, inject: m.Inject | None) -> int:
    """An item's reply target: its own, else the promised response time (`run` is anything
    with the scenario: a session, or a player's view of one; no inject: a facilitator's own post)."""
    if inject is not None and inject.expect and inject.expect.reply_within:
        return inject.expect.reply_within
    return run.scenario.ground_rules.promised_response or DEFAULT_REPLY_TARGET


def removed_by_rules(item: Item) -> bool:
    """Taken off the wall as the moderation rules allow: it no longer waits for an answer."""
    return item.removed and item.breaks_rules


def due_injects(session: Session) -> Iterator[tuple[m.Inject, Item]]:
    """Authored items that want a reply and had time for one before the end (an item hidden
    by the moderation rules is off the wall and wants nothing more)."""
    for item in session.authored:
        if not item.needs_reply or removed_by_rules(item):
            continue
        inject = session.scenario.injects_by_id[item.id]
        if item.answered_at is not None or session.now - item.time >= reply_target(session, inject):
            yield inject, item


def falloff(elapsed: float, target: float, factor: float) -> float:
    """100 within the target, falling linearly to 0 at factor × target."""
    if elapsed <= target:
        return 100.0
    span = (factor - 1) * target
    return max(0.0, 100.0 * (1 - (elapsed - target) / span)) if span > 0 else 0.0


def _missed(item: Item, target: int) -> tuple[str, dict[str, float]]:
    """Why an item has no acceptable answer: none at all, or only replies that answer nothing."""
    return ("poor_answer_only", {"target": target}) if item.answered_at is not None else ("unanswered", {"target": target})


# ---------------------------------------------------------------------- the dimensions


def timeliness(session: Session) -> list[Evidence]:
    factor = session.scenario.scoring.falloff
    well = answered_well(session)
    out = []
    for inject, item in due_injects(session):
        target = reply_target(session, inject)
        if item.id not in well:
            rule, params = _missed(item, target)
            out.append(Evidence("timeliness", rule, 0.0, item.time, item.id, params=params))
            continue
        elapsed = well[item.id] - item.time
        value = falloff(elapsed, target, factor)
        rule = "reply_on_time" if value == 100 else "reply_late"
        out.append(Evidence("timeliness", rule, value, well[item.id], item.id, params={"elapsed": elapsed, "target": target}))
    out.extend(_holding(session, factor, weight=max(1.0, float(len(out)))))
    return out


def answering_status_posts(session: Session) -> set[float]:
    """When the trainee posted a status update that answers anything: one that says something
    harmful (an authored value below 0) answers nobody, as a harmful reply does not."""
    s = session.scenario
    return {t for t, a in session.actions if a.verb == "status" and (o := session.option_for(a)) is not None
            and option_value(s, None, o) >= ACCEPTABLE}


def _holding(session: Session, factor: float, weight: float) -> list[Evidence]:
    """The first status update once a flood starts. It weighs as much as all the authored
    replies together: it is the answer to everyone in the flood at once."""
    first = session.first_flood_start()
    if first is None:
        return []
    within = session.scenario.scoring.holding_within or DEFAULT_HOLDING_WITHIN
    answering = answering_status_posts(session)
    posts = [t for t, a in session.actions if a.verb == "status" and t >= first - within and t in answering]
    if not posts:
        return [Evidence("timeliness", "no_status_update", 0.0, first, params={"target": within}, weight=weight)]
    elapsed = max(0.0, posts[0] - first)
    value = falloff(elapsed, within, factor)
    rule = "status_on_time" if value == 100 else "status_late"
    return [Evidence("timeliness", rule, value, posts[0], action="status", params={"elapsed": elapsed, "target": within}, weight=weight)]


@dataclass(frozen=True)
class Need:
    """A level (a rung, or a role beside the ladder) an arrived item called for, and by when."""

    level: str
    item: str
    need: float
    deadline: float


def _thread(session: Session, item_id: str | None) -> str | None:
    """The thread an item belongs to (its own id when it starts one): an escalation about any
    item of a thread is about the thread."""
    if item_id is None:
        return None
    inject = session.scenario.injects_by_id.get(item_id)
    return (inject.thread or inject.id) if inject is not None else item_id


def called_for(inject: m.Inject | None) -> str:
    """The ladder rung an item calls for (customer service unless it says otherwise)."""
    return inject.expect.escalate if inject is not None and inject.expect and inject.expect.escalate else "service"


def escalation_needs(session: Session) -> list[Need]:
    """What each arrived item called for above customer service, and roles beside the ladder."""
    needs = []
    for item in session.authored:
        inject = session.scenario.injects_by_id[item.id]
        if not inject.expect:
            continue
        deadline = item.time + (inject.expect.escalate_within or DEFAULT_ESCALATE_WITHIN)
        if inject.expect.escalate and LEVEL_RANK[inject.expect.escalate] > 0:
            needs.append(Need(inject.expect.escalate, item.id, item.time, deadline))
        needs += [Need(role, item.id, item.time, deadline) for role in inject.expect.notify]
    return needs


def escalations_about(session: Session, item_id: str):
    """The escalations made about an item's thread, in order."""
    thread = _thread(session, item_id)
    return [e for e in session.escalations if e.item is not None and _thread(session, e.item) == thread]


def first_escalation_to(session: Session, need: Need):
    """The first escalation about the need's item that reached its level (a role: that role)."""
    for e in escalations_about(session, need.item):
        if e.level == need.level or (need.level in LEVEL_RANK and e.level in LEVEL_RANK and LEVEL_RANK[e.level] >= LEVEL_RANK[need.level]):
            return e
    return None


def _moment_level(session: Session, t: float) -> int:
    """The highest rung any item that had arrived by t called for."""
    return max((LEVEL_RANK[called_for(session.scenario.injects_by_id[i.id])] for i in session.authored if i.time <= t), default=0)


def escalation(session: Session) -> list[Evidence]:
    s = session.scenario
    factor = s.scoring.falloff
    out: list[Evidence] = []
    judged: set[int] = set()
    for need in escalation_needs(session):
        about = escalations_about(session, need.item)
        made = first_escalation_to(session, need)
        if need.level not in LEVEL_RANK:  # a role beside the ladder: told or not
            if made is None:
                out.append(Evidence("escalation", "not_notified", 0.0, need.deadline, need.item, params={"level": need.level}))
            else:
                judged.add(id(made))
                value = falloff(max(0.0, made.time - need.need), need.deadline - need.need, factor)
                out.append(Evidence("escalation", "notified", value, made.time, need.item, f"escalate {made.level}", params={"level": need.level}))
                out.append(note_evidence(made))
            continue
        rungs = [e for e in about if e.level in LEVEL_RANK]
        judged.update(id(e) for e in rungs)
        wanted = LEVEL_RANK[need.level]
        if not rungs:
            out.append(Evidence("escalation", "under_escalated", 0.0, need.deadline, need.item, params={"level": need.level},
                                cap=LADDER_CAP[wanted]))
            continue
        highest = max(LEVEL_RANK[e.level] for e in rungs)
        off = abs(highest - wanted)
        when = made or rungs[0]
        value = falloff(max(0.0, when.time - need.need), need.deadline - need.need, factor) * (100.0 - LADDER_STEP * off) / 100
        rule = "escalated_too_high" if highest > wanted else "escalated_too_low" if highest < wanted else (
            "escalated_on_time" if value == 100 else "escalated_late")
        cap = LADDER_CAP.get(off)
        if highest > wanted and any(e.level == "management" and e.outside_staffed for e in rungs):
            cap = min(cap or 100.0, NIGHT_WAKE_CAP)
        out.append(Evidence("escalation", rule, value, when.time, need.item, f"escalate {LEVELS[highest]}",
                            params={"level": need.level, "chosen": LEVELS[highest]}, cap=cap))
        if made is not None:
            out.append(note_evidence(made))
    for esc in session.escalations:
        if id(esc) in judged:
            continue
        out.append(_unprompted(session, esc))
    needless = sum(1 for e in out if e.rule == "over_escalated")
    met = sum(1 for e in out if e.rule in ("escalated_on_time", "escalated_late", "escalated_too_high", "notified"))
    if needless > CRIED_WOLF_SHARE * (needless + met):  # too many calls nobody needed: the red phone stops meaning anything
        out.append(Evidence("escalation", "cried_wolf", 0.0, params={"needless": needless, "met": met}, cap=CRIED_WOLF_CAP))
    if not out:
        out.append(Evidence("escalation", "no_escalation_needed", 100.0))
    return out


def note_evidence(esc) -> Evidence:
    """The note of a call that met a need, read by the reply checker: a situation report (how
    big, what has been done, what is needed) or not. Read in both UI languages: a Finnish
    shift often writes its notes in English, and the other way round."""
    from drill.checker import is_sitrep

    good = is_sitrep(esc.note)
    return Evidence("escalation", "note_sitrep" if good else "note_without_sitrep", 100.0 if good else 0.0, esc.time, esc.item,
                    f"escalate {esc.level}", params={"level": esc.level}, weight=NOTE_WEIGHT)


def _unprompted(session: Session, esc) -> Evidence:
    """An escalation no item's need accounts for, against what the item it names (or, naming
    nothing, the moment) called for. A call nobody needed scores 0, as a call missed does:
    both cost a rung of the ladder. Naming nothing, it meets no need either: a guess."""
    if esc.level not in LEVEL_RANK:
        return Evidence("escalation", "needless_notify", 50.0, esc.time, esc.item, f"escalate {esc.level}", params={"level": esc.level})
    if esc.item is not None:
        called = LEVEL_RANK[called_for(session.scenario.injects_by_id.get(esc.item))]
    else:
        called = _moment_level(session, esc.time)
    off = abs(LEVEL_RANK[esc.level] - called)
    if off == 0:
        rule = "escalated_about_nothing" if esc.item is None else "told_service"
        return Evidence("escalation", rule, 100.0, esc.time, esc.item, f"escalate {esc.level}", params={"level": esc.level})
    cap = LADDER_CAP[off]
    if esc.level == "management" and esc.outside_staffed:
        cap = min(cap, NIGHT_WAKE_CAP)
    return Evidence("escalation", "over_escalated" if LEVEL_RANK[esc.level] > called else "under_escalated", 0.0,
                    esc.time, esc.item, f"escalate {esc.level}", params={"level": esc.level, "called": LEVELS[called]}, cap=cap)


def channel_privacy(session: Session) -> list[Evidence]:
    """Every response judged on its route; an item that wanted a private route and got nothing scores 0."""
    s = session.scenario
    out = []
    for response in responses(session):
        inject, option = s.injects_by_id[response.item], response.option
        rule, value = route_judgement(inject, option)
        if rule not in CRITICAL_ROUTES and not chose_route(inject, option):
            continue  # sent the one way every option goes: no choice of channel was made, so none is judged
        out.append(Evidence(
            "channel_privacy", rule, value, response.t, response.item, ROUTE_VERB[option.route], option.id, option.feedback,
            critical=rule if rule in CRITICAL_ROUTES else None,
            params={"route": option.route, "wanted": "/".join(expected_routes(inject) or [])},
        ))
    for inject, item in due_injects(session):
        if item.answered_at is None and expected_routes(inject):
            out.append(Evidence("channel_privacy", "unanswered", 0.0, item.time, item.id, params={"target": reply_target(session, inject)}))
    for t, action in session.actions:
        if action.verb == "status":
            status = session.option_for(action)
            if status is not None and "personal_data_public" in status.tags:
                out.append(Evidence("channel_privacy", "personal_data_public", 0.0, t, None, "status", status.id, status.feedback, critical="personal_data_public"))
    return out or [Evidence("channel_privacy", "nothing_to_route", 100.0)]


def tone_strategy(session: Session) -> list[Evidence]:
    s = session.scenario
    out = []
    answered = set()
    for r in responses(session):
        answered.add(r.item)
        verb = ROUTE_VERB[r.option.route]
        out.append(Evidence("tone_strategy", "reply_tone", r.value, r.t, r.item, verb, r.option.id, r.option.feedback,
                            params={"tags": list(r.option.tags)}))
        if r.repeat:
            out.append(Evidence("tone_strategy", "repeated_reply", REPEAT_VALUE, r.t, r.item, verb, r.option.id))
    for t, action in session.actions:
        if action.verb == "status":
            option = session.option_for(action)
            if option is not None:
                out.append(Evidence("tone_strategy", "status_tone", option_value(s, None, option), t, None, "status", option.id,
                                    option.feedback, params={"tags": list(option.tags)}))
    for inject, item in due_injects(session):
        if item.id not in answered and inject.options:
            out.append(Evidence("tone_strategy", "unanswered", 0.0, item.time, item.id, params={"target": reply_target(session, inject)}))
    return out or [Evidence("tone_strategy", "nothing_said", 0.0)]


def _removal_rule(item: Item, verb: str) -> tuple[str, float, str | None, float]:
    """(rule, value, critical, weight) of taking an item off the wall, by the moderation rules:
    what breaks them may be hidden (deleting loses the evidence, and deleting criticism is
    never right), fair criticism never, and hiding something harmless earns nothing (shown in
    the debrief, weighs nothing)."""
    if item.breaks_rules and verb == "hide":
        return "hid_by_rules", 100.0, None, 1.0
    if item.breaks_rules and not item.criticism:
        return "deleted_by_rules", 60.0, None, 1.0
    if item.criticism:
        return ("deleted_criticism" if verb == "delete" else "hid_criticism"), 0.0, "deleted_criticism", 1.0
    return "removed_harmless", 50.0, None, 0.0


def transparency(session: Session) -> list[Evidence]:
    s = session.scenario
    out = []
    flood_removals: dict[tuple[str, str], list] = {}
    for removal in session.removals:
        item = session.feed.by_id(removal.item)
        rule, value, critical, weight = _removal_rule(item, removal.verb)
        if item.flood:
            flood_removals.setdefault((item.source, rule), []).append(removal)
            continue
        out.append(Evidence("transparency", rule, value, removal.t, item.id, removal.verb, removal.option, critical=critical, weight=weight))
    for (flood_id, rule), removals in flood_removals.items():
        item = session.feed.by_id(removals[0].item)
        _, value, critical, weight = _removal_rule(item, removals[0].verb)
        out.append(Evidence("transparency", rule, value, removals[0].t, flood_id, removals[0].verb, critical=critical,
                            params={"count": len(removals)}, weight=weight))
    for promise in session.promises:
        item_id = promise.item if promise.item != "status" else None
        if promise.broken:
            out.append(Evidence("transparency", "broken_promise", 0.0, promise.due, item_id, option=promise.option, critical="broken_promise"))
        elif promise.kept_at is not None:
            out.append(Evidence("transparency", "kept_promise", 100.0, promise.kept_at, item_id, option=promise.option))
    for r in responses(session):
        weak = integrity_value(s, s.injects_by_id[r.item], r.option)
        if weak is not None:
            out.append(Evidence("transparency", "weak_integrity", weak, r.t, r.item, ROUTE_VERB[r.option.route], r.option.id,
                                r.option.feedback, params={"tags": list(r.option.tags)}))
    for _inject, item in due_injects(session):
        if not item.criticism or item.removed:
            continue
        if item.answered_at is None:
            out.append(Evidence("transparency", "criticism_ignored", 20.0, item.time, item.id))
        else:
            out.append(Evidence("transparency", "criticism_answered", 100.0, item.answered_at, item.id))
    return out or [Evidence("transparency", "nothing_to_judge", 100.0)]


def covered_comments(arrivals: list[float], posts: list[float], lapse: float, target: float) -> int:
    """How many comments (arrival times, sorted) a status update answered in time: one was
    posted at most `lapse` before the comment, or one followed within `target` of it. Time
    runs forward only: an update at the end does not answer the morning's questions."""
    # Between two updates the comments answered are a run after the earlier one and a run
    # before the later one: each found by bisection on the same comparisons a scan would make
    # (c - p is monotone in c), not by visiting every comment of a flood.
    covered, lo = 0, bisect.bisect_left(arrivals, posts[0]) if posts else len(arrivals)
    if posts and lo:
        covered += lo - bisect.bisect_left(arrivals, -target, 0, lo, key=posts[0].__rsub__)
    for i, post in enumerate(posts):
        hi = bisect.bisect_left(arrivals, posts[i + 1], lo) if i + 1 < len(posts) else len(arrivals)
        fresh = bisect.bisect_right(arrivals, lapse, lo, hi, key=post.__rsub__)
        if i + 1 < len(posts):
            soon = bisect.bisect_left(arrivals, -target, lo, hi, key=posts[i + 1].__rsub__)
            covered += hi - max(soon, fresh)
        covered += fresh - lo
        lo = hi
    return covered


def coverage(session: Session) -> list[Evidence]:
    """Authored items answered acceptably, and flood comments answered in time. A flood is
    many people: the floods together weigh twice the authored items."""
    s = session.scenario
    out = []
    well = answered_well(session)
    due = list(due_injects(session))
    floods_with_comments = sum(1 for st in session.floods.values() if st.waiting_times)
    flood_weight = max(1.0, 2 * len(due) / max(1, floods_with_comments))
    for inject, item in due:
        if item.id in well:
            out.append(Evidence("coverage", "answered", 100.0, well[item.id], item.id))
        else:
            rule, params = _missed(item, reply_target(session, inject))
            out.append(Evidence("coverage", rule, 0.0, item.time, item.id, params=params))
    target = float(s.ground_rules.promised_response or DEFAULT_REPLY_TARGET)
    answering = answering_status_posts(session)
    removed: dict[str, int] = {}
    for removal in session.removals:
        item = session.feed.by_id(removal.item)
        if item.flood and item.needs_reply:
            removed[item.source] = removed.get(item.source, 0) + 1
    for flood_id, state in session.floods.items():
        total = len(state.waiting_times)
        if not total:
            continue
        posts = [t for t in state.status_posts if t in answering]
        covered = covered_comments(state.waiting_times, posts, float(s.floods_by_id[flood_id].status_lapse), target)
        covered = max(0, covered - removed.get(flood_id, 0))
        out.append(Evidence("coverage", "flood_covered", 100.0 * covered / total, None, flood_id,
                            params={"covered": covered, "total": total}, weight=flood_weight))
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
