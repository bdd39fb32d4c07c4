"""The Textual app: owns the session, the clock, the journal and the one timer; screens draw.

Screens are handed what they draw and post what the trainee or the facilitator decided as
messages (drill.tui.messages), handled here with `@on`; blocking work (the history write, the
debrief) runs in worker threads that post their result the same way. `clock_rule` is the one
rule for the clock under a dialog, the command palette and the help.

`make_app` is the factory shared by `drill play`, `drill replay`, the tests and the bench.
With `manual_clock=True` there is no timer: tests move the clock with `app.advance(seconds)`,
so snapshots are deterministic. `run_app` and `run_replay` check their input before Textual
starts (startup.py), so a bad file prints its diagnostics and exits 2.

Start-up is part of the experience (the first frame within 1.5x of a bare Textual app's):
this module imports only what the first screen of every start needs. The engine, the
scenario models, the journal and the other screens are imported where they are first used,
so `drill` (the picker) never loads them before its first frame, and `drill play NAME` loads
them in a worker behind the briefing when the library's cache holds that (a `Preview`, see
startup.scenario_or_preview), else before it.
"""

from __future__ import annotations

import gc
import os
import shlex
import shutil
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen, Screen

from drill.engine.clock import SimClock
from drill.i18n import default_lang, refusal
from drill.i18n import t as translate
from drill.paths import runs_dir
from drill.tui import compat  # noqa: F401  (drops stale Resize events that froze the app: see there)
from drill.tui.localize import localize_bindings
from drill.tui.messages import (
    ClockSkipped,
    ClockSteered,
    DebriefAsked,
    DebriefWritten,
    DecisionTaken,
    DrillChosen,
    ExerciseEnded,
    ForkAsked,
    HeldInjectFired,
    HistoryRecorded,
    InjectWritten,
    ObservationWritten,
    PlayAgain,
    PlayBegun,
    ScenarioLoaded,
    TurnPassed,
)
from drill.tui.screens.help import HelpScreen
from drill.tui.screens.small import TooSmallScreen

if TYPE_CHECKING:
    from textual.timer import Timer

    from drill.engine.log import HeaderFields
    from drill.engine.session import Outcome, Session
    from drill.runlog import Journal, JournalWriter
    from drill.scenario.actions import Action
    from drill.scenario.briefing import Briefing
    from drill.scenario.load import Loaded
    from drill.scoring.scorecard import Scorecard
    from drill.team import Member
    from drill.tui.screens.play import PlayScreen
    from drill.tui.screens.projector import ProjectorScreen
    from drill.tui.startup import Preview, StartError

MIN_WIDTH, MIN_HEIGHT = 80, 24
TICK = 1 / 15
"""Real seconds between engine ticks."""
ClockRule = Literal["scenario", "real", "still"]


def clock_rule(screen: Screen) -> ClockRule:
    """The one clock rule, by the screen on top: the play screen runs the scenario's speed;
    every dialog over it (a ModalScreen: the reply, escalate and confirm dialogs, the
    facilitator's, and the command palette, where an action chosen by name is a decision like
    any key's) runs the clock at real time (×1), so choosing costs the minutes it takes, not an
    hour of the scenario at ×60; the help stands still while it is read."""
    if isinstance(screen, HelpScreen):
        return "still"
    return "real" if isinstance(screen, ModalScreen) else "scenario"

FREEZE_EVERY = 1000
"""After this many new feed items, move everything alive out of the cycle collector's sight:
a flood's items live as long as the run, and collecting over them stalls frames."""


