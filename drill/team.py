"""A tabletop team: who plays and in which role, from `--team "Aino:service,Mikko:comms"`.

In a team exercise every decision is attributed to a role (`Action.role`), so the debrief can
say who decided what. The team goes into the journal header as a list of {name, role}: a
resumed run, the history and the report all read the same participants from there. Parsing
lives here rather than in the CLI, so `drill play` and `drill serve --play-args` refuse a
malformed team with the same one-line message. No Textual: the report reads roles too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from drill.i18n import CATALOGUES, t

MAX_MEMBERS = 12
MAX_NAME = 40
EXAMPLE = '"Aino:service,Mikko:comms,Sanna:management"'
_ROLE = re.compile(r"[^\W_][\w-]{0,23}")
"""A role is one word (letters, digits, - and _), at most 24 characters: it names a column
of the debrief's table, so `Comms` and `comms` are the same role (roles are lower-cased)."""


class TeamError(ValueError):
    """A --team value that cannot be read: one line saying what is wrong and how to write it."""


@dataclass(frozen=True)
class Member:
    name: str
    role: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}

    def label(self, lang: str) -> str:
        """'Aino (customer service)' in the UI or report language."""
        return who(self.name, self.role, lang)


def parse_team(text: str) -> list[Member]:
    """'Aino:service,Mikko:comms' → members in the order given; TeamError says what is wrong."""
    entries = [entry.strip() for entry in text.split(",")]
    if not any(entries):
        raise TeamError(f"--team is empty: give NAME:ROLE pairs separated by commas, e.g. {EXAMPLE}")
    members: list[Member] = []
    for entry in entries:
        if not entry:
            raise TeamError(f"--team has an empty entry (two commas in a row?): write NAME:ROLE pairs, e.g. {EXAMPLE}")
        if entry.count(":") != 1:
            problem = "has no role" if ":" not in entry else "has more than one ':'"
            raise TeamError(f"--team: {entry!r} {problem}; write each member as NAME:ROLE, e.g. {EXAMPLE}")
        name, role = (part.strip() for part in entry.split(":"))
        if not name:
            raise TeamError(f"--team: {entry!r} has no name before the ':'; write NAME:ROLE, e.g. {EXAMPLE}")
        if any(unicodedata.category(c)[0] == "C" for c in name) or len(name) > MAX_NAME:
            raise TeamError(f"--team: the name {name[:MAX_NAME]!r} must be printable text of at most {MAX_NAME} characters")
        if not _ROLE.fullmatch(role):
            raise TeamError(f"--team: {name}'s role {role!r} must be one word, like service, comms or management")
        if any(m.name.casefold() == name.casefold() for m in members):
            raise TeamError(f"--team: {name!r} is named twice; give each participant once")
        members.append(Member(name, role.lower()))
    if len(members) > MAX_MEMBERS:
        raise TeamError(f"--team: {len(members)} participants; a tabletop team has at most {MAX_MEMBERS}")
    return members


def team_header(members: list[Member] | None) -> list[dict[str, str]] | None:
    """The journal header's `team`: None for a run without a team (the key is then left out)."""
    return [m.to_json() for m in members] if members else None


def team_from_header(header: dict[str, Any]) -> list[Member]:
    """The members a journal header names (entries that are not {name, role} are skipped)."""
    value = header.get("team")
    if not isinstance(value, list):
        return []
    return [
        Member(str(entry["name"]), str(entry["role"]))
        for entry in value
        if isinstance(entry, dict) and isinstance(entry.get("name"), str) and isinstance(entry.get("role"), str)
    ]


def who(member: str | None, role: str | None, lang: str) -> str:
    """Who took a decision: 'Aino (customer service)', or the role alone where the run did not
    name its members (a single-screen team before members were recorded)."""
    if member and role:
        return f"{member} ({role_name(role, lang)})"
    return member or role_name(role, lang)


def role_name(role: str | None, lang: str) -> str:
    """A role in words: the ladder's functions are translated, any other role is shown as written."""
    if not role:
        return ""
    key = f"role.{role}"
    return t(key, lang) if key in CATALOGUES.get(lang, {}) or key in CATALOGUES["en"] else role


ROLE_CHANNELS: dict[str, frozenset[str]] = {
    "service": frozenset({"facebook", "twitter", "instagram", "forum", "dm", "email"}),
    "comms": frozenset({"phone", "news", "internal"}),
    "management": frozenset({"internal"}),
}
"""What each rung watches in a team exercise: customer service the wall and the direct
messages; communications the red-phone calls, the press and internal messages; management
the internal line. Anything escalated to a rung (or above it) reaches that rung's seat as
well; the status updates everyone posts are in everyone's header. A role not listed here
(the facilitator, the projector, a scenario's own roles) sees everything."""

def role_sees(role: str | None, channel: str, escalated_to: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a seat of `role` shows an item on `channel` that was escalated to `escalated_to` rungs."""
    watched = ROLE_CHANNELS.get(role or "")
    if watched is None or channel in watched:
        return True
    from drill.scenario.vocabulary import LEVELS  # here: `drill play` parses --team before any model is needed

    rank = LEVELS.index(str(role))
    return any(level in LEVELS and LEVELS.index(level) >= rank for level in escalated_to)
