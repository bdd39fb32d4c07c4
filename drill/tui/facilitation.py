"""The facilitator's plain helper: reading "skip to" input.

Kept apart from the widgets and dialogs (and free of Textual) so the rules a facilitator
types against — what "07:15", "30m" and "+10m" mean — are tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from drill.scenario.types import parse_duration

DAY = 86400


class SkipError(ValueError):
    """Input the skip dialog cannot use: the message says why, in the UI language."""


def parse_skip(text: str, starts: datetime, now: float, length: float, t: Callable[..., str]) -> float:
    """The sim time to skip to: 'HH:MM' on the scenario's clock, '30m' from the start (as
    `at:` in a scenario), '+10m' from now. It must lie ahead and before the end."""
    raw = text.strip().replace(".", ":")
    try:
        if raw.startswith("+"):
            target = now + parse_duration(raw[1:].strip())
        elif ":" in raw:
            hours, _, minutes = raw.partition(":")
            wall = starts.replace(hour=int(hours), minute=int(minutes), second=0, microsecond=0)
            target = (wall - starts).total_seconds()
            if target < 0 and target + DAY < length:  # past midnight in a drill that runs through the night
                target += DAY
        else:
            target = float(parse_duration(raw))
    except ValueError:
        raise SkipError(t("ui.skip.bad", text=text.strip())) from None
    if target <= now:
        raise SkipError(t("ui.skip.past", time=clock_at(starts, target), now=clock_at(starts, now)))
    if target >= length:
        raise SkipError(t("ui.skip.after_end", end=clock_at(starts, length)))
    return target


def clock_at(starts: datetime, seconds: float) -> str:
    return f"{starts + timedelta(seconds=seconds):%H:%M}"