class DrillApp(App):
    CSS_PATH = "drill.tcss"
    TITLE = "drill"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        # Textual's own palette binding says "palette" in English: ours carries a key to translate
        Binding("ctrl+p", "command_palette", "ui.footer.palette", show=False, priority=True, tooltip="ui.help.palette"),
    ]

    def __init__(
        self, loaded: Loaded | None = None, *, seed: int = 1, speed: float | None = None, lang: str | None = None,
        trainee: str | None = None, coach: bool = False, manual_clock: bool = False, journal: bool = True,
        entries: list | None = None, resume: tuple[Session, Path] | None = None, recording: Journal | None = None,
        forked: tuple[Session, JournalWriter] | None = None, seat: Any = None,
        theme: str | None = None, paced: bool | None = None, facilitator: bool = False, team: list[Member] | None = None,
        pick: bool = False, watch: bool = False, preview: Preview | None = None,
    ) -> None:
        super().__init__()
        self.loaded, self.seed, self.speed, self.trainee, self.coach = loaded, seed, speed, trainee, coach
        self.pick = pick
        """Answer by choosing authored options (quick pick) instead of writing, when the drill allows it."""
        self.facilitator = facilitator
        """A tabletop exercise: the facilitator panel (F) with held injects, skip, observations, end."""
        self.team: list[Member] = list(team or [])
        self.acting = 0
        """Which team member is acting (a cycles): the trainee's actions carry that member's role."""
        self.lang = lang or default_lang()
        localize_bindings(self, self.lang)
        self.manual_clock, self.journal, self.entries, self.resume = manual_clock, journal, entries, resume
        self.forked = forked
        """A fork made before the app started (`drill play --fork`): its session and journal."""
        self.seat = seat
        """A seat of a hosted exercise (`drill join`, a drill.seats.client.SeatClient): the host
        keeps the clock and the journal, this app shows the seat's replica (drill.tui.seat)."""
        self.playback = None
        if recording is not None:
            from drill.tui.playback import Playback

            self.playback = Playback(recording)
        """Set when watching a recorded run (`drill replay`): the trainee's verbs are off."""
        self.fixed_theme = theme
        self.paced = not manual_clock if paced is None else paced
        """Pace repaints for a running clock (status bar, side panel); tests want them at once."""
        self.current: Session | None = None
        """The run being played (None before the first one starts): read it as `session`."""
        self.clock = SimClock()
        self.writer: JournalWriter | None = None
        """The run's journal on disk (None: not journaled, e.g. a replay)."""
        self.card: Scorecard | None = None
        self.play: PlayScreen | ProjectorScreen | None = None
        self.ticker: Timer | None = None
        self.last_tick = time.monotonic()
        self.too_small: TooSmallScreen | None = None
        self.frozen = 0
        self.journal_warned = False
        self.watch_drill = watch
        """`--watch`: a saved drill is reloaded and the run replayed on it (drill.tui.watch)."""
        self.watched: tuple = ()
        self.drill_problems: list[str] = []
        """Why the drill as last saved is not the one played (--watch), as diagnostics; empty when it is."""
        self.preview = preview
        """`drill play NAME` with the briefing cached: shown at once, the scenario loaded behind it (`start_preview`)."""
        self.begin_asked = False
        """The trainee started the run before the previewed scenario was loaded: it begins when it is."""
        self.failure: StartError | None = None
        """Why the previewed scenario did not load after all: run_app prints it and exits 2."""

    def t(self, key: str, **params: Any) -> str:
        return translate(key, self.lang, **params)

    def on_mount(self) -> None:
        if self.paced:
            gc.freeze()  # what start-up loaded (Textual, the scenario) stays: no collector walks over it
        if self.fixed_theme:
            self.theme = self.fixed_theme
        if not self.manual_clock:
            self.ticker = self.set_interval(TICK, self.tick, pause=True)
        if self.watch_drill and self.loaded is not None:
            from drill.tui import watch

            self.watched = watch.stamp(Path(self.loaded.path))
            self.set_interval(watch.EVERY, self.check_drill)
        if self.resume is not None:
            from drill.runlog import JournalWriter

            self.session, path = self.resume
            self.writer = JournalWriter.resume(self.session.log, path)
            self.clock = SimClock(speed=self.speed or self.session.scenario.clock.speed, paused=True)
            self.begin_play()
            self.notify(self.t("ui.resume.done", time=f"{self.session.wall_time():%H:%M}"), timeout=8)
        elif self.seat is not None:
            from drill.tui import seat

            self.journal = False  # the host journals the exercise
            self.run_worker(seat.join(self, self.seat), group="seat", exit_on_error=False)
        elif self.forked is not None:
            self.continue_fork(*self.forked)
        elif self.playback is not None:
            self.watch_recording()
        elif self.preview is not None:
            self.start_preview(self.preview)
        elif self.loaded is not None:
            self.start_run(self.loaded)
        else:
            from drill.tui.screens.picker import PickerScreen

            self.show(PickerScreen(self.entries, self.lang, self.trainee))  # no entries given: it reads the library

    async def on_unmount(self) -> None:
        if self.seat is not None:
            await self.seat.close()
        gc.unfreeze()
        if self.writer is not None:
            self.writer.close()

    @property
    def session(self) -> Session:
        """The run being played; asking before one started is a bug, said plainly."""
        if self.current is None:
            raise RuntimeError("drill: no run has started yet (the picker or a seat's join comes first)")
        return self.current

    @session.setter
    def session(self, session: Session) -> None:
        self.current = session

    @property
    def journal_path(self) -> Path | None:
        return self.writer.path if self.writer is not None else None

    # ---------------------------------------------------------------- the run

    def start_run(self, loaded: Loaded) -> None:
        """A new session, then the briefing; its journal starts with the drill (`start_journal`)."""
        from drill.scenario.briefing import Briefing

        self.forget_last_run()
        self.ready(loaded, self.new_session(loaded))
        self.brief(Briefing.of(loaded.scenario))
        self.call_after_refresh(self.run_worker, self.session.prepare, thread=True)  # while the briefing is read

    def start_preview(self, preview: Preview) -> None:
        """The briefing from the library's cache at once (startup.scenario_or_preview); the file
        is loaded and checked and the session made in a worker while it is read (`previewed`)."""
        self.brief(preview.briefing)
        self.call_after_refresh(self.run_worker, lambda: self.load_previewed(preview), thread=True, group="preview")

    def load_previewed(self, preview: Preview) -> None:
        """In a worker thread: what `start_run` does before the briefing, posted as ScenarioLoaded."""
        from drill.library import LibraryError, load_named

        try:
            loaded = load_named(str(preview.path))
        except LibraryError as exc:
            self.post_message(ScenarioLoaded(failure=exc.lines("drill")))
            return
        session = self.new_session(loaded)
        session.prepare()
        self.post_message(ScenarioLoaded(loaded, session))

    @on(ScenarioLoaded)
    def previewed(self, message: ScenarioLoaded) -> None:
        from drill.library import remember
        from drill.scenario.briefing import Briefing
        from drill.tui.screens.briefing import BriefingScreen
        from drill.tui.startup import StartError

        if message.loaded is None or message.session is None:
            self.failure = StartError(*(message.failure or []))
            self.exit(return_code=2)
            return
        self.ready(message.loaded, message.session)
        if self.paced:
            gc.freeze()  # the scenario stays, as what start-up loaded (on_mount)
        briefing = Briefing.of(message.loaded.scenario)
        if self.preview is not None and briefing != self.preview.briefing:  # the cached card was not this file's
            remember(self.preview.path, message.loaded)
            if isinstance(self.screen, BriefingScreen):
                self.screen.show(briefing)
        if self.begin_asked:
            self.begin_play()

    def new_session(self, loaded: Loaded) -> Session:
        from drill.engine.session import Session
        from drill.team import team_header

        header: HeaderFields = {
            "trainee": self.trainee, "lang": self.lang, "scenario_digest": loaded.digest,
            "scenario_path": str(Path(loaded.path).resolve()), "coach": self.coach or None,
            "team": team_header(self.team), "facilitator": self.facilitator or None,
            "started": datetime.now(UTC).isoformat(timespec="seconds") if self.journal else None,
        }
        return Session(loaded.scenario, self.seed, **header)

    def ready(self, loaded: Loaded, session: Session) -> None:
        """The run to play once the briefing is read: its scenario, session and clock."""
        self.loaded, self.card, self.session = loaded, None, session
        self.clock = SimClock(speed=self.speed or loaded.scenario.clock.speed)

    def brief(self, briefing: Briefing) -> None:
        """The briefing on screen; the journal's folder checked now, a folder it cannot be in said at once."""
        from drill.tui.screens.briefing import BriefingScreen

        self.writer = None
        self.journal_warned = False
        self.show(BriefingScreen(briefing, self.lang, team=self.team, coach=self.coach, facilitator=self.facilitator))
        if self.journal:
            try:
                runs_dir().mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.journal_trouble(f"{exc.filename or runs_dir()}: {exc.strerror or exc}")

    def watch_recording(self) -> None:
        """`drill replay`: a fresh, unjournaled session fed the recorded inputs over time."""
        from drill.engine.log import RunLog
        from drill.engine.session import Session
        from drill.tui.playback import Playback

        assert self.playback is not None and self.loaded is not None
        self.playback = Playback(self.playback.journal)
        header = self.playback.journal.header
        self.forget_last_run()
        self.session = Session(self.loaded.scenario, int(header.get("seed", 1)), log=RunLog(dict(header)))
        self.clock = SimClock(speed=self.speed or self.loaded.scenario.clock.speed)
        self.card = None
        self.begin_play()

    def forget_last_run(self) -> None:
        """Play again: let the collector have the previous run (its feed was frozen), once."""
        self.frozen = 0
        if self.paced and self.current is not None:
            self.current = None
            self.play = None
            gc.unfreeze()
            gc.collect()
            gc.freeze()

    def start_journal(self) -> None:
        """Journal a new run from the moment the trainee starts it, before any clock tick or
        action: a drill left during its briefing (a `drill serve` tab opened and closed) leaves
        no journal for `drill play --resume` to pick. A resumed run is already journaled."""
        if self.journal and self.playback is None and self.writer is None:
            from drill.runlog import JournalWriter, new_journal_path

            self.writer = JournalWriter.start(self.session.log, new_journal_path(self.session.scenario.id))
            self.journal_trouble()

    def try_again(self, at: int) -> None:
        """Try this run again from its decision `at`: a fork, replayed up to just before that
        decision and played on live from there with the clock paused (drill.fork)."""
        from drill.fork import ForkError, open_fork

        if self.journal_path is None or self.loaded is None:
            return
        try:
            _, session, writer = open_fork(self.journal_path, at, scenario_path=str(self.loaded.path))
        except ForkError as exc:
            self.notify(str(exc), severity="error", timeout=12, markup=False)
            return
        self.forget_last_run()
        self.continue_fork(session, writer)

    def continue_fork(self, session: Session, writer: JournalWriter) -> None:
        self.session, self.writer, self.card = session, writer, None
        self.journal_warned = False
        self.clock = SimClock(speed=self.speed or session.scenario.clock.speed, paused=True)
        self.begin_play()
        self.notify(self.t("ui.fork.started", at=session.log.header.get("fork_at"), time=f"{session.wall_time():%H:%M}"), timeout=10)

    async def check_drill(self) -> None:
        """--watch: when the drill's files were saved, play on with the new version, keeping the
        trainee's decisions and place; a version that does not load (or does not replay the run)
        is shown as its diagnostics and the last good one goes on."""
        from drill.tui import watch

        if self.loaded is None or self.card is not None or self.playback is not None:
            return
        path = Path(self.loaded.path)
        now = watch.stamp(path)
        if now == self.watched:
            return
        self.watched = now
        try:
            if self.play is None or self.writer is None:  # the briefing: nothing played yet, start over
                loaded, session, writer = watch.reload_fresh(path)
            else:
                loaded, session, writer = watch.reload(path, self.session, self.writer.path)
        except watch.ReloadError as exc:
            self.drill_problems = exc.lines
            more = len(exc.lines) - 5
            text = "\n".join(exc.lines[:5]) + ("\n" + self.t("ui.watch.more", count=more) if more > 0 else "")
            self.notify(text, title=self.t("ui.watch.invalid"), severity="error", timeout=30, markup=False)
            return
        self.drill_problems = []
        if session is None:
            self.start_run(loaded)
        else:
            lost = len(self.session.actions) - len(session.actions)
            if self.writer is not None:
                self.writer.close()
            self.loaded, self.session, self.writer = loaded, session, writer
            from drill.tui.screens.play import PlayScreen

            assert isinstance(self.play, PlayScreen)  # a projector never plays a file
            await self.play.rebuilt(session)
            self.changed()
            if lost > 0:
                self.notify(self.t("ui.watch.lost", count=lost), severity="warning", timeout=15)
        self.notify(self.t("ui.watch.reloaded", time=f"{self.session.wall_time():%H:%M}"), timeout=6)

    def begin_play(self) -> None:
        self.start_journal()
        if self.seat is not None and self.seat.role == "projector":
            from drill.tui.screens.projector import ProjectorScreen

            self.play = ProjectorScreen(self.session, self.clock, self.lang)
        else:
            from drill.tui.screens.play import PlayMode, PlayScreen

            mode = PlayMode(self.lang, coach=self.coach, pick=self.pick, paced=self.paced, facilitator=self.facilitator,
                            replay=self.playback is not None, seat_role=self.seat.role if self.seat is not None else None,
                            team=tuple(self.team))
            self.play = PlayScreen(self.session, self.clock, mode, self.acting_member())
        self.show(self.play)
        self.last_tick = time.monotonic()
        if self.ticker is not None:
            self.ticker.resume()

    def tick(self) -> None:
        """The one timer: real time × speed moves the sim clock, as `clock_rule` says for the
        screen on top (a dialog: real time; the help: not at all)."""
        now = time.monotonic()
        real, self.last_tick = min(now - self.last_tick, 1.0), now
        if self.play is None or self.too_small is not None or self.clock.paused or self.session.ended is not None or self.seat is not None:
            return  # a seat's clock is the host's
        rule = clock_rule(self.screen)
        if rule != "still":
            self.advance(real if rule == "real" else self.clock.step(real))

    def advance(self, sim_seconds: float) -> None:
        """Move the sim clock (the timer, fast-forward, or a test by hand) and redraw."""
        session = self.session
        if sim_seconds > 0 and session.ended is None:
            target = session.now + sim_seconds
            if self.playback is not None:
                self.playback.run_until(session, target, self.replayed)
                if self.playback.at_end(session) and session.ended is None and not self.clock.paused:
                    self.clock.paused = True
                    self.notify(self.t("ui.replay.stopped"), timeout=10)
            else:
                session.advance_to(target)
                session.log.checkpoint(session.now)
            if self.paced and len(session.feed) - self.frozen >= FREEZE_EVERY:
                self.frozen = len(session.feed)
                gc.freeze()  # feed items live as long as the run: keep the collector off them
        self.changed()

    def forward(self) -> None:
        """Skip to the next event: the next decision in a replay, else `Session.fast_forward`."""
        session = self.session
        if self.seat is not None:
            self.steer_clock("forward")
            return
        if self.playback is not None:
            target = self.playback.next_time()
            self.advance(max(0.0, (self.playback.stop_at if target is None else target) - session.now))
            return
        session.fast_forward()
        session.log.checkpoint(session.now)
        self.changed()

    def toggle_pause(self) -> None:
        """Space: the clock stops or goes on; a hosted exercise's clock is the facilitator's to stop."""
        if self.seat is None:
            self.clock.toggle()
        else:
            self.steer_clock("resume" if self.clock.paused else "pause")

    def steer_clock(self, do: str) -> None:
        """A hosted exercise's clock (pause, resume, faster, slower, forward) is moved on the host,
        by the facilitator's seat only; the other seats are told so."""
        from drill.tui import seat

        if not seat.steer(self, self.seat, do).ok:
            self.notify(self.t("ui.seat.facilitator_only"), timeout=5)

    def attributed(self, action: Action) -> Action:
        """The action as the acting team member's (their role); unchanged without a team."""
        member = self.acting_member()
        return replace(action, role=member.role, member=member.name) if member is not None and action.role is None else action

    # ---------------------------------------------------------------- the tabletop exercise

    def acting_member(self) -> Member | None:
        """Who acts on this one shared screen (None: no team, or a seat, which is one member)."""
        return self.team[self.acting % len(self.team)] if self.team and self.seat is None else None

    def next_acting(self) -> Member | None:
        if self.team:
            self.acting = (self.acting + 1) % len(self.team)
        return self.acting_member()

    def fire_held(self, inject_id: str) -> Outcome:
        """The facilitator brings in a held inject (journaled by the engine before it acts)."""
        if self.seat is not None:
            from drill.tui import seat

            return seat.steer(self, self.seat, "inject", inject=inject_id)
        outcome = self.session.fire_held(inject_id)
        self.changed()
        return outcome

    def observe(self, text: str, rating: str | None, objective: str | None, role: str | None) -> None:
        if self.seat is not None:
            from drill.tui import seat

            seat.steer(self, self.seat, "observe", text=text, rating=rating, objective=objective, role=role)
            return
        self.session.observe(text, rating=rating, objective=objective, role=role)
        self.changed()

    def post(self, text: str, channel: str, author: str) -> Outcome:
        """The facilitator's own inject, written on the spot (journaled by the engine)."""
        if self.seat is not None:
            from drill.tui import seat

            return seat.steer(self, self.seat, "post", text=text, channel=channel, author=author)
        outcome = self.session.post(text, channel, author)
        self.changed()
        return outcome

    def skip_to(self, target: float) -> None:
        """Skip the clock to a sim time: everything on the way happens, as if played fast."""
        if self.seat is not None:
            from drill.tui import seat

            seat.steer(self, self.seat, "skip", to=target)
            return
        self.advance(max(0.0, target - self.session.now))

    def end_exercise(self) -> None:
        if self.seat is not None:
            from drill.tui import seat

            seat.steer(self, self.seat, "end")
            return
        self.session.finish_now()
        self.changed()

    def changed(self) -> None:
        """The session moved: redraw the play screen (under any dialog) or end the run."""
        if self.play is not None and self.play.is_attached:
            self.play.refresh_view()
        self.journal_trouble()
        if self.session.ended is not None:
            self.finished()

    def journal_trouble(self, failure: str | None = None) -> None:
        """The journal could not be written (disk full, folder gone; JournalWriter.failure): say so
        once, as an error that stays a minute. The run goes on in memory, the debrief still works."""
        failure = failure or (self.writer.failure if self.writer is not None else None)
        if failure is not None and not self.journal_warned:
            self.journal_warned = True
            self.notify(self.t("ui.journal.failed", reason=failure), severity="error", timeout=60, markup=False)

    def refused(self, outcome: Outcome) -> None:
        """Say why the engine (or a seat's host) did not do what the facilitator asked."""
        self.notify(self.t("ui.refused", reason=refusal(outcome.reason, outcome.params, self.lang)), severity="warning", markup=False)

    def replayed(self, action: Action, outcome: Outcome) -> None:
        from drill.tui.widgets.detail import describe_action

        if self.play is not None and action.item:
            self.play.marks.add(action.item)
        what = f"{self.session.wall_time():%H:%M} {describe_action(self.session, action, self.t, self.lang)}"
        if outcome.ok:
            self.notify(what, title=self.t("ui.replay.decision"), timeout=6, markup=False)
        else:
            self.notify(f"{what}: {refusal(outcome.reason, outcome.params, self.lang)}", title=self.t("ui.replay.refused"), severity="warning", markup=False)

    def finished(self) -> None:
        """The session ended: score it, record it (not a replay), show the end screen once."""
        if self.card is not None:
            return
        from drill.scoring.scorecard import score
        from drill.tui.screens.end import EndScreen

        if self.ticker is not None:
            self.ticker.pause()
        self.card = score(self.session)
        if self.writer is not None:
            self.writer.close()
        if self.playback is None and self.seat is None:  # a seat's run is the host's to record
            self.record_history()
        self.play = None
        self.clear_notifications()  # toasts of the last minutes would cover the scorecard
        self.show(EndScreen(self.card, self.session, self.lang, replay=self.playback is not None, journaled=self.journal_path is not None))
        self.journal_trouble()  # closing the journal can fail too (its last line not flushed)

    def record_history(self) -> None:
        """Put the ended run into the history, in a worker thread: a database on a server (or a
        locked SQLite file) must not freeze the end screen. The run has ended, so nothing else
        touches the session while the worker reads it; `HistoryRecorded` says how it went."""
        if not self.journal:
            return
        session, card, journal = self.session, self.card, str(self.journal_path) if self.journal_path else None
        assert card is not None

        def record() -> None:
            from drill.history import History

            try:
                store = History()
                store.record(session, card, journal)
                store.close()
            except Exception as exc:  # a broken history database must not cost the trainee the debrief
                self.post_message(HistoryRecorded(str(exc)))
                return
            self.post_message(HistoryRecorded())

        self.run_worker(record, thread=True, group="history", exit_on_error=False)

    @on(HistoryRecorded)
    def history_recorded(self, message: HistoryRecorded) -> None:
        if message.failure is not None:
            self.notify(self.t("ui.end.history_failed", reason=message.failure), severity="warning", markup=False)

    def write_debrief(self, card: Scorecard) -> None:
        """Write the HTML debrief in a worker thread: a long run's debrief takes a moment to
        render, and the end screen stays live meanwhile. The run has ended, so nothing else
        touches the session while the worker reads it; `DebriefWritten` says how it went."""
        session, lang = self.session, self.lang
        journal = str(self.journal_path) if self.journal_path else None
        scenario_path = str(self.loaded.path) if self.loaded else None

        def write() -> None:
            try:
                from drill.report.command import compared_with
                from drill.report.render import write_report
            except ImportError:
                self.post_message(DebriefWritten())
                return
            try:
                parent = compared_with(session, scenario_path=scenario_path)
                path = write_report(session, card, "html", Path("reports"), lang, journal=journal, parent=parent)
            except Exception as exc:  # disk full, read-only folder: say so, keep the run
                self.post_message(DebriefWritten(failure=str(exc)))
                return
            self.post_message(DebriefWritten(path))

        self.run_worker(write, thread=True, group="debrief", exit_on_error=False)

    @on(DebriefWritten)
    def debrief_written(self, message: DebriefWritten) -> None:
        if message.path is not None:
            self.notify(self.t("ui.end.written", path=message.path), timeout=15, markup=False)
        elif message.failure is not None:
            self.notify(self.t("ui.end.write_failed", reason=message.failure), severity="error", timeout=10, markup=False)
        else:
            self.notify(self.t("ui.end.no_report"), timeout=10)

    def play_again(self) -> None:
        if self.playback is not None:
            self.watch_recording()
        elif self.loaded is not None:
            self.start_run(self.loaded)

    # ---------------------------------------------------------------- what the screens ask (drill.tui.messages)

    @on(DrillChosen)
    def drill_chosen(self, message: DrillChosen) -> None:
        self.start_run(message.loaded)

    @on(PlayBegun)
    def play_begun(self) -> None:
        if self.current is None:  # the previewed scenario is still loading: it begins when it is (`previewed`)
            self.begin_asked = True
            return
        self.begin_play()

    @on(DecisionTaken)
    def decision_taken(self, message: DecisionTaken) -> None:
        """The trainee's action, as the acting member's; a seat's goes to the host, whose answer comes back."""
        action = self.attributed(message.action)
        if self.seat is not None:
            from drill.tui import seat

            seat.send(self, self.seat, action, self.decided)
            return
        self.decided(action, self.session.act(action))

    def decided(self, action: Action, outcome: Outcome) -> None:
        from drill.tui.screens.play import PlayScreen

        if isinstance(self.play, PlayScreen):
            self.play.performed(action, outcome)
        self.changed()

    @on(ClockSteered)
    def clock_steered(self, message: ClockSteered) -> None:
        if message.do == "forward":
            self.forward()
            return
        if message.do == "pause":
            self.toggle_pause()
        elif self.seat is not None:
            self.steer_clock(message.do)
            return
        elif message.do == "faster":
            self.clock.faster()
        else:
            self.clock.slower()
        if self.play is not None:
            self.play.refresh_view(moved=False)

    @on(TurnPassed)
    def turn_passed(self) -> None:
        from drill.tui.screens.play import PlayScreen

        member = self.next_acting()
        if isinstance(self.play, PlayScreen):
            self.play.turn_passed(member)

    @on(HeldInjectFired)
    def held_inject_fired(self, message: HeldInjectFired) -> None:
        outcome = self.fire_held(message.inject_id)
        if outcome.ok:
            inject = self.session.scenario.injects_by_id[message.inject_id]
            self.notify(self.t("ui.fac.fired", who=self.session.author_of(inject)), timeout=4, markup=False)
        else:
            self.refused(outcome)

    @on(ObservationWritten)
    def observation_written(self, message: ObservationWritten) -> None:
        self.observe(message.text, message.rating, message.objective, message.role)
        self.notify(self.t("ui.observe.saved"), timeout=3)

    @on(InjectWritten)
    def inject_written(self, message: InjectWritten) -> None:
        outcome = self.post(message.text, message.channel, message.author)
        if not outcome.ok:
            self.refused(outcome)

    @on(ClockSkipped)
    def clock_skipped(self, message: ClockSkipped) -> None:
        from drill.tui.facilitation import clock_at

        self.skip_to(message.target)
        self.notify(self.t("ui.skip.done", time=clock_at(self.session.scenario.clock.starts, self.session.now)), timeout=3)

    @on(ExerciseEnded)
    def exercise_ended(self) -> None:
        self.end_exercise()

    @on(DebriefAsked)
    def debrief_asked(self, message: DebriefAsked) -> None:
        self.write_debrief(message.card)

    @on(PlayAgain)
    def again(self) -> None:
        self.play_again()

    @on(ForkAsked)
    def fork_asked(self, message: ForkAsked) -> None:
        self.try_again(message.at)

    # ---------------------------------------------------------------- chrome

    def show(self, screen) -> None:
        """Put a screen in place of the current one, closing dialogs and the too-small notice."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.too_small = None
        if len(self.screen_stack) < 2:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)
        self.call_after_refresh(self.check_size)

    def action_help(self) -> None:
        """The keys; the clock waits while the trainee reads them (`clock_rule`)."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.lang, team=bool(self.team), facilitator=self.facilitator))

    async def on_event(self, event: events.Event) -> None:
        await super().on_event(event)
        if isinstance(event, events.Resize):  # the app's own handler stops it before `on_resize`
            self.check_size()

    def check_size(self) -> None:
        width, height = self.size
        message = self.t("ui.too_small", width=width, height=height)
        if width < MIN_WIDTH or height < MIN_HEIGHT:
            if self.too_small is None:
                self.too_small = TooSmallScreen(message)
                self.push_screen(self.too_small)
            else:
                self.too_small.show(message)
        elif self.too_small is not None:
            notice, self.too_small = self.too_small, None
            if self.screen is notice:
                self.pop_screen()


