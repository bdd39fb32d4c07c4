"""Conditions: structured, never eval'd, read against the session's state.

Kept apart from the session so triggers, endings and `drill lint` agree on one meaning of
each condition kind.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from drill.scenario import conditions
from drill.scenario.conditions import Cond, fold, walk
from drill.scenario.types import in_window
from drill.scenario.vocabulary import LEVELS

if TYPE_CHECKING:
    from drill.engine.session import Session

LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

ROLE_VERBS: dict[str, frozenset[str]] = {
    "service": frozenset({"reply", "private", "redirect", "delete", "hide", "dismiss", "escalate"}),
    "comms": frozenset({"reply", "private", "redirect", "status", "hide", "dismiss", "escalate"}),
    "management": frozenset({"status", "escalate", "dismiss"}),
}
"""What the people on each rung may do in a team exercise: customer service answers and
moderates the wall; communications also speaks to everyone at once (status updates);
management decides on statements and on whom to call, and does not answer customers itself.
A role beside the ladder (a team's own word for a role) is not limited."""


def holds(cond: Cond, s: Session) -> bool:
    """Whether a condition is true now."""
    return RULES[type(cond)](cond, s)


def positive(cond: Cond) -> list[Cond]:
    """The conditions that must hold for this one to hold (not those under a `not`)."""
    return fold(cond, lambda leaf: [leaf], every=_joined, some=_joined, negated=lambda _: [])


def _joined(parts: Iterable[list[Cond]]) -> list[Cond]:
    return [cond for part in parts for cond in part]


def _meter(cond: conditions.MeterCond, s: Session) -> bool:
    value = getattr(s.meters, cond.meter)
    return (cond.above is None or value > cond.above) and (cond.below is None or value < cond.below)


def _unanswered(cond: conditions.UnansweredCond, s: Session) -> bool:
    item = s.items_by_id.get(cond.unanswered)
    return item is not None and item.answered_at is None and s.now - item.time >= cond.for_


RULES: dict[type, Callable[[Any, Session], bool]] = {
    conditions.AllCond: lambda c, s: all(holds(sub, s) for sub in c.all),
    conditions.AnyCond: lambda c, s: any(holds(sub, s) for sub in c.any),
    conditions.NotCond: lambda c, s: not holds(c.not_, s),
    conditions.ActionCond: lambda c, s: s.has_done(c.action, c.inject, c.option, c.tag),
    conditions.MeterCond: _meter,
    conditions.UnansweredCond: _unanswered,
    conditions.ArrivedCond: lambda c, s: c.arrived in s.items_by_id,
    conditions.ElapsedCond: lambda c, s: s.now >= c.elapsed,
    conditions.ClockCond: lambda c, s: in_window(c.clock, s.minute_of_day()),
    conditions.EscalatedCond: lambda c, s: LEVEL_RANK[s.level] >= LEVEL_RANK[c.escalated],
    conditions.FiredCond: lambda c, s: c.fired in s.fired,
    conditions.FloodCond: lambda c, s: s.flood_waiting(c.flood) > c.unanswered_above,
    conditions.ChanceCond: lambda c, s: s.chance(id(c), c.chance),
}
"""One rule per condition kind, dispatched by type (conditions are checked after every event).
The kinds are declared in drill/scenario/conditions.py; tests/engine/test_rule_table.py checks each
has its rule here."""

SETTLED_BY: dict[type, tuple[str, ...] | None] = {
    conditions.AllCond: (),
    conditions.AnyCond: (),
    conditions.NotCond: (),
    conditions.ChanceCond: (),
    conditions.ActionCond: ("done",),
    conditions.ArrivedCond: ("arrived",),
    conditions.FiredCond: ("fired",),
    conditions.EscalatedCond: ("level",),
    conditions.MeterCond: None,
    conditions.UnansweredCond: None,
    conditions.ElapsedCond: None,
    conditions.ClockCond: None,
    conditions.FloodCond: None,
}
"""What each condition kind reads that changes only at discrete moments (a chance is drawn once
per run and never changes), or None where its value can change with time or the meters (time,
the clock, silence, a meter, a flood's backlog). A trigger made only of settled kinds cannot change
its value until what they read changes, so the session skips re-checking it until then; one
with any None kind is read afresh after every event. Beside RULES so a new kind is given both in
one place; tests/engine/test_rule_table.py checks each kind is listed here too."""


def settled_by(cond: Cond) -> tuple[str, ...] | None:
    """The discrete state a condition's value depends on, or None if it can change with time or meters."""
    kinds: set[str] = set()
    for sub, _ in walk(cond):
        reads = SETTLED_BY.get(type(sub))
        if reads is None:
            return None
        kinds.update(reads)
    return tuple(sorted(kinds))


def draw(seed: int, key: str, probability: float) -> bool:
    """A seeded coin flip for one named condition: the same in every process and replay."""
    return random.Random(f"{seed}:chance:{key}").random() < probability
