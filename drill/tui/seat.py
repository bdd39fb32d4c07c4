"""The TUI as one seat of a hosted exercise (`drill join`): the replica is the session.

The app shows the seat's replica (drill.seats.client) as it would its own session; the host
moves the clock and decides. Actions go up and their outcome comes back a moment later; the
facilitator's pause, held injects, observations and end go up as commands; everything any
seat does arrives as the host's records and redraws this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from drill.engine.clock import SimClock
from drill.engine.session import Outcome
from drill.scenario.actions import Action
from drill.seats.client import JoinRefused, SeatClient
from drill.seats.protocol import ProtocolError
from drill.team import role_name, team_from_header, who

if TYPE_CHECKING:
    from drill.tui.app import DrillApp


async def join(app: DrillApp, seat: SeatClient) -> None:
    """Join the host, then play the replica; a refusal ends the app with the host's reason."""
    try:
        await seat.join()
    except (JoinRefused, ProtocolError, OSError, KeyError, ValueError) as exc:
        await seat.close()
        app.exit(return_code=2, message=f"drill join: {exc}")
        return
    assert seat.session is not None
    app.session = seat.session
    app.facilitator = seat.role == "facilitator"  # the facilitator's seat has the panel (F)
    app.team = team_from_header(seat.session.log.header)
    app.clock = SimClock(speed=seat.speed or seat.session.scenario.clock.speed, paused=seat.paused)
    app.begin_play()
    app.notify(app.t("ui.seat.joined", name=seat.name, role=role_name(seat.role, app.lang)), timeout=8, markup=False)
    app.run_worker(seat.listen(), group="seat", exit_on_error=False)
    told = len(seat.session.escalations)
    while seat.session.ended is None:
        await seat.changed.wait()
        seat.changed.clear()
        app.clock.paused = seat.paused
        app.clock.speed = seat.speed or app.clock.speed
        app.changed()
        told = ring(app, seat, told)
    app.changed()


def ring(app: DrillApp, seat: SeatClient, told: int) -> int:
    """The red phone: an escalation to this seat's rung is said on the seat, with its note and
    what it is about, until dismissed; returns how many escalations have been told."""
    assert seat.session is not None
    session = seat.session
    for escalation in session.escalations[told:]:
        if escalation.level != seat.role:
            continue
        item = session.feed.get(escalation.item or "")
        about = app.t("ui.seat.about", who=item.author) if item is not None else ""
        app.notify(escalation.note or "—", title=app.t("ui.seat.escalated_to_you", who=who(escalation.member, escalation.role, app.lang)) + about,
                   severity="warning", timeout=60, markup=False)
    return len(session.escalations)


def send(app: DrillApp, seat: SeatClient, action: Action, then: Callable[[Action, Outcome], None]) -> None:
    """An action to the host; `then` gets the host's outcome when it comes back."""

    async def sending() -> None:
        answer: dict[str, Any] = await seat.act(action)
        then(action, Outcome(bool(answer.get("ok")), str(answer.get("reason", "")), dict(answer.get("params") or {})))

    app.run_worker(sending(), group="seat-actions", exit_on_error=False)


def steer(app: DrillApp, seat: SeatClient, do: str, **fields: Any) -> Outcome:
    """A facilitator's command, sent up; any other seat is told it is not theirs."""
    if seat.role != "facilitator":
        return Outcome(False, "not_your_seat", {"role": seat.role})
    app.run_worker(seat.steer(do, **fields), group="seat-actions", exit_on_error=False)
    return Outcome(True)
