"""The world a trainee sees: feed items, meters, promises and the escalation level.

Plain mutable records owned by a Session. Feed items use __slots__ and render their text
lazily; a flood comment is made an Item only when something reads it (drill/engine/feed.py),
because a flood adds tens of thousands of them and most are never displayed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drill.scenario.types import LocalText, text_in
from drill.scenario.vocabulary import PRIVATE_CHANNELS

if TYPE_CHECKING:
    from drill.engine.flood import SlotRecipe


class Item:
    """One post, comment, message or call in the feed.

    The arguments may be given by position: a flood creates thousands of items per run, and
    keyword passing is a measurable share of that."""

    __slots__ = (
        "_slots",
        "_text",
        "abusive",
        "answered_at",
        "answered_by",
        "author",
        "channel",
        "criticism",
        "deleted",
        "dismissed",
        "flood",
        "hidden",
        "id",
        "kind",
        "needs_reply",
        "personal_data",
        "reach",
        "sensitive",
        "sentiment",
        "seq",
        "source",
        "thread",
        "time",
    )

    def __init__(
        self, seq: int, id: str, time: float, channel: str, kind: str, author: str, source: str,
        text: LocalText, flood: bool = False, slots: dict[str, str] | SlotRecipe | None = None, thread: str | None = None,
        needs_reply: bool = False, personal_data: bool = False, sensitive: bool = False,
        criticism: bool = False, sentiment: float = 0.0, reach: float = 100.0, abusive: bool = False,
    ):
        self.seq, self.id, self.time, self.channel, self.kind = seq, id, time, channel, kind
        self.author, self.source, self.flood, self._text, self._slots = author, source, flood, text, slots
        self.thread, self.needs_reply, self.personal_data = thread, needs_reply, personal_data
        self.sensitive, self.criticism, self.sentiment, self.reach = sensitive, criticism, sentiment, reach
        self.abusive = abusive
        self.answered_at: float | None = None
        self.answered_by: str | None = None
        self.deleted = False
        self.hidden = False
        self.dismissed = False

    def text(self, lang: str) -> str:
        raw = text_in(self._text, lang)
        slots = self._slots
        if slots:
            if isinstance(slots, tuple):  # a flood comment's recipe (flood.py): drawn when first shown
                slots = self._slots = slots[0](*slots[1:])
            return raw.format_map(_Slots(slots))
        return raw

    @property
    def removed(self) -> bool:
        return self.deleted or self.hidden

    @property
    def breaks_rules(self) -> bool:
        """The moderation rules allow hiding it: swearing or threats, or personal data shown in
        a public channel."""
        return self.abusive or (self.personal_data and self.channel not in PRIVATE_CHANNELS)

    @property
    def waiting(self) -> bool:
        """Needs an answer, has none, and is still visible."""
        return self.needs_reply and self.answered_at is None and not self.removed


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Promise:
    item: str
    option: str
    made_at: float
    due: float
    kept_at: float | None = None
    broken: bool = False


@dataclass
class Escalation:
    time: float
    level: str
    """A rung of the ladder, or a role beside it (ground_rules.roles)."""
    note: str
    outside_staffed: bool
    role: str | None = None
    """In a team exercise, the member's role who made it."""
    item: str | None = None
    """The item it is about (None: about nothing in particular)."""
    member: str | None = None
    """In a team exercise, the member who made it."""


@dataclass
class MeterState:
    heat: float
    reach: float
    sentiment: float
    press: float

    def as_dict(self) -> dict[str, float]:
        return {"heat": round(self.heat, 3), "reach": round(self.reach, 3), "sentiment": round(self.sentiment, 3), "press": round(self.press, 3)}

    def add(self, name: str, value: float) -> None:
        low, high = METER_BOUNDS[name]  # `set`'s bounds, read here: a run adds to the meters some thousand times
        setattr(self, name, min(high, max(low, getattr(self, name) + value)))

    def set(self, name: str, value: float) -> None:
        low, high = METER_BOUNDS[name]
        setattr(self, name, min(high, max(low, value)))


METER_BOUNDS: dict[str, tuple[float, float]] = {
    "heat": (0.0, 100.0),
    "reach": (0.0, 1e12),
    "sentiment": (-100.0, 100.0),
    "press": (0.0, 100.0),
}


@dataclass
class FloodState:
    """A running or finished flood: when it runs and the arrival times of comments needing answers."""

    id: str
    running: bool = False
    started: float | None = None
    """When it first started (None: not yet)."""
    until: float | None = None
    carry: float = 0.0
    count: int = 0
    waiting_times: list[float] = field(default_factory=list)
    status_posts: list[float] = field(default_factory=list)
