"""`drill new`: a commented starter scenario that validates and lints clean."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from drill.scenario.schema import SCHEMA_ID, schema_text

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def starter_text(name: str) -> str:
    template = files("drill.scenario").joinpath("templates/starter.yaml").read_text(encoding="utf-8")
    title = name.replace("-", " ").replace("_", " ").capitalize()
    return template.replace("__ID__", name).replace("__TITLE__", title)


def write_starter(name: str, directory: Path, force: bool = False) -> list[Path]:
    """Write NAME.yaml (and the schema beside it if missing); returns the files written. NAME
    may be given as the file's name ('late-delivery.yaml'); a folder goes in `directory`."""
    given = name
    for suffix in (".yaml", ".yml"):
        name = name.removesuffix(suffix)
    if not _NAME.match(name):
        hint = "; give the folder with -d (drill new late-delivery -d my-drills)" if "/" in given or "\\" in given else ""
        raise ValueError(f"{given!r} is not a valid name: use a-z, 0-9, '-' and '_', starting with a letter or digit{hint}")
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{name}.yaml"
    if target.exists() and not force:
        raise FileExistsError(f"{target} exists: choose another name or pass --force")
    target.write_text(starter_text(name), encoding="utf-8")
    written = [target]
    schema = directory / SCHEMA_ID
    if not schema.exists():
        schema.write_text(schema_text(), encoding="utf-8")
        written.append(schema)
    return written
