"""Small value types of the scenario format: durations, rates, clock windows, texts.

They live apart from the models so the engine, the report and the UI can share one parser
for "12m" or "40/m" and one way to pick a text in the reader's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Literal, cast

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

LANGS: tuple[str, ...] = ("fi", "en")
Lang = Literal["fi", "en"]

_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
_DURATION_PATTERN = r"^(\d+d)?(\d+h)?(\d+m)?(\d+s)?$"


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


Duration = Annotated[
    int,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _DURATION_PATTERN,
            "minLength": 2,  # the pattern alone takes "": every part is optional
            "description": "A duration with units: 90s, 12m, 1h30m, 2d.",
            "examples": ["90s", "12m", "1h30m"],
        }
    ),
]

LocalDateTime = Annotated[
    datetime,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$",
            "description": "A local date and time, YYYY-MM-DDTHH:MM (seconds optional).",
            "examples": ["2026-11-14T06:00"],
        }
    ),
]
"""A scenario's start, local time without seconds as authors write it (2026-11-14T06:00):
not JSON Schema's `date-time`, which is RFC 3339 and needs seconds and an offset."""

_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(s|m|h)\s*$")
_RATE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


def parse_rate(value: object) -> float:
    """Turn "40/m" into comments per second."""
    if not isinstance(value, str) or (match := _RATE.match(value)) is None:
        raise ValueError(f"bad rate {value!r}: write a count per unit, like 40/m, 2/s or 300/h")
    return float(match.group(1)) / _RATE_UNITS[match.group(2)]


Rate = Annotated[
    float,
    BeforeValidator(parse_rate),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d+(\.\d+)?/(s|m|h)$",
            "description": "Comments per unit of time: 40/m, 2/s, 300/h.",
        }
    ),
]

_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def parse_window(value: object) -> tuple[int, int]:
    """Turn "07:00-22:00" into minutes of the day (420, 1320); a window may wrap midnight."""
    if not isinstance(value, str) or (match := _WINDOW.match(value.strip())) is None:
        raise ValueError(f"bad time window {value!r}: write it as HH:MM-HH:MM, like 07:00-22:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return h1 * 60 + m1, h2 * 60 + m2


def in_window(window: tuple[int, int], minute_of_day: int) -> bool:
    """Whether a minute of the day falls in a window that may wrap past midnight."""
    start, end = window
    if start <= end:
        return start <= minute_of_day < end
    return minute_of_day >= start or minute_of_day < end


Window = Annotated[
    tuple[int, int],
    BeforeValidator(parse_window),
    PlainSerializer(lambda w: f"{w[0] // 60:02d}:{w[0] % 60:02d}-{w[1] // 60:02d}:{w[1] % 60:02d}"),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _WINDOW.pattern,
            "description": "A time-of-day window, HH:MM-HH:MM; it may wrap past midnight.",
        }
    ),
]

Text = Annotated[
    str | dict[Lang, str],
    WithJsonSchema(
        {
            "description": "Text: a plain string, or a map from language to string ({fi: …, en: …}).",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "fi": {"type": "string", "description": "The Finnish text."},
                        "en": {"type": "string", "description": "The English text."},
                    },
                    "additionalProperties": False,
                    "minProperties": 1,
                },
            ],
        }
    ),
]


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
