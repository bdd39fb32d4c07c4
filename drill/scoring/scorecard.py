"""The scorecard: evidence per dimension, P/S/M/U ratings, critical errors and lessons.

`score(session)` is a pure function of a finished session, which is itself a pure function
of scenario, seed and inputs (see runlog.replay), so a run's score can always be rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from drill.scoring.dimensions import DEFAULT_WEIGHTS, DIMENSION_RULES
from drill.scoring.evidence import BAD_ENDING_CAP, CRITICAL_CAP_DIMENSION, CRITICAL_CAP_OVERALL, Evidence, rating

if TYPE_CHECKING:
    from drill.engine.session import Session


@dataclass(frozen=True)
class DimensionScore:
    name: str
    score: float
    rating: str
    weight: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Scorecard:
    overall: float
    rating: str
    dimensions: dict[str, DimensionScore]
    critical: tuple[Evidence, ...]
    ending: str | None
    lessons: tuple[Evidence, ...] = field(default=())
    gate: str | None = None
    """Why the overall was held below P whatever the decisions scored ('bad_ending'), if it was."""

    @property
    def evidence(self) -> list[Evidence]:
        return [e for d in self.dimensions.values() for e in d.evidence]

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": round(self.overall, 2),
            "rating": self.rating,
            "ending": self.ending,
            "gate": self.gate,
            "critical": [e.critical for e in self.critical],
            "dimensions": {
                name: {"score": round(d.score, 2), "rating": d.rating, "weight": d.weight, "evidence": [e.to_json() for e in d.evidence]}
                for name, d in self.dimensions.items()
            },
            "lessons": [e.to_json() for e in self.lessons],
        }


def score_text(value: float) -> str:
    """A score as a person reads it: whole points. The end screen, the debrief and `drill
    history` all show scores through this, so a run the app called 99 is 99 in the history."""
    return f"{value:.0f}"


def score(session: Session) -> Scorecard:
    weights = dict(DEFAULT_WEIGHTS)
    weights.update(session.scenario.scoring.weights.items())  # the scenario's own over the defaults
    ending = next((e for e in session.scenario.endings if e.id == session.ended), None)
    shown = ending_evidence(session, ending)
    dimensions: dict[str, DimensionScore] = {}
    critical: list[Evidence] = []
    for name, rule in DIMENSION_RULES.items():
        evidence = rule(session) + shown.get(name, [])
        total = sum(e.weight for e in evidence)
        value = sum(e.value * e.weight for e in evidence) / total if total else 100.0
        value = min([value, *(e.cap for e in evidence if e.cap is not None)])
        crit = [e for e in evidence if e.critical]
        if crit:
            value = min(value, CRITICAL_CAP_DIMENSION)
            critical.extend(crit)
        dimensions[name] = DimensionScore(name, value, rating(value), weights[name], tuple(evidence))
    weight_sum = sum(d.weight for d in dimensions.values())
    overall = sum(d.score * d.weight for d in dimensions.values()) / weight_sum if weight_sum else 0.0
    if critical:
        overall = min(overall, CRITICAL_CAP_OVERALL)
    gate = None
    if ending is not None and ending.outcome == "bad" and overall > BAD_ENDING_CAP:
        overall, gate = BAD_ENDING_CAP, "bad_ending"
    critical.sort(key=lambda e: (e.t if e.t is not None else 0.0, e.rule))
    return Scorecard(overall, rating(overall), dimensions, tuple(critical), session.ended, lessons(dimensions), gate)


def ending_evidence(session: Session, ending: Any) -> dict[str, list[Evidence]]:
    """What the ending shows that no decision measured (its authored `scores`), scored once."""
    if ending is None:
        return {}
    return {dim: [Evidence(dim, "ending_shows", float(value), session.now, params={"ending": ending.id})]
            for dim, value in ending.scores.items()}


def lessons(dimensions: dict[str, DimensionScore], count: int = 3) -> tuple[Evidence, ...]:
    """The costliest moments: critical errors first, then the lowest values on the heaviest dimensions."""
    ranked = sorted(
        (e for d in dimensions.values() for e in d.evidence if e.value < 100),
        key=lambda e: (e.critical is None, -(100 - e.value) * dimensions[e.dimension].weight, e.t or 0.0, e.rule),
    )
    picked: list[Evidence] = []
    seen: set[tuple[str, str | None]] = set()
    for e in ranked:
        key = (e.rule, e.item)
        if key not in seen:
            seen.add(key)
            picked.append(e)
        if len(picked) == count:
            break
    return tuple(picked)


def critical_per_action(session: Session, card: Scorecard) -> list[list[str]]:
    """The critical errors each accepted action led to, in `session.actions` order: the
    report's action log and its table per role read them from the one judgement here."""
    found: list[list[str]] = [[] for _ in session.actions]
    for e in card.critical:
        for n, (t, action) in enumerate(session.actions):
            if action.item != e.item and not (e.item is None and action.verb == "status"):
                continue
            if e.rule == "broken_promise":
                hit = action.option == e.option
            else:
                hit = t == e.t and (action.verb == e.action or (e.option is not None and action.option == e.option))
            if hit:
                found[n].append(e.critical or e.rule)
                break
    return found
