"""The seats' message protocol, version 1: JSON text frames over a WebSocket.

Up (seat → host):
    {"v": 1, "type": "hello", "code": CODE, "name": NAME}        first, and only once
    {"v": 1, "type": "action", "id": N, "action": {verb, item, option, level, note, text, lang}}
        (the host adds the seat's role and member name; a seat cannot claim another's)
    {"v": 1, "type": "facilitator", "do": "pause" | "resume" | "faster" | "slower" | "forward" | "end"}
    {"v": 1, "type": "facilitator", "do": "inject", "inject": ID}                 a held inject
    {"v": 1, "type": "facilitator", "do": "skip", "to": T}
    {"v": 1, "type": "facilitator", "do": "observe", "text": T, "rating": "P|S|M|U", "objective": ID, "role": ROLE}
    {"v": 1, "type": "facilitator", "do": "post", "text": T, "channel": CHANNEL, "author": NAME}   an inject of their own
Down (host → seat):
    {"v": 1, "type": "welcome", "seat": NAME, "role": ROLE, "header": {...}, "records": [...], "now": T, "paused": BOOL,
     "speed": SPEED, "scenario": YAML}
    {"v": 1, "type": "record", "record": {...}, "by": NAME}     a journal line, as the journal has it
    {"v": 1, "type": "outcome", "ok": BOOL, "reason": CODE, "params": {...}, "id": N}   to the seat that
        acted, with the id of its action (no id: about a message that was not an action)
    {"v": 1, "type": "clock", "t": T, "paused": BOOL, "speed": SPEED}
    {"v": 1, "type": "refused", "reason": CODE, "message": TEXT}   then the host closes the socket

A message up is at most MAX_MESSAGE bytes; anything else is refused with a reason, never a crash.

Before any message, the WebSocket handshake itself may be refused: 403 when a browser page
from another site opens it (its Origin header; clients that send none, like `drill join`, are
let through to the code check), 503 when the host already holds MAX_CONNECTIONS sockets.
NAME is a member of the host's --team (matched without case), `facilitator` or `projector`;
a member joining again replaces their old socket, projectors may be many.

Beside it, over plain HTTP on the same port (drill.seats.page), not part of this protocol:
    GET /seat?code=CODE&as=NAME         the seat's page (403 with the reason for a wrong code or name)
    GET /seat/ws/CODE/NAME              the page's terminal (textual-serve), running `drill join`
                                        for that seat; only with this host's own page as Origin
    GET /static/…                       the page's script and styles
"""

from __future__ import annotations

import json
from typing import Any

VERSION = 1
MAX_MESSAGE = 64 * 1024
"""The largest frame a host reads: a written reply is at most a few kilobytes."""
MAX_DOWN = 64 * 1024 * 1024
"""The largest frame a seat reads: a welcome carries the drill's file and the run so far."""
UP = frozenset({"hello", "action", "facilitator"})
DOWN = frozenset({"welcome", "record", "outcome", "clock", "refused"})


class ProtocolError(ValueError):
    """A message that is not one of ours: its reason code and a line for people."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def encode(kind: str, **fields: Any) -> str:
    return json.dumps({"v": VERSION, "type": kind, **fields}, ensure_ascii=False, separators=(",", ":"))


def decode(text: str | bytes, kinds: frozenset[str]) -> dict[str, Any]:
    """One message, checked: size (a host reads MAX_MESSAGE, a seat MAX_DOWN), JSON object,
    protocol version, a known type."""
    limit = MAX_MESSAGE if kinds is UP else MAX_DOWN
    if len(text) > limit:
        raise ProtocolError("too_large", f"a message is at most {limit} bytes")
    try:
        message = json.loads(text)
    except ValueError:
        raise ProtocolError("not_json", "a message is one JSON object") from None
    if not isinstance(message, dict):
        raise ProtocolError("not_json", "a message is one JSON object")
    if message.get("v") != VERSION:
        raise ProtocolError("version", f"this host speaks protocol version {VERSION}")
    if message.get("type") not in kinds:
        raise ProtocolError("unknown_type", f"unknown message type {message.get('type')!r}")
    return message
