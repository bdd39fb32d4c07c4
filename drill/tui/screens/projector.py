"""The room's screen in a hosted exercise (`drill join … --as projector`): read-only and large.

A tabletop room watches one projected screen while each member works at their own seat. It
shows what everyone may see: the clock in big digits, the run's state line (meters, level,
waiting), the wall as it grows, and the latest decisions with who took them. It takes no
decisions and has no facilitator keys; the held injects stay the facilitator's surprise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Digits, Static

from drill.i18n import translator
from drill.tui.localize import localize_bindings
from drill.tui.widgets.detail import describe_action
from drill.tui.widgets.feed import FeedView
from drill.tui.widgets.row import RowPainter
from drill.tui.widgets.status import status_chunks

if TYPE_CHECKING:
    from drill.engine.clock import SimClock
    from drill.engine.session import Session

LATEST = 8
"""Decisions listed: the last few, enough to follow the room without scrolling."""


class ProjectorScreen(Screen):
    BINDINGS = [Binding("question_mark", "app.help", "ui.footer.help", show=False)]
    DEFAULT_CSS = """
    ProjectorScreen #proj-top { height: 5; background: $panel; }
    ProjectorScreen #proj-clock { width: auto; padding: 0 2; color: $accent; }
    ProjectorScreen #proj-state { width: 1fr; padding: 1 2; content-align: left middle; }
    ProjectorScreen #proj-main { height: 1fr; }
    ProjectorScreen FeedView { width: 3fr; }
    ProjectorScreen #proj-side { width: 2fr; border-left: solid $primary; padding: 0 1; }
    ProjectorScreen #proj-decisions { height: auto; }
    """

    def __init__(self, session: Session, clock: SimClock, lang: str) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.session, self.clock, self.lang, self.t = session, clock, lang, translator(lang)
        self.marks: set[str] = set()
        """Items someone acted on: marked ◆ in the wall, as on every seat."""
        self.shown_key: tuple | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="proj-top"):
            yield Digits("", id="proj-clock")
            yield Static(id="proj-state")
        with Horizontal(id="proj-main"):
            yield FeedView(self.session.feed, RowPainter(self.session, self.lang, self.marks), id="feed")
            with Vertical(id="proj-side"):
                yield Static(Text(self.t("ui.projector.decisions"), style="bold"))
                yield Static(id="proj-decisions")

    def on_mount(self) -> None:
        self.refresh_view()

    @property
    def feed(self) -> FeedView:
        return self.query_one(FeedView)

    def refresh_view(self, moved: bool = True) -> None:
        """Bring the screen in line with the replica: new wall rows, clock, state, decisions."""
        session = self.session
        self.marks.update(a.item for _, a in session.actions if a.item)
        self.feed.sync()
        self.query_one("#proj-clock", Digits).update(f"{session.wall_time():%H:%M}")
        self.query_one("#proj-state", Static).update(Text("  ·  ").join(status_chunks(session, self.clock, self.t)))
        key = (len(session.actions), session.ended)
        if key != self.shown_key:
            self.shown_key = key
            self.query_one("#proj-decisions", Static).update(self.decisions())
            self.feed.refresh()

    def decisions(self) -> Text:
        session = self.session
        body = Text()
        latest = session.actions[-LATEST:]
        if not latest:
            body.append(self.t("ui.projector.none"), style="dim")
        for when, action in reversed(latest):
            body.append(f"{session.wall_time(when):%H:%M} ", style="bold")
            body.append(describe_action(session, action, self.t, self.lang) + "\n\n")
        return body
