"""Conditions: when a trigger fires, an ending is chosen, an option is offered.

Each kind is declared once, in `CONDITIONS`: the key that starts it in a file, its model, and for
the connectives (all, any, not) the field that holds what they connect. The `Condition` union the
loader validates against, the keys its error names, the kind of a value and the walks over a
condition tree below are derived from it, so a new kind is a class and a line here, and a rule
in drill/engine/rules.py (which evaluates conditions; a test checks every kind has one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import Field, model_validator

from drill.scenario.diagnostics import Path_
from drill.scenario.fields import Duration, Window
from drill.scenario.kinds import Kind, Kinds
from drill.scenario.vocabulary import Id, Level, MeterName, Model, ReplyTag


class Cond(Model):
    """What every condition kind is; to mypy, `Condition` is this (it cannot read a union built at run time)."""


class ActionCond(Cond):
    action: Literal[
        "any", "reply", "private", "redirect", "status", "hide", "delete", "escalate", "dismiss"
    ]
    """The verb: 'reply' public, 'private' message, 'redirect' to phone/e-mail/secure chat, 'status' update, 'hide', 'delete', 'escalate', 'dismiss', or 'any'."""
    inject: Id | None = None
    """The inject it was done on (not needed for status and escalate)."""
    option: Id | None = None
    """The authored option chosen, for reply, private, redirect and status."""
    tag: ReplyTag | None = None
    """Matches any chosen option carrying this tag."""


class MeterCond(Cond):
    meter: MeterName
    """The meter to read."""
    above: float | None = None
    """True when the meter is above this value."""
    below: float | None = None
    """True when the meter is below this value."""

    @model_validator(mode="after")
    def _one_bound(self) -> MeterCond:
        if self.above is None and self.below is None:
            raise ValueError("a meter condition needs 'above' or 'below'")
        return self


class UnansweredCond(Cond):
    unanswered: Id
    """An inject that has had no reply, redirect or status update covering it."""
    for_: Duration = Field(0, alias="for")
    """…for at least this long since it arrived (e.g. 15m)."""


class ArrivedCond(Cond):
    arrived: Id
    """True once this inject has arrived."""


class ElapsedCond(Cond):
    elapsed: Duration
    """True once this much simulated time has passed since the start."""


class ClockCond(Cond):
    clock: Window
    """True while the time of day is in this window (HH:MM-HH:MM)."""


class EscalatedCond(Cond):
    escalated: Level
    """True once the escalation level is at least this."""


class FiredCond(Cond):
    fired: Id
    """True once the named trigger has fired."""


class FloodCond(Cond):
    flood: Id
    """A flood."""
    unanswered_above: int = Field(ge=0)
    """True when more of its comments than this wait for an answer."""


class ChanceCond(Cond):
    chance: float = Field(ge=0, le=1)
    """True with this probability, drawn once per run from the seed (e.g. 0.5: the strike goes ahead in half the runs)."""


class AllCond(Cond):
    all: list[Condition] = Field(min_length=1)
    """True when every condition is true."""


class AnyCond(Cond):
    any: list[Condition] = Field(min_length=1)
    """True when at least one condition is true."""


class NotCond(Cond):
    not_: Condition = Field(alias="not")
    """True when the condition is false."""


CONDITIONS = Kinds(
    "condition",
    (
        Kind("all", AllCond, sub="all"),
        Kind("any", AnyCond, sub="any"),
        Kind("not", NotCond, sub="not_"),
        Kind("action", ActionCond),
        Kind("meter", MeterCond),
        Kind("unanswered", UnansweredCond),
        Kind("arrived", ArrivedCond),
        Kind("elapsed", ElapsedCond),
        Kind("clock", ClockCond),
        Kind("escalated", EscalatedCond),
        Kind("fired", FiredCond),
        Kind("flood", FloodCond),
        Kind("chance", ChanceCond),
    ),
)
"""Every condition kind, in the order the schema lists them."""

if TYPE_CHECKING:
    Condition = Cond
else:
    Condition = CONDITIONS.union()


def children(cond: Cond) -> Iterator[tuple[Path_, Cond]]:
    """The conditions a connective connects, each with its step in the data path (("all", 0), ("not",)); none for a leaf."""
    kind = CONDITIONS.of(cond)
    if kind.sub is None:
        return
    value = getattr(cond, kind.sub)
    if isinstance(value, list):
        for i, sub in enumerate(value):
            yield (kind.key, i), sub
    else:
        yield (kind.key,), value


def walk(cond: Cond, path: Path_ = ()) -> Iterator[tuple[Cond, Path_]]:
    """Every condition inside a condition tree, itself first, with its data path."""
    yield cond, path
    for step, sub in children(cond):
        yield from walk(sub, path + step)


T = TypeVar("T")


def fold(
    cond: Cond,
    leaf: Callable[[Cond], T],
    every: Callable[[Iterable[T]], T],
    some: Callable[[Iterable[T]], T],
    negated: Callable[[Iterable[T]], T],
) -> T:
    """A condition tree reduced to one value: `leaf` for each leaf, and for the connectives all,
    any and not, `every`, `some` and `negated` of their parts' values (given lazily, so `all`
    and `any` stop early and `negated` may ignore its part)."""
    kind = CONDITIONS.of(cond)
    if kind.sub is None:
        return leaf(cond)
    join = {"all": every, "any": some, "not": negated}[kind.key]
    return join(fold(sub, leaf, every, some, negated) for _, sub in children(cond))
