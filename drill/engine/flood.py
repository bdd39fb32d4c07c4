"""Floods: generated comments from weighted templates with Faker slots, cheap at 100,000.

Calling Faker per comment would cost seconds per flood, so each locale gets one pool of
values per slot, drawn once per process from a fixed Faker seed (the same in every process),
and each run picks from the pools with its own seeded random generator. Runs stay
deterministic across processes and a flood costs a few microseconds per comment.
"""

from __future__ import annotations

import bisect
import itertools
import random
import string
from functools import lru_cache

from drill.scenario.model import Flood
from drill.scenario.types import template_slots

POOL_SIZE = 256
_BOOKING_CHARS = string.ascii_uppercase + string.digits


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
    }


class FloodGenerator:
    """Draws comments for one flood with the run's seed."""

    def __init__(self, flood: Flood, locale: str, seed: int):
        self.flood = flood
        self.rng = random.Random(f"{seed}:flood:{flood.id}")
        self.pools = slot_pools(locale)
        self.cum_weights = list(itertools.accumulate(t.weight for t in flood.templates))
        self.slot_names = [template_slots(t.text) for t in flood.templates]

    def arrivals(self, start: float, length: float, rate: float, carry: float) -> tuple[list[float], float]:
        """Sorted arrival times in [start, start+length) for a rate per second; fractional counts carry over."""
        expected = rate * length + carry
        count = int(expected)
        rng = self.rng
        times = sorted(start + rng.random() * length for _ in range(count))
        return times, expected - count

    def comment(self) -> tuple[int, str, str, dict[str, str]]:
        """(template index, channel, author, slot values) for one comment."""
        rng = self.rng
        index = bisect.bisect_right(self.cum_weights, rng.random() * self.cum_weights[-1])
        index = min(index, len(self.cum_weights) - 1)
        channel = self.flood.channels[int(rng.random() * len(self.flood.channels))]
        pools = self.pools
        author = pools["name"][int(rng.random() * POOL_SIZE)]
        values: dict[str, str] = {}
        for slot in self.slot_names[index]:
            if slot == "name":
                values[slot] = author
            elif slot in self.flood.slots:
                own = self.flood.slots[slot]
                values[slot] = own[int(rng.random() * len(own))] if own else ""
            elif slot == "booking":
                values[slot] = "".join(rng.choice(_BOOKING_CHARS) for _ in range(6))
            elif slot in pools:
                values[slot] = pools[slot][int(rng.random() * POOL_SIZE)]
        return index, channel, author, values
