"""Floods: generated comments from weighted templates with Faker slots, cheap at 100,000.

Calling Faker per comment would cost seconds per flood, so each locale gets one pool of
values per slot, drawn once per process from a fixed Faker seed (the same in every process),
and each run picks from the pools with its own seeded random generator. Runs stay
deterministic across processes and a flood costs a few microseconds per comment.

The pools are drawn when a flood first needs them, not when a session starts: importing
Faker and drawing costs about 150 ms, which a UI can spend while its briefing is on screen
(`slot_pools` from a worker thread) instead of before its first frame.
"""

from __future__ import annotations

import random
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cached_property, lru_cache
from itertools import accumulate, repeat, starmap

from drill.scenario.model import Flood
from drill.scenario.types import template_slots

POOL_SIZE = 256
SlotPool = tuple[str, ...] | str | None
"""Where a slot's value comes from: a pool of values, or the comment's author (None: the
whole name; a string: that part of it)."""
SlotRecipe = tuple[Callable[[int, int, str], dict[str, str]], int, int, str]
"""How a flood comment's slot values are drawn when it is first shown:
(`FloodGenerator.slot_values`, template index, comment number, author)."""
Drawn = tuple[list[int], list[float], list[float], range]
"""A batch of drawn flood comments, column by column: each one's template index, the draws
that pick its author and its channel, and its number among the flood's draws. Columns of
plain numbers: a flood makes tens of thousands of comments, and what one shows is worked
out (`FloodGenerator.comment`) only when it is read."""
AUTHOR_SLOTS = {"name": None, "first_name": "first_name", "last_name": "last_name"}
"""Slots a comment's author fills: a comment signed '–{first_name}' signs with its own
author's first name, never with another person drawn from the pool."""
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "jr", "sr", "i", "ii", "iii", "iv", "v", "phd"}
"""Words Faker puts around some names ('Mrs. Megan Rice', 'Wesley Rojas DDS') that are not
the first or the last name; besides these, all-capital degrees (MD, DDS) are dropped."""


def name_part(name: str, part: str) -> str:
    """The first or the last name in a full name, titles and degrees left out."""
    words = name.split()
    core = [w for w in words if w.rstrip(".").lower() not in TITLES and not (len(w) > 1 and w.isupper())] or words or [name]
    return core[0] if part == "first_name" else core[-1]


@lru_cache(maxsize=8)
def slot_pools(locale: str) -> dict[str, tuple[str, ...]]:
    """Values for the built-in slots in one locale, the same in every process."""
    from faker import Faker

    try:
        fake = Faker(locale)
    except AttributeError:
        fake = Faker("en_US")
    fake.seed_instance(20261123)

    def draw(make) -> tuple[str, ...]:
        return tuple(str(make()) for _ in range(POOL_SIZE))

    return {
        "name": draw(fake.name),
        "first_name": draw(fake.first_name),
        "last_name": draw(fake.last_name),
        "city": draw(fake.city),
        "street": draw(fake.street_address),
        "phone": draw(fake.phone_number),
        "email": draw(fake.free_email),
        "account": draw(fake.iban),
        "date": draw(lambda: fake.date_this_month().strftime("%d.%m.")),
        "time": draw(lambda: fake.time(pattern="%H:%M")),
        "number": draw(lambda: fake.random_int(1, 999)),
        "booking": draw(lambda: fake.bothify("??####", letters="ABCDEFGHJKLMNPQRSTUVWXYZ")),
    }


class FloodGenerator:
    """Draws comments for one flood with the run's seed."""

    def __init__(self, flood: Flood, locale: str, seed: int):
        self.flood = flood
        self.rng = random.Random(f"{seed}:flood:{flood.id}")
        self.key = zlib.crc32(f"{seed}:flood:{flood.id}".encode()) << 32
        """Comment n's slot values are drawn from Random(key + n): stable across processes."""
        self.made = 0
        self.locale = locale
        cum = list(accumulate(t.weight for t in flood.templates))
        self.template_at = [min(bisect_right(cum, k), len(cum) - 1) for k in range(cum[-1] + 1)]
        """The template a draw d picks, by int(d * total weight): bisect_right(cumulative weights,
        d * total) capped at the last, for whole weights the same as at its floor."""

    @cached_property
    def pools(self) -> dict[str, tuple[str, ...]]:
        return slot_pools(self.locale)

    @cached_property
    def sources(self) -> list[tuple[tuple[str, SlotPool], ...]]:
        """Per template: each slot and the values it draws from (None: the comment's author; a
        string: that part of the author's name)."""
        return [tuple((slot, self._pool(slot)) for slot in template_slots(t.text)) for t in self.flood.templates]

    def _pool(self, slot: str) -> SlotPool:
        if slot in AUTHOR_SLOTS:
            return AUTHOR_SLOTS[slot]
        if slot in self.flood.slots:
            return tuple(self.flood.slots[slot]) or ("",)
        return self.pools.get(slot, ("{" + slot + "}",))

    def draw(self, start: float, length: float, rate: float, carry: float) -> tuple[list[float], Drawn, float]:
        """The comments arriving in [start, start+length) at `rate` per second, the fraction
        of one carried over: their arrival times, sorted, and what was drawn for each, with the
        fraction to carry on. The generator draws each comment's arrival, then three draws
        each (template, author, channel) in that order, all as plain numbers.

        The draws are all the run's generator is asked for: what they pick, and the slot
        values (drawn from the comment's own seed), are worked out only if the comment is ever
        read (most never are: bots and scoring read counts and arrival times, the feed shows a
        screenful), so what is shown is the same in every run, replay and process."""
        expected = rate * length + carry
        count = int(expected)
        draws = list(starmap(self.rng.random, repeat((), 4 * count)))
        times = [start + d * length for d in draws[:count]]
        times.sort()
        at, total = self.template_at, len(self.template_at) - 1
        indexes = [at[int(d * total)] for d in draws[count::3]]
        made = self.made
        self.made = made + count
        return times, (indexes, draws[count + 1 :: 3], draws[count + 2 :: 3], range(made, made + count)), expected - count

    def comment(self, index: int, author_draw: float, channel_draw: float, number: int) -> tuple[str, str, SlotRecipe | None]:
        """What a drawn comment shows: its channel, its author, and how its slot values are
        drawn when its text is (`slot_values`, template index, comment number, author; None
        when its template has no slots)."""
        author = self.pools["name"][int(author_draw * POOL_SIZE)]
        channels = self.flood.channels
        return channels[int(channel_draw * len(channels))], author, (self.slot_values, index, number, author) if self.sources[index] else None

    def slot_values(self, index: int, number: int, author: str) -> dict[str, str]:
        """The slot values of comment `number` (drawn from template `index`)."""
        pick = random.Random(self.key + number).random
        return {
            slot: author if pool is None else name_part(author, pool) if type(pool) is str else pool[int(pick() * len(pool))]
            for slot, pool in self.sources[index]
        }
