"""The scenario format's value types as the models declare them: durations, rates, clock
windows, local start times and texts, each with its validator, serialiser and JSON schema.

The parsers they call are in drill.scenario.types, which has no pydantic, so the code that only
reads or formats these values does not load pydantic to do so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from drill.scenario.types import WINDOW, Lang, format_duration, parse_duration, parse_rate, parse_window

_DURATION_PATTERN = r"^(\d+d)?(\d+h)?(\d+m)?(\d+s)?$"

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

Window = Annotated[
    tuple[int, int],
    BeforeValidator(parse_window),
    PlainSerializer(lambda w: f"{w[0] // 60:02d}:{w[0] % 60:02d}-{w[1] // 60:02d}:{w[1] % 60:02d}"),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": WINDOW.pattern,
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
