"""Conditions: structured, never eval'd, read against the session's state.

Kept apart from the session so triggers, endings and `drill lint` agree on one meaning of
each condition kind.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

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


Check = Callable[["Session"], bool]
"""A condition compiled for reading: whether it holds in a session now."""


def compile_check(cond: Cond) -> Check:
    """A condition tree turned into one closure: its kinds dispatched and its fields read once,
    not on each of the thousands of events a run checks its triggers after."""
    return RULES[type(cond)](cond)


def positive(cond: Cond) -> list[Cond]:
    """The conditions that must hold for this one to hold (not those under a `not`)."""
    return fold(cond, lambda leaf: [leaf], every=_joined, some=_joined, negated=lambda _: [])


def _joined(parts: Iterable[list[Cond]]) -> list[Cond]:
    return [cond for part in parts for cond in part]


def _every(checks: list[Check]) -> Check:
    """All of the checks, in order, stopping at the first that fails: as nested `and`s, which
    cost less per read than all() over a generator (every check returns a bool)."""
    if len(checks) == 1:
        return checks[0]
    first, rest = checks[0], _every(checks[1:])
    return lambda s: first(s) and rest(s)


def _some(checks: list[Check]) -> Check:
    """Any of the checks, in order, stopping at the first that holds (see `_every`)."""
    if len(checks) == 1:
        return checks[0]
    first, rest = checks[0], _some(checks[1:])
    return lambda s: first(s) or rest(s)


def _negated(inner: Check) -> Check:
    return lambda s: not inner(s)


def _action(c: conditions.ActionCond) -> Check:
    pattern = (c.action, c.inject, c.option, c.tag)
    return lambda s: s.has_done(*pattern)


def _meter(c: conditions.MeterCond) -> Check:
    meter, above, below = c.meter, c.above, c.below
    if below is None:
        return lambda s: getattr(s.meters, meter) > above
    if above is None:
        return lambda s: getattr(s.meters, meter) < below
    return lambda s: above < getattr(s.meters, meter) < below


def _unanswered(c: conditions.UnansweredCond) -> Check:
    item_id, wait = c.unanswered, c.for_

    def check(s: Session) -> bool:
        item = s.feed.get(item_id)
        return item is not None and item.answered_at is None and s.now - item.time >= wait

    return check


def _arrived(c: conditions.ArrivedCond) -> Check:
    arrived = c.arrived
    return lambda s: arrived in s.feed


def _elapsed(c: conditions.ElapsedCond) -> Check:
    elapsed = c.elapsed
    return lambda s: s.now >= elapsed


def _clock(c: conditions.ClockCond) -> Check:
    window = c.clock
    return lambda s: in_window(window, s.minute_of_day())


def _fired(c: conditions.FiredCond) -> Check:
    fired = c.fired
    return lambda s: fired in s.fired


def _flood(c: conditions.FloodCond) -> Check:
    flood, above = c.flood, c.unanswered_above
    return lambda s: s.flood_waiting(flood) > above


def _escalated(c: conditions.EscalatedCond) -> Check:
    rank = LEVEL_RANK[c.escalated]
    return lambda s: LEVEL_RANK[s.level] >= rank


def _chance(c: conditions.ChanceCond) -> Check:
    key, probability = id(c), c.chance
    return lambda s: s.chance(key, probability)


RULES: dict[type, Callable[[Any], Check]] = {
    conditions.AllCond: lambda c: _every([compile_check(sub) for sub in c.all]),
    conditions.AnyCond: lambda c: _some([compile_check(sub) for sub in c.any]),
    conditions.NotCond: lambda c: _negated(compile_check(c.not_)),
    conditions.ActionCond: _action,
    conditions.MeterCond: _meter,
    conditions.UnansweredCond: _unanswered,
    conditions.ArrivedCond: _arrived,
    conditions.ElapsedCond: _elapsed,
    conditions.ClockCond: _clock,
    conditions.EscalatedCond: _escalated,
    conditions.FiredCond: _fired,
    conditions.FloodCond: _flood,
    conditions.ChanceCond: _chance,
}
"""One rule per condition kind, dispatched by type when a condition is compiled (the compiled
checks are read after every event). The kinds are declared in drill/scenario/conditions.py;
tests/engine/test_rule_table.py checks each has its rule here."""

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


class Gate(NamedTuple):
    """A trigger's condition split for re-reading after every event. The parts of its
    top-level `all` (or the one condition) that change only with discrete state are compiled
    together and re-read only when what they read changes; the rest are read afresh, and only
    while the settled parts hold and the clock has reached the earliest time they can hold.
    Every check is a pure reading of the session, so reading the parts in another order gives
    the same value."""

    settled: Check
    """The conjunction of the settled parts, and for each live `unanswered` that its item has
    arrived and has no answer yet (which it needs too, and which changes only with arrivals and
    actions); always true when there are none."""
    reads: tuple[str, ...]
    """The discrete state the settled parts read (SETTLED_BY)."""
    live: Check | None
    """The conjunction of the other parts (None: there are none)."""
    not_before: float
    """Before this sim time the live parts cannot all hold: a positive `elapsed`, or an
    `unanswered … for` (an item's silence is at most the time since the start)."""


def gate(cond: Cond) -> Gate:
    """A trigger's condition as a Gate."""
    parts = cond.all if isinstance(cond, conditions.AllCond) else [cond]
    live = [part for part in parts if settled_by(part) is None]
    settled = [compile_check(part) for part in parts if settled_by(part) is not None]
    reads = {kind for part in parts for kind in settled_by(part) or ()}
    silent = [part for part in live if isinstance(part, conditions.UnansweredCond)]
    settled += [_awaiting(part.unanswered) for part in silent]
    reads.update(("arrived", "done") if silent else ())
    earliest = [float(part.elapsed) for part in live if isinstance(part, conditions.ElapsedCond)]
    earliest += [float(part.for_) for part in silent]
    return Gate(
        _every(settled) if settled else _always,
        tuple(sorted(reads)),
        _every([compile_check(part) for part in live]) if live else None,
        max(earliest, default=0.0),
    )


def _always(s: Session) -> bool:
    return True


def _awaiting(item_id: str) -> Check:
    """The item has arrived and has no answer (an id names an authored item or a post, never a
    flood comment, so this changes only when an item arrives or an action is done)."""

    def check(s: Session) -> bool:
        item = s.feed.get(item_id)
        return item is not None and item.answered_at is None

    return check


def draw(seed: int, key: str, probability: float) -> bool:
    """A seeded coin flip for one named condition: the same in every process and replay."""
    return random.Random(f"{seed}:chance:{key}").random() < probability
