"""Rendering the run record: the sandboxed Jinja environments, the formats, and write_report.

Scenario texts, trainee names and notes are untrusted: they are only ever passed to
templates as data, never compiled as templates, and every environment is a
SandboxedEnvironment. HTML autoescapes; Markdown escapes its own metacharacters through a
finalizer, so neither `<script>` nor `{{ 7*7 }}` in a scenario can become markup or code.
Both finalizers also turn control characters into visible pictures (`printable`): a trainee's
name or note with an ESC sequence must not reach a terminal that shows the file.
A trainer may restyle the report with `--templates DIR`: files there override the bundled
templates of the same name, and are read from that folder only. The bundled Markdown is laid
out afterwards to markdownlint's defaults (drill.report.mdlayout); a trainer's own Markdown
template is kept as written.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from datetime import datetime
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from jinja2 import BaseLoader, ChoiceLoader, PackageLoader, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from drill.i18n import t as translate
from drill.report.explain import item_ref, signed
from drill.report.gcpause import gc_paused
from drill.report.mdlayout import layout
from drill.report.runrecord import ActionLine, RunRecord
from drill.report.timeline import geometry, rows
from drill.report.xapi import statements
from drill.scenario.types import format_duration, printable

if TYPE_CHECKING:
    from drill.engine.session import Session
    from drill.scoring.scorecard import Scorecard

FORMATS = ("html", "md", "json", "xapi")
EXTENSIONS = {"html": ".html", "md": ".md", "json": ".json", "xapi": ".xapi.json"}
TEMPLATES = {"html": "report.html.j2", "md": "report.md.j2"}


class FolderLoader(BaseLoader):
    """Templates from one folder only: names with '..', absolute paths, backslashes or links
    leading outside the folder are refused (SecurityError), missing names fall through."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder).resolve()

    def get_source(self, environment: Any, template: str):
        pure = PurePosixPath(template)
        if (
            not template or "\\" in template or "\x00" in template or pure.is_absolute()
            or ".." in pure.parts or re.match(r"^[A-Za-z]:", template)
        ):
            raise SecurityError(f"template name {template!r} refused: use a plain name inside the templates folder")
        path = (self.folder / pure).resolve()
        if not path.is_relative_to(self.folder):
            raise SecurityError(f"template {template!r} leads outside the templates folder")
        if not path.is_file():
            raise TemplateNotFound(template)
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # a template, not a traceback: name the file
            raise TemplateError(f"{path}: not UTF-8 text: save the template as UTF-8") from None
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#~@"})
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(://)|\b(www)\.", re.IGNORECASE)
"""What GFM would turn into a link by itself (https://…, www.…; '@' is escaped above)."""


def md_escape(value: Any) -> str:
    """Markdown text: metacharacters backslash-escaped, so data never becomes markup (nor a
    bare link: 'https\\://', 'www\\.' and '\\@' read the same and link nowhere)."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = printable(str(value)).translate(_MD_ESCAPES)
    return _AUTOLINK.sub(lambda m: "\\://" if m.group(1) else m.group(2) + "\\.", text)


def html_text(value: Any) -> Any:
    """The HTML finalizer: control characters made visible; autoescaping follows."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def md_cell(value: Any) -> Markup:
    """Escaped text on one line, for a Markdown table cell."""
    return Markup(" ".join(md_escape(value).split()) or " ")


def md_marked(segments: list[dict[str, Any]]) -> Markup:
    """A written reply on one line with each marked span in bold and its finding numbers in
    brackets after it ('**AB1234** [1]'); the spaces around a span stay outside the bold."""
    out = []
    for seg in segments:
        text = re.sub(r"\s+", " ", str(md_escape(seg["text"])))
        core = text.strip()
        if seg["marks"] and core:
            text = text.replace(core, f"**{core}** [{','.join(map(str, seg['marks']))}]", 1)
        out.append(text)
    return Markup("".join(out).strip() or " ")


def md_code(value: Any) -> Markup:
    """An id or command as a code span (backticks removed from the value)."""
    text = str(value or "").replace("`", "'")
    return Markup(f"`{text}`") if text else Markup("")


def offset(seconds: Any) -> Markup:
    """A sim time as a duration: 12m30s (Markup: digits and letters need no escaping)."""
    return Markup(_duration(seconds))


def _duration(seconds: Any) -> str:
    return format_duration(seconds) if isinstance(seconds, (int, float)) else "—"


@lru_cache(maxsize=8)
def _second_of_day(iso: str) -> int:
    start = datetime.fromisoformat(iso)
    return start.hour * 3600 + start.minute * 60 + start.second


def clock(seconds: Any, starts: str) -> Markup:
    """The scenario's clock at a sim time: 06:12:30, to the nearest second as durations are
    (arithmetic, not strftime: the action log calls it per row)."""
    return Markup(_hms(seconds, starts))


def _hms(seconds: Any, starts: str) -> str:
    if not isinstance(seconds, (int, float)):
        return "—"
    minutes, secs = divmod((_second_of_day(starts) + round(seconds)) % 86400, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


_SPECIAL = re.compile("[&<>\"']")
"""What HTML escaping replaces: text without it is its own markup."""


def _html(text: str) -> str:
    """Plain text as `{{ text }}` shows it in HTML (the finalizer, then escaping), without
    building a Markup where neither changes anything, as in most of the action log."""
    shown = printable(text)
    return shown if _SPECIAL.search(shown) is None else escape(shown)


class _Escaped(dict):
    """Plain text → its HTML (`_html`), worked out once per distinct text."""

    def __missing__(self, text: str) -> str:
        self[text] = html = _html(text)
        return html


def action_rows(actions: list[ActionLine], starts: str, roles: Any, lang: str) -> Markup:
    """The appendix's action log as table rows (`roles`: with the column of who acted).

    The one table that grows with the run: a busy shift has 10,000 rows, and as a template
    loop each of their cells cost a sandboxed lookup, a finalizer call and an escape, two
    thirds of the whole debrief's time. Built here in one loop, each cell still goes through
    the HTML finalizer and escaping as `{{ value }}` would (`_html`), once per distinct text
    (the two time cells once per moment), so the markup is byte for byte what the loop gave.
    """
    escaped = _Escaped()
    times: dict[float, str] = {}

    def cell(value: Any) -> str:  # a cell that is not text: a hand-edited journal may hold anything
        return escape(html_text(value))

    out = []
    for a in actions:
        ok, n, item, choice, note, who = a["ok"], a["n"], a["item"], a["option"] or a["level"] or "", a["note"], a["who"]
        if not ok:
            outcome = escaped[translate("report.refused", lang, reason=a["reason"])]
        elif a["critical"]:
            outcome = f'<span class="critical">{escaped[", ".join(map(str, a["critical"]))]}</span>'
        else:
            outcome = "✓"
        at = a["t"]
        when = times.get(at)
        if when is None:
            when = times[at] = f"<td>{_hms(at, starts)}</td><td>{_duration(at)}</td>"
        out.append(
            f'{"<tr>" if ok else _REFUSED}<td class="num">{n if type(n) is int else cell(n)}</td>{when}'
            f'<td>{escaped[a["verb_name"]]}</td><td>{_html(item_ref(item, lang)) if type(item) is str else ""}</td>'
            f'<td>{escaped[choice] if type(choice) is str else cell(choice)}</td><td>{outcome}</td>'
            f'{"" if not roles else f"<td>{escaped[who] if type(who) is str else cell(who)}</td>"}'
            f'<td>{escaped[note] if type(note) is str else cell(note)}</td></tr>'
        )
    return Markup("\n".join(out))


_REFUSED = '<tr class="refused">'


def took(end: Any, start: Any) -> Markup:
    """How long from start to end, as the two clocks shown for them differ: both are rounded
    to the second first, so 08:31:00 → 08:38:25 is always 7m25s."""
    if not isinstance(end, (int, float)) or not isinstance(start, (int, float)):
        return Markup("—")
    return Markup(format_duration(round(end) - round(start)))


def num(value: Any, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _RecordEnvironment(SandboxedEnvironment):
    """The sandbox, reading `row.name` on a dict straight as its key. The run record is plain
    dicts, and Jinja tries an attribute first and reads the key only when that fails: an
    exception per cell, a quarter of the HTML debrief's time. The result is the same: a name
    that is also a dict attribute (`cells.get`, `d.items`) still goes the attribute's way."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj and attribute not in _DICT_ATTRIBUTES:
            return obj[attribute]
        return super().getattr(obj, attribute)


@lru_cache(maxsize=16)
def environment(kind: str, templates: str | None = None) -> SandboxedEnvironment:
    """The sandboxed environment for 'html' or 'md', with an optional override folder."""
    package = PackageLoader("drill.report", "templates")
    loader = ChoiceLoader([FolderLoader(templates), package]) if templates else package
    options: dict[str, Any] = (
        {"autoescape": True, "finalize": html_text} if kind == "html" else {"autoescape": False, "finalize": md_escape}
    )
    env = _RecordEnvironment(
        loader=loader, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, auto_reload=bool(templates), **options,
    )
    env.filters.update(offset=offset, clock=clock, took=took, num=num, cell=md_cell, code=md_code, marked=md_marked, signed=signed)
    return env


def render(record: RunRecord, fmt: str, templates: str | Path | None = None) -> str:
    """One format of the debrief from the run record."""
    with gc_paused():
        return _render(record, fmt, templates)


def _render(record: RunRecord, fmt: str, templates: str | Path | None) -> str:
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    if fmt == "xapi":
        return json.dumps(statements(record), ensure_ascii=False, indent=1) + "\n"
    if fmt not in TEMPLATES:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    env = environment(fmt, str(Path(templates).resolve()) if templates else None)
    lang = record["lang"]

    def t(key: str, **params: Any) -> str:
        return translate(key, lang, **params)

    def item(item_id: Any) -> str:
        return item_ref(item_id, lang) if isinstance(item_id, str) else ""

    extra: dict[str, Any] = (
        {"geo": geometry(record), "action_rows": partial(action_rows, lang=lang)} if fmt == "html" else {"timeline_rows": rows}
    )
    compare = record.get("compare") if fmt == "html" else None
    if compare:
        extra["geo_parent"] = geometry(compare["timeline"])
    text = env.get_template(TEMPLATES[fmt]).render(record=record, t=t, item=item, **extra)
    own = templates is not None and (Path(templates) / TEMPLATES[fmt]).is_file()
    return layout(text) if fmt == "md" and not own else text  # a trainer's own template is kept as written


def write_text(text: str, path: str | Path) -> Path:
    """Write a report whole or not at all (temporary file, then rename).

    So that nothing but the file asked for is touched: an existing target that is not a
    regular file (`-o /dev/null`, `/dev/stdout`, a pipe) is written into, as renaming over it
    would replace a device node (as root); the folder is resolved first, so `new/../x.html`
    creates no folder `new`; and the temporary name is created fresh (O_EXCL), so a link
    planted there is never followed. A target that is a link to a file is replaced by the
    report, its old target left alone.
    """
    path = Path(path)
    try:
        kind = os.stat(path).st_mode
    except OSError:  # missing, or a file where a folder should be: mkdir below says which
        kind = None
    if kind is not None and not stat.S_ISREG(kind) and not stat.S_ISDIR(kind):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return path
    folder = path.parent.resolve()  # 'new/../x.html' makes no folder 'new'; a link as the file itself stays a name
    existing = next(p for p in (folder, *folder.parents) if os.path.lexists(p))
    if not existing.is_dir():  # mkdir would say "File exists": name the real trouble
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(existing))
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{path.name}.tmp"
    tmp.unlink(missing_ok=True)  # left by a killed run, or planted: removed, never followed
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, folder / path.name)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_report(
    session: Session, scorecard: Scorecard, fmt: str = "html", out_dir: str | Path = "reports", lang: str | None = None,
    *, templates: str | Path | None = None, journal: str | None = None, digest: str | None = None, name: str | None = None,
    parent: tuple | None = None,
) -> Path:
    """Render one format of a finished session's debrief into out_dir; returns the file written.

    The file is named after the run (the journal's name, else scenario, date, trainee and
    seed from the header). The TUI calls this at the end of a run; a fork's `parent` (its
    session, scorecard and journal name) adds the comparison.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    from drill.report.record import build_record  # the run record's modules (the reply checker…) only for a run's report, not drill cohort's

    record = build_record(session, scorecard, lang, journal=journal, digest=digest, parent=parent)
    path = Path(out_dir) / f"{name or record['run']['name']}{EXTENSIONS[fmt]}"
    return write_text(render(record, fmt, templates), path)
