"""The lock and what pip installs from it agree, and the lock is not stale.

uv.lock is the lock (the README's test command and .ci/run install it with `uv sync --locked`);
constraints.txt is its export for pip (the README's first command installs with `-c constraints.txt`). Both are regenerated together, as the export's own header
says. These tests fail when one was changed without the other, or when pyproject.toml's
ranges moved and the lock was not regenerated, which `uv lock --check` would catch where uv
is installed; they need only the standard library and `packaging`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent


def _lock() -> dict:
    return tomllib.loads((REPO / "uv.lock").read_text(encoding="utf-8"))


def _constraints() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", f"constraints.txt pins exactly: {line}"
            pins[canonicalize_name(requirement.name)] = spec.version
    return pins


def test_constraints_pin_exactly_what_the_lock_holds():
    locked = {canonicalize_name(p["name"]): p["version"] for p in _lock()["package"] if p["name"] != "drill"}
    assert _constraints() == locked


def test_the_lock_was_made_from_the_ranges_in_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {(canonicalize_name(r.name), str(r.specifier), "") for r in map(Requirement, project["dependencies"])}
    for extra, requirements in project["optional-dependencies"].items():
        wanted |= {(canonicalize_name(r.name), str(r.specifier), extra) for r in map(Requirement, requirements)}
    (own,) = (p for p in _lock()["package"] if p["name"] == "drill")
    locked = {
        (canonicalize_name(d["name"]), str(Requirement(f"x{d.get('specifier', '')}").specifier), d.get("marker", "").removeprefix("extra == ").strip("'"))
        for d in own["metadata"]["requires-dist"]
    }
    assert locked == wanted, "pyproject.toml changed since uv.lock was made: run `uv lock` and export constraints.txt again"
