"""One trainee's progress, read from the history (`h` in the picker).

Someone who practises alone comes back to see whether they are getting better: per drill
their runs, first, best and latest score and the trend; their weakest dimension; the injects
they handled worst. It is the cohort report's data (drill.report.cohort) filtered to the
trainee, so the screen and `drill cohort --trainee NAME` always agree. The history is read in
a worker thread: a database on a server must not freeze the screen.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static

from drill.i18n import translator
from drill.tui.localize import localize_bindings
from drill.tui.messages import ProgressRead

HARDEST = 5
"""Injects listed under 'handled worst': enough to pick the next thing to practise."""


def progress_report(trainee: str | None, lang: str, where: str | None = None) -> dict[str, Any]:
    """The cohort report for the runs `trainee` took part in (everyone's without a name)."""
    from drill.history import History
    from drill.history.cohort import Filters
    from drill.report.cohort import cohort_report

    store = History(where)
    try:
        return cohort_report(store, Filters(trainee=trainee), lang)
    finally:
        store.close()


class ProgressScreen(Screen):
    BINDINGS = [Binding("escape,h", "app.pop_screen", "ui.key.back")]
    DEFAULT_CSS = """
    ProgressScreen #progress-drills { height: auto; margin: 0 1; }
    ProgressScreen #progress-hardest { padding: 1 2; }
    """

    def __init__(self, trainee: str | None, lang: str, where: str | None = None) -> None:
        super().__init__()
        localize_bindings(self, lang)
        self.trainee, self.where, self.lang, self.t = trainee, where, lang, translator(lang)

    def compose(self) -> ComposeResult:
        t = self.t
        yield Label(t("ui.progress.title", name=self.trainee) if self.trainee else t("ui.progress.everyone"), classes="screen-title")
        with VerticalScroll():
            yield Static(t("ui.progress.loading"), id="progress-note", classes="screen-note")
            yield DataTable(id="progress-drills", cursor_type="row", zebra_stripes=True)
            yield Static(id="progress-hardest")
        yield Footer()

    def on_mount(self) -> None:
        self.run_worker(self.read, thread=True, exit_on_error=False)

    def read(self) -> None:
        try:
            report = progress_report(self.trainee, self.lang, self.where)
        except Exception as exc:  # a history that cannot be opened: said on the screen, nothing else breaks
            self.post_message(ProgressRead(failure=str(exc)))
            return
        self.post_message(ProgressRead(report))

    @on(ProgressRead)
    def read_done(self, message: ProgressRead) -> None:
        if message.report is None:
            self.query_one(DataTable).display = False
            self.query_one("#progress-note", Static).update(Text(self.t("ui.progress.failed", reason=message.failure)))
        else:
            self.show(message.report)

    def show(self, report: dict[str, Any]) -> None:
        t = self.t
        note = self.query_one("#progress-note", Static)
        from drill.history.names import name_key

        people = [p for p in report["trainees"] if self.trainee is None or name_key(p["name"]) == name_key(self.trainee)]  # not teammates
        rows = [(person, drill, cell) for person in people for drill, cell in person["cells"].items()]
        if not rows:
            self.query_one(DataTable).display = False
            note.update(Text(t("ui.progress.none")))
            return
        note.update(Text(t("ui.progress.summary", runs=report["counts"]["runs"], drills=report["counts"]["drills"])))
        table = self.query_one(DataTable)
        table.add_columns(*(t(f"ui.progress.col.{c}") for c in ("who", "drill", "runs", "first", "best", "latest", "trend", "weakest")))
        for person, drill, cell in rows:
            weakest = person["weakest"]
            table.add_row(person["name"], drill, cell["runs"], f"{cell['first']:.0f}", f"{cell['best']:.0f}", f"{cell['latest']:.0f}",
                          f"{cell['trend']} {cell['change']:+.0f}", f"{weakest['label']} {weakest['score']:.0f}" if weakest["label"] else "—")
        hardest = [i for i in report["injects"] if i["score"] is not None][:HARDEST]
        body = Text(t("ui.progress.hardest") + "\n", style="bold")
        for inject in hardest:
            body.append(f"{inject['score']:5.0f}  ", style="bold")
            body.append(f"{inject['scenario']} · {inject['text'] or inject['inject']}")
            body.append("  " + t("ui.progress.wait", wait=inject["median_wait"]) + "\n", style="dim")
        self.query_one("#progress-hardest", Static).update(body if hardest else Text(""))