def make_app(scenario: Loaded | Preview | None = None, **options: Any) -> DrillApp:
    """The app, for `drill play`, `drill replay`, the tests and the bench: on a scenario loaded,
    or on a preview of it (startup.scenario_or_preview), or none (the picker)."""
    from drill.tui.startup import Preview

    if isinstance(scenario, Preview):
        return DrillApp(preview=scenario, **options)
    return DrillApp(scenario, **options)


def _fail(error: StartError) -> int:
    for line in error.lines:
        print(line, file=sys.stderr)
    return 2


def resumed_app(path: Path, speed: float | None = None, lang: str | None = None, coach: bool = False,
                facilitator: bool = False) -> DrillApp:
    """The app continuing an unfinished run: its language, coach and tabletop settings (team,
    facilitator) come back from the journal header; its state from replaying the journal."""
    from drill.team import team_from_header
    from drill.tui.startup import resumable

    loaded, session, journal = resumable(path)
    header = journal.header
    return make_app(loaded, seed=session.seed, speed=speed, lang=header.get("lang", lang), coach=coach or bool(header.get("coach")),
                    resume=(session, path), facilitator=facilitator or bool(header.get("facilitator")),
                    team=team_from_header(header))


def forked_app(parent: Path, at: int, speed: float | None, lang: str | None, trainee: str | None, coach: bool, pick: bool) -> DrillApp:
    """The app trying a run again from one of its decisions (`drill play --fork RUNLOG --at N`):
    the run's language, coach and tabletop settings come from its journal."""
    from drill.fork import ForkError, open_fork
    from drill.team import team_from_header
    from drill.tui.startup import StartError

    try:
        loaded, session, writer = open_fork(parent, at, trainee=trainee)
    except ForkError as exc:
        raise StartError(f"drill play: {exc}") from None
    header = session.log.header
    return make_app(loaded, seed=session.seed, speed=speed, lang=header.get("lang", lang), coach=coach or bool(header.get("coach")),
                    forked=(session, writer), facilitator=bool(header.get("facilitator")), team=team_from_header(header), pick=pick)


