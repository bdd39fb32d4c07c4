"""The scenario picker: every library scenario with its title, summary, length, difficulty and
languages; files that do not load are listed with their first error instead of crashing.

The library is read in a worker thread (a folder of large drills, or one on a network share,
must not freeze the first frame): the list says it is reading until `LibraryScanned` comes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList
from textual.widgets.option_list import Option

from drill.i18n import translator
from drill.scenario.types import format_duration, text_in
from drill.tui.localize import localize_bindings
from drill.tui.messages import DrillChosen, LibraryScanned
from drill.tui.startup import StartError, load_scenario

if TYPE_CHECKING:
    from drill.library import Entry


DIFFICULTY = {"intro": 0, "easy": 1, "medium": 2, "hard": 3}


class PickerScreen(Screen):
    BINDINGS = [
        Binding("enter", "start", "ui.picker.start", show=True),
        Binding("h", "progress", "ui.key.progress"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help"),
    ]

    def __init__(self, entries: list[Entry] | None, lang: str, trainee: str | None = None) -> None:
        """`entries` None: read the library (in a worker)."""
        super().__init__()
        localize_bindings(self, lang)
        self.lang, self.t, self.trainee = lang, translator(lang), trainee
        self.entries = None if entries is None else in_order(entries)

    def compose(self) -> ComposeResult:
        t = self.t
        yield Label(t("ui.picker.title"), classes="screen-title")
        yield Label(t("ui.picker.hint"), classes="screen-note")
        if self.entries is None:
            yield Label(t("ui.picker.loading"), classes="screen-note")
            yield Footer()
            return
        if not self.entries:
            yield Label(t("ui.picker.empty"), classes="screen-note")
        options: list[Option | None] = []
        for index, entry in enumerate(self.entries):
            options += [Option(self.entry_text(entry), id=str(index), disabled=entry.error is not None), None]
        yield OptionList(*options[:-1], id="library")
        yield Footer()

    def on_mount(self) -> None:
        if self.entries is None:
            self.run_worker(self.scan, thread=True, exit_on_error=False)

    def scan(self) -> None:
        from drill.library import entries

        self.post_message(LibraryScanned(entries()))

    @on(LibraryScanned)
    async def scanned(self, message: LibraryScanned) -> None:
        self.entries = in_order(message.entries)
        await self.recompose()
        self.query_one("#library", OptionList).focus()

    def entry_text(self, entry: Entry) -> Text:
        t, lang = self.t, self.lang
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

        self.app.push_screen(ProgressScreen(self.trainee, self.lang))

    def action_start(self) -> None:
        found = self.query("#library").results(OptionList)
        library = next(found, None)  # none while the library is read
        if library is not None and library.highlighted is not None:
            library.action_select()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        assert self.entries is not None  # the list is there once they are
        entry = self.entries[int(event.option.id or 0)]
        try:
            loaded = load_scenario(str(entry.path))
        except StartError as error:  # changed or removed since the list was drawn
            self.notify(error.lines[0], severity="error", timeout=10, markup=False)
            return
        self.post_message(DrillChosen(loaded))


def in_order(entries: list[Entry]) -> list[Entry]:
    """Easiest first (a newcomer's first pick is near the top); files that do not load last."""
    return sorted(entries, key=lambda e: (e.error is not None, DIFFICULTY.get(e.difficulty, 9), e.path.stem))
