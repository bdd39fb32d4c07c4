"""Consequences: what a trigger does when it fires (spawn an inject, move a meter, start or stop
a flood, end the scenario).

Each kind is declared once, in `CONSEQUENCES`; the `Consequence` union the loader validates
against and the keys its error names are derived from it (see drill/scenario/kinds.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field, model_validator

from drill.scenario.fields import Duration
from drill.scenario.kinds import Kind, Kinds
from drill.scenario.vocabulary import Id, MeterName, Model


class Then(Model):
    """What every consequence kind is; to mypy, `Consequence` is this (it cannot read a union built at run time)."""


class SpawnThen(Then):
    spawn: Id
    """The inject to bring in."""
    after: Duration = 0
    """…this long after the trigger fires."""


class MeterThen(Then):
    meter: MeterName
    """The meter to move."""
    add: float | None = None
    """Add this much (negative to lower it)."""
    set: float | None = None
    """Set it to this value."""

    @model_validator(mode="after")
    def _one_change(self) -> MeterThen:
        if (self.add is None) == (self.set is None):
            raise ValueError("a meter consequence needs exactly one of 'add' or 'set'")
        return self


class StartFloodThen(Then):
    start_flood: Id
    """The flood to start now."""
    for_: Duration | None = Field(None, alias="for")
    """How long it runs (default: until its own 'until', or the end)."""


class StopFloodThen(Then):
    stop_flood: Id
    """The flood to stop now."""


class EndThen(Then):
    end: Id
    """End the scenario now with this ending."""


CONSEQUENCES = Kinds(
    "consequence",
    (
        Kind("spawn", SpawnThen),
        Kind("meter", MeterThen),
        Kind("start_flood", StartFloodThen),
        Kind("stop_flood", StopFloodThen),
        Kind("end", EndThen),
    ),
)
"""Every consequence kind, in the order the schema lists them."""

if TYPE_CHECKING:
    Consequence = Then
else:
    Consequence = CONSEQUENCES.union()
