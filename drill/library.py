"""Where scenarios are found: the bundled library, the user's own folder, DRILL_SCENARIOS.

The picker, `drill play NAME`, `drill report`, resume and the tests all look here, so "a
bundled scenario" and "the scenario this journal was played on" mean the same thing
everywhere: `load_named` and `scenario_of` are the one way to get either.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drill.paths import user_dir
from drill.scenario.briefing import Briefing, json_list, json_str, json_text

_PACKAGE = Path(__file__).resolve().parent
BUNDLED = _PACKAGE / "_library" if (_PACKAGE / "_library").is_dir() else _PACKAGE.parent / "scenarios"
"""The bundled library: inside the package when installed from a wheel (setup.py copies it
there), else `scenarios/` of the source tree (an editable install, a checkout)."""


def search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("DRILL_SCENARIOS", "").split(os.pathsep) if p]
    return [*extra, BUNDLED, user_dir() / "scenarios"]


@dataclass(frozen=True)
class Entry:
    """What the picker shows of one scenario file: its card, or why it does not load; and the
    scenario's briefing, which `drill play NAME` shows before the file is loaded (drill.tui.startup)."""

    path: Path
    title: str | dict[str, str] = ""
    summary: str | dict[str, str] = ""
    length: float = 0.0
    difficulty: str = ""
    languages: tuple[str, ...] = ()
    error: str | None = None
    briefing: Briefing | None = None

    @classmethod
    def of(cls, path: Path, loaded) -> Entry:
        s = loaded.scenario
        return cls(path, s.title, s.summary, float(s.clock.length), s.difficulty, tuple(s.languages), briefing=Briefing.of(s))

    def to_json(self) -> dict:
        return {"title": self.title, "summary": self.summary, "length": self.length, "difficulty": self.difficulty,
                "languages": list(self.languages), "error": self.error,
                "briefing": None if self.briefing is None else self.briefing.to_json()}

    @classmethod
    def from_json(cls, path: Path, data: Any) -> Entry:
        """The card `to_json` wrote; ValueError for anything else (a cache damaged by hand)."""
        if not isinstance(data, dict) or set(data) != {"title", "summary", "length", "difficulty", "languages", "error", "briefing"}:
            raise ValueError("not a card")
        length = data["length"]
        if isinstance(length, bool) or not isinstance(length, (int, float)):
            raise ValueError(f"not a length: {length!r}")
        return cls(path, json_text(data["title"]), json_text(data["summary"]), float(length), json_str(data["difficulty"]),
                   tuple(json_str(lang) for lang in json_list(data["languages"])), json_str(data["error"], optional=True),
                   None if data["briefing"] is None else Briefing.from_json(data["briefing"]))


def scenario_paths() -> list[Path]:
    """Every scenario on the search path: its *.yaml / *.yml files and its drill folders."""
    from drill.scenario.files import is_folder

    seen: list[Path] = []
    for folder in search_path():
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if ((path.suffix in (".yaml", ".yml") and path.is_file()) or is_folder(path)) and path not in seen:
                    seen.append(path)
    return seen


def find(name_or_path: str) -> Path | None:
    """A path as given (a file or a drill folder), or a library scenario by id or file stem."""
    from drill.scenario.files import is_folder

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


CACHE_VERSION = 2
"""Part of every card's stamp: a new shape of card (2: with the briefing) makes every cached one again."""


def entries() -> list[Entry]:
    """Every scenario on the search path, as a card or with its first error.

    Loading and checking every file costs tens of milliseconds each, before the picker can
    draw; the cards are kept in the user's cache (by path, size and modification time), so
    only new or changed files are loaded."""
    cached = _read_cache()
    found, fresh = [], {}
    for path in scenario_paths():
        stamp = _stamp(path)
        entry = _cached(cached, path, stamp) or _card(path)
        fresh[_key(path)] = {"stamp": stamp, "entry": entry.to_json()}
        found.append(entry)
    if fresh != cached:
        _write_cache(fresh)
    return found


def cached_card(path: Path) -> Entry | None:
    """One scenario's card from the cache if the file has not changed since, loading nothing."""
    try:
        return _cached(_read_cache(), path, _stamp(path))
    except OSError:
        return None


def remember(path: Path, loaded) -> None:
    """Keep the card of a scenario just loaded, so that its next start finds it (`cached_card`)."""
    try:
        stamp = _stamp(path)
    except OSError:
        return
    cached = _read_cache()
    cached[_key(path)] = {"stamp": stamp, "entry": Entry.of(path, loaded).to_json()}
    _write_cache(cached)


def _cache_file() -> Path:
    return user_dir() / "cache" / "library.json"


def _read_cache() -> dict:
    try:
        cached = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested past the parser's depth
        return {}
    return cached if isinstance(cached, dict) else {}


def _write_cache(cards: dict) -> None:
    """Written aside, then renamed over the cache: a start reading it meanwhile (the picker,
    another `drill play`) sees the old cache or the new, never half of one."""
    cache = _cache_file()
    aside = cache.with_name(f"{cache.name}.{os.getpid()}")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        aside.write_text(json.dumps(cards, ensure_ascii=False), encoding="utf-8")
        os.replace(aside, cache)
    except OSError:  # a read-only home only costs the next start its speed
        with suppress(OSError):
            aside.unlink(missing_ok=True)


def _key(path: Path) -> str:
    return str(path.resolve())


def _cached(cached: dict, path: Path, stamp: list) -> Entry | None:
    """The card cached for a file as it is now; None when there is none, the file changed
    since (its stamp), or the cache holds no card there (damaged)."""
    hit = cached.get(_key(path))
    if not isinstance(hit, dict) or hit.get("stamp") != stamp:
        return None
    try:
        return Entry.from_json(path, hit.get("entry"))
    except ValueError:
        return None


def _stamp(path: Path) -> list:
    """Size and modification time of a scenario file, or of every file of a drill folder, and
    the versions of drill and of the card: what a cached card must match to be used."""
    from drill import __version__
    from drill.scenario.files import parts

    infos = [p.stat() for p in (parts(path) if path.is_dir() else [path])]
    return [sum(i.st_size for i in infos), max(i.st_mtime_ns for i in infos), len(infos), __version__, CACHE_VERSION]


def _card(path: Path) -> Entry:
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    try:
        return Entry.of(path, load(path))
    except ScenarioError as exc:
        return Entry(path, error=str(exc.diagnostics[0]))
