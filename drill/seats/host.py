"""`drill host`: one exercise served to many seats over WebSockets (aiohttp).

The host keeps the only Session, its clock and its journal; the journal's own records, as the
JournalWriter writes them, are what every seat receives (the log's sink writes, then fans out),
so what a seat replays is exactly what a resumed or reported run replays. A seat joins with
the exercise's code and a member's name; its role comes from the team, never from the seat.

Refused without harm to the exercise: a page from another site (its Origin), a wrong code or
an unknown name, a message too large or not of the protocol, more connections than
MAX_CONNECTIONS, and a connection that never says hello. The same host serves each seat's
page for a browser (drill.seats.page), behind the same Origin, code and connection checks.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from drill.engine.clock import SimClock
from drill.engine.session import Session
from drill.runlog import JournalWriter
from drill.scenario.actions import Action
from drill.scenario.folder import one_file_text
from drill.seats.protocol import MAX_MESSAGE, UP, ProtocolError, decode, encode
from drill.team import Member, team_from_header, team_header
from drill.web import Origins

TICK = 0.2
"""Real seconds between clock steps (and clock messages to the seats)."""
HELLO_WITHIN = 10.0
"""A connection that has not said hello by then is closed."""
MAX_CONNECTIONS = 64
"""Open sockets at most (seats, seats' pages, rejoins in progress, projectors): more are refused
with 503 before anything is read. It also bounds the host's open files: a browser seat holds its
page's socket, its `drill join` process's pipes and that process's seat socket, so even 64 of
them stay far under the usual limit of 1,024 (tests/test_seats.py opens 500 at once)."""
FACILITATOR = "facilitator"
PROJECTOR = "projector"
"""Seats that are not team members: the facilitator steers, the projector only watches."""
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    """A short join code read aloud in a room: six characters, no 0/O or 1/I to confuse."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))


@dataclass
class Seat:
    name: str
    role: str
    socket: web.WebSocketResponse
    outbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)

    @property
    def key(self) -> str:
        """One seat per member (joining again replaces the old socket); projectors only watch, so a room may have many."""
        return f"{PROJECTOR}#{id(self.socket)}" if self.role == PROJECTOR else self.name.casefold()


