"""What the screens ask of the app, as Textual messages, and what its workers found.

A screen draws the state it was given (the session, the clock, the run's settings) and says
what the trainee or the facilitator decided by posting one of these; it bubbles up to the app
(`DrillApp`), whose `@on` handlers do it on the session, the clock, the journal or the screens.
So no screen reaches into the app, and each intent has one handler to read. Blocking work (the
library scan, the history write, the debrief) runs in a worker thread that posts its result
here too, handled on the event loop like a key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.message import Message

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.library import Entry
    from drill.scenario.actions import Action
    from drill.scenario.load import Loaded
    from drill.scoring.scorecard import Scorecard

Steer = Literal["pause", "faster", "slower", "forward"]
"""The clock keys: space, + and -, f (a hosted exercise's clock is steered on the host)."""


# ---------------------------------------------------------------- the picker and the briefing


@dataclass
class DrillChosen(Message):
    """The picker: play this drill (a new run, its briefing first)."""

    loaded: Loaded


class PlayBegun(Message):
    """The briefing was read: the run starts (its journal, then the play screen and the clock)."""


@dataclass
class ScenarioLoaded(Message):
    """The worker behind a briefing shown from the cache (startup.Preview) is done: the scenario
    loaded and checked with its session made, or its diagnostics (each FILE:LINE:COL: CODE …)."""

    loaded: Loaded | None = None
    session: Session | None = None
    failure: list[str] | None = None


# ---------------------------------------------------------------- the play screen


@dataclass
class DecisionTaken(Message):
    """The trainee's action (a reply, a redirect, an escalation, a removal…). The app gives it
    the acting team member's role, has the engine (or a seat's host) act on it, and hands the
    outcome back to the play screen (`PlayScreen.performed`)."""

    action: Action


@dataclass
class ClockSteered(Message):
    """A clock key: pause or go on, faster, slower, or on to the next event."""

    do: Steer


class TurnPassed(Message):
    """`a` in a team exercise: the next member acts."""


@dataclass
class HeldInjectFired(Message):
    """The facilitator brings in a held inject (confirmed in a dialog)."""

    inject_id: str


@dataclass
class ObservationWritten(Message):
    """The facilitator's observation: a note, a P/S/M/U rating, the objective and the role it is about."""

    text: str
    rating: str | None
    objective: str | None
    role: str | None


@dataclass
class InjectWritten(Message):
    """The facilitator's own inject, written on the spot."""

    text: str
    channel: str
    author: str


@dataclass
class ClockSkipped(Message):
    """The facilitator skips the clock to a sim time; everything on the way happens."""

    target: float


class ExerciseEnded(Message):
    """The facilitator ends the exercise now (confirmed in a dialog)."""


# ---------------------------------------------------------------- the end screen


@dataclass
class DebriefAsked(Message):
    """`w`: write this run's HTML debrief (in a worker: `DebriefWritten` says how it went)."""

    card: Scorecard


class PlayAgain(Message):
    """`a`: the same drill again (a replay: watch it again)."""


@dataclass
class ForkAsked(Message):
    """`t`: try the run again from its decision `at` (1-based), a fork of its own (drill.fork)."""

    at: int


# ---------------------------------------------------------------- what workers found


@dataclass
class LibraryScanned(Message):
    """The library's scenarios, read off the event loop for the picker."""

    entries: list[Entry]


@dataclass
class ProgressRead(Message):
    """The trainee's progress, read from the history for the progress screen, or why it could not be."""

    report: dict[str, Any] | None = None
    failure: str | None = None


@dataclass
class DebriefWritten(Message):
    """The debrief worker is done: the file written, or why not; neither when the report
    renderer is not installed."""

    path: Path | None = None
    failure: str | None = None


@dataclass
class HistoryRecorded(Message):
    """The history worker is done: `failure` says why the run is not in the history."""

    failure: str | None = None
