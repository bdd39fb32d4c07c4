"""The debrief report: rendered from the run record alone.

`build_record` turns a finished session and its scorecard into the versioned run record;
`render` turns the record into HTML, Markdown, JSON or xAPI; `write_report` does both and
writes the file (the TUI calls it at the end of a run, `drill report` from a journal).

Its names are loaded on first use: the TUI imports `drill.report.explain` at start-up, and
the renderers (Jinja, the record model) must not cost the first frame.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drill.report.record import RECORD_VERSION, build_record
    from drill.report.render import EXTENSIONS, FORMATS, render, write_report

__all__ = ["EXTENSIONS", "FORMATS", "RECORD_VERSION", "build_record", "render", "write_report"]
_HOME = {"RECORD_VERSION": "record", "build_record": "record", "EXTENSIONS": "render", "FORMATS": "render", "render": "render",
         "write_report": "render"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(f"drill.report.{_HOME[name]}"), name)
    raise AttributeError(f"module 'drill.report' has no attribute {name!r}")