def run_app(scenario: str | None, seed: int = 1, speed: float | None = None, lang: str | None = None,
            trainee: str | None = None, coach: bool = False, resume: bool = False, facilitator: bool = False,
            team: str | None = None, pick: bool = False, fork: str | None = None, at: int | None = None,
            watch: bool = False) -> int:
    """`drill play`: check the input first (diagnostics, exit 2), then run the app."""
    from drill.team import TeamError, parse_team
    from drill.tui.startup import StartError, latest_unfinished, load_scenario, scenario_or_preview

    lang = lang or default_lang()
    try:
        members = parse_team(team) if team is not None else []
        if fork is not None:
            app = forked_app(Path(fork), int(at or 0), speed, lang, trainee, coach, pick)
            lang = app.lang
        elif resume:
            path = latest_unfinished()
            if path is None:
                raise StartError(translate("ui.resume.none", lang))
            app = resumed_app(path, speed, lang, coach, facilitator)
            app.pick = pick
            lang = app.lang
        else:
            # --watch stamps the loaded drill's files at mount: an author's drill is loaded first
            loaded = None if scenario is None else load_scenario(scenario) if watch else scenario_or_preview(scenario)
            app = make_app(loaded, seed=seed, speed=speed, lang=lang, trainee=trainee, coach=coach,
                           facilitator=facilitator, team=members, pick=pick, watch=watch)
    except TeamError as error:
        return _fail(StartError(f"drill play: {error}"))
    except StartError as error:
        return _fail(error)
    app.run()
    if app.failure is not None:
        return _fail(app.failure)
    if app.writer is not None and app.writer.failure is not None:
        print(translate("ui.journal.failed_exit", lang, reason=app.writer.failure), file=sys.stderr)
    if app.current is not None and app.current.ended is None and app.journal_path is not None and app.current.actions:
        print(translate("ui.resume.hint", lang, path=app.journal_path, command=resume_command()))
    return app.return_code or 0


