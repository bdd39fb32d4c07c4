"""A seat's side: join the host, keep a replica of the exercise, send actions up.

The replica is a Session of its own, fed the host's records and clock in the order they come:
the engine is deterministic, so it is the host's session (the same feed, meters, escalations
and endings) without the host ever sending state. A seat shows from it what its role sees.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from drill.engine.log import RunLog
from drill.engine.session import Session
from drill.runlog import apply_record
from drill.scenario.actions import Action
from drill.scenario.load import load_bytes
from drill.seats.protocol import DOWN, ProtocolError, decode, encode


class JoinRefused(Exception):
    """The host said no: its reason code and a line for people."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class SeatClient:
    def __init__(self, url: str, code: str, name: str) -> None:
        self.url, self.code, self.name = url, code, name
        self.role = ""
        self.session: Session | None = None
        self.paused = True
        self.speed: float | None = None
        """The host's clock speed (sim seconds per real second), as its last clock message said."""
        self.outcomes: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        """Outcomes that answer no action of this seat's (a message the host could not read, a
        command this seat may not give): each action's own outcome goes to its waiter."""
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._sent = 0
        self.changed = asyncio.Event()
        """Set whenever the replica moved: a record applied or the clock advanced."""
        self._http: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None

    async def join(self) -> None:
        """Connect, say hello, and build the replica from the welcome (JoinRefused if refused)."""
        self._http = aiohttp.ClientSession()
        try:
            self._socket = await self._http.ws_connect(self.url, max_msg_size=0)
        except aiohttp.WSServerHandshakeError as exc:
            await self.close()
            raise JoinRefused("handshake", f"the host refused the connection ({exc.status}: {exc.message})") from None
        except aiohttp.ClientError as exc:
            await self.close()
            raise JoinRefused("unreachable", f"cannot reach {self.url}: {exc}") from None
        await self._socket.send_str(encode("hello", code=self.code, name=self.name))
        first = await self._socket.receive()
        if first.type != aiohttp.WSMsgType.TEXT:
            await self.close()
            raise JoinRefused("closed", "the host closed the connection before welcoming this seat")
        welcome = decode(first.data, DOWN)
        if welcome["type"] == "refused":
            await self.close()
            raise JoinRefused(welcome["reason"], welcome["message"])
        self.role = welcome["role"]
        scenario = load_bytes(welcome["scenario"].encode("utf-8"), f"{welcome['header'].get('scenario', 'drill')}.yaml").scenario
        header = welcome["header"]
        session = Session(scenario, int(header.get("seed", 1)), log=RunLog(dict(header)))
        for record in welcome["records"]:
            self._apply(session, record)
        session.advance_to(float(welcome["now"]))
        self.session, self.paused = session, bool(welcome["paused"])
        self.speed = _speed(welcome.get("speed"))

    @staticmethod
    def _apply(session: Session, record: dict[str, Any]) -> None:
        session.advance_to(float(record.get("t", session.now)))
        apply_record(session, record)

    async def listen(self) -> None:
        """Apply what the host sends until it closes the connection."""
        assert self._socket is not None and self.session is not None
        async for frame in self._socket:
            if frame.type != aiohttp.WSMsgType.TEXT:
                break
            try:
                message = decode(frame.data, DOWN)
            except ProtocolError:
                continue
            if message["type"] == "record":
                self._apply(self.session, message["record"])
            elif message["type"] == "clock":
                self.session.advance_to(float(message["t"]))
                self.paused = bool(message["paused"])
                self.speed = _speed(message.get("speed")) or self.speed
            elif message["type"] == "outcome":
                number = message.get("id")
                waiter = self._waiting.pop(number, None) if isinstance(number, int) else None
                if waiter is not None and not waiter.done():
                    waiter.set_result(message)
                else:
                    self.outcomes.put_nowait(message)
            self.changed.set()

    async def act(self, action: Action) -> dict[str, Any]:
        """Send an action; the host's outcome (ok, or refused with a reason code)."""
        assert self._socket is not None
        self._sent += 1
        number, waiter = self._sent, asyncio.get_running_loop().create_future()
        self._waiting[number] = waiter
        try:
            await self._socket.send_str(encode("action", id=number, action={k: v for k, v in action.to_json().items() if k not in ("role", "member")}))
            return await asyncio.wait_for(waiter, 10)
        finally:
            self._waiting.pop(number, None)

    async def steer(self, do: str, **fields: Any) -> None:
        """A facilitator's command: pause, resume, inject (a held inject), skip, observe, post (their own inject), end."""
        assert self._socket is not None
        await self._socket.send_str(encode("facilitator", do=do, **fields))

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._http is not None:
            await self._http.close()


def _speed(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and value > 0 else None
