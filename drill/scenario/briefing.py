"""What the briefing shows of a scenario, as plain values: texts, seconds, the start time.

`drill play NAME` shows the briefing before the scenario's models exist: the library keeps
this beside the scenario's card in the user's cache (drill.library), made from the validated
scenario on an earlier start and read back as JSON, while the file is loaded and checked
behind the briefing. So it holds only what JSON holds, and `from_json` refuses anything else:
a cache damaged or edited by hand is not used, never shown half or turned into a traceback.
No pydantic here: importing it and building the models cost about a quarter of a bare
Textual app's whole start (issue 19's profile: 13 + 25 of 164 ms).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from drill.scenario.types import LocalText

Rung = tuple[str, str | None, LocalText | None]
"""A level of the escalation ladder, lowest first: its name, and who holds it (name, role) if anyone."""


@dataclass(frozen=True)
class Briefing:
    title: LocalText
    summary: LocalText
    starts: datetime
    length: int
    """Seconds the scenario's clock runs."""
    role: LocalText
    organisation: LocalText
    description: LocalText | None
    promised_response: int | None
    staffed: tuple[int, int] | None
    """Minutes of the day, first and last."""
    notes: tuple[LocalText, ...]
    ladder: tuple[Rung, ...]
    situation: LocalText | None
    objectives: tuple[LocalText, ...]

    @classmethod
    def of(cls, scenario: Any) -> Briefing:
        """A validated scenario's briefing (a drill.scenario.model.Scenario)."""
        from drill.scenario.vocabulary import LEVELS

        rules, organisation = scenario.ground_rules, scenario.organisation
        people = [getattr(rules.ladder, level) for level in LEVELS]
        return cls(
            _plain(scenario.title), _plain(scenario.summary), scenario.clock.starts, int(scenario.clock.length),
            _plain(scenario.role), _plain(organisation.name), _plain(organisation.description),
            None if rules.promised_response is None else int(rules.promised_response),
            None if rules.staffed is None else (int(rules.staffed[0]), int(rules.staffed[1])),
            tuple(_plain(note) for note in rules.notes),
            tuple((level, None if p is None else p.name, None if p is None else _plain(p.role)) for level, p in zip(LEVELS, people, strict=True)),
            _plain(scenario.briefing), tuple(_plain(o.text) for o in scenario.objectives),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title, "summary": self.summary, "starts": self.starts.isoformat(), "length": self.length,
            "role": self.role, "organisation": self.organisation, "description": self.description,
            "promised_response": self.promised_response, "staffed": None if self.staffed is None else list(self.staffed), "notes": list(self.notes),
            "ladder": [list(rung) for rung in self.ladder], "situation": self.situation, "objectives": list(self.objectives),
        }

    @classmethod
    def from_json(cls, data: Any) -> Briefing:
        """The briefing `to_json` wrote; ValueError for anything else."""
        if not isinstance(data, dict) or set(data) != set(cls.__dataclass_fields__):
            raise ValueError("not a briefing")
        staffed, ladder = data["staffed"], data["ladder"]
        if staffed is not None and not (isinstance(staffed, list) and len(staffed) == 2):
            raise ValueError("staffed: not a window")
        if not isinstance(ladder, list) or not all(isinstance(r, list) and len(r) == 3 for r in ladder):
            raise ValueError("ladder: not a list of rungs")
        if not isinstance(data["starts"], str):
            raise ValueError("starts: not a time")
        return cls(
            json_text(data["title"]), json_text(data["summary"]), datetime.fromisoformat(data["starts"]), json_int(data["length"]),
            json_text(data["role"]), json_text(data["organisation"]), json_text(data["description"], optional=True),
            json_int(data["promised_response"], optional=True),
            None if staffed is None else (json_int(staffed[0]), json_int(staffed[1])),
            tuple(json_text(note) for note in json_list(data["notes"])),
            tuple((json_str(level), json_str(name, optional=True), json_text(role, optional=True)) for level, name, role in ladder),
            json_text(data["situation"], optional=True), tuple(json_text(o) for o in json_list(data["objectives"])),
        )


def _plain(text: Any) -> Any:
    """A model's text as JSON holds it (a str, or a dict of str by language)."""
    return dict(text) if isinstance(text, Mapping) else text


# The checks of values read back from JSON (here and for the picker's cards, drill.library).


def json_str(value: Any, optional: bool = False) -> Any:
    if isinstance(value, str) or (optional and value is None):
        return value
    raise ValueError(f"not a string: {value!r}")


def json_text(value: Any, optional: bool = False) -> Any:
    """A text as `to_json` wrote it: a str, or a dict of str by language."""
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return value
    return json_str(value, optional)


def json_int(value: Any, optional: bool = False) -> Any:
    if (isinstance(value, int) and not isinstance(value, bool)) or (optional and value is None):
        return value
    raise ValueError(f"not a whole number: {value!r}")


def json_list(value: Any) -> list:
    if isinstance(value, list):
        return value
    raise ValueError(f"not a list: {value!r}")
