"""The end screen: the scorecard at a glance (overall, P/S/M/U per dimension, critical errors
by name, the three lessons with their feedback) and keys to write the debrief or play again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from drill.i18n import translator
from drill.report.explain import ended_early, explain
from drill.scenario.types import text_in
from drill.scoring.scorecard import score_text
from drill.tui.localize import localize_bindings
from drill.tui.messages import DebriefAsked, ForkAsked, PlayAgain
from drill.tui.screens.modals import ChoiceModal
from drill.tui.widgets.detail import describe_action

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.scoring.scorecard import Scorecard

RATING_STYLE = {"P": "bold green", "S": "bold cyan", "M": "bold yellow", "U": "bold red"}


class EndScreen(Screen):
    BINDINGS = [
        Binding("w", "write", "ui.key.write"),
        Binding("a", "again", "ui.key.again"),
        Binding("t", "try_again", "ui.key.try_again"),
        Binding("q", "app.quit", "ui.key.quit"),
        Binding("question_mark", "app.help", "ui.key.help", show=False),
    ]

    def __init__(self, card: Scorecard, session: Session, lang: str, *, replay: bool = False, journaled: bool = False) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.card, self.session, self.lang, self.t = card, session, lang, translator(lang)
        self.replay = replay
        """A watched recording (`drill replay`): nothing to try again."""
        self.journaled = journaled
        """The run has a journal on disk, which a fork is replayed from."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary-scroll"):
            yield Static(self.summary(), id="summary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-scroll").focus()

    def summary(self) -> Table:
        t, lang, card, session = self.t, self.lang, self.card, self.session
        grid = Table.grid(padding=(0, 1))
        grid.add_column()
        grid.add_row(Text(t("ui.end.title") + " — " + text_in(session.scenario.title, lang), style="bold"))
        overall = Text(t("ui.end.overall", score=score_text(card.overall)), style="bold")
        overall.append(f"  {card.rating} ", style=RATING_STYLE.get(card.rating, "bold") + " reverse")
        overall.append(f" {t('rating.' + card.rating)}")
        grid.add_row(overall)
        ending = next((e for e in session.scenario.endings if e.id == card.ending), None)
        if ending is not None:
            grid.add_row(Text.assemble((t("ui.end.ending", title=text_in(ending.title, lang)), "bold"), " — ", text_in(ending.text, lang)))
        if (early := ended_early(session, lang)) is not None:
            grid.add_row(Text(early, style="italic"))
        grid.add_row("")
        dims = Table(box=None, padding=(0, 2), show_header=False)
        dims.add_column()
        dims.add_column(justify="right")
        dims.add_column()
        for name, dim in card.dimensions.items():
            dims.add_row(t(f"dim.{name}"), score_text(dim.score), Text(f"{dim.rating} {t('rating.' + dim.rating)}", style=RATING_STYLE.get(dim.rating, "")))
        grid.add_row(dims)
        grid.add_row("")
        if card.critical:
            grid.add_row(Text(t("ui.end.critical"), style="bold red"))
            for evidence in card.critical:
                item = session.feed.get(evidence.item or "")
                where = f" — {item.author} {session.wall_time(item.time):%H:%M}" if item else ""
                grid.add_row(Text(f"✗ {t('critical.' + str(evidence.critical))}{where}", style="red"))
        else:
            grid.add_row(Text(f"{t('ui.end.critical')}: {t('ui.end.none')}", style="green"))
        grid.add_row("")
        grid.add_row(Text(t("ui.end.lessons"), style="bold"))
        for number, lesson in enumerate(card.lessons, 1):
            line = Text(f"{number}. {explain(lesson.rule, lesson.params, lang)}")
            item = session.feed.get(lesson.item or "")
            if item is not None:
                quote = " ".join(item.text(lang).split())
                line.append(f" — {item.author}: “{quote[:70]}{'…' if len(quote) > 70 else ''}”", style="dim")
            grid.add_row(line)
            if lesson.feedback:
                grid.add_row(Text("   " + text_in(lesson.feedback, lang), style="italic"))
        grid.add_row("")
        grid.add_row(Text(t("ui.end.keys_replay" if self.replay else "ui.end.keys"), style="dim"))
        return grid

    def action_write(self) -> None:
        self.post_message(DebriefAsked(self.card))

    def action_again(self) -> None:
        self.post_message(PlayAgain())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Trying again needs the run's journal and a decision in it (a replay has neither)."""
        if action == "try_again":
            return self.journaled and not self.replay and bool(self.session.log.inputs)
        return True

    def action_try_again(self) -> None:
        """Pick one of the run's decisions; the run is replayed up to just before it and goes
        on from there, yours to play again (a fork, journaled as a run of its own)."""
        t, session = self.t, self.session
        choices = []
        for number, (at, action) in enumerate(session.log.inputs, 1):
            line = Text(f"{session.wall_time(at):%H:%M}  {describe_action(session, action, t, self.lang)}")
            choices.append((str(number), line))

        def chosen(key: str | None) -> None:
            if key is not None:
                self.post_message(ForkAsked(int(key)))

        self.app.push_screen(ChoiceModal(t("ui.fork.title"), choices, t("ui.fork.none"), t("ui.fork.hint")), chosen)
