"""The scenario picker: every library scenario with its title, summary, length, difficulty and
languages; files that do not load are listed with their first error instead of crashing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from drill.scenario.types import format_duration, text_in
from drill.tui.localize import localize_bindings
from drill.tui.startup import StartError, load_scenario

if TYPE_CHECKING:
    from drill.library import Entry
    from drill.tui.app import DrillApp


DIFFICULTY = {"intro": 0, "easy": 1, "medium": 2, "hard": 3}


class PickerScreen(Screen):
    BINDINGS = [
        Binding("enter", "start", "ui.picker.start", show=True),
        Binding("h", "progress", "ui.key.progress"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, entries: list[Entry], lang: str) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.entries = sorted(entries, key=lambda e: (e.error is not None, DIFFICULTY.get(e.difficulty, 9), e.path.stem))
        """Easiest first (a newcomer's first pick is near the top); files that do not load last."""

    @property
    def drill(self) -> DrillApp:
        return self.app  # type: ignore[return-value]  # Textual types self.app as the base App, not the app that runs the screen

    def compose(self) -> ComposeResult:
        t = self.drill.t
        yield Label(t("ui.picker.title"), classes="screen-title")
        yield Label(t("ui.picker.hint"), classes="screen-note")
        if not self.entries:
            yield Label(t("ui.picker.empty"), classes="screen-note")
        options: list[Option | None] = []
        for index, entry in enumerate(self.entries):
            options += [Option(self.entry_text(entry), id=str(index), disabled=entry.error is not None), None]
        yield OptionList(*options[:-1], id="library")
        yield Footer()

    def entry_text(self, entry: Entry) -> Text:
        t, lang = self.drill.t, self.drill.lang
        if entry.error is not None:
            return Text.assemble((entry.path.name, "bold"), f" — {t('ui.picker.broken')}\n", (entry.error, "red"))
        text = Text()
        text.append(text_in(entry.title, lang), style="bold")
        facts = [format_duration(entry.length), t("ui.difficulty." + entry.difficulty), ", ".join(entry.languages)]
        text.append("   " + " · ".join(facts) + "\n", style="dim")
        text.append(text_in(entry.summary, lang))
        return text

    def action_progress(self) -> None:
        from drill.tui.screens.progress import ProgressScreen

        self.app.push_screen(ProgressScreen(self.drill.trainee, self.drill.lang))

    def action_start(self) -> None:
        library = self.query_one("#library", OptionList)
        if library.highlighted is not None:
            library.action_select()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        entry = self.entries[int(event.option.id or 0)]
        try:
            loaded = load_scenario(str(entry.path))
        except StartError as error:  # changed or removed since the list was drawn
            self.notify(error.lines[0], severity="error", timeout=10, markup=False)
            return
        self.drill.start_run(loaded)
