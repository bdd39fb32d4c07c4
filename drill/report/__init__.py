"""The debrief report: rendered from the run record alone.

`build_record` turns a finished session and its scorecard into the versioned run record;
`render` turns the record into HTML, Markdown, JSON or xAPI; `write_report` does both and
writes the file (the TUI calls it at the end of a run, `drill report` from a journal).
"""

from drill.report.record import RECORD_VERSION, build_record
from drill.report.render import EXTENSIONS, FORMATS, render, write_report

__all__ = ["EXTENSIONS", "FORMATS", "RECORD_VERSION", "build_record", "render", "write_report"]
