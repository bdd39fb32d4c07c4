"""Everything `drill play` and `drill replay` check before Textual starts.

A bad scenario file prints its diagnostics (FILE:LINE:COL: CODE message) and the command
exits 2 with the terminal untouched; a journal that cannot be read or replayed says why in
one line. No Textual import here, so these failures cost no UI start-up.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from drill.paths import runs_dir
from drill.runlog import Journal, JournalError, read_journal


class StartError(Exception):
    """Why a run cannot start: printed as lines on stderr, then exit 2."""

    def __init__(self, *lines: str) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = [str(line) for line in lines]


def load_scenario(name: str):
    """A scenario by path or library id, loaded and validated."""
    from drill.library import find
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    path = find(name)
    if path is None:
        raise StartError(f"drill: no scenario file or library scenario named {name!r} (see `drill play` for the library)")
    try:
        return load(path)
    except ScenarioError as exc:
        raise StartError(*exc.diagnostics) from None


def journal_path(scenario_id: str) -> Path:
    """runs/<scenario-id>-<UTC timestamp>.jsonl, never an existing file."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = runs_dir() / f"{scenario_id}-{stamp}.jsonl"
    number = 2
    while path.exists():
        path = runs_dir() / f"{scenario_id}-{stamp}-{number}.jsonl"
        number += 1
    return path


def latest_unfinished() -> Path | None:
    """The newest journal without an end record."""
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


def read(path: str | Path) -> Journal:
    try:
        return read_journal(path)
    except JournalError as exc:
        raise StartError(f"drill: {exc}") from None


def scenario_of(journal: Journal, override: str | None = None):
    """The scenario a journal was recorded on: --scenario, the path it was played from, or the library."""
    header = journal.header
    wanted = header.get("scenario")
    if not isinstance(wanted, str) or not wanted:
        raise StartError("drill: the journal header names no scenario")
    recorded = header.get("scenario_path")
    names = [override] if override else [n for n in (recorded,) if isinstance(n, str) and Path(n).is_file()] + [wanted]
    loaded = None
    for name in names:
        try:
            loaded = load_scenario(name)
            break
        except StartError:
            if override:
                raise
            if name == names[-1]:
                raise StartError(f"drill: cannot load the scenario {wanted!r} of this run; give it with --scenario PATH") from None
    if loaded.scenario.id != wanted:
        raise StartError(f"drill: {name} is scenario {loaded.scenario.id!r}, but the run was of {wanted!r}")
    digest = header.get("scenario_digest")
    if digest and digest != loaded.digest:
        raise StartError(f"drill: {name} has changed since the run was recorded; give the original with --scenario PATH")
    return loaded


def resumable(path: Path):
    """The session of an unfinished run rebuilt from its journal (the app journals on into the same file)."""
    from drill.runlog import replay

    journal = read(path)
    loaded = scenario_of(journal)
    try:
        session = replay(loaded.scenario, journal)
    except (KeyError, TypeError, ValueError) as exc:
        raise StartError(f"drill: {path}: a record cannot be replayed ({exc})") from None
    return loaded, session, journal
