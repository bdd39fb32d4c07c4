"""The words of the scenario format: ids, channels, item kinds, routes, the escalation ladder,
meters, reply tags, crisis types and scoring dimensions, and the base every model shares.

Each closed list is one `Literal` (what the loader accepts and `drill schema` exports) and a
tuple of its values (what the engine, scoring and UI loop over), so a word is added in one place.
The conditions, consequences and the scenario itself are written in these words.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
"""An id: lower-case letters, digits, '-' and '_' (each field that holds one says what it names)."""

Channel = Literal["facebook", "twitter", "instagram", "forum", "dm", "email", "phone", "news", "internal"]
CHANNELS: tuple[str, ...] = get_args(Channel)
PRIVATE_CHANNELS = frozenset({"dm", "email", "phone", "internal"})
"""Channels only the organisation sees: nothing said there is on the public wall, and a redirect
answers an item there, not in a public thread."""

ItemKind = Literal["post", "comment", "message", "mention", "news", "internal", "call"]
ITEM_KINDS: tuple[str, ...] = get_args(ItemKind)

Route = Literal["public", "private", "phone", "email", "secure_chat", "status_update"]
"""Where a reply goes. phone, email and secure_chat are the redirects."""
REDIRECTS: tuple[str, ...] = ("phone", "email", "secure_chat")

Level = Literal["service", "comms", "management"]
"""The escalation ladder, lowest first: customer service handles it, communications' red
phone, top management."""
LEVELS: tuple[str, ...] = get_args(Level)

MeterName = Literal["heat", "reach", "sentiment", "press"]
METERS: tuple[str, ...] = get_args(MeterName)

ReplyTag = Literal[
    "acknowledge",
    "apologise",
    "empathise",
    "thank",
    "inform",
    "instruct",
    "correct",
    "explain_reason",
    "move_private",
    "follow_up",
    "compensate",
    "humour",
    "promise",
    "overpromise",
    "deny",
    "curt",
    "defensive",
    "sarcastic",
    "boilerplate",
    "blame_customer",
    "speculate",
    "personal_data_public",
    "stall",
]
REPLY_TAGS: tuple[str, ...] = get_args(ReplyTag)

CrisisType = Literal["victim", "accident", "preventable", "rumour"]
"""The crisis type (SCCT): victim (the organisation is hit too: instruct first), accident (inform,
explain), preventable (apologise and correct), rumour (deny it with facts)."""

OptionValue = Annotated[int, Field(ge=-2, le=2)]
"""An authored key: 2 best, 1 good, 0 passable, −1 weak, −2 harmful."""

Dimension = Literal["timeliness", "escalation", "channel_privacy", "tone_strategy", "transparency", "coverage"]
DIMENSIONS: tuple[str, ...] = get_args(Dimension)


class Model(BaseModel):
    """Every part of the format: unknown keys are errors, and a loaded scenario never changes."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
