"""The facilitator panel: held injects to fire, the facilitator's keys, the latest observations.

Shown beside the feed with `F` in `drill play --facilitator`, hidden again before the room
sees the screen (held injects are the facilitator's surprises). It only draws: choosing a
held inject posts OptionList.OptionSelected, which the play screen turns into a confirmed
`fire_held` on the app. Redrawn only when what it shows changed (held list, notes, pause).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from drill.scenario.types import text_in
from drill.team import role_name, team_from_header
from drill.tui.widgets.detail import describe_action, short

RECENT_NOTES = 3
QUOTE = 110
KEYS = (
    ("Enter", "ui.fac.key.fire"), ("space", "ui.fac.key.pause"), ("f", "ui.fac.key.forward"),
    ("t", "ui.fac.key.skip"), ("o", "ui.fac.key.observe"), ("w", "ui.fac.key.post"), ("E", "ui.fac.key.end"), ("F", "ui.fac.key.close"),
)


class FacilitatorPanel(Vertical):
    """The panel; `show(session, paused)` brings it in line with the run."""

    def __init__(self, t: Callable[..., str], lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.t, self.lang = t, lang
        self.held_key: tuple | None = None
        self.info_key: tuple | None = None

    def on_mount(self) -> None:
        self.border_title = self.t("ui.fac.title")

    def compose(self) -> ComposeResult:
        yield Label(Text(self.t("ui.fac.held")), classes="fac-heading")
        yield OptionList(id="held")
        yield Static(id="fac-info")

    @property
    def held(self) -> OptionList:
        return self.query_one("#held", OptionList)

    def show(self, session, paused: bool) -> None:
        held = session.held_injects()
        key = tuple(i.id for i in held)
        if key != self.held_key:
            self.held_key = key
            self.fill(session, held)
        notes = [e for e in session.log.events if e.kind == "observation"]
        info_key = (key, len(notes), paused, session.ended, len(session.actions), int(session.now // 60))
        if info_key != self.info_key:
            self.info_key = info_key
            self.query_one("#fac-info", Static).update(self.info(session, notes, paused))

    def fill(self, session, held) -> None:
        t, lang = self.t, self.lang
        options = self.held
        highlighted = options.highlighted
        options.clear_options()
        for number, inject in enumerate(held, 1):
            line = Text(f"{number}. ", style="bold")
            line.append(session.author_of(inject), style="bold")
            line.append(f" · {t('ui.channel.' + inject.channel)}", style="dim")
            line.append("\n" + short(text_in(inject.text, lang), QUOTE))
            options.add_option(Option(line, id=inject.id))
        options.display = bool(held)
        if held:
            options.highlighted = min(highlighted or 0, len(held) - 1)
        self.query_one(".fac-heading", Label).update(Text(t("ui.fac.held") if held else t("ui.fac.none_held")))

    def seats(self, session, body: Text) -> None:
        """Each team member's latest decision and how long ago: who is busy, who is waiting."""
        team = team_from_header(session.log.header)
        if not team:
            return
        body.append("\n" + self.t("ui.fac.seats") + "\n", style="bold")
        by_member, by_role = {}, {}
        for when, action in session.actions:
            if action.member:
                by_member[action.member.casefold()] = (when, action)
            if action.role:
                by_role[action.role] = (when, action)
        for member in team:
            body.append(f"{member.label(self.lang)}: ", style="bold")
            alone = sum(m.role == member.role for m in team) == 1  # a run without member names: the role is the member
            found = by_member.get(member.name.casefold()) or (by_role.get(member.role) if alone else None)
            if found is None:
                body.append(self.t("ui.fac.seat_idle") + "\n", style="dim")
                continue
            when, action = found
            body.append(f"{session.wall_time(when):%H:%M} ", style="dim")
            body.append(short(describe_action(session, action, self.t, self.lang).split(" · ")[0], QUOTE) + "\n")

    def info(self, session, notes, paused: bool) -> Text:
        t = self.t
        body = Text()
        for key, what in KEYS:
            if key == "Enter" and not self.held.option_count:
                continue
            label = t("ui.fac.key.resume") if key == "space" and paused else t(what)
            body.append(f"{key:<6}", style="bold")
            body.append(label + "\n")
        self.seats(session, body)
        body.append("\n" + t("ui.fac.observations", count=len(notes)) + "\n", style="bold")
        for note in notes[-RECENT_NOTES:]:
            rating = note.data.get("rating")
            body.append(f"{session.wall_time(note.t):%H:%M} ", style="dim")
            if rating:
                body.append(f"{rating} ", style="bold")
            body.append(short(str(note.data.get("text", "")), QUOTE))
            if note.data.get("role"):
                body.append(f" ({role_name(note.data['role'], self.lang)})", style="dim")
            body.append("\n")
        return body
