"""The feed: every item of a run in arrival order, flood comments kept compact until read.

A flood releases thousands of comments a run, and a simulation reads almost none of them:
bots and the scoring read the authored items, the flood's counts and its arrival times. So
a released comment stays the tuple the flood drew (`PendingComment`), and becomes an `Item`
only when something asks for it by place or id (a row drawn, a selection, an action, the
scoring of a removal). The Item is then kept in the comment's place: the same object every
time, so what an action changes on it stays changed.

What a comment's Item says is fixed when it is released, except whether a status update
answered it; that is kept per flood in a form that needs no work per comment (see
`_FloodRows`), so a comment made an Item late says what one made early would say.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import overload

from drill.engine.flood import FloodGenerator
from drill.engine.world import FloodState, Item
from drill.scenario.types import LocalText

PendingComment = tuple[float, int, str, int, float, float, int]
"""A generated comment waiting for its time, and once released its place in the feed until it
is read: (arrival, sequence, flood id, then what the flood drew for it: template index,
author draw, channel draw, number; see flood.Drawn)."""
Template = tuple[LocalText, bool, bool, bool, float, bool]
"""What a flood template gives each of its comments: (text, needs a reply, personal data,
criticism, sentiment, abusive)."""
FLOOD_REACH = 10.0
"""The reach of one flood comment."""

_first = itemgetter(0)
_flood_of = itemgetter(2)


class _FloodRows:
    """One flood's comments in the feed, without a record per comment.

    Its comments take runs of consecutive places (one run while it is the only flood
    releasing): comment number n is at `starts[k] + n - numbers[k]` for the last run k that
    starts at or before it. Which of its comments a status update answered follows from the
    release order, as arrival times only grow: a comment covered by a fresh update on arrival
    is answered then; the first that is not starts a silent stretch (`silent_from`), and
    every later comment needing a reply is silent too until the next update answers the
    whole stretch (`answered`: first place, end place, time)."""

    __slots__ = ("answered", "made", "numbers", "silent_from", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.numbers: list[int] = []
        self.silent_from: int | None = None
        self.answered: list[tuple[int, int, float]] = []
        self.made: list[Item] = []
        """Comments already made Items that need a reply and have none: an update answers them."""

    def number_at(self, seq: int) -> int:
        k = bisect_right(self.starts, seq) - 1
        return self.numbers[k] + seq - self.starts[k]

    def seq_of(self, number: int) -> int:
        k = bisect_right(self.numbers, number) - 1
        return self.starts[k] + number - self.numbers[k]

    def answered_at(self, seq: int, arrival: float) -> float | None:
        """When a status update answered the comment needing a reply at `seq` (None: not yet)."""
        k = bisect_right(self.answered, seq, key=_first) - 1
        if k >= 0 and seq < self.answered[k][1]:
            return self.answered[k][2]
        return arrival if self.silent_from is None or seq < self.silent_from else None


class Feed(Sequence[Item]):
    """The run's items by place (`feed[seq]`, slices, iteration, `len`) and by id (`get`,
    `by_id`, and `item_id in feed`, which makes no comment an Item). Authored items and a
    facilitator's posts are added as Items; flood comments are released in batches and made
    Items when read."""

    def __init__(self, templates: Mapping[str, Sequence[Template]], lapse: dict[str, float], states: dict[str, FloodState],
                 generators: dict[str, FloodGenerator]):
        """`templates` and `lapse` per flood (how long a status update covers new comments);
        `states` are the session's floods, whose counts and arrival times the feed keeps;
        `generators` tell what a drawn comment shows."""
        self._rows: list[Item | PendingComment] = []
        self._own: dict[str, Item] = {}
        self._templates, self._lapse, self._states, self._generators = templates, lapse, states, generators
        self._needs = {f: tuple(t[1] for t in rows) for f, rows in templates.items()}
        self._floods = {f: _FloodRows() for f in templates}

    # ---------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, seq: int) -> Item: ...
    @overload
    def __getitem__(self, seq: slice) -> list[Item]: ...
    def __getitem__(self, seq: int | slice) -> Item | list[Item]:
        if isinstance(seq, slice):
            return [self[i] for i in range(*seq.indices(len(self._rows)))]
        row = self._rows[seq]
        if type(row) is tuple:
            return self._make(seq % len(self._rows), row)
        return row  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Item]:
        seq = 0
        while seq < len(self._rows):  # the feed may grow while it is walked
            yield self[seq]
            seq += 1

    def get(self, item_id: str) -> Item | None:
        """The item with this id, if it has arrived."""
        seq = self._locate(item_id)
        return None if seq is None else self[seq]

    def by_id(self, item_id: str) -> Item:
        """The item with this id; KeyError if none has arrived."""
        seq = self._locate(item_id)
        if seq is None:
            raise KeyError(item_id)
        return self[seq]

    def __contains__(self, value: object) -> bool:
        """Whether an item with this id has arrived, or this Item is in the feed (a string is
        an id: the question asked of a feed; answered without making a comment an Item)."""
        if isinstance(value, str):
            return self._locate(value) is not None
        return isinstance(value, Item) and value.seq < len(self._rows) and self._rows[value.seq] is value

    def _locate(self, item_id: str) -> int | None:
        own = self._own.get(item_id)
        if own is not None:
            return own.seq
        flood_id, _, number = item_id.rpartition("#")
        rows = self._floods.get(flood_id)
        # the engine's own numbering: ASCII digits, no leading zero, 1 up to the count so far
        if rows is None or not number.isdigit() or not number.isascii() or number[0] == "0":
            return None
        n = int(number)
        return rows.seq_of(n) if n <= self._states[flood_id].count else None

    def _make(self, seq: int, row: PendingComment) -> Item:
        time, _, flood_id, index, author_draw, channel_draw, number = row
        channel, author, recipe = self._generators[flood_id].comment(index, author_draw, channel_draw, number)
        text, needs_reply, personal, critical, sentiment, abusive = self._templates[flood_id][index]
        rows = self._floods[flood_id]
        # Item(seq, id, time, channel, kind, author, source, text, flood, slots, thread,
        #      needs_reply, personal_data, sensitive, criticism, sentiment, reach, abusive)
        item = Item(seq, f"{flood_id}#{rows.number_at(seq)}", time, channel, "comment", author, flood_id, text, True, recipe,
                    None, needs_reply, personal, False, critical, sentiment, FLOOD_REACH, abusive)
        if needs_reply:
            item.answered_at = rows.answered_at(seq, time)
            if item.answered_at is None:
                rows.made.append(item)
            else:
                item.answered_by = "status"
        self._rows[seq] = item
        return item

    # ---------------------------------------------------------------- growing

    def add(self, item: Item) -> None:
        """An authored item or a facilitator's post, at the next place (`item.seq`)."""
        self._rows.append(item)
        self._own[item.id] = item

    def release(self, due: list[PendingComment]) -> None:
        """Flood comments due now, in arrival order, into the feed: each flood's count and the
        arrival times of its comments needing a reply grow; which of those a status update
        still covers (one posted at most the flood's lapse before) is noted per flood, not per
        comment."""
        seq = len(self._rows)
        self._rows.extend(due)
        runs = [(due[0][2], due)] if len({*map(_flood_of, due)}) == 1 else [(f, list(g)) for f, g in groupby(due, key=_flood_of)]
        for flood_id, run in runs:
            state, rows, needs = self._states[flood_id], self._floods[flood_id], self._needs[flood_id]
            if not rows.starts or rows.starts[-1] + state.count - rows.numbers[-1] != seq - 1:  # not right after its last comment
                rows.starts.append(seq)
                rows.numbers.append(state.count + 1)
            state.count += len(run)
            waiting = [p[0] for p in run if needs[p[3]]]
            if waiting:
                state.waiting_times += waiting
                if rows.silent_from is None:
                    posts = state.status_posts
                    first = bisect_right(run, posts[-1] + self._lapse[flood_id], key=_first) if posts else 0
                    rows.silent_from = next((seq + j for j in range(first, len(run)) if needs[run[j][3]]), None)
            seq += len(run)

    def answer_flood(self, flood_id: str, t: float) -> None:
        """A status update at `t` answers every comment of the flood still waiting for one."""
        rows = self._floods[flood_id]
        if rows.silent_from is not None:
            rows.answered.append((rows.silent_from, len(self._rows), t))
            rows.silent_from = None
        for item in rows.made:
            item.answered_at, item.answered_by = t, "status"
        rows.made.clear()
