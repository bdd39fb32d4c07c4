"""The briefing: what the trainee is told before the shift starts (role, organisation, ground
rules with the escalation ladder by name, the situation, the objectives, practice or exercise).

It draws a `Briefing` (plain values), not the session: `drill play NAME` shows it from the
library's cache before the scenario is loaded (drill.tui.startup.Preview)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from drill.i18n import translator
from drill.scenario.briefing import Briefing
from drill.scenario.types import format_duration, text_in
from drill.tui.localize import localize_bindings
from drill.tui.messages import PlayBegun

if TYPE_CHECKING:
    from drill.team import Member


def clock_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class BriefingScreen(Screen):
    BINDINGS = [
        Binding("enter,space", "begin", "ui.briefing.start"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, briefing: Briefing, lang: str, *, team: list[Member], coach: bool, facilitator: bool) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.briefing, self.lang, self.team, self.coach, self.facilitator = briefing, lang, team, coach, facilitator

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="briefing-scroll"):
            yield Static(self.text(), id="briefing")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefing-scroll").focus()

    def show(self, briefing: Briefing) -> None:
        """The scenario as loaded, when its cached briefing (startup.Preview) said otherwise."""
        self.briefing = briefing
        self.query_one("#briefing", Static).update(self.text())

    def text(self) -> Text:
        b, lang, t = self.briefing, self.lang, translator(self.lang)
        out = Text()
        out.append(text_in(b.title, lang) + "\n", style="bold underline")
        out.append(text_in(b.summary, lang) + "\n")
        out.append(t("ui.briefing.when", day=t("ui.weekday." + str(b.starts.weekday())), date=f"{b.starts:%d.%m.%Y %H:%M}",
                     length=format_duration(b.length)) + "\n\n", style="dim")
        out.append(t("ui.briefing.role") + "\n", style="bold")
        out.append(text_in(b.role, lang) + "\n\n")
        out.append(t("ui.briefing.organisation") + "\n", style="bold")
        out.append(text_in(b.organisation, lang))
        if b.description:
            out.append(" — " + text_in(b.description, lang))
        out.append("\n\n" + t("ui.briefing.rules") + "\n", style="bold")
        if b.promised_response:
            out.append("• " + t("ui.briefing.promised", value=format_duration(b.promised_response)) + "\n")
        if b.staffed:
            first, last = b.staffed
            out.append("• " + t("ui.briefing.staffed", value=f"{clock_time(first)}–{clock_time(last)}") + "\n")
        for note in b.notes:
            out.append("• " + text_in(note, lang) + "\n")
        out.append("\n" + t("ui.briefing.ladder") + "\n", style="bold")
        for number, (level, name, role) in enumerate(b.ladder, 1):
            who = "" if name is None else f": {name}" + (f", {text_in(role, lang)}" if role else "")
            out.append(f"{number}. {t('ui.level.' + level)}{who}\n")
        if b.situation:
            out.append("\n" + t("ui.briefing.situation") + "\n", style="bold")
            out.append(text_in(b.situation, lang).strip() + "\n")
        if b.objectives:
            out.append("\n" + t("ui.briefing.objectives") + "\n", style="bold")
            for objective in b.objectives:
                out.append("• " + text_in(objective, lang) + "\n")
        if self.team:
            out.append("\n" + t("ui.briefing.team") + "\n", style="bold")
            for number, member in enumerate(self.team, 1):
                out.append(f"{number}. {member.label(lang)}\n")
            out.append(t("ui.briefing.team_keys") + "\n", style="dim")
        out.append("\n" + t("ui.briefing.mode_coach" if self.coach else "ui.briefing.mode_exercise") + "\n", style="italic")
        if self.facilitator:
            out.append(t("ui.briefing.mode_facilitator") + "\n", style="italic")
        out.append(t("ui.briefing.keys") + "\n", style="dim")
        out.append("\n")
        out.append(f" Enter  {t('ui.briefing.start')} ", style="bold reverse")
        return out

    def action_begin(self) -> None:
        self.post_message(PlayBegun())