class Host:
    """One exercise: the session, its journal, its clock and the seats joined to it."""

    def __init__(self, session: Session, writer: JournalWriter, records: list[dict[str, Any]], team: list[Member],
                 code: str, speed: float, origins: Origins, scenario_text: str) -> None:
        self.session, self.writer, self.team, self.code, self.origins = session, writer, team, code, origins
        self.scenario_text = scenario_text
        """The drill's own file, sent to each seat: a laptop joining from across the room needs nothing installed but drill."""
        self.records = list(records)
        """Every record of the run so far, as the journal has them: what a joining seat replays."""
        self.clock = SimClock(speed=speed, paused=True)
        self.seats: dict[str, Seat] = {}
        self.connections = 0
        self.unsynced = asyncio.Event()
        """Set when a decision was journaled and not yet fsynced."""
        session.log.sink = self._record

    def _record(self, record: dict[str, Any], sync: bool) -> None:
        """The log's sink: to the journal first, flushed to the OS (so a killed host has lost
        nothing a seat saw), then to every seat; a decision is then made durable (fsync) off the
        event loop by keep_durable: a disk's 5-50 ms fsync was the largest part of an action's
        way from one seat to the others, and it held up every seat's traffic."""
        self.writer.write(record, False)
        self.records.append(record)
        self.broadcast(encode("record", record=record))
        if sync:
            self.unsynced.set()

    async def keep_durable(self) -> None:
        """fsync the journal after decisions, one at a time: one fsync covers all written before it."""
        while True:
            await self.unsynced.wait()
            self.unsynced.clear()
            await self.writer.sync_off_loop()

    def broadcast(self, message: str) -> None:
        for seat in self.seats.values():
            seat.outbox.put_nowait(message)

    def seat_of(self, name: str) -> tuple[str, str] | None:
        """(name as the team spells it, role) for a joining name, any case; None: not in this exercise."""
        wanted = name.strip().casefold()
        if wanted in (FACILITATOR, PROJECTOR):
            return wanted, wanted
        return next(((m.name, m.role) for m in self.team if m.name.casefold() == wanted), None)

    # ------------------------------------------------------------------ the clock

    async def run_clock(self) -> None:
        last = time.monotonic()
        while self.session.ended is None:
            await asyncio.sleep(TICK)
            now = time.monotonic()
            step = self.clock.step(min(now - last, 1.0))
            last = now
            if step > 0:
                self.session.advance_to(self.session.now + step)
                self.session.log.checkpoint(self.session.now)
            self.broadcast(encode("clock", t=round(self.session.now, 6), paused=self.clock.paused, speed=self.clock.speed))
        self.broadcast(encode("clock", t=round(self.session.now, 6), paused=True, speed=self.clock.speed))
        await self.writer.sync_off_loop()
        self.writer.close()

    # ------------------------------------------------------------------ seats

    async def handle(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and not self.origins.allows(origin):
            raise web.HTTPForbidden(text="drill host: only this host's own page may join the exercise\n")
        with self.connection():
            socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE * 2, heartbeat=20)
            await socket.prepare(request)
            seat = await self._greet(socket)
            if seat is not None:
                await self._serve(seat)
        return socket

    @contextmanager
    def connection(self) -> Iterator[None]:
        """Hold one of the MAX_CONNECTIONS while a socket (a seat's, a seat page's) is open; refused beyond."""
        if self.connections >= MAX_CONNECTIONS:
            raise web.HTTPServiceUnavailable(text=f"drill host: the exercise has {MAX_CONNECTIONS} connections already; "
                                                  f"close a seat or try again in a moment\n")
        self.connections += 1
        try:
            yield
        finally:
            self.connections -= 1

    def code_matches(self, code: str) -> bool:
        return secrets.compare_digest(code.strip().upper().encode(), self.code.encode())

    def unknown_name(self, name: str) -> str:
        known = ", ".join([m.name for m in self.team] + [FACILITATOR, PROJECTOR])
        return f"{name!r} is not in this exercise's team (one of: {known})"

    async def _greet(self, socket: web.WebSocketResponse) -> Seat | None:
        try:
            first = await socket.receive(timeout=HELLO_WITHIN)
        except TimeoutError:
            await self._refuse(socket, "no_hello", "say hello with the join code and your name first")
            return None
        if first.type != WSMsgType.TEXT:
            await self._refuse(socket, "not_json", "a message is one JSON text frame")
            return None
        try:
            hello = decode(first.data, UP)
        except ProtocolError as exc:
            await self._refuse(socket, exc.reason, str(exc))
            return None
        if hello["type"] != "hello":
            await self._refuse(socket, "no_hello", "say hello with the join code and your name first")
            return None
        if not self.code_matches(str(hello.get("code", ""))):
            await self._refuse(socket, "wrong_code", "wrong join code: ask the facilitator for the exercise's code")
            return None
        found = self.seat_of(str(hello.get("name", "")))
        if found is None:
            await self._refuse(socket, "unknown_name", self.unknown_name(str(hello.get("name", ""))))
            return None
        name, role = found
        seat = Seat(name, role, socket)
        old = self.seats.get(seat.key)
        if old is not None:  # a seat that dropped and joined again: the new socket takes its place
            await old.socket.close(message=b"joined again elsewhere")
        self.seats[seat.key] = seat
        await socket.send_str(encode("welcome", seat=name, role=role, header=self.session.log.header, records=self.records,
                                     now=round(self.session.now, 6), paused=self.clock.paused, speed=self.clock.speed,
                                     scenario=self.scenario_text))
        return seat

    async def _refuse(self, socket: web.WebSocketResponse, reason: str, message: str) -> None:
        await socket.send_str(encode("refused", reason=reason, message=message))
        await socket.close()
        return None

    async def _serve(self, seat: Seat) -> None:
        sender = asyncio.ensure_future(self._send(seat))
        try:
            async for frame in seat.socket:
                if frame.type != WSMsgType.TEXT:
                    break
                try:
                    message = decode(frame.data, UP)
                except ProtocolError as exc:
                    seat.outbox.put_nowait(encode("outcome", ok=False, reason=exc.reason, params={"message": str(exc)}))
                    continue
                self._on(seat, message)
        finally:
            sender.cancel()
            if self.seats.get(seat.key) is seat:
                del self.seats[seat.key]

    async def _send(self, seat: Seat) -> None:
        while True:
            message = await seat.outbox.get()
            await seat.socket.send_str(message)

    def _on(self, seat: Seat, message: dict[str, Any]) -> None:
        number = message.get("id") if isinstance(message.get("id"), int) else None
        answer = {"id": number} if number is not None else {}
        if message["type"] == "action" and seat.role not in (FACILITATOR, PROJECTOR):
            try:
                action = Action.from_json({**dict(message.get("action") or {}), "role": seat.role, "member": seat.name})
            except (TypeError, ValueError, AttributeError):
                seat.outbox.put_nowait(encode("outcome", ok=False, reason="bad_action", params={}, **answer))
                return
            outcome = self.session.act(action)
            seat.outbox.put_nowait(encode("outcome", ok=outcome.ok, reason=outcome.reason, params=outcome.params, **answer))
        elif message["type"] == "facilitator" and seat.role == FACILITATOR:
            self._steer(message)
        else:
            seat.outbox.put_nowait(encode("outcome", ok=False, reason="not_your_seat", params={"role": seat.role}, **answer))

    def _steer(self, message: dict[str, Any]) -> None:
        do = message.get("do")
        if do in ("pause", "resume"):
            self.clock.paused = do == "pause"
        elif do == "faster":
            self.clock.faster()
        elif do == "slower":
            self.clock.slower()
        elif do == "forward":  # to the next thing that happens, as `f` does alone
            self.session.fast_forward()
            self.session.log.checkpoint(self.session.now)
        elif do == "inject":
            self.session.fire_held(str(message.get("inject", "")))
        elif do == "observe":
            self.session.observe(str(message.get("text", ""))[:2000], message.get("rating") if message.get("rating") in ("P", "S", "M", "U") else None,
                                 _word(message.get("objective")), _word(message.get("role")))
        elif do == "post":
            self.session.post(str(message.get("text", ""))[:2000], str(message.get("channel", "facebook")), str(message.get("author", ""))[:40])
        elif do == "skip" and isinstance(message.get("to"), (int, float)):
            self.session.advance_to(max(self.session.now, float(message["to"])))
            self.session.log.checkpoint(self.session.now)
        elif do == "end":
            self.session.finish_now()


