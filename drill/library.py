"""Where scenarios are found: the bundled library, the user's own folder, DRILL_SCENARIOS.

The picker, `drill play NAME` and the tests all look here, so "a bundled scenario" means
the same thing everywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from drill.paths import user_dir

BUNDLED = Path(__file__).resolve().parent.parent / "scenarios"


def search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("DRILL_SCENARIOS", "").split(os.pathsep) if p]
    return [*extra, BUNDLED, user_dir() / "scenarios"]


@dataclass(frozen=True)
class Entry:
    path: Path
    loaded: object | None
    error: str | None


def scenario_paths() -> list[Path]:
    seen: list[Path] = []
    for folder in search_path():
        if folder.is_dir():
            for path in sorted(folder.glob("*.y*ml")):
                if path.suffix in (".yaml", ".yml") and path not in seen:
                    seen.append(path)
    return seen


def find(name_or_path: str) -> Path | None:
    """A path as given, or a library scenario by id or file stem."""
    direct = Path(name_or_path)
    if direct.is_file():
        return direct
    stem = direct.stem if direct.suffix in (".yaml", ".yml") else name_or_path
    return next((p for p in scenario_paths() if p.stem == stem), None)


def entries() -> list[Entry]:
    """Every scenario on the search path, loaded, or with its first error."""
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    found = []
    for path in scenario_paths():
        try:
            found.append(Entry(path, load(path), None))
        except ScenarioError as exc:
            found.append(Entry(path, None, str(exc.diagnostics[0])))
    return found
