"""Pausing Python's cycle collector while a report is built or rendered.

Building the record and rendering it allocate one container or Markup per value: for a
10,000-action run about 10^5 short-lived objects and no reference cycles. With a big
session alive, the collections they trigger walk the whole heap and cost a third of the
time, so both steps pause the collector and let it catch up afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
