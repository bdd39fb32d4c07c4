"""The RunLog: what a run took in (inputs, notes, facilitator commands) and what happened
(events), kept in memory by the engine, which does no I/O of its own.

Event sourcing is the spine of drill: a run is its scenario, its seed and its inputs. Each
input becomes a record the moment the engine accepts it, handed to the log's `sink` (with
`sync=True` when it must survive a crash before the engine acts on it). The application
layer decides what a sink does: `drill.runlog.JournalWriter` appends it to the journal on
disk; bots, tests and reports run with no sink at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from drill import __version__
from drill.scenario.actions import Action
from drill.scenario.types import printable

if TYPE_CHECKING:
    from drill.scenario.model import Scenario

JOURNAL_VERSION = 1
"""The version of the records a log emits (the journal's lines)."""
CHECKPOINT_EVERY = 5.0
"""Sim seconds between clock checkpoints: a resumed run restarts at most this far back."""

Sink = Callable[[dict[str, Any], bool], None]
"""Takes one record and whether it must be durable before the run goes on."""


class HeaderFields(TypedDict, total=False):
    """What the application adds to a journal's header beside the engine's own fields (journal,
    engine, scenario, scenario_version, seed); a None is left out. Typed, because these arrive
    as `Session(scenario, seed, **header)`: an untyped key could land on `log` or `seed`."""

    trainee: str | None
    lang: str | None
    player: str | None
    """The bot that played (`drill run --player`)."""
    coach: bool | None
    team: list[dict[str, str]] | None
    """drill.team.team_header: each member's name and role."""
    facilitator: bool | None
    seats: bool
    """A hosted exercise (drill host): its seats' actions come over the network."""
    scenario_digest: str
    scenario_path: str
    started: str | None
    """Wall-clock ISO time, only when a journal is written (the record stays reproducible)."""


@dataclass
class Event:
    t: float
    kind: str
    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"t": round(self.t, 3), "kind": self.kind, **self.data}


@dataclass
class RunLog:
    header: dict[str, Any]
    inputs: list[tuple[float, Action]] = field(default_factory=list)
    commands: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    clock: float = 0.0
    """The furthest sim time the run reached (checkpoints), for resume."""
    sink: Sink | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # a trainee's name from the command line or a hand-edited journal: no raw control characters
        self.header = {k: printable(v) if isinstance(v, str) else v for k, v in self.header.items()}

    @classmethod
    def new(cls, scenario: Scenario, seed: int, **extra: Unpack[HeaderFields]) -> RunLog:
        header = {
            "journal": JOURNAL_VERSION,
            "engine": __version__,
            "scenario": scenario.id,
            "scenario_version": scenario.version,
            "seed": seed,
            **{k: v for k, v in extra.items() if v is not None},
        }
        return cls(header)

    def _emit(self, record: dict[str, Any], sync: bool) -> None:
        if self.sink is not None:
            self.sink(record, sync)

    def input(self, t: float, action: Action) -> None:
        self.inputs.append((t, action))
        if self.sink is not None:  # the record is made only where it goes: bots play thousands of runs without a sink
            self._emit({"t": round(t, 6), "input": action.to_json()}, True)

    def event(self, t: float, kind: str, **data: Any) -> None:
        self.events.append(Event(t, kind, data))
        if kind == "end":
            self._emit({"t": round(t, 6), "end": data.get("ending")}, True)

    def checkpoint(self, t: float) -> None:
        """Note how far the clock has run, at most every CHECKPOINT_EVERY sim seconds (not durable)."""
        if t >= self.clock + CHECKPOINT_EVERY:
            self.clock = t
            if self.sink is not None:
                self._emit({"t": round(t, 6), "clock": True}, False)

    def note(self, t: float, kind: str, **data: Any) -> None:
        """A facilitator's or trainee's note: recorded like an input, kept as an event."""
        data = {k: printable(v) if isinstance(v, str) else v for k, v in data.items() if v is not None}
        self.events.append(Event(t, kind, data))
        self._emit({"t": round(t, 6), "note": {"kind": kind, **data}}, True)

    def facilitator(self, t: float, command: dict[str, Any]) -> None:
        """A facilitator's command (fire a held inject, end the exercise): an input like any other."""
        self.commands.append((t, command))
        self.events.append(Event(t, "facilitator", dict(command)))
        self._emit({"t": round(t, 6), "facilitator": command}, True)

    @property
    def ending(self) -> str | None:
        return next((e.data.get("ending") for e in reversed(self.events) if e.kind == "end"), None)
