"""Everything `drill play` and `drill replay` check before Textual starts.

A bad scenario file prints its diagnostics (FILE:LINE:COL: CODE message) and the command
exits 2 with the terminal untouched; a journal that cannot be read or replayed says why in
one line. The exception is a scenario whose card (with its briefing) the library's cache
holds for the file as it is now (`scenario_or_preview`): it was valid when cached, so its
briefing is shown at once and the file is loaded and checked while it is read; should it
fail after all (a cache made by another drill, an edit that kept size and time), the app
exits 2 with the same diagnostics (DrillApp.failure). No Textual import here, so these failures cost no UI start-up; and the journal
reader (which brings the engine) is imported only when a journal is read, so the picker,
which imports this module, does not load the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drill.library import LibraryError, cached_card, find, load_named, remember
from drill.library import scenario_of as library_scenario_of
from drill.paths import runs_dir
from drill.scenario.briefing import Briefing

if TYPE_CHECKING:
    from drill.runlog import Journal
    from drill.scenario.load import Loaded


class StartError(Exception):
    """Why a run cannot start: printed as lines on stderr, then exit 2."""

    def __init__(self, *lines: str) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = [str(line) for line in lines]


def load_scenario(name: str):
    """A scenario by path or library id, loaded and validated."""
    try:
        return load_named(name)
    except LibraryError as exc:
        raise StartError(*exc.lines("drill")) from None


@dataclass(frozen=True)
class Preview:
    """A scenario to play that is not loaded yet, and its briefing from the library's cache."""

    path: Path
    briefing: Briefing


def scenario_or_preview(name: str) -> Loaded | Preview:
    """What `drill play NAME` starts with: the scenario's briefing from its cached card when the
    file has not changed since (the app loads the file behind the briefing: DrillApp.preview);
    else the scenario loaded and validated now, its card kept for the next start.

    Loading and checking a scenario costs more than a bare Textual app's whole start (pydantic,
    the models, the YAML with positions, validation, the engine's session); the briefing is
    read for seconds, so that work is done while it is on the screen."""
    path = find(name)
    card = cached_card(path) if path is not None else None
    if path is not None and card is not None and card.briefing is not None:
        return Preview(path, card.briefing)
    loaded = load_scenario(name)
    if path is not None:
        remember(path, loaded)
    return loaded


def latest_unfinished() -> Path | None:
    """The newest journal without an end record."""
    from drill.runlog import JournalError, read_journal

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
    from drill.runlog import JournalError, read_journal

    try:
        return read_journal(path)
    except JournalError as exc:
        raise StartError(f"drill: {exc}") from None


def scenario_of(journal: Journal, override: str | None = None):
    """The scenario a journal was recorded on (drill.library.scenario_of)."""
    try:
        return library_scenario_of(journal.header, override)
    except LibraryError as exc:
        raise StartError(*exc.lines("drill")) from None


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
