"""Which files a scenario is: one YAML file, or a drill folder (`drill.yaml` plus `injects/*.yaml`).

Apart from drill.scenario.folder, which loads and converts folders, because finding scenarios
and stamping their files must not import the loader: the library, `drill play NAME` and the
picker look for files before the first frame, and the loader brings pydantic and the models
(tens of milliseconds) that a cached briefing or card does not need.
"""

from __future__ import annotations

from pathlib import Path

DRILL_FILE = "drill.yaml"
INJECTS_DIR = "injects"


def is_folder(path: Path) -> bool:
    """A folder holding a drill (its drill.yaml)."""
    return path.is_dir() and (path / DRILL_FILE).is_file()


def parts(folder: Path) -> list[Path]:
    """Every file of a drill folder, drill.yaml first, then its inject files in load order."""
    injects = folder / INJECTS_DIR
    found = sorted(p for p in injects.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()) if injects.is_dir() else []
    return [folder / DRILL_FILE, *found]
