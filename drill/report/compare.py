"""A fork beside its parent: what trying again from one decision changed.

Both runs are the same scenario on the same seed, identical up to the decision the fork
branched at. The comparison shows the score per dimension side by side with the difference,
the two timelines one above the other, and what followed differently: the items that
arrived in one run only, the triggers that fired in one only, the endings, and how far the
meters drifted apart (the widest gap of each, and when).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from drill.i18n import t
from drill.report.explain import dim_name, item_ref
from drill.report.runrecord import ChartParts
from drill.scenario import model as m
from drill.scenario.types import text_in
from drill.scoring.scorecard import score_text

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.scoring.scorecard import Scorecard

METERS = ("heat", "reach", "sentiment", "press")


def _meter_rows(session: Session) -> dict[float, dict[str, float]]:
    return {round(e.t, 3): e.data["meters"] for e in session.log.events if e.kind in ("tick", "end") and "meters" in e.data}


def _after(session: Session, kind: str, key: str, since: float) -> list[str]:
    return list(dict.fromkeys(str(e.data.get(key)) for e in session.log.events if e.kind == kind and e.t >= since))


def comparison(parent: tuple[Session, Scorecard, str], fork: tuple[Session, Scorecard], lang: str, timeline: ChartParts) -> dict[str, Any]:
    """The compare section of a fork's record. `parent` is (session, scorecard, its journal's
    name); `timeline` is the parent's record parts the timeline chart is drawn from."""
    (p_session, p_card, p_name), (f_session, f_card) = parent, fork
    header = f_session.log.header
    since = float(header.get("fork_t", 0.0))
    scenario = f_session.scenario
    dims = [_row("overall", t("report.compare.overall", lang), p_card.overall, f_card.overall, p_card.rating, f_card.rating)]
    for name, dim in f_card.dimensions.items():
        before = p_card.dimensions[name]
        dims.append(_row(name, dim_name(name, lang), before.score, dim.score, before.rating, dim.rating))
    p_items, f_items = _after(p_session, "inject", "item", since), _after(f_session, "inject", "item", since)
    p_fired, f_fired = _after(p_session, "trigger", "trigger", since), _after(f_session, "trigger", "trigger", since)
    return {
        "parent": p_name, "at": header.get("fork_at"), "t": since,
        "dimensions": dims,
        "endings": {"parent": _ending(scenario, p_session.ended, lang), "fork": _ending(scenario, f_session.ended, lang),
                    "same": p_session.ended == f_session.ended},
        "injects": {"parent_only": [item_ref(i, lang) for i in p_items if i not in f_items],
                    "fork_only": [item_ref(i, lang) for i in f_items if i not in p_items]},
        "triggers": {"parent_only": [i for i in p_fired if i not in f_fired], "fork_only": [i for i in f_fired if i not in p_fired]},
        "meters": _divergence(_meter_rows(p_session), _meter_rows(f_session), since, lang),
        "timeline": timeline,
    }


def _row(name: str, label: str, before: float, after: float, before_rating: str, after_rating: str) -> dict[str, Any]:
    """One line of the score table in whole points, as every score is shown (score_text), so
    the change is the difference of the two numbers the reader sees."""
    was, now = int(score_text(before)), int(score_text(after))
    return {"name": name, "label": label, "parent": was, "fork": now, "diff": now - was,
            "parent_rating": before_rating, "fork_rating": after_rating}


def _ending(scenario: m.Scenario, ending_id: str | None, lang: str) -> str:
    ending = next((e for e in scenario.endings if e.id == ending_id), None)
    return text_in(ending.title, lang) if ending is not None else t("report.compare.no_ending", lang)


def _divergence(parent: dict[float, dict[str, float]], fork: dict[float, dict[str, float]], since: float, lang: str) -> list[dict[str, Any]]:
    """Per meter: its value at each run's end and the widest gap between the runs at the same
    moment after the fork (with when it was)."""
    shared = sorted(t_ for t_ in parent.keys() & fork.keys() if t_ >= since)
    p_end, f_end = parent[max(parent)] if parent else {}, fork[max(fork)] if fork else {}
    out = []
    for meter in METERS:
        gap, when = 0.0, None
        for moment in shared:
            d = fork[moment][meter] - parent[moment][meter]
            if abs(d) > abs(gap):
                gap, when = d, moment
        out.append({"meter": meter, "label": t(f"report.meter.{meter}", lang), "parent_end": round(p_end.get(meter, 0.0), 1),
                    "fork_end": round(f_end.get(meter, 0.0), 1), "gap": round(gap, 1), "when": when})
    return out
