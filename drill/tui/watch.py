"""`drill play FILE --watch`: an author edits the drill while playing it.

The app polls the drill's files (a file, or every file of a drill folder) from a Textual timer;
no watcher library is needed for one small set of files. When they change and the new version
loads, the run is rebuilt on it the way a resume rebuilds it: the journal's inputs are replayed
(drill.runlog.replay) on the new drill, the clock brought to where the trainee was, and a new
journal started with the same records, since the old one names the old drill's digest. When
the new version does not load, or the inputs no longer replay, nothing changes and the app
shows why; the last good version keeps running.
"""

from __future__ import annotations

from pathlib import Path

from drill.engine.log import RunLog
from drill.engine.session import Session
from drill.runlog import Journal, JournalError, JournalWriter, new_journal_path, read_journal, replay
from drill.scenario.diagnostics import ScenarioError
from drill.scenario.files import parts
from drill.scenario.load import Loaded, load

EVERY = 0.5
"""Real seconds between two looks at the drill's files."""

RECORDS = ("input", "note", "facilitator")
"""The journal records a run is rebuilt from (checkpoints and ends are the engine's own)."""


def stamp(path: Path) -> tuple:
    """What changes when the drill is saved: each file's name, size and modification time."""
    files = parts(path) if path.is_dir() else [path]
    found: list[tuple[str, int, int] | tuple[str, None]] = []
    for file in files:
        try:
            info = file.stat()
        except OSError:
            found.append((str(file), None))
            continue
        found.append((str(file), info.st_size, info.st_mtime_ns))
    return tuple(found)


class ReloadError(Exception):
    """Why a saved drill is not played: its diagnostics, or a reason, as lines."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = lines


def reload(path: Path, session: Session, journal: Path) -> tuple[Loaded, Session, JournalWriter]:
    """The run so far (its journal) replayed on the drill as saved now, at the trainee's time,
    with a new journal for it; ReloadError when the drill does not load or the run does not
    replay on it."""
    try:
        loaded = load(path)
        past = read_journal(journal)
    except ScenarioError as exc:
        raise ReloadError([str(d) for d in exc.diagnostics]) from None
    except JournalError as exc:
        raise ReloadError([str(exc)]) from None
    records = [r for r in past.records if any(k in r for k in RECORDS)]
    header = {**past.header, "scenario": loaded.scenario.id, "scenario_version": loaded.scenario.version,
              "scenario_digest": loaded.digest, "reloaded_from": str(journal)}
    try:
        rebuilt = replay(loaded.scenario, Journal(header, records, session.now, False, False), log=RunLog(dict(header)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ReloadError([f"{path}: the run so far does not replay on the saved drill ({exc})"]) from None
    writer = JournalWriter.start(rebuilt.log, new_journal_path(loaded.scenario.id))
    writer.copy(records)
    return loaded, rebuilt, writer


def reload_fresh(path: Path) -> tuple[Loaded, None, None]:
    """The drill as saved now, before anything was played (the briefing): nothing to replay."""
    try:
        return load(path), None, None
    except ScenarioError as exc:
        raise ReloadError([str(d) for d in exc.diagnostics]) from None
