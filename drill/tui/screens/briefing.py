"""The briefing: what the trainee is told before the shift starts (role, organisation, ground
rules with the escalation ladder by name, the situation, the objectives, practice or exercise)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from drill.i18n import translator
from drill.scenario.types import format_duration, text_in
from drill.scenario.vocabulary import LEVELS
from drill.tui.localize import localize_bindings
from drill.tui.messages import PlayBegun

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.team import Member


def clock_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class BriefingScreen(Screen):
    BINDINGS = [
        Binding("enter,space", "begin", "ui.briefing.start"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, session: Session, lang: str, *, team: list[Member], coach: bool, facilitator: bool) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.session, self.lang, self.team, self.coach, self.facilitator = session, lang, team, coach, facilitator

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="briefing-scroll"):
            yield Static(self.briefing(), id="briefing")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefing-scroll").focus()

    def briefing(self) -> Text:
        s, lang, t = self.session.scenario, self.lang, translator(self.lang)
        out = Text()
        out.append(text_in(s.title, lang) + "\n", style="bold underline")
        out.append(text_in(s.summary, lang) + "\n")
        start = self.session.wall_time(0)
        out.append(t("ui.briefing.when", day=t("ui.weekday." + str(start.weekday())), date=f"{start:%d.%m.%Y %H:%M}",
                     length=format_duration(s.clock.length)) + "\n\n", style="dim")
        out.append(t("ui.briefing.role") + "\n", style="bold")
        out.append(text_in(s.role, lang) + "\n\n")
        out.append(t("ui.briefing.organisation") + "\n", style="bold")
        out.append(text_in(s.organisation.name, lang))
        if s.organisation.description:
            out.append(" — " + text_in(s.organisation.description, lang))
        out.append("\n\n" + t("ui.briefing.rules") + "\n", style="bold")
        rules = s.ground_rules
        if rules.promised_response:
            out.append("• " + t("ui.briefing.promised", value=format_duration(rules.promised_response)) + "\n")
        if rules.staffed:
            first, last = rules.staffed
            out.append("• " + t("ui.briefing.staffed", value=f"{clock_time(first)}–{clock_time(last)}") + "\n")
        for note in rules.notes:
            out.append("• " + text_in(note, lang) + "\n")
        out.append("\n" + t("ui.briefing.ladder") + "\n", style="bold")
        for number, level in enumerate(LEVELS, 1):
            person = getattr(rules.ladder, level)
            who = ""
            if person is not None:
                who = f": {person.name}" + (f", {text_in(person.role, lang)}" if person.role else "")
            out.append(f"{number}. {t('ui.level.' + level)}{who}\n")
        if s.briefing:
            out.append("\n" + t("ui.briefing.situation") + "\n", style="bold")
            out.append(text_in(s.briefing, lang).strip() + "\n")
        if s.objectives:
            out.append("\n" + t("ui.briefing.objectives") + "\n", style="bold")
            for objective in s.objectives:
                out.append("• " + text_in(objective.text, lang) + "\n")
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
