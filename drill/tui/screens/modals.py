"""Small dialogs: pick an authored option, pick an escalation level with a note, confirm.

Each returns plain data (an option id; a level and a note; True) through `dismiss`, and the
play screen turns it into an Action. No dialog knows the engine. Texts arrive as rich Text,
never markup, so scenario text such as "[bold]" stays text.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option


class ChoiceModal(ModalScreen[str | None]):
    """A titled list of choices: Enter, a click or a digit picks one; Esc cancels.

    Each choice is one line in the list (its start, cut to the width), and the highlighted
    one is shown whole below it: at 80×24 every choice is in sight at once, where whole
    replies of six lines each left room for the first one only."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", show=False), *(Binding(str(n), f"pick({n - 1})", show=False) for n in range(1, 10))
    ]
    FIXED_ROWS = 11
    """Rows of an 80×24 dialog that are not the list's lines or the preview: its border, the
    title and the hint with their margins, the list's border, the preview's margin."""

    def __init__(self, title: str, choices: list[tuple[str, Text]], empty: str, hint: str) -> None:
        super().__init__()
        self.title_text, self.choices, self.empty, self.hint = title, choices, empty, hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog choice"):
            yield Label(Text(self.title_text), classes="dialog-title")
            if self.choices:
                yield OptionList(*[Option(one_line(number, text), id=key) for number, (key, text) in enumerate(self.choices, 1)],
                                 id="choices")
                with VerticalScroll(id="preview-scroll"):
                    yield Static(self.choices[0][1], id="preview")
            else:
                yield Label(Text(self.empty), classes="dialog-empty")
            yield Label(Text(self.hint), classes="dialog-hint")

    def on_mount(self) -> None:
        self.on_resize()

    def on_resize(self) -> None:
        """The preview takes the rows the terminal has left (at least three; it scrolls)."""
        if self.choices:
            spare = self.app.size.height - len(self.choices) - self.FIXED_ROWS
            self.query_one("#preview-scroll").styles.max_height = max(3, spare)

    @on(OptionList.OptionHighlighted)
    def preview(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#preview", Static).update(self.choices[event.option_index][1])
        self.query_one("#preview-scroll", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_pick(self, index: int) -> None:
        if index < len(self.choices):
            self.dismiss(self.choices[index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


def one_line(number: int, text: Text) -> Text:
    """A choice as one line of the list: its number, then its lines run together, cut with …"""
    line = Text(f"{number}. ")
    line.append_text(Text(" ").join(text.split("\n")))
    line.no_wrap, line.overflow = True, "ellipsis"
    return line


NO_CONTROLS = "[^\x00-\x08\x0a-\x1f\x7f-\x9f]*"
"""What a typed or pasted note may hold: no control characters (a tab is fine)."""


class EscalateModal(ModalScreen[tuple[str, str] | None]):
    """The escalation ladder with names; Enter on a level moves to the note, Enter again sends.

    On the ladder, up, down and Enter are priority bindings: they act on the ladder as the key
    is dispatched, not when the list gets to it, so the keys typed right after (a fast typist,
    or a seat's keys arriving over the network in one burst) land in the note and none is
    read against the wrong widget."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("up", "ladder(-1)", show=False, priority=True),
        Binding("down", "ladder(1)", show=False, priority=True),
        Binding("enter", "to_note", show=False, priority=True),
    ]

    def __init__(self, title: str, levels: list[tuple[str, Text]], note_placeholder: str, hint: str, start: int = 0) -> None:
        super().__init__()
        self.title_text, self.levels, self.note_placeholder, self.hint = title, levels, note_placeholder, hint
        self.start = start
        """The level the cursor starts on (the red phone: the usual call from a service shift)."""

    def on_mount(self) -> None:
        self.query_one("#choices", OptionList).highlighted = self.start

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield OptionList(*[Option(text, id=key) for key, text in self.levels], id="choices")
            # restrict: a pasted ESC sequence would reach the terminal raw (Textual strips only a few controls)
            yield Input(placeholder=self.note_placeholder, id="note", max_length=500, restrict=NO_CONTROLS)
            yield Label(Text(self.hint), classes="dialog-hint")

    @on(OptionList.OptionSelected)
    def level_chosen(self) -> None:
        self.query_one("#note", Input).focus()

    def _ladder(self) -> OptionList:
        """The ladder, when it has the focus (`Screen.focused` is set at once, `has_focus` later);
        elsewhere the key goes on to the focused widget."""
        choices = self.query_one("#choices", OptionList)
        if self.focused is not choices:
            raise SkipAction()
        return choices

    def action_ladder(self, step: int) -> None:
        choices = self._ladder()
        if step > 0:
            choices.action_cursor_down()
        else:
            choices.action_cursor_up()

    def action_to_note(self) -> None:
        self._ladder()
        self.set_focus(self.query_one("#note", Input))

    @on(Input.Submitted)
    def send(self, event: Input.Submitted) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None:
            option = choices.get_option_at_index(choices.highlighted)
            self.dismiss((str(option.id), event.value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class WriteModal(ModalScreen[tuple[str, str] | None]):
    """Write your own reply: a multi-line editor. Ctrl+S sends, Ctrl+O switches to the
    authored options (when the drill allows quick pick), Esc cancels. With a `review`
    function (coach mode) the checker's findings show under the text as it is written."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "send", show=False, priority=True),
        Binding("ctrl+o", "pick", show=False, priority=True),
    ]

    def __init__(self, title: str, hint: str, review=None, can_pick: bool = True, empty: str = "") -> None:
        super().__init__()
        self.title_text, self.hint, self.review, self.can_pick, self.empty = title, hint, review, can_pick, empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog write"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield TextArea("", id="reply", soft_wrap=True, tab_behavior="focus", show_line_numbers=False)
            if self.review is not None:
                yield Label(Text(""), id="findings", classes="dialog-findings")
            yield Label(Text(self.hint), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#reply", TextArea).focus()

    @on(TextArea.Changed)
    def changed(self, event: TextArea.Changed) -> None:
        if self.review is not None:
            self.query_one("#findings", Label).update(Text(self.review(event.text_area.text)))

    def action_send(self) -> None:
        text = self.query_one("#reply", TextArea).text.strip()
        if text:
            self.dismiss(("text", text))
        else:
            self.notify(self.empty, severity="warning")

    def action_pick(self) -> None:
        if self.can_pick:
            self.dismiss(("pick", ""))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmModal(ModalScreen[bool]):
    """Yes or no: Enter or y confirms, Esc or n cancels; the buttons take clicks."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", show=False),
        Binding("enter,y", "answer(True)", show=False),
    ]

    def __init__(self, question: str, yes: str, no: str) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Label(Text(self.question), classes="dialog-title")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="warning", id="yes")
                yield Button(self.no, id="no")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
