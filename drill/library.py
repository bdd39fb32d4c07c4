"""Where scenarios are found: the bundled library, the user's own folder, DRILL_SCENARIOS.

The picker, `drill play NAME`, `drill report`, resume and the tests all look here, so "a
bundled scenario" and "the scenario this journal was played on" mean the same thing
everywhere: `load_named` and `scenario_of` are the one way to get either.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from drill.paths import user_dir

_PACKAGE = Path(__file__).resolve().parent
BUNDLED = _PACKAGE / "_library" if (_PACKAGE / "_library").is_dir() else _PACKAGE.parent / "scenarios"
"""The bundled library: inside the package when installed from a wheel (setup.py copies it
there), else `scenarios/` of the source tree (an editable install, a checkout)."""


def search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("DRILL_SCENARIOS", "").split(os.pathsep) if p]
    return [*extra, BUNDLED, user_dir() / "scenarios"]


@dataclass(frozen=True)
class Entry:
    """What the picker shows of one scenario file: its card, or why it does not load."""

    path: Path
    title: str | dict[str, str] = ""
    summary: str | dict[str, str] = ""
    length: float = 0.0
    difficulty: str = ""
    languages: tuple[str, ...] = ()
    error: str | None = None

    @classmethod
    def of(cls, path: Path, loaded) -> Entry:
        s = loaded.scenario
        return cls(path, s.title, s.summary, float(s.clock.length), s.difficulty, tuple(s.languages))


def scenario_paths() -> list[Path]:
    """Every scenario on the search path: its *.yaml / *.yml files and its drill folders."""
    from drill.scenario.folder import is_folder

    seen: list[Path] = []
    for folder in search_path():
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if ((path.suffix in (".yaml", ".yml") and path.is_file()) or is_folder(path)) and path not in seen:
                    seen.append(path)
    return seen


def find(name_or_path: str) -> Path | None:
    """A path as given (a file or a drill folder), or a library scenario by id or file stem."""
    from drill.scenario.folder import is_folder

    direct = Path(name_or_path)
    if direct.is_file() or is_folder(direct):
        return direct
    stem = direct.stem if direct.suffix in (".yaml", ".yml") else name_or_path
    return next((p for p in scenario_paths() if p.stem == stem), None)


class LibraryError(Exception):
    """A scenario that cannot be had: why, in one line, or the file's own diagnostics (each
    naming its file, line and column)."""

    def __init__(self, message: str = "", diagnostics: list | None = None) -> None:
        self.diagnostics = list(diagnostics or [])
        super().__init__(message or (str(self.diagnostics[0]) if self.diagnostics else ""))

    def lines(self, prefix: str) -> list[str]:
        """What to print: each diagnostic as it is, or the message after the command's name."""
        return [str(d) for d in self.diagnostics] or [f"{prefix}: {self}"]


def load_named(name: str):
    """A scenario by path or library id, loaded and validated (a `Loaded`)."""
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    path = find(name)
    if path is None:
        raise LibraryError(f"no scenario file or library scenario named {name!r} (see `drill play` for the library)")
    try:
        return load(path)
    except ScenarioError as exc:
        raise LibraryError(diagnostics=exc.diagnostics) from None


def scenario_of(header: dict, override: str | None = None):
    """The scenario a journal (by its header) was played on: the file given (--scenario), else
    the file it was played from, else the library's by id; checked against the journal's
    scenario id and digest, so a run is never replayed on an edited drill."""
    wanted = header.get("scenario")
    if not isinstance(wanted, str) or not wanted:
        raise LibraryError("the journal header names no scenario")
    recorded = header.get("scenario_path")
    names = [override] if override else [n for n in (recorded,) if isinstance(n, str) and Path(n).exists()] + [wanted]
    for name in names:
        try:
            loaded = load_named(name)
            break
        except LibraryError:
            if override:
                raise
    else:
        raise LibraryError(f"unknown scenario {wanted!r}: not in the library; give the file with --scenario PATH")
    if loaded.scenario.id != wanted:
        raise LibraryError(f"{name} is scenario {loaded.scenario.id!r}, but the run was of {wanted!r}")
    digest = header.get("scenario_digest") or header.get("digest")
    if digest and not loaded.recorded_on(digest):
        raise LibraryError(f"{name} has changed since the run was recorded: give the original with --scenario PATH")
    return loaded


CACHE_VERSION = 1


def entries() -> list[Entry]:
    """Every scenario on the search path, as a card or with its first error.

    Loading and checking every file costs tens of milliseconds each, before the picker can
    draw; the cards are kept in the user's cache (by path, size and modification time), so
    only new or changed files are loaded."""
    from dataclasses import asdict

    from drill import __version__

    cache_file = user_dir() / "cache" / "library.json"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = {}
    found, fresh = [], {}
    for path in scenario_paths():
        stamp, hit = [*_stamp(path), __version__, CACHE_VERSION], cached.get(str(path)) if isinstance(cached, dict) else None
        if isinstance(hit, dict) and hit.get("stamp") == stamp:
            entry = Entry(path, **{**hit["entry"], "languages": tuple(hit["entry"]["languages"])})
        else:
            entry = _card(path)
        fresh[str(path)] = {"stamp": stamp, "entry": {k: v for k, v in asdict(entry).items() if k != "path"}}
        found.append(entry)
    if fresh != cached:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            cache_file.write_text(json.dumps(fresh, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # a read-only home only costs the next start its speed
    return found


def _stamp(path: Path) -> list[int]:
    """Size and modification time of a scenario file, or of every file of a drill folder."""
    from drill.scenario.folder import parts

    infos = [p.stat() for p in (parts(path) if path.is_dir() else [path])]
    return [sum(i.st_size for i in infos), max(i.st_mtime_ns for i in infos), len(infos)]


def _card(path: Path) -> Entry:
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    try:
        return Entry.of(path, load(path))
    except ScenarioError as exc:
        return Entry(path, error=str(exc.diagnostics[0]))
