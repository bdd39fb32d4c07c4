"""`drill report RUNLOG`: from a run journal to a debrief file, with one-line errors.

The journal holds only the scenario id, the seed and the inputs, so the report replays the
run against the scenario (found in the library, or given with --scenario) and scores it
again; a digest in the header guards against a scenario edited since the run. xAPI
statements also read the journal's wall-clock stamps (when each decision was made, how long
the run was played), which the run record does not carry. Every
failure a user can cause becomes a ReportError with a one-line message, never a traceback.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError

from drill.library import LibraryError, scenario_of
from drill.report.render import EXTENSIONS, FORMATS, render, write_text


class ReportError(Exception):
    """A report that cannot be made, with the reason in one line."""


def template_failure(exc: BaseException) -> str:
    """One line for an error raised while rendering with a trainer's templates: where (the
    template file and line, when known) and what. Their templates are their code: a typo, a
    division by zero or an endless include is reported like a scenario error, not a traceback."""
    where = None
    if isinstance(exc, TemplateSyntaxError) and exc.filename:
        where = f"{exc.filename}:{exc.lineno}"
    else:
        for frame, line in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):  # Jinja rewrites frames to the template's own lines
                where = f"{frame.f_code.co_filename}:{line}"
    if isinstance(exc, RecursionError):
        what = "a template includes or extends itself"
    else:
        what = (exc.message if isinstance(exc, TemplateError) else None) or f"{type(exc).__name__}: {exc}"
    return f"template error{f' in {where}' if where else ''}: {' '.join(str(what).split())}"


def output_path(output: str | None, name: str, fmt: str) -> Path:
    """-o FILE, -o FOLDER/ (or an existing folder), or reports/NAME.EXT by default."""
    filename = f"{name}{EXTENSIONS[fmt]}"
    if output is None:
        return Path("reports") / filename
    path = Path(output)
    if output.endswith(("/", "\\")) or path.is_dir():
        return path / filename
    return path


def xapi_actor(actor: str | None, account: str | None, fmt: str) -> dict | None:
    """--actor mailto:… or --account HOMEPAGE:NAME as the statements' identifier, checked
    before anything is replayed; None when neither is given."""
    from drill.report.xapi import account as account_of
    from drill.report.xapi import mbox

    if actor is None and account is None:
        return None
    if fmt != "xapi":
        raise ReportError("--actor and --account name the trainee in xAPI statements: use them with -f xapi")
    if actor is not None and account is not None:
        raise ReportError("give --actor or --account, not both: an xAPI actor has one identifier")
    try:
        return mbox(actor) if actor is not None else account_of(str(account))
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def report_from_journal(
    runlog: str, fmt: str = "html", output: str | None = None, templates: str | None = None,
    lang: str | None = None, scenario_path: str | None = None, actor: str | None = None,
    account: str | None = None, exported: datetime | None = None, compare: str | None = None,
) -> Path:
    """Replay, score and render one journal; returns the file written. xAPI statements take
    their times from the journal's wall-clock stamps, none after `exported` (default: now).
    A fork is compared with its parent run (`compare`, else the journal it names if that is
    still there)."""
    from drill.report.record import build_record
    from drill.report.xapi import RealTime, statements_text
    from drill.scoring.scorecard import score

    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    ifi = xapi_actor(actor, account, fmt)
    journal, loaded, session = _replayed(runlog, scenario_path)
    parent = compared_with(session, compare, scenario_path)
    record = build_record(session, score(session), lang, journal=str(runlog), digest=loaded.digest, parent=parent)
    try:
        if fmt == "xapi":
            text = statements_text(record, ifi=ifi, times=RealTime.of(journal.header, journal.records), exported=exported)
        else:
            text = render(record, fmt, templates)
    except TemplateError as exc:
        raise ReportError(template_failure(exc)) from None
    except Exception as exc:  # only a trainer's own template can fail like this
        if templates is None:
            raise
        raise ReportError(template_failure(exc)) from None
    target = output_path(output, record["run"]["name"], fmt)
    for precious in (runlog, scenario_path or loaded.path):
        if _same_file(target, precious):
            raise ReportError(f"{target} is the run's own {'journal' if precious == runlog else 'scenario'}: write the report elsewhere (-o)")
    try:
        return write_text(text, target)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename and Path(exc.filename).name != target.name else ""
        raise ReportError(f"cannot write {target}: {where}{exc.strerror or exc} (choose another place with -o)") from None


def compared_with(session, compare: str | None = None, scenario_path: str | None = None):
    """The run a report compares this one with, replayed and scored: `compare` as given, else
    for a fork its parent while the parent's journal is still there; None for neither. A run
    of another drill or seed cannot be compared (ReportError)."""
    from drill.scoring.scorecard import score

    named = session.log.header.get("fork_of")
    if compare is None and not (isinstance(named, str) and Path(named).is_file()):
        return None
    other = compare or str(named)
    p_journal, _, p_session = _replayed(other, scenario_path)
    if p_journal.header.get("scenario") != session.scenario.id or p_session.seed != session.seed:
        raise ReportError(f"{other} is not a run of the same drill on the same seed: nothing to compare")
    return p_session, score(p_session), Path(other).stem


def _replayed(runlog: str, scenario_path: str | None):
    """(journal, loaded scenario, replayed session) of one run, or a one-line ReportError."""
    from drill.runlog import JournalError, read_journal, replay

    try:
        journal = read_journal(runlog)
    except JournalError as exc:
        raise ReportError(str(exc)) from None
    try:
        loaded = scenario_of(journal.header, scenario_path)
    except LibraryError as exc:
        raise ReportError(f"the scenario does not load: {exc.diagnostics[0]}" if exc.diagnostics else str(exc)) from None
    try:
        return journal, loaded, replay(loaded.scenario, journal)
    except (KeyError, TypeError, ValueError) as exc:
        raise ReportError(f"{runlog}: a record in the journal cannot be replayed ({exc})") from None


def _same_file(a: str | Path, b: str | Path | None) -> bool:
    """Whether writing to `a` would replace `b`: one file through hard links, or one name once
    `..` and linked folders are resolved ('x/../run.jsonl' is the journal even with no 'x')."""
    if b is None:
        return False
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:
        pass
    a, b = Path(a), Path(b)
    return a.parent.resolve() / a.name in (b.parent.resolve() / b.name, b.resolve())
