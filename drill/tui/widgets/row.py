"""What one feed row says: channel, author, age against the reply target, flags, text.

Kept apart from the scrolling widget so the rules of display (what is late, what a flag
means) live in one place the help screen and the tests can point at. It reads the session
and never changes it; the reply targets come from the scoring module so the colours agree
with the debrief.
"""

from __future__ import annotations

from drill.engine.world import Item
from drill.scoring.dimensions import DEFAULT_HOLDING_WITHIN, reply_target

CHANNEL_MARK = {
    "facebook": "FB", "twitter": "X ", "instagram": "IG", "forum": "FO", "dm": "DM",
    "email": "@ ", "phone": "PH", "news": "NW", "internal": "IN",
}
WIDE = 60
"""From this many columns a row also shows the clock time of the item."""


def age_label(seconds: float) -> str:
    """At most four cells: <1m, 12m, 1h05, 26h."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "<1m"
    if minutes < 60:
        return f"{minutes}m"
    hours = minutes // 60
    return f"{hours}h{minutes % 60:02d}" if hours < 10 else f"{hours}h"


class RowPainter:
    """Rows for one session; `marks` holds the ids of items the trainee acted on."""

    def __init__(self, session, lang: str, marks: set[str]) -> None:
        self.session = session
        self.lang = lang
        self.marks = marks
        self._targets: dict[str, float] = {}

    def target(self, item: Item) -> float:
        """Seconds within which the item should have had an answer."""
        if item.flood:
            return float(self.session.scenario.scoring.holding_within or DEFAULT_HOLDING_WITHIN)
        found = self._targets.get(item.id)
        if found is None:
            found = self._targets[item.id] = float(reply_target(self.session, self.session.scenario.injects_by_id.get(item.id)))
        return found

    def state(self, item: Item) -> tuple:
        """(kind, age label, marked, data flag): all that can change on a row."""
        marked = item.id in self.marks
        if item.removed:
            return ("removed", "", marked, item.deleted)
        if item.answered_at is not None:
            return ("answered", age_label(item.answered_at - item.time), marked, False)
        age = self.session.now - item.time
        if not item.needs_reply or item.dismissed:
            return ("info", age_label(age), marked, item.dismissed)
        target = self.target(item)
        kind = "late" if age >= target else "due" if age >= target / 2 else "fresh"
        return (kind, age_label(age), marked, False)

    def segments(self, item: Item, state: tuple, width: int) -> list[tuple[str, str]]:
        kind, age, marked, extra = state
        body = "removed" if kind == "removed" else "flood" if item.flood else kind
        status = {"removed": "✗" if extra else "⊘", "answered": "✓", "info": "–" if extra else " "}.get(kind, "!")
        data = "S" if item.sensitive else "P" if item.personal_data else " "
        author_width = 14 if width >= WIDE else 10
        author = item.author if len(item.author) <= author_width else item.author[: author_width - 1] + "…"
        pieces: list[tuple[str, str]] = [("▌" if not item.flood else " ", kind if not item.flood else "meta")]
        if width >= WIDE:
            pieces.append((f"{self.session.wall_time(item.time):%H:%M} ", "meta"))
        pieces += [
            (CHANNEL_MARK.get(item.channel, "  ") + " ", "channel"),
            (f"{age:>4} ", kind if not item.flood or kind in ("due", "late") else "meta"),
            ("◆" if marked else " ", "mark"),
            (status, kind),
            (data + " ", "data"),
            (f"{author:<{author_width}} ", "removed" if kind == "removed" else ("author" if not item.flood else "meta")),
            (" ".join(item.text(self.lang).split()), body),
        ]
        return pieces
