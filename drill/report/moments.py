"""The decision review: each key moment, the option chosen, the better one, and what it caused.

A debrief teaches by contrast: what you did, what would have been better (judged by the
scoring's own `option_quality`, so the report never disagrees with the score), the authored
coaching, and, kept apart from the coaching, the consequences the run actually showed
(triggers that fired because of the decision). Missed items are moments too: doing nothing
is a decision the crowd sees.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING, Any

from drill.report.explain import consequence, effects, explain, option_label, tag_names, verb_name
from drill.report.runrecord import Moment
from drill.report.written import written
from drill.scenario import model as m
from drill.scenario.actions import Action
from drill.scenario.types import text_in
from drill.scoring.dimensions import due_injects, option_quality, option_value
from drill.team import who

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.scoring.scorecard import Scorecard

MAX_MOMENTS = 200
"""The HTML and Markdown review show this many moments (the record and xAPI keep them all;
the appendix lists every action)."""
BETTER_MARGIN = 0.5
ANSWER_VERBS = ("reply", "private", "redirect")


def _causes(session: Session) -> tuple[dict[int, list[tuple[float, str]]], dict[str, list[tuple[float, str]]]]:
    """Triggers by the accepted action (its index) or the unanswered item that set them off,
    as the engine recorded it (Session._cause)."""
    by_action: dict[int, list[tuple[float, str]]] = {}
    by_item: dict[str, list[tuple[float, str]]] = {}
    for event in session.log.events:
        if event.kind != "trigger":
            continue
        fired = (event.t, event.data["trigger"])
        if "action" in event.data:
            by_action.setdefault(event.data["action"], []).append(fired)
        elif "unanswered" in event.data:
            by_item.setdefault(event.data["unanswered"], []).append(fired)
    return by_action, by_item


def _caused(scenario: m.Scenario, fired: list[tuple[float, str]], lang: str) -> list[dict[str, Any]]:
    if not fired:
        return []
    triggers = {tr.id: tr for tr in scenario.triggers}
    return [
        {"t": t, "trigger": trigger_id, "consequences": [consequence(c, scenario, lang) for c in triggers[trigger_id].then]}
        for t, trigger_id in fired
    ]


def _option(option: m.Option | None, quality: float | None, lang: str) -> dict[str, Any] | None:
    if option is None:
        return None
    return {
        "id": option.id, "label": text_in(option.label, lang) or None, "short": option_label(option, lang),
        "text": text_in(option.text, lang), "route": option.route, "tags": list(option.tags),
        "tag_names": tag_names(list(option.tags), lang),
        "quality": round(quality, 1) if quality is not None else None,
        "feedback": text_in(option.feedback, lang) or None,
    }


def _best(scenario: m.Scenario, inject: m.Inject | None, offered: list[str] | None = None) -> tuple[m.Option | None, float | None]:
    options = [o for o in inject.options if offered is None or o.id in offered] if inject is not None else []
    if inject is None or not options:
        return None, None
    scored = [(option_quality(scenario, inject, o), -n, o) for n, o in enumerate(options)]
    quality, _, option = max(scored, key=lambda x: (x[0], x[1]))
    return option, quality


def _choice(session: Session, action: Action | None, inject: m.Inject | None, offered: list[str] | None = None,
            posted: Set[str] = frozenset()):
    """(chosen, its quality, better, its quality) for one action, judged as the scoring does.

    'Better' is only ever something the trainee could have chosen then: an option offered at
    that moment (the journal's `offered`) and, for a status update, not one already posted."""
    scenario = session.scenario
    if action is not None and action.verb == "status":
        chosen = session.option_for(action)
        if chosen is None:
            return None, None, None, None
        pool = [o for o in scenario.status_updates if (offered is None or o.id in offered) and (o.id == chosen.id or o.id not in posted)]
        ranked = [(option_value(scenario, None, o), -n, o) for n, o in enumerate(pool)]
        top_q, _, top = max(ranked, key=lambda x: (x[0], x[1]))
        mine = option_value(scenario, None, chosen)
        better = top if top.id != chosen.id and top_q > mine + BETTER_MARGIN else None
        return chosen, mine, better, top_q if better else None
    if action is not None and action.verb == "escalate":
        return None, None, None, None
    best, best_q = _best(scenario, inject, offered)
    if action is not None and action.verb in ANSWER_VERBS and inject is not None:
        chosen = session.option_for(action)
        if chosen is None:
            return None, None, None, None
        mine = option_quality(scenario, inject, chosen)
        other = best is not None and (best.id != chosen.id or action.text is not None)  # a written reply carries its nearest option's id
        better = best if other and (best_q or 0) > mine + BETTER_MARGIN else None
        return chosen, mine, better, best_q if better else None
    return None, None, best, best_q


def _judged(card: Scorecard, lang: str) -> dict[tuple[str | None, float | None], list[dict[str, Any]]]:
    found: dict[tuple[str | None, float | None], list[dict[str, Any]]] = {}
    for e in card.evidence:
        key = (e.item if e.item is not None else e.action, round(e.t, 3) if e.t is not None else None)
        found.setdefault(key, []).append({
            "dimension": e.dimension, "rule": e.rule, "value": round(e.value, 1),
            "text": explain(e.rule, e.params, lang), "critical": e.critical, "option": e.option,
        })
    return found


def key_moments(session: Session, card: Scorecard, lang: str) -> list[Moment]:
    """The decision review's moments in time order: repeats of one decision are one moment."""
    scenario = session.scenario
    by_action, by_item = _causes(session)
    judged = _judged(card, lang)
    groups: dict[tuple, Moment] = {}
    acted: set[str] = set()
    offered = offered_per_action(session)
    numbers = decision_numbers(session)
    posted: set[str] = set()
    for k, (t, action) in enumerate(session.actions):
        item = session.feed.get(action.item or "") if action.item else None
        if item is not None and item.flood:
            key: tuple = ("flood", item.source, action.verb)
        else:
            key = (action.verb, action.item, action.option, action.level)
        if action.item:
            acted.add(action.item)
        moment = groups.get(key)
        if moment is None:
            moment = groups[key] = _moment(session, t, action, item, judged, lang, offered[k], frozenset(posted))
            moment["n"] = numbers[k]
        else:
            moment["count"] += 1
            moment["last_t"] = t
        if k in by_action:
            moment["caused"] += _caused(scenario, by_action[k], lang)
        if action.verb == "status" and action.option:
            posted.add(action.option)
    for _inject, item in due_injects(session):
        if item.answered_at is None and not item.removed and item.id not in acted:
            moment = _moment(session, item.time, None, item, judged, lang)
            groups[("missed", item.id)] = moment
    for item_id, fired in by_item.items():
        # the silence on an item: its missed moment, else the first thing done to it (a late
        # answer, or a deletion that left the complaint unanswered)
        owner = groups.get(("missed", item_id)) or next(
            (mo for key, mo in groups.items() if key[0] not in ("flood", "missed") and key[1] == item_id), None)
        if owner is not None:
            owner["caused"] = sorted(owner["caused"] + _caused(scenario, fired, lang), key=lambda c: c["t"])
    order = sorted(enumerate(groups.values()), key=lambda pair: (pair[1]["t"], pair[0]))
    return [mo for _, mo in order]


def decision_numbers(session: Session) -> list[int]:
    """The number of each accepted action among all the run's decisions, refused ones counted
    too: the numbering of the debrief's action log and of `drill play --fork … --at N`."""
    events = [e for e in session.log.events if e.kind == "action"]
    return [n for n, e in enumerate(events, 1) if e.data.get("ok")]


def offered_per_action(session: Session) -> list[list[str] | None]:
    """What each accepted action could have chosen from, as the journal recorded it then."""
    return [e.data.get("offered") for e in session.log.events if e.kind == "action" and e.data.get("ok")]


def _moment(session: Session, t: float, action: Action | None, item: Any, judged: dict, lang: str,
            offered: list[str] | None = None, posted: Set[str] = frozenset()) -> Moment:
    scenario = session.scenario
    inject = scenario.injects_by_id.get(item.id) if item is not None and not item.flood else None
    chosen, mine, better, best_q = _choice(session, action, inject, offered, posted)
    picked = chosen.id if chosen is not None else action.option if action is not None else None
    # the option the evidence names: for a written reply, its nearest authored option
    if action is None:
        verb, key_item = "missed", item.id
        evidence = [e for e in judged.get((item.id, round(item.time, 3)), []) if e["rule"] in ("unanswered", "criticism_ignored")]
    elif action.verb == "escalate":
        verb, key_item = "escalate", action.item
        evidence = [e for e in judged.get((action.item or f"escalate {action.level}", round(t, 3)), []) if e["dimension"] == "escalation"]
    elif action.verb == "status":
        verb, key_item = "status", None
        evidence = [e for e in judged.get(("status", round(t, 3)), []) if e["option"] in (None, picked)]
    else:
        verb, key_item = action.verb, action.item
        evidence = [e for e in judged.get((action.item, round(t, 3)), []) if e["option"] in (None, picked)]
    flood = item is not None and item.flood
    moment: Moment = {
        "n": None, "t": round(t, 3), "last_t": round(t, 3),
        "count": 1, "verb": verb, "verb_name": verb_name(verb, lang),
        "item": (item.source if flood else item.id) if item is not None else key_item,
        "flood": flood,
        "item_text": text_in(inject.text, lang) if inject is not None else item.text(lang) if item is not None and not flood else "",
        "author": item.author if item is not None and not flood else None,
        "channel": item.channel if item is not None and not flood else None,
        "personal_data": bool(inject and inject.personal_data), "sensitive": bool(inject and inject.sensitive),
        "level": action.level if action else None, "note": action.note if action else "",
        "role": action.role if action else None,
        "role_name": who(action.member, action.role, lang) if action else "",
        "chosen": _option(chosen, mine, lang),
        "written": written(scenario, action, inject, lang) if action is not None else None,
        "better": _option(better, best_q, lang),
        "effects": effects(chosen.effects, lang) if chosen is not None else [],
        "judged": evidence,
        "critical": sorted({e["critical"] for e in evidence if e["critical"]}),
        "caused": [],
    }
    return moment
