"""The trainee's verbs, shared by the format (conditions, test steps), the engine and the UI.

An Action is plain data: the engine decides whether it is allowed. Test steps, journal lines
and bots all produce Actions, so a scripted test, a replay and a live run go through one path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from drill.scenario.types import parse_duration, printable

Verb = Literal["reply", "private", "redirect", "status", "hide", "delete", "escalate", "dismiss"]
VERBS: tuple[str, ...] = get_args(Verb)

ROUTE_VERB: dict[str, str] = {
    "public": "reply",
    "private": "private",
    "phone": "redirect",
    "email": "redirect",
    "secure_chat": "redirect",
    "status_update": "status",
}
"""Which verb sends an option of each route."""


@dataclass(frozen=True)
class Action:
    verb: str
    item: str | None = None
    """The feed item acted on: an inject id, or a flood comment's id (e.g. 'worried#42'); for
    an escalation, the item it is about."""
    option: str | None = None
    level: str | None = None
    note: str = ""
    role: str | None = None
    """In a team exercise, the role that made the decision."""
    member: str | None = None
    """In a team exercise, the member (as named in the team) who made it."""
    text: str | None = None
    """A reply the trainee wrote instead of choosing an option (the reply checker reads it)."""
    lang: str | None = None
    """The language the text is written in."""

    def __post_init__(self) -> None:
        # The note, role and text are typed or pasted by a person (or read from a hand-edited
        # journal): control characters in them become visible pictures here, the one place
        # every action passes, so no terminal, report or journal ever gets them raw.
        for name in ("note", "role", "member", "text"):
            value = getattr(self, name)
            if isinstance(value, str) and value != (clean := printable(value)):
                object.__setattr__(self, name, clean)

    def to_json(self) -> dict[str, Any]:
        """Fields that differ from their defaults (an empty item id is kept: replay must see it)."""
        # the fields are plain strings: read them directly (dataclasses.asdict deep-copies, and
        # every action of every simulated run passes here twice)
        return {k: v for k, v in vars(self).items() if v is not None and not (k == "note" and v == "")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Action:
        return cls(**{k: data[k] for k in ("verb", "item", "option", "level", "note", "role", "member", "text", "lang") if k in data})

    def describe(self) -> str:
        if self.verb == "escalate":
            about = f" on {self.item}" if self.item else ""
            return f"escalate {self.level}{about}" + (f" ({self.note})" if self.note else "")
        if self.verb == "status":
            return f"status {self.option}" if self.text is None else f"status: {_short(self.text)}"
        if self.text is not None:
            return f"{self.verb} {self.item}: {_short(self.text)}"
        target = f"{self.item}.{self.option}" if self.option else str(self.item)
        return f"{self.verb} {target}"


def _short(text: str, width: int = 40) -> str:
    line = " ".join(text.split())
    return f"“{line}”" if len(line) <= width else f"“{line[: width - 1]}…”"


class StepError(ValueError):
    """A test step that cannot be read."""


@dataclass(frozen=True)
class Step:
    at: int
    action: Action | None = None
    fire: str | None = None
    """Instead of an action: the held inject a facilitator brings in ('20m fire INJECT')."""


def parse_step(text: str) -> Step:
    """'3m reply angry-family.ask-dm' → Step(180, Action(...)); 'choose' picks the verb from the route later.

    '5m escalate comms on price-critic NOTE' tells comms about an inject (the note is optional).
    '3m reply price-critic Hei Kaisa, …' sends a written reply (the scenario's first language).
    '20m fire INJECT' is the facilitator's verb: it brings in a held inject, so a scripted test
    can reach what only a facilitator would otherwise fire.
    """
    words = text.split()
    if len(words) < 2:
        raise StepError(f"step {text!r}: write 'TIME VERB ARGS', like '3m reply inject.option'")
    try:
        at = parse_duration(words[0])
    except ValueError as exc:
        raise StepError(f"step {text!r}: {exc}") from None
    verb, args = words[1], words[2:]
    if verb == "fire":
        if len(args) != 1:
            raise StepError(f"step {text!r}: fire needs one held inject id")
        return Step(at, fire=args[0])
    if verb not in VERBS and verb != "choose":
        raise StepError(f"step {text!r}: unknown verb {verb!r} (one of: choose, fire, {', '.join(VERBS)})")
    if verb == "escalate":
        if not args:
            raise StepError(f"step {text!r}: escalate needs a level (service, comms, management) or a role")
        level, rest, item = args[0], args[1:], None
        if rest[:1] == ["on"]:
            if len(rest) < 2:
                raise StepError(f"step {text!r}: 'on' names the inject the escalation is about")
            item, rest = rest[1], rest[2:]
        return Step(at, Action("escalate", item=item, level=level, note=" ".join(rest)))
    if verb == "status":
        if not args:
            raise StepError(f"step {text!r}: status needs a status update id, or the words of one")
        if len(args) > 1:  # a written status update
            return Step(at, Action("status", text=" ".join(args)))
        return Step(at, Action("status", option=args[0]))
    if verb in ("hide", "delete", "dismiss"):
        if len(args) != 1:
            raise StepError(f"step {text!r}: {verb} needs one target")
        return Step(at, Action(verb, item=args[0]))
    if len(args) > 1 and "." not in args[0] and verb != "choose":  # a written reply: INJECT and its words
        return Step(at, Action(verb, item=args[0], text=" ".join(args[1:])))
    if len(args) != 1:
        raise StepError(f"step {text!r}: {verb} needs INJECT.OPTION, or INJECT and the words of a written reply")
    item, dot, option = args[0].partition(".")
    if not dot or not item or not option:
        raise StepError(f"step {text!r}: {verb} needs INJECT.OPTION")
    return Step(at, Action(verb, item=item, option=option))