def resume_command(argv0: str | None = None, search_path: str | None = None) -> str:
    """`drill play --resume` as the user can type it where they are: plain `drill` when that is
    the drill on PATH; else the full path of the drill script they ran (a venv not activated);
    else this interpreter with `-m drill`. DRILL_HOME goes in front when set: it may not be exported."""
    script = Path(sys.argv[0] if argv0 is None else argv0)
    if script.name in ("drill", "drill.exe") and script.is_file():
        found = shutil.which("drill", path=search_path)
        same = found is not None and os.path.samefile(found, script)
        words = ["drill"] if same else [os.path.abspath(script)]
    else:
        words = [sys.executable, "-m", "drill"]
    home = os.environ.get("DRILL_HOME")
    prefix = f"DRILL_HOME={shlex.quote(home)} " if home else ""
    return prefix + shlex.join([*words, "play", "--resume"])


def run_replay(runlog: str, speed: float | None = None, lang: str | None = None, scenario: str | None = None) -> int:
    """`drill replay RUNLOG`: watch a recorded run at a speed, pausable."""
    from drill.tui.startup import StartError, read, scenario_of

    try:
        journal = read(runlog)
        loaded = scenario_of(journal, scenario)
    except StartError as error:
        return _fail(error)
    app = make_app(loaded, speed=speed, lang=lang or journal.header.get("lang") or default_lang(), journal=False,
                   recording=journal)
    app.run()
    return app.return_code or 0
