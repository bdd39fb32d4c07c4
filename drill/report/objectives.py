"""Strengths and areas for improvement per objective, and the improvement plan built from them.

HSEEP's after-action report judges each objective (capability target) and turns every area
for improvement into an observation, why it matters, and a recommendation; the team then
owns each recommendation in an improvement plan. Objectives name the scoring dimensions that
measure them, so the evidence of those dimensions is the observation. A scenario without
objectives gets one per dimension.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from drill.i18n import t
from drill.report.explain import dim_name, explain, has_key, why
from drill.report.runrecord import Note
from drill.scenario import model as m
from drill.scenario.types import text_in
from drill.scenario.vocabulary import DIMENSIONS
from drill.scoring.evidence import rating

if TYPE_CHECKING:
    from drill.scoring.scorecard import Scorecard

STRENGTH_FLOOR = 85.0
"""Evidence at or above this value (HSEEP 'P') is a strength; below it, an area for improvement."""
NEUTRAL_RULES = frozenset({"nothing_to_route", "nothing_to_answer", "nothing_to_judge", "removed_harmless"})
MAX_ITEMS = 5


def _do(rule: str, dimension: str, lang: str) -> str:
    key = f"report.do.{rule}"
    return t(key, lang) if has_key(key, lang) else t(f"report.do.dim.{dimension}", lang)


def _grouped(card: Scorecard, dimensions: list[str], lang: str, strengths: bool) -> list[dict[str, Any]]:
    """Evidence of the dimensions, one entry per rule, worst first for improvements; a group
    of several cases quotes its worst (or, for strengths, its first). One silence judged by
    timeliness and by coverage is one finding, said once and counted once."""
    groups: dict[str, dict[str, Any]] = {}
    cases: dict[str, set[tuple]] = {}
    for name in dimensions:
        for e in card.dimensions[name].evidence:
            if e.rule in NEUTRAL_RULES or (e.value >= STRENGTH_FLOOR) != strengths:
                continue
            group = groups.get(e.rule)
            if group is None:
                group = groups[e.rule] = {
                    "dimension": name, "dimension_name": dim_name(name, lang), "rule": e.rule,
                    "count": 0, "refs": [], "worst": e.value, "critical": e.critical, "_quote": e,
                }
            case = (e.item, e.t, e.action, e.option)
            if case not in cases.setdefault(e.rule, set()):
                cases[e.rule].add(case)
                group["count"] += 1
            if e.value < group["worst"]:
                group["worst"], group["_quote"] = e.value, (e if not strengths else group["_quote"])
            group["critical"] = group["critical"] or e.critical
            if e.item and e.item not in group["refs"] and len(group["refs"]) < MAX_ITEMS:
                group["refs"].append(e.item)
    found = list(groups.values())
    for g in found:
        quote = g.pop("_quote")
        if not strengths:  # a reply's own coaching says what to do instead, better than general advice
            coaching = text_in(quote.feedback, lang) if quote.rule in ("reply_tone", "status_tone") else ""
            g["recommendation"] = coaching or _do(g["rule"], g["dimension"], lang)
        text = explain(quote.rule, quote.params, lang)
        g["worst"] = round(g["worst"], 1)
        g["observation"] = text if g["count"] == 1 else t("report.cases_example" if strengths else "report.cases_worst", lang, count=g["count"], text=text)
    if not strengths:
        found.sort(key=lambda g: (g["critical"] is None, g["worst"]))
        for g in found:
            g["why"] = why(g["rule"], g["dimension"], lang)
    return found


def objectives(scenario: m.Scenario, card: Scorecard, lang: str, notes: Sequence[Note] = ()) -> list[dict[str, Any]]:
    """Each objective with its dimensions' ratings, strengths, areas for improvement and the
    facilitator's observations recorded against it."""
    authored: list[tuple[str, str, list[str]]] = [(o.id, text_in(o.text, lang), list(o.dimensions) or list(DIMENSIONS)) for o in scenario.objectives]
    if not authored:
        authored = [(name, t("report.objective_dim", lang, dimension=dim_name(name, lang)), [name]) for name in DIMENSIONS]
    out = []
    for obj_id, text, dims in authored:
        weights = sum(card.dimensions[d].weight for d in dims) or 1.0
        value = sum(card.dimensions[d].score * card.dimensions[d].weight for d in dims) / weights
        out.append({
            "id": obj_id, "text": text, "score": round(value, 1), "rating": rating(value),
            "dimensions": [{"name": d, "label": dim_name(d, lang), "rating": card.dimensions[d].rating} for d in dims],
            "strengths": _grouped(card, dims, lang, strengths=True),
            "improvements": _grouped(card, dims, lang, strengths=False),
            "observations": [n for n in notes if n.get("objective") == obj_id],
        })
    return out


def improvement_plan(objs: list[dict[str, Any]], lang: str) -> list[dict[str, str]]:
    """One row per distinct area for improvement; owner and due date are left for the team."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for obj in objs:
        for g in obj["improvements"]:
            if g["rule"] in seen:
                continue
            seen.add(g["rule"])
            rows.append({"objective": obj["text"], "issue": g["observation"], "action": g["recommendation"], "owner": "", "due": ""})
    return rows
