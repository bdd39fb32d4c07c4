"""Shown over everything while the terminal is smaller than 80×24, instead of a broken layout.
The app keeps the clock still meanwhile."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static


class TooSmallScreen(ModalScreen[None]):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield Static(self.message, id="too-small", markup=False)

    def show(self, message: str) -> None:
        self.message = message
        if self.is_mounted:
            self.query_one("#too-small", Static).update(message)
