"""The help screen: every key of the play screen, and what the colours and flags of the feed mean."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from drill.i18n import translator

KEYS = [
    ("↑ ↓  j k", "ui.help.move"), ("PgUp PgDn Home End", "ui.help.jump"), ("r", "ui.key.reply"), ("p", "ui.key.private"),
    ("d", "ui.key.redirect"), ("s", "ui.key.status"), ("e", "ui.key.escalate"), ("h", "ui.key.hide"),
    ("x", "ui.key.delete"), ("z", "ui.key.dismiss"), ("space", "ui.key.pause"), ("+  -", "ui.help.speed"),
    ("f", "ui.key.forward"), ("n", "ui.key.filter"), ("g", "ui.key.generated"), ("c", "ui.key.channel"),
    ("tab", "ui.help.focus"), ("ctrl+p", "ui.help.palette"), ("?", "ui.key.help"), ("ctrl+q", "ui.key.quit"),
]
TEAM_KEYS = [("a", "ui.key.acting")]
FACILITATOR_KEYS = [
    ("F", "ui.key.facilitator"), ("Enter", "ui.key.fire"), ("t", "ui.key.skip"), ("o", "ui.key.observe"),
    ("E", "ui.key.end_exercise"),
]
"""Shown only in a team exercise / with --facilitator, where these keys exist."""
LEGEND = [
    ("▌", "ui.help.authored"), ("!", "ui.flag.needs"), ("✓", "ui.flag.answered"), ("✗ ⊘", "ui.help.removed"),
    ("–", "ui.flag.dismissed"), ("P S", "ui.help.data"), ("◆", "ui.help.decision"), ("12m", "ui.help.age"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", show=False)]

    def __init__(self, lang: str, *, team: bool = False, facilitator: bool = False) -> None:
        super().__init__()
        self.lang = lang
        self.team, self.facilitator = team, facilitator
        """The team's and the facilitator's keys are listed only where they exist."""

    def compose(self) -> ComposeResult:
        t = translator(self.lang)
        keys = Table(box=None, title=t("ui.help.title"), title_style="bold", show_header=False)
        keys.add_column(style="bold", no_wrap=True)
        keys.add_column()
        for key, what in KEYS + (TEAM_KEYS if self.team else []):
            keys.add_row(key, t(what))
        tables = [keys]
        if self.facilitator:
            facilitator = Table(box=None, title=t("ui.help.facilitator"), title_style="bold", show_header=False)
            facilitator.add_column(style="bold", no_wrap=True)
            facilitator.add_column()
            for key, what in FACILITATOR_KEYS:
                facilitator.add_row(key, t(what))
            tables.append(facilitator)
        legend = Table(box=None, title=t("ui.help.legend"), title_style="bold", show_header=False)
        legend.add_column(style="bold", no_wrap=True)
        legend.add_column()
        for mark, what in LEGEND:
            legend.add_row(mark, t(what))
        legend.add_row(Text("12m", style="yellow"), t("ui.help.due"))
        legend.add_row(Text("12m", style="red"), t("ui.help.late"))
        notes = Text(t("ui.help.clock") + "\n" + t("ui.help.close"), style="dim")
        with VerticalScroll(classes="dialog help"):
            yield Static(Group(*tables, legend, notes))

    def action_close(self) -> None:
        self.dismiss(None)
