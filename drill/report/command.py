"""`drill report RUNLOG`: from a run journal to a debrief file, with one-line errors.

The journal holds only the scenario id, the seed and the inputs, so the report replays the
run against the scenario (found in the library, or given with --scenario) and scores it
again; a digest in the header guards against a scenario edited since the run. Every
failure a user can cause becomes a ReportError with a one-line message, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import TemplateError

from drill.report.render import EXTENSIONS, FORMATS, render, write_text


class ReportError(Exception):
    """A report that cannot be made, with the reason in one line."""


def _scenario(header: dict, scenario_path: str | None):
    from drill.library import find
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    wanted = header.get("scenario")
    if not isinstance(wanted, str) or not wanted:
        raise ReportError("the journal header names no scenario")
    path = Path(scenario_path) if scenario_path else find(wanted)
    if path is None:
        raise ReportError(f"unknown scenario {wanted!r}: not in the library; give the file with --scenario PATH")
    try:
        loaded = load(path)
    except ScenarioError as exc:
        raise ReportError(f"scenario {path} does not load: {exc.diagnostics[0]}") from None
    if loaded.scenario.id != wanted:
        raise ReportError(f"{path} is scenario {loaded.scenario.id!r}, but the run was of {wanted!r}")
    digest = header.get("scenario_digest") or header.get("digest")
    if digest and digest != loaded.digest:
        raise ReportError(f"{path} has changed since the run (digest {loaded.digest}, journal says {digest}): give the original with --scenario PATH")
    return loaded


def output_path(output: str | None, name: str, fmt: str) -> Path:
    """-o FILE, -o FOLDER/ (or an existing folder), or reports/NAME.EXT by default."""
    filename = f"{name}{EXTENSIONS[fmt]}"
    if output is None:
        return Path("reports") / filename
    path = Path(output)
    if output.endswith(("/", "\\")) or path.is_dir():
        return path / filename
    return path


def report_from_journal(
    runlog: str, fmt: str = "html", output: str | None = None, templates: str | None = None,
    lang: str | None = None, scenario_path: str | None = None,
) -> Path:
    """Replay, score and render one journal; returns the file written."""
    from drill.report.record import build_record
    from drill.runlog import JournalError, read_journal, replay
    from drill.scoring.scorecard import score

    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    try:
        journal = read_journal(runlog)
    except JournalError as exc:
        raise ReportError(str(exc)) from None
    loaded = _scenario(journal.header, scenario_path)
    try:
        session = replay(loaded.scenario, journal)
    except (KeyError, TypeError, ValueError) as exc:
        raise ReportError(f"{runlog}: a record in the journal cannot be replayed ({exc})") from None
    record = build_record(session, score(session), lang, journal=str(runlog), digest=loaded.digest)
    try:
        text = render(record, fmt, templates)
    except TemplateError as exc:
        raise ReportError(f"template error: {exc.message or exc}") from None
    target = output_path(output, record["run"]["name"], fmt)
    try:
        return write_text(text, target)
    except OSError as exc:
        raise ReportError(f"cannot write {target}: {exc.strerror or exc}") from None
