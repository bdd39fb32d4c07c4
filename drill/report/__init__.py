"""The debrief report: rendered from the run record alone.

`build_record` turns a finished session and its scorecard into the versioned run record;
`render` turns the record into HTML, Markdown, JSON or xAPI; `write_report` does both and
writes the file (the TUI calls it at the end of a run, `drill report` from a journal).

`build_record` is imported when first asked for (PEP 562), not with the package: `drill
cohort` renders through drill.report.render but builds no run record, and the run record's
modules (the reply checker, the comparison of runs) cost it about a fifth of a second. The
rendering names are imported at once: `render` is also the name of their module, which the
import system would otherwise leave in its place once anything has imported it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from drill.report.render import EXTENSIONS, FORMATS, render, write_report

if TYPE_CHECKING:
    from drill.report.record import RECORD_VERSION, build_record

__all__ = ["EXTENSIONS", "FORMATS", "RECORD_VERSION", "build_record", "render", "write_report"]


def __getattr__(name: str) -> Any:
    if name in ("RECORD_VERSION", "build_record"):
        from drill.report import record

        return getattr(record, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
