"""The screens around play: the scenario picker, the briefing, the end screen, help.

They read the scenario and the scorecard and show them; choices go back to the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from drill.i18n import t as translate
from drill.scenario.model import LEVELS
from drill.scenario.types import format_duration, text_in
from drill.tui.localize import localize_bindings

if TYPE_CHECKING:
    from drill.library import Entry
    from drill.scoring.scorecard import Scorecard
    from drill.tui.app import DrillApp


class PickerScreen(Screen):
    """The library: title, summary, length, difficulty and languages of each scenario."""

    BINDINGS = [Binding("q", "app.quit", "ui.key.quit"), Binding("question_mark", "app.help", "ui.key.help")]

    def __init__(self, entries: list[Entry], lang: str = "en") -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.entries = entries

    def compose(self) -> ComposeResult:
        app: DrillApp = self.app  # type: ignore[assignment]
        yield Label(app.t("ui.picker.title"), classes="screen-title")
        if not self.entries:
            yield Static(app.t("ui.picker.empty"))
        options = []
        for index, entry in enumerate(self.entries):
            options.append(Option(self.entry_text(entry), id=str(index), disabled=entry.loaded is None))
        yield OptionList(*options, id="library")
        yield Footer()

    def entry_text(self, entry: Entry) -> Text:
        app: DrillApp = self.app  # type: ignore[assignment]
        lang = app.lang
        if entry.loaded is None:
            return Text(f"{entry.path.name} — {app.t('ui.picker.broken')}: {entry.error}", style="red")
        s = entry.loaded.scenario  # type: ignore[attr-defined]
        text = Text()
        text.append(text_in(s.title, lang), style="bold")
        text.append(f"   {format_duration(s.clock.length)} · {s.difficulty} · {', '.join(s.languages)}\n", style="dim")
        text.append(text_in(s.summary, lang))
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        entry = self.entries[int(event.option.id or 0)]
        self.app.start_run(entry.loaded)  # type: ignore[attr-defined]


class BriefingScreen(Screen):
    """What the trainee was told before the shift: role, organisation, ground rules, objectives."""

    BINDINGS = [
        Binding("enter", "begin", "ui.briefing.start"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield VerticalScroll(Static(self.briefing(), id="briefing"))
        yield Footer()

    def briefing(self) -> Text:
        app: DrillApp = self.app  # type: ignore[assignment]
        s, lang, t = app.session.scenario, app.lang, app.t
        out = Text()
        out.append(text_in(s.title, lang) + "\n", style="bold underline")
        out.append(text_in(s.summary, lang) + "\n\n")
        out.append(t("ui.briefing.role") + "\n", style="bold")
        out.append(text_in(s.role, lang) + "\n\n")
        out.append(t("ui.briefing.organisation") + "\n", style="bold")
        out.append(text_in(s.organisation.name, lang))
        if s.organisation.description:
            out.append(" — " + text_in(s.organisation.description, lang))
        out.append("\n\n")
        rules = s.ground_rules
        out.append(t("ui.briefing.rules") + "\n", style="bold")
        if rules.promised_response:
            out.append("• " + t("ui.briefing.promised", value=format_duration(rules.promised_response)) + "\n")
        if rules.staffed:
            (a, b) = rules.staffed
            out.append("• " + t("ui.briefing.staffed", value=f"{a // 60:02d}:{a % 60:02d}–{b // 60:02d}:{b % 60:02d}") + "\n")
        for note in rules.notes:
            out.append("• " + text_in(note, lang) + "\n")
        out.append("\n" + t("ui.briefing.ladder") + "\n", style="bold")
        for level in LEVELS:
            person = getattr(rules.ladder, level)
            who = f": {person.name}" + (f", {text_in(person.role, lang)}" if person and person.role else "") if person else ""
            out.append(f"{LEVELS.index(level) + 1}. {t('ui.level.' + level)}{who}\n")
        if s.briefing:
            out.append("\n" + t("ui.briefing.situation") + "\n", style="bold")
            out.append(text_in(s.briefing, lang) + "\n")
        if s.objectives:
            out.append("\n" + t("ui.briefing.objectives") + "\n", style="bold")
            for objective in s.objectives:
                out.append("• " + text_in(objective.text, lang) + "\n")
        out.append("\n" + t("ui.briefing.mode_coach" if app.coach else "ui.briefing.mode_exercise") + "\n", style="italic")
        out.append("\n[Enter] " + t("ui.briefing.start"), style="bold reverse")
        return out

    def action_begin(self) -> None:
        self.app.begin_play()  # type: ignore[attr-defined]


class EndScreen(Screen):
    """The scorecard at a glance: overall, P/S/M/U per dimension, critical errors, three lessons."""

    BINDINGS = [
        Binding("w", "write", "ui.key.write"),
        Binding("a", "again", "ui.key.again"),
        Binding("q", "app.quit", "ui.key.quit"),
    ]

    def __init__(self, card: Scorecard, lang: str = "en") -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.card = card

    def compose(self) -> ComposeResult:
        yield VerticalScroll(Static(self.summary(), id="summary"))
        yield Footer()

    def summary(self) -> Table:
        app: DrillApp = self.app  # type: ignore[assignment]
        t, lang, card, s = app.t, app.lang, self.card, app.session.scenario
        grid = Table.grid(padding=(0, 2))
        grid.add_column()
        grid.add_row(Text(t("ui.end.title"), style="bold underline"))
        grid.add_row(Text(t("ui.end.overall", score=f"{card.overall:.0f}", rating=f"{card.rating} — {t('rating.' + card.rating)}"), style="bold"))
        ending = next((e for e in s.endings if e.id == card.ending), None)
        if ending is not None:
            grid.add_row(Text(t("ui.end.ending", title=text_in(ending.title, lang)), style="bold"))
            grid.add_row(text_in(ending.text, lang))
        dims = Table(box=None, padding=(0, 2))
        dims.add_column()
        dims.add_column(justify="right")
        dims.add_column()
        for name, dim in card.dimensions.items():
            dims.add_row(t(f"dim.{name}"), f"{dim.score:.0f}", f"{dim.rating} {t('rating.' + dim.rating)}")
        grid.add_row(dims)
        crit = ", ".join(t(f"critical.{e.critical}") for e in card.critical) or t("ui.end.none")
        grid.add_row(Text(f"{t('ui.end.critical')}: {crit}", style="red" if card.critical else ""))
        grid.add_row(Text(t("ui.end.lessons"), style="bold"))
        for number, lesson in enumerate(card.lessons, 1):
            params = {k: format_duration(v) if k in ("elapsed", "target") else v for k, v in lesson.params.items()}
            params.update({f"{k}_h": v for k, v in params.items()})
            line = translate(f"rule.{lesson.rule}", lang, **params)
            item = app.session.items_by_id.get(lesson.item or "")
            where = f" — {item.author}: “{' '.join(item.text(lang).split())[:60]}…”" if item else ""
            grid.add_row(f"{number}. {line}{where}")
            if lesson.feedback:
                grid.add_row(Text("   " + text_in(lesson.feedback, lang), style="italic"))
        grid.add_row(Text(t("ui.end.keys"), style="dim"))
        return grid

    def action_write(self) -> None:
        self.app.write_debrief(self.card)  # type: ignore[attr-defined]

    def action_again(self) -> None:
        self.app.play_again()  # type: ignore[attr-defined]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        app: DrillApp = self.app  # type: ignore[assignment]
        t = app.t
        rows = [
            ("↑ ↓ j k", "select an item in the feed"), ("r", t("ui.key.reply")), ("p", t("ui.key.private")),
            ("d", t("ui.key.redirect")), ("s", t("ui.key.status")), ("e", t("ui.key.escalate")),
            ("x", t("ui.key.delete")), ("h", t("ui.key.hide")), ("z", t("ui.key.dismiss")),
            ("space", t("ui.key.pause")), ("+ / -", f"{t('ui.key.faster')} / {t('ui.key.slower')}"),
            ("f", t("ui.key.forward")), ("n", t("ui.key.filter")), ("c", t("ui.key.channel")),
            ("ctrl+p", "commands"), ("?", t("ui.key.help")), ("ctrl+q", t("ui.key.quit")),
        ]
        table = Table(box=None, title=t("ui.help.title"), caption=t("ui.help.close"))
        table.add_column(style="bold")
        table.add_column()
        for key, what in rows:
            table.add_row(key, what)
        yield VerticalScroll(Static(table), classes="dialog")

    def action_close(self) -> None:
        self.dismiss(None)


class TooSmallScreen(ModalScreen[None]):
    """Shown while the terminal is below 80×24."""

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def show(self, width: int, height: int, lang: str) -> None:
        self.query_one("#too-small", Static).update(translate("ui.too_small", lang, width=width, height=height))
