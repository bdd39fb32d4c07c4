"""Small dialogs: pick an authored option, pick an escalation level, confirm a removal.

Each returns plain data (an option id, a level and note, True) through `dismiss`; the play
screen turns it into an Action. No dialog knows anything about the engine.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option


class ChoiceModal(ModalScreen[str | None]):
    """A titled list of choices; Enter returns the chosen id, Esc returns None.

    Choices are rich Text, never markup strings: scenario text like "[bold]" stays text.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, Text]], empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            if self.choices:
                options: list[Option | None] = []
                for key, text in self.choices:
                    options += [Option(text, id=key), None]
                yield OptionList(*options[:-1], id="choices")
            else:
                yield Label(Text(self.empty), classes="dialog-empty")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EscalateModal(ModalScreen[tuple[str, str] | None]):
    """The escalation ladder with names, and a note for the record."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, levels: list[tuple[str, str]], note_placeholder: str) -> None:
        super().__init__()
        self.title_text = title
        self.levels = levels
        self.note_placeholder = note_placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield OptionList(*[Option(text, id=key) for key, text in self.levels], id="choices")
            yield Input(placeholder=self.note_placeholder, id="note")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((str(event.option.id), self.query_one("#note", Input).value.strip()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None:
            option = choices.get_option_at_index(choices.highlighted)
            self.dismiss((str(option.id), event.value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmModal(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("enter", "confirm", "Confirm")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.question), classes="dialog-title")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
