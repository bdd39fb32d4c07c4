"""The facilitator's dialogs: skip to a time, write an observation, write an inject of their own.

Like the trainee's dialogs they return plain data through `dismiss` (a sim time; the
observation's text, rating, objective and role) and know nothing of the engine: the play
screen hands the result to the app, which passes it to the session (journaled there).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Select

from drill.tui.screens.modals import NO_CONTROLS

RATINGS = ("P", "S", "M", "U")
NOTE_LENGTH = 500


def problem(dialog: ModalScreen, message: str) -> None:
    """Say under the fields what is wrong with the input (the line is hidden until then)."""
    label = dialog.query_one("#problem", Label)
    label.update(Text(message))
    label.display = True


class SkipModal(ModalScreen[float | None]):
    """One line: where to skip to. `parse` turns the text into a sim time or raises with a reason."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, placeholder: str, hint: str, parse: Callable[[str], float]) -> None:
        super().__init__()
        self.title_text, self.placeholder, self.hint, self.parse = title, placeholder, hint, parse

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog skip"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Input(placeholder=self.placeholder, id="when", max_length=20, restrict=NO_CONTROLS)
            yield Label("", id="problem", classes="dialog-problem")
            yield Label(Text(self.hint), classes="dialog-hint")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        try:
            target = self.parse(event.value)
        except ValueError as exc:
            problem(self, str(exc))
            return
        self.dismiss(target)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FormDialog(ModalScreen[dict | None]):
    """A facilitator's form: Save (or Ctrl+S) checks and returns the fields, Cancel or Esc returns None."""

    BINDINGS = [Binding("escape", "cancel", show=False), Binding("ctrl+s", "save", show=False, priority=True)]

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(None)


class ObserveModal(FormDialog):
    """What the facilitator saw: text, a P/S/M/U rating, the objective it bears on, and (in a
    team) whom it concerns. Enter moves on from the text, Ctrl+S saves from anywhere."""

    def __init__(self, t: Callable[..., str], title: str, objectives: list[tuple[str, str]], members: list[tuple[str, str]]) -> None:
        super().__init__()
        self.t, self.title_text, self.objectives, self.members = t, title, objectives, members

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(classes="dialog observe"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Input(placeholder=t("ui.observe.text"), id="text", max_length=NOTE_LENGTH, restrict=NO_CONTROLS)
            with Horizontal(classes="rating-row"):
                yield Label(Text(t("ui.observe.rating")), classes="field-label")
                with RadioSet(id="rating"):
                    for rating in RATINGS:
                        yield RadioButton(rating, id=f"rating-{rating}")
            legend = " · ".join(f"{rating} {t('ui.observe.rating.' + rating)}" for rating in RATINGS)
            yield Label(Text(legend), classes="rating-legend")
            yield Select([(Text(text), key) for key, text in self.objectives], prompt=t("ui.observe.objective"),
                         id="objective", compact=True)
            if self.members:
                yield Select([(Text(label), role) for role, label in self.members], prompt=t("ui.observe.about"),
                             id="about", compact=True)
            yield Label("", id="problem", classes="dialog-problem")
            with Horizontal(classes="buttons"):
                yield Button(t("ui.observe.save"), variant="primary", id="save")
                yield Button(t("ui.observe.cancel"), id="cancel")
            yield Label(Text(t("ui.observe.hint")), classes="dialog-hint")

    @on(Input.Submitted)
    def text_done(self) -> None:
        self.query_one("#rating", RadioSet).focus()

    @on(RadioSet.Changed)
    def rated(self) -> None:
        self.query_one("#objective", Select).focus()

    def action_save(self) -> None:
        text = " ".join(self.query_one("#text", Input).value.split())
        if not text:
            problem(self, self.t("ui.observe.empty"))
            self.query_one("#text", Input).focus()
            return
        pressed = self.query_one("#rating", RadioSet).pressed_button
        objective = self.query_one("#objective", Select).value
        about = self.query_one("#about", Select).value if self.members else Select.NULL
        self.dismiss({
            "text": text,
            "rating": str(pressed.id).removeprefix("rating-") if pressed is not None else None,
            "objective": None if objective is Select.NULL else str(objective),
            "role": None if about is Select.NULL else str(about),
        })


POST_LENGTH = 1000
AUTHOR_LENGTH = 40


class PostModal(FormDialog):
    """An inject the facilitator writes on the spot (a rumour the room did not expect, a
    reporter's follow-up): who posts it, on which channel, and the text. Ctrl+S posts."""

    def __init__(self, t: Callable[..., str], title: str, channels: list[tuple[str, str]]) -> None:
        super().__init__()
        self.t, self.title_text, self.channels = t, title, channels

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(classes="dialog observe"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Input(placeholder=t("ui.post.author"), id="author", max_length=AUTHOR_LENGTH, restrict=NO_CONTROLS)
            yield Select([(Text(label), key) for key, label in self.channels], value=self.channels[0][0], id="channel",
                         compact=True, allow_blank=False)
            yield Input(placeholder=t("ui.post.text"), id="text", max_length=POST_LENGTH, restrict=NO_CONTROLS)
            yield Label("", id="problem", classes="dialog-problem")
            with Horizontal(classes="buttons"):
                yield Button(t("ui.post.save"), variant="primary", id="save")
                yield Button(t("ui.observe.cancel"), id="cancel")
            yield Label(Text(t("ui.post.hint")), classes="dialog-hint")

    @on(Input.Submitted, "#author")
    def author_done(self) -> None:
        self.query_one("#text", Input).focus()

    @on(Input.Submitted, "#text")
    def text_done(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        text = " ".join(self.query_one("#text", Input).value.split())
        if not text:
            problem(self, self.t("ui.post.empty"))
            self.query_one("#text", Input).focus()
            return
        author = " ".join(self.query_one("#author", Input).value.split())
        self.dismiss({"text": text, "author": author, "channel": str(self.query_one("#channel", Select).value)})