def _word(value: Any) -> str | None:
    """An id from a seat (an objective, a role): a short string, or nothing."""
    return value[:40] if isinstance(value, str) and value else None


async def serve(host: Host, address: str, port: int, ready: asyncio.Event | None = None) -> None:
    """Serve the exercise until its session ends (then a last clock message, and the journal closes)."""
    from drill.seats.page import SeatPages  # textual-serve's page machinery, loaded only when hosting

    app = web.Application()
    app.router.add_get("/ws", host.handle)
    SeatPages(host, address, port).add_to(app)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, address, port)
    await site.start()
    if ready is not None:
        ready.set()
    durable = asyncio.ensure_future(host.keep_durable())
    try:
        await host.run_clock()
        await asyncio.sleep(1.0)  # let the seats read the end
    finally:
        durable.cancel()
        for seat in list(host.seats.values()):
            await seat.socket.close(message=b"the exercise is over")
        await runner.cleanup()



def record_exercise(host: Host, where: str | None = None) -> str | None:
    """A finished exercise into the history, with every member and role, as a single trainee's
    run is recorded when it ends; None when done, else why not (the journal keeps it: `drill sync`)."""
    from drill.history import History
    from drill.scoring.scorecard import score

    if host.session.ended is None:
        return "the exercise did not end"
    try:
        history = History(where)
        try:
            history.record(host.session, score(host.session), str(host.writer.path))
        finally:
            history.close()
    except Exception as exc:  # a broken or unreachable history must not hide that the journal is safe
        return str(exc)
    return None


def new_host(loaded: Any, seed: int, team: list[Member], code: str, speed: float | None, journal: Path,
             address: str, port: int, public: bool = False) -> Host:
    """A new exercise: its session, journaled from the start, paused until the facilitator goes."""
    session = Session(loaded.scenario, seed, scenario_digest=loaded.digest, scenario_path=str(Path(loaded.path).resolve()),
                      team=team_header(team), facilitator=True, seats=True,
                      started=datetime.now(UTC).isoformat(timespec="seconds"))
    writer = JournalWriter.start(session.log, journal)
    return Host(session, writer, [], team, code, speed or loaded.scenario.clock.speed, Origins(address, port, public),
                one_file_text(Path(loaded.path)))


def resumed_host(journal_path: Path, code: str, speed: float | None, address: str, port: int, public: bool = False) -> Host:
    """An exercise whose host stopped (killed, closed): replayed from its journal, every
    seat's decisions in it, and journaled on into the same file."""
    from drill.library import scenario_of
    from drill.runlog import read_journal, replay

    journal = read_journal(journal_path)
    loaded = scenario_of(journal.header)
    session = replay(loaded.scenario, journal)
    writer = JournalWriter.resume(session.log, journal_path)
    return Host(session, writer, journal.records, team_from_header(journal.header), code,
                speed or loaded.scenario.clock.speed, Origins(address, port, public), one_file_text(Path(loaded.path)))
