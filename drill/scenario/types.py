"""Small value types of the scenario format: durations, rates, clock windows, texts.

They live apart from the models so the engine, the report and the UI can share one parser
for "12m" or "40/m" and one way to pick a text in the reader's language. No pydantic here:
the picker and the status line use these without loading the models; how the models declare
these values (validators, serialisers, JSON schema) is drill.scenario.fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, cast

LANGS: tuple[str, ...] = ("fi", "en")
Lang = Literal["fi", "en"]

_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(value: object) -> int:
    """Turn "1h30m" into 5400 seconds; refuse bare numbers, which YAML 1.1 mangles."""
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError(
            f"a duration is a string with units, like 90s, 12m or 1h30m (got {value!r})"
        )
    match = _DURATION.match(value.strip())
    if not value.strip() or match is None:
        raise ValueError(f"bad duration {value!r}: write it with units, like 90s, 12m or 1h30m")
    days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def format_duration(seconds: float) -> str:
    """The inverse of parse_duration, for messages and reports: 5400 → "1h30m"."""
    total = round(seconds)
    if total == 0:
        return "0s"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "", f"{secs}s" if secs else ""]
    return "".join(parts)


_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(s|m|h)\s*$")
_RATE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


def parse_rate(value: object) -> float:
    """Turn "40/m" into comments per second."""
    if not isinstance(value, str) or (match := _RATE.match(value)) is None:
        raise ValueError(f"bad rate {value!r}: write a count per unit, like 40/m, 2/s or 300/h")
    return float(match.group(1)) / _RATE_UNITS[match.group(2)]


WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def parse_window(value: object) -> tuple[int, int]:
    """Turn "07:00-22:00" into minutes of the day (420, 1320); a window may wrap midnight."""
    if not isinstance(value, str) or (match := WINDOW.match(value.strip())) is None:
        raise ValueError(f"bad time window {value!r}: write it as HH:MM-HH:MM, like 07:00-22:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return h1 * 60 + m1, h2 * 60 + m2


def in_window(window: tuple[int, int], minute_of_day: int) -> bool:
    """Whether a minute of the day falls in a window that may wrap past midnight."""
    start, end = window
    if start <= end:
        return start <= minute_of_day < end
    return minute_of_day >= start or minute_of_day < end


LocalText = str | Mapping[Lang, str] | Mapping[str, str]
"""A text as the model holds it (`Text`: keyed by Lang) or as a caller builds it (keyed by str)."""


def text_in(text: LocalText | None, lang: str) -> str:
    """Pick a text in the reader's language, falling back to any language it has."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    # read by any str key: a Lang is a str, and only keys it holds are read
    text = cast("Mapping[str, str]", text)
    if lang in text:
        return text[lang]
    for other in LANGS:
        if other in text:
            return text[other]
    return next(iter(text.values()), "")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421} | dict.fromkeys(range(128, 160), 65533)


def printable(text: str) -> str:
    """Untrusted free text (a trainee's name, a note, a pasted line) safe for a terminal.

    The loader refuses control characters in scenario texts, but names and notes come from
    the command line, a paste or a hand-edited journal. An ESC there would reach the terminal
    raw through Textual (which strips only BEL, BS, VT, FF and CR), a Markdown report shown
    with `cat`, or `drill history`. Each control character (C0 but tab and newline, DEL, C1)
    becomes its visible Unicode picture (ESC → ␛), so the text stays readable and harmless.
    """
    return text.translate(_PICTURES) if _CONTROL.search(text) else text


def text_langs(text: LocalText | None) -> set[str] | None:
    """The languages a text is written in; None for a plain string (taken as any)."""
    if text is None or isinstance(text, str):
        return None
    return set(text)


BUILTIN_SLOTS = frozenset(
    {"name", "first_name", "last_name", "city", "street", "phone", "email", "booking", "account", "date", "time", "number"}
)
"""Slots every flood template may use; the engine fills them from Faker in the scenario's locale."""


def template_slots(text: LocalText) -> tuple[str, ...]:
    """The {slot} names in a template text, in order of first use (format-string syntax)."""
    import string

    found: list[str] = []
    for one in [text] if isinstance(text, str) else list(text.values()):
        try:
            for _, name, _, _ in string.Formatter().parse(one):
                if name and name not in found:
                    found.append(name)
        except ValueError:
            continue
    return tuple(found)
