"""The debrief report: rendered from the run record alone.

`build_record` turns a finished session and its scorecard into the versioned run record;
`render` turns the record into HTML, Markdown, JSON or xAPI; `write_report` does both and
writes the file (the TUI calls it at the end of a run, `drill report` from a journal).

The names are imported when first asked for (PEP 562), not with the package: `drill cohort`
imports drill.report.cohort, which needs none of them, and importing the run record's
modules (the reply checker, the scenario model) cost it about a fifth of a second.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drill.report.record import RECORD_VERSION, build_record
    from drill.report.render import EXTENSIONS, FORMATS, render, write_report

_WHERE = {"RECORD_VERSION": "record", "build_record": "record", "EXTENSIONS": "render", "FORMATS": "render", "render": "render", "write_report": "render"}
__all__ = ["EXTENSIONS", "FORMATS", "RECORD_VERSION", "build_record", "render", "write_report"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"drill.report.{_WHERE[name]}"), name)
