"""The Textual app: owns the session, the clock and the journal; screens only render and ask.

`make_app` is the one factory shared by `drill play`, `drill replay`, the tests and the
benchmarks (a manual clock makes tests and snapshots deterministic). `run_app` checks the
scenario before Textual starts, so a bad file prints its diagnostics and exits 2.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding

from drill.engine.clock import SimClock
from drill.engine.session import Outcome, Session
from drill.i18n import default_lang, t as translate
from drill.paths import runs_dir
from drill.runlog import Journal, JournalError, read_journal, replay
from drill.scenario.actions import Action
from drill.scenario.load import Loaded
from drill.tui.play import PlayScreen
from drill.tui.screens import BriefingScreen, EndScreen, HelpScreen, PickerScreen, TooSmallScreen

MIN_WIDTH, MIN_HEIGHT = 80, 24


class DrillApp(App):
    CSS_PATH = "drill.tcss"
    TITLE = "drill"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(
        self, loaded: Loaded | None = None, *, seed: int = 1, speed: float | None = None, lang: str | None = None,
        trainee: str | None = None, coach: bool = False, manual_clock: bool = False, journal: bool = True,
        entries: list | None = None, resume: tuple[Session, Path] | None = None,
        recording: Journal | None = None,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.seed = seed
        self.speed = speed
        self.lang = lang or default_lang()
        self.trainee = trainee
        self.coach = coach
        self.manual_clock = manual_clock
        self.journal = journal
        self.entries = entries
        self.resume = resume
        self.recording = recording
        """A journal being watched (`drill replay`): its inputs are played back, no keys act."""
        self._pending: list[dict] = list(recording.records) if recording else []
        self.session: Session = None  # type: ignore[assignment]
        self.clock = SimClock()
        self.journal_path: Path | None = None
        self.card = None
        self.too_small: TooSmallScreen | None = None

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.log.close()

    def t(self, key: str, **params: Any) -> str:
        return translate(key, self.lang, **params)

    def on_mount(self) -> None:
        if self.resume is not None:
            self.session, self.journal_path = self.resume
            self.loaded = None
            self.clock = SimClock(speed=self.speed or self.session.scenario.clock.speed)
            self.show(PlayScreen(self.lang))
        elif self.recording is not None and self.loaded is not None:
            header = {k: v for k, v in self.recording.header.items() if k not in ("journal", "engine", "scenario", "scenario_version", "seed")}
            self.session = Session(self.loaded.scenario, int(self.recording.header.get("seed", self.seed)), **header)
            self.clock = SimClock(speed=self.speed or self.loaded.scenario.clock.speed)
            self.show(PlayScreen(self.lang))
        elif self.loaded is not None:
            self.start_run(self.loaded)
        else:
            from drill.library import entries

            self.show(PickerScreen(self.entries if self.entries is not None else entries(), self.lang))

    # ---------------------------------------------------------------- the run

    def start_run(self, loaded: Loaded) -> None:
        """A new session on a scenario, journaled from its first moment; then the briefing."""
        self.loaded = loaded
        header = {
            "trainee": self.trainee, "lang": self.lang, "scenario_digest": loaded.digest,
            "scenario_path": str(Path(loaded.path).resolve()),
            "started": datetime.now(timezone.utc).isoformat(timespec="seconds") if self.journal else None,
        }
        self.session = Session(loaded.scenario, self.seed, **header)
        self.clock = SimClock(speed=self.speed or loaded.scenario.clock.speed)
        if self.journal:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
            self.journal_path = runs_dir() / f"{loaded.scenario.id}-{stamp}-seed{self.seed}.jsonl"
            self.session.log.attach(self.journal_path)
        self.show(BriefingScreen(self.lang))

    def begin_play(self) -> None:
        self.show(PlayScreen(self.lang), switch=True)

    def advance(self, sim_seconds: float) -> None:
        if sim_seconds <= 0 or self.session.ended is not None:
            return
        target = self.session.now + sim_seconds
        if self.recording is not None:
            self.play_back(target)
        self.session.advance_to(target)
        self.session.log.checkpoint(self.session.now)

    def play_back(self, until: float) -> None:
        """Apply the recorded inputs due by `until`, marking each decision on screen."""
        from drill.runlog import apply_record

        while self._pending and float(self._pending[0].get("t", 0)) <= until:
            record = self._pending.pop(0)
            self.session.advance_to(float(record.get("t", 0)))
            described = apply_record(self.session, record)
            if described:
                self.notify(f"▶ {self.session.wall_time():%H:%M} {described}", timeout=4)
                if isinstance(self.screen, PlayScreen) and "input" in record and record["input"].get("item"):
                    self.screen.acted.add(record["input"]["item"])

    def act(self, action: Action) -> Outcome:
        return self.session.act(action)

    def finished(self) -> None:
        """The session ended: score it, keep it in the history, show the end screen once."""
        if self.card is not None:
            return
        from drill.history import History
        from drill.scoring.scorecard import score

        self.card = score(self.session)
        self.session.log.close()
        if self.recording is not None:  # watching a recorded run: nothing new to keep
            self.show(EndScreen(self.card, self.lang), switch=True)
            return
        try:
            store = History()
            store.record(self.session, self.card, str(self.journal_path) if self.journal_path else None)
            store.close()
        except Exception as exc:  # a broken history database must not cost the trainee the debrief
            self.notify(f"history not saved: {exc}", severity="warning")
        self.show(EndScreen(self.card, self.lang), switch=True)

    def write_debrief(self, card) -> None:
        from drill.report.render import write_report

        try:
            path = write_report(self.session, card, "html", Path("reports"), self.lang, journal=str(self.journal_path) if self.journal_path else None)
        except Exception as exc:  # disk full, read-only folder: say so, keep the run
            self.notify(self.t("ui.end.write_failed", reason=exc), severity="error", timeout=10)
            return
        self.notify(self.t("ui.end.written", path=path), timeout=10)

    def play_again(self) -> None:
        self.card = None
        self.seed += 1
        if self.loaded is not None:
            self.start_run(self.loaded)

    # ---------------------------------------------------------------- chrome

    def get_system_commands(self, screen):
        """The command palette (Ctrl+P): Textual's own commands, and on the play screen every key's action."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, PlayScreen):
            for title, action in (
                ("ui.key.pause", "pause"), ("ui.key.faster", "faster"), ("ui.key.slower", "slower"),
                ("ui.key.forward", "forward"), ("ui.key.filter", "needs"), ("ui.key.channel", "channel"),
                ("ui.key.reply", "choose('reply')"), ("ui.key.private", "choose('private')"),
                ("ui.key.redirect", "choose('redirect')"), ("ui.key.status", "choose('status')"),
                ("ui.key.escalate", "escalate"), ("ui.key.delete", "remove('delete')"),
                ("ui.key.hide", "remove('hide')"), ("ui.key.dismiss", "remove('dismiss')"), ("ui.key.help", "help"),
            ):
                target = self if action == "help" else screen
                yield SystemCommand(self.t(title), "drill", partial(target.run_action, action))

    def show(self, screen, switch: bool = False) -> None:
        """Push or switch to a screen, keeping the too-small notice on top while it is needed."""
        if self.too_small is not None and self.screen is self.too_small:
            self.pop_screen()
            self.too_small = None
        (self.switch_screen if switch else self.push_screen)(screen)
        self.call_after_refresh(self.check_size)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def on_resize(self, event) -> None:
        self.check_size()

    def check_size(self) -> None:
        width, height = self.size
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        if small and self.too_small is None:
            self.too_small = TooSmallScreen()
            self.push_screen(self.too_small)
            self.call_after_refresh(lambda: self.too_small and self.too_small.show(width, height, self.lang))
        elif small and self.too_small is not None:
            self.too_small.show(width, height, self.lang)
        elif not small and self.too_small is not None:
            screen, self.too_small = self.too_small, None
            if self.screen is screen:
                self.pop_screen()


