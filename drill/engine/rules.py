"""Conditions: structured, never eval'd, read against the session's state.

Kept apart from the session so triggers, endings and `drill lint` agree on one meaning of
each condition kind.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from drill.scenario import model as m
from drill.scenario.types import in_window

if TYPE_CHECKING:
    from drill.engine.session import Session

LEVEL_RANK = {level: rank for rank, level in enumerate(m.LEVELS)}


def holds(cond: Any, s: Session) -> bool:
    """Whether a condition is true now."""
    if isinstance(cond, m.AllCond):
        return all(holds(c, s) for c in cond.all)
    if isinstance(cond, m.AnyCond):
        return any(holds(c, s) for c in cond.any)
    if isinstance(cond, m.NotCond):
        return not holds(cond.not_, s)
    if isinstance(cond, m.ActionCond):
        return s.has_done(cond.action, cond.inject, cond.option, cond.tag)
    if isinstance(cond, m.MeterCond):
        value = getattr(s.meters, cond.meter)
        return (cond.above is None or value > cond.above) and (cond.below is None or value < cond.below)
    if isinstance(cond, m.UnansweredCond):
        item = s.items_by_id.get(cond.unanswered)
        return item is not None and item.answered_at is None and s.now - item.time >= cond.for_
    if isinstance(cond, m.ArrivedCond):
        return cond.arrived in s.items_by_id
    if isinstance(cond, m.ElapsedCond):
        return s.now >= cond.elapsed
    if isinstance(cond, m.ClockCond):
        return in_window(cond.clock, s.minute_of_day())
    if isinstance(cond, m.EscalatedCond):
        return LEVEL_RANK[s.level] >= LEVEL_RANK[cond.escalated]
    if isinstance(cond, m.FiredCond):
        return cond.fired in s.fired
    if isinstance(cond, m.FloodCond):
        return s.flood_waiting(cond.flood) > cond.unanswered_above
    if isinstance(cond, m.ChanceCond):
        return s.chance(id(cond), cond.chance)
    raise TypeError(f"unknown condition {cond!r}")


def draw(seed: int, key: str, probability: float) -> bool:
    """A seeded coin flip for one named condition: the same in every process and replay."""
    return random.Random(f"{seed}:chance:{key}").random() < probability
