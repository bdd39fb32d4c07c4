"""Evidence: the unit of judgement. Every point of a score is backed by one record.

A record names the rule that judged, the moment, the item and action, a value from 0 to
100, and the authored feedback. Scores, the end screen, the debrief and the xAPI export
are all built from these records, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RATINGS = (("P", 85.0), ("S", 65.0), ("M", 40.0), ("U", 0.0))
"""HSEEP ratings: Performed without challenges, with Some, with Major challenges, Unable."""

CRITICAL_CAP_OVERALL = 40.0
CRITICAL_CAP_DIMENSION = 20.0
BAD_ENDING_CAP = 84.0
"""A bad ending rules out P: the overall stops just below its floor. A gate, not a second sum:
the decisions that led there are already scored."""


def rating(score: float) -> str:
    return next(letter for letter, floor in RATINGS if score >= floor)


@dataclass(frozen=True)
class Evidence:
    dimension: str
    rule: str
    """A rule key; its explanation text lives in drill.i18n under `rule.<key>`."""
    value: float
    t: float | None = None
    item: str | None = None
    action: str | None = None
    option: str | None = None
    feedback: Any = None
    """The authored feedback (a Text) for the choice judged, if any."""
    critical: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    weight: float = 1.0
    cap: float | None = None
    """This judgement bounds its whole dimension at this value (the worst misjudgement of the
    escalation ladder does), whatever the average of the rest."""

    def to_json(self) -> dict[str, Any]:
        data = {
            "dimension": self.dimension, "rule": self.rule, "value": round(self.value, 2), "t": self.t,
            "item": self.item, "action": self.action, "option": self.option, "feedback": self.feedback,
            "critical": self.critical, "params": self.params, "weight": self.weight, "cap": self.cap,
        }
        return {k: v for k, v in data.items() if v not in (None, {}, "")}
