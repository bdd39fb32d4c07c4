"""Paths the authoring tests share (a module of its own: `conftest` is another file's name in tests/report)."""

from __future__ import annotations

from pathlib import Path

from drill.library import BUNDLED

DATA = Path(__file__).resolve().parents[1] / "data" / "authoring"
LIBRARY = sorted(p.stem for p in BUNDLED.glob("*.yaml"))