def make_app(scenario: Loaded | None = None, **options: Any) -> DrillApp:
    """The app, for `drill play`, the tests and the benchmarks."""
    return DrillApp(scenario, **options)


def latest_unfinished() -> Path | None:
    folder = runs_dir()
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            if not read_journal(path).ended:
                return path
        except JournalError:
            continue
    return None


def run_replay(path: str, speed: float | None = None, lang: str | None = None, scenario: str | None = None) -> int:
    """`drill replay RUNLOG`: watch a recorded run at speed, decisions marked, pausable."""
    from drill.library import find
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    try:
        journal = read_journal(path)
        found = find(scenario) if scenario else (find(journal.header.get("scenario_path", "")) or find(journal.header.get("scenario", "")))
        if found is None:
            print(f"drill replay: cannot find the scenario {journal.header.get('scenario')!r} of {path}; pass --scenario FILE", file=sys.stderr)
            return 2
        loaded = load(found)
    except (JournalError, ScenarioError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    app = make_app(loaded, speed=speed, lang=lang or journal.header.get("lang"), journal=False, recording=journal)
    app.run()
    return 0


def run_app(scenario: str | None, seed: int = 1, speed: float | None = None, lang: str | None = None,
            trainee: str | None = None, coach: bool = False, resume: bool = False) -> int:
    """`drill play`: check the input first (diagnostics, exit 2), then run the app."""
    from drill.library import find
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    lang = lang or default_lang()
    if resume:
        path = latest_unfinished()
        if path is None:
            print(translate("ui.resume.none", lang), file=sys.stderr)
            return 2
        try:
            journal = read_journal(path)
            found = find(journal.header.get("scenario_path") or journal.header.get("scenario", ""))
            found = found or find(journal.header.get("scenario", ""))
            if found is None:
                print(f"drill: the scenario {journal.header.get('scenario')!r} of {path} is not in the library", file=sys.stderr)
                return 2
            loaded = load(found)
            session = replay(loaded.scenario, journal)
        except (JournalError, ScenarioError) as exc:
            print(str(exc), file=sys.stderr)
            return 2
        session.log.reattach(path)
        app = make_app(None, seed=session.seed, speed=speed, lang=journal.header.get("lang", lang), coach=coach, resume=(session, path))
        app.run()
        return 0
    loaded = None
    if scenario is not None:
        path = find(scenario)
        if path is None:
            print(f"drill: no scenario file or library scenario named {scenario!r}", file=sys.stderr)
            return 2
        try:
            loaded = load(path)
        except ScenarioError as exc:
            for diagnostic in exc.diagnostics:
                print(diagnostic, file=sys.stderr)
            return 2
    app = make_app(loaded, seed=seed, speed=speed, lang=lang, trainee=trainee, coach=coach)
    app.run()
    return 0
