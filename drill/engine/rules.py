"""Conditions: structured, never eval'd, read against the session's state.

Kept apart from the session so triggers, endings and `drill lint` agree on one meaning of
each condition kind.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from drill.scenario import model as m
from drill.scenario.types import in_window

if TYPE_CHECKING:
    from drill.engine.session import Session

LEVEL_RANK = {level: rank for rank, level in enumerate(m.LEVELS)}

ROLE_VERBS: dict[str, frozenset[str]] = {
    "service": frozenset({"reply", "private", "redirect", "delete", "hide", "dismiss", "escalate"}),
    "comms": frozenset({"reply", "private", "redirect", "status", "hide", "dismiss", "escalate"}),
    "management": frozenset({"status", "escalate", "dismiss"}),
}
"""What the people on each rung may do in a team exercise: customer service answers and
moderates the wall; communications also speaks to everyone at once (status updates);
management decides on statements and on whom to call, and does not answer customers itself.
A role beside the ladder (a team's own word for a role) is not limited."""


def holds(cond: Any, s: Session) -> bool:
    """Whether a condition is true now."""
    return _RULES[type(cond)](cond, s)


def positive(cond: Any) -> Iterator[Any]:
    """The conditions that must hold for this one to hold (not those under a `not`)."""
    if isinstance(cond, m.AllCond):
        for sub in cond.all:
            yield from positive(sub)
    elif isinstance(cond, m.AnyCond):
        for sub in cond.any:
            yield from positive(sub)
    elif not isinstance(cond, m.NotCond):
        yield cond


def _meter(cond: m.MeterCond, s: Session) -> bool:
    value = getattr(s.meters, cond.meter)
    return (cond.above is None or value > cond.above) and (cond.below is None or value < cond.below)


def _unanswered(cond: m.UnansweredCond, s: Session) -> bool:
    item = s.items_by_id.get(cond.unanswered)
    return item is not None and item.answered_at is None and s.now - item.time >= cond.for_


_RULES: dict[type, Callable[[Any, Session], bool]] = {
    m.AllCond: lambda c, s: all(holds(sub, s) for sub in c.all),
    m.AnyCond: lambda c, s: any(holds(sub, s) for sub in c.any),
    m.NotCond: lambda c, s: not holds(c.not_, s),
    m.ActionCond: lambda c, s: s.has_done(c.action, c.inject, c.option, c.tag),
    m.MeterCond: _meter,
    m.UnansweredCond: _unanswered,
    m.ArrivedCond: lambda c, s: c.arrived in s.items_by_id,
    m.ElapsedCond: lambda c, s: s.now >= c.elapsed,
    m.ClockCond: lambda c, s: in_window(c.clock, s.minute_of_day()),
    m.EscalatedCond: lambda c, s: LEVEL_RANK[s.level] >= LEVEL_RANK[c.escalated],
    m.FiredCond: lambda c, s: c.fired in s.fired,
    m.FloodCond: lambda c, s: s.flood_waiting(c.flood) > c.unanswered_above,
    m.ChanceCond: lambda c, s: s.chance(id(c), c.chance),
}
"""One rule per condition kind, dispatched by type (conditions are checked after every event)."""


def draw(seed: int, key: str, probability: float) -> bool:
    """A seeded coin flip for one named condition: the same in every process and replay."""
    return random.Random(f"{seed}:chance:{key}").random() < probability
