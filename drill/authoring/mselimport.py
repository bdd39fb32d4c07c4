"""`drill msel import`: a planner's spreadsheet (.xlsx or .csv) becomes a drill skeleton.

Planners write MSELs by hand, so every cell is checked where it stands and every problem is a
scenario diagnostic (drill.scenario.diagnostics) located as FILE:ROW:COLUMN, with the codes
`drill validate` uses for the same mistakes in YAML; the skeleton is written only when the
sheet is clean, and then it loads and lints like any drill. The columns are drill.authoring.msel's.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drill.authoring.msel import DIMENSION_OF, EXPECT, FIXED, FORMULA_START, PER_LANG
from drill.scenario import model as m
from drill.scenario.diagnostics import Diagnostic, did_you_mean
from drill.scenario.types import LANGS, format_duration, parse_duration
from drill.scenario.vocabulary import Channel, Level, Route

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TIME = re.compile(r"^(?:(after|trigger)\s+(\S+)(?:\s*\+\s*(\S+))?|(\S+))$", re.IGNORECASE)
_LANG_COL = re.compile(r"^(.+?)\s*\((\w+)\)$")
CHOICES = {"Channel": typing.get_args(Channel), "Kind": typing.get_args(m.Inject.model_fields["kind"].annotation),
           "Expected route": typing.get_args(Route), "Escalation": typing.get_args(Level)}


class MselError(Exception):
    """A sheet that cannot be read at all (not a spreadsheet, no rows): one line."""


@dataclass
class Sheet:
    """The parsed sheet: the skeleton's data, or what is wrong with it, cell by cell."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def problem(self, row: int, col: int, code: str, message: str, header: str = "") -> None:
        where = f"column {_letter(col)}" + (f" ({header})" if header else "") + ": " if col else ""
        self.diagnostics.append(Diagnostic(self.name, row, max(col, 1), code, where + message))


def _letter(col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(value: Any) -> str:
    """A cell as text; a spreadsheet's time of day (a planner typed 0:12) is a duration."""
    if value is None:
        return ""
    if isinstance(value, dt.time):
        return format_duration(value.hour * 3600 + value.minute * 60 + value.second)
    if isinstance(value, dt.timedelta):
        return format_duration(value.total_seconds())
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).strip()


def _unguard(cell: str) -> str:
    """The apostrophe `drill msel export` put before a CSV cell a spreadsheet would take for a formula."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def read_table(path: Path) -> list[list[str]]:
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                return [[_unguard(_cell(c)) for c in row] for row in csv.reader(handle)]
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book["MSEL"] if "MSEL" in book.sheetnames else book.worksheets[0]
        table = [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        return table
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise MselError(f"{path}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    except Exception as exc:  # openpyxl raises zipfile, KeyError and XML errors on a damaged or foreign file
        raise MselError(f"{path}: not an .xlsx workbook openpyxl can read ({type(exc).__name__}): save it as .xlsx or .csv") from None


def parse(path: Path, drill_id: str) -> Sheet:
    """The skeleton of a drill from the sheet at `path`, or its problems."""
    sheet = Sheet(str(path))
    table = read_table(path)
    if not table or not any(table[0]):
        raise MselError(f"{path}: the sheet is empty: the first row names the columns ({', '.join(FIXED[:3])}, Text (en), …)")
    columns, langs = _columns(sheet, table[0])
    injects: list[dict[str, Any]] = []
    rows_of: dict[str, int] = {}
    for number, raw in enumerate(table[1:], start=2):
        cells = {name: (raw[i] if i < len(raw) else "", i + 1) for name, i in columns.items()}
        if any(value for value, _ in cells.values()):
            inject = _inject(sheet, number, cells, langs, rows_of)
            if inject is not None:
                injects.append(inject)
    known = set(rows_of)
    for inject in injects:
        after = inject.get("after")
        if after and after["inject"] not in known:
            row, col = inject.pop("_after_at")
            sheet.problem(row, col, "D301", f"no inject {after['inject']!r} in the sheet{did_you_mean(after['inject'], known)}", "Time")
        inject.pop("_after_at", None)
    if not sheet.diagnostics:
        sheet.data = _skeleton(drill_id, langs, injects)
    sheet.diagnostics.sort()
    return sheet


def _columns(sheet: Sheet, header: list[str]) -> tuple[dict[str, int], list[str]]:
    known = {h.lower(): h for h in FIXED + EXPECT}
    columns: dict[str, int] = {}
    langs: list[str] = []
    for i, title in enumerate(header):
        match = _LANG_COL.match(title)
        if match and match[1].lower() in (p.lower() for p in PER_LANG) and match[2].lower() in LANGS:
            name = next(p for p in PER_LANG if p.lower() == match[1].lower())
            columns[f"{name} ({match[2].lower()})"] = i
            langs += [match[2].lower()] if match[2].lower() not in langs else []
        elif title.lower() in known:
            columns[known[title.lower()]] = i
        elif title:
            choices = [*FIXED, *EXPECT, *(f"{p} ({lang})" for p in PER_LANG for lang in LANGS)]
            sheet.problem(1, i + 1, "D201", f"unknown column {title!r}{did_you_mean(title, choices)}")
    for needed in ("Inject", "Time"):
        if needed not in columns:
            sheet.problem(1, 1, "D202", f"no {needed!r} column: the first row must name it")
    if not any(f"Text ({lang})" in columns for lang in langs):
        sheet.problem(1, 1, "D202", "no text column: name one 'Text (fi)' or 'Text (en)'")
    return columns, langs


def _inject(sheet: Sheet, row: int, cells: dict[str, tuple[str, int]], langs: list[str], rows_of: dict[str, int]) -> dict | None:
    def get(name: str) -> tuple[str, int]:
        return cells.get(name, ("", 0))

    def bad(name: str, code: str, message: str) -> None:
        sheet.problem(row, get(name)[1], code, message, name)

    ident, _ = get("Inject")
    if not ident:
        bad("Inject", "D202", "the inject has no id: give each row a short id like 'angry-customer'")
        return None
    if not _ID.match(ident):
        bad("Inject", "D204", f"bad id {ident!r}: use lower-case letters, digits, '-' and '_'")
    elif ident in rows_of:
        bad("Inject", "D302", f"inject {ident!r} is already on row {rows_of[ident]}")
    else:
        rows_of[ident] = row
    inject: dict[str, Any] = {"id": ident, **_timing(get("Time"), row, bad)}
    for name, key in (("Channel", "channel"), ("Kind", "kind")):
        value = get(name)[0]
        if value and value.lower() not in CHOICES[name]:
            bad(name, "D204", f"unknown {key} {value!r}: use one of {', '.join(CHOICES[name])}{did_you_mean(value.lower(), CHOICES[name])}")
        elif value:
            inject[key] = value.lower()
    if get("From")[0]:
        inject["author"] = get("From")[0]
    text = {lang: get(f"Text ({lang})")[0] for lang in langs if get(f"Text ({lang})")[0]}
    if not text:
        sheet.problem(row, next((get(f"Text ({lang})")[1] for lang in langs), 0), "D202", "the inject has no text in any language", "Text")
    inject["text"] = text
    answer = {lang: get(f"Expected action ({lang})")[0] for lang in langs if get(f"Expected action ({lang})")[0]}
    if answer:
        inject["model_answer"] = answer
    expect = _expect(get, bad)
    if expect:
        inject["expect"] = expect
    return inject


def _timing(cell: tuple[str, int], row: int, bad: Any) -> dict[str, Any]:
    value, col = cell
    match = _TIME.match(value)
    if not value:
        bad("Time", "D202", "no time: write 12m, after INJECT +5m, or held")
        return {}
    try:
        if match and match[4]:
            return {"held": True} if match[4].lower() == "held" else {"at": format_duration(parse_duration(match[4]))}
        if match:
            wait = parse_duration(match[3]) if match[3] else 0
            if match[1].lower() == "trigger":
                return {"held": True}  # a sheet has no trigger conditions: the facilitator fires it
            return {"after": {"inject": match[2], **({"wait": format_duration(wait)} if wait else {})}, "_after_at": (row, col)}
    except ValueError as exc:
        bad("Time", "D204", f"{exc}")
        return {}
    bad("Time", "D204", f"bad time {value!r}: write 12m, after INJECT +5m, or held")
    return {}


def _expect(get: Any, bad: Any) -> dict[str, Any]:
    expect: dict[str, Any] = {}
    for name, key in (("Reply within", "reply_within"), ("Escalate within", "escalate_within")):
        if get(name)[0]:
            try:
                expect[key] = format_duration(parse_duration(get(name)[0]))
            except ValueError as exc:
                bad(name, "D204", str(exc))
    routes = [r.strip().lower() for r in re.split(r"[,/]", get("Expected route")[0]) if r.strip()]
    for r in routes:
        if r not in CHOICES["Expected route"]:
            bad("Expected route", "D204", f"unknown route {r!r}: use one of {', '.join(CHOICES['Expected route'])}{did_you_mean(r, CHOICES['Expected route'])}")
    if routes:
        expect["route"] = routes[0] if len(routes) == 1 else routes
    level = get("Escalation")[0].lower()
    if level and level not in CHOICES["Escalation"]:
        bad("Escalation", "D204", f"unknown level {level!r}: use one of {', '.join(CHOICES['Escalation'])}{did_you_mean(level, CHOICES['Escalation'])}")
    elif level:
        expect["escalate"] = level
    for name, key in (("Notify", "notify"), ("Objective", "_objectives")):
        ids = [x.strip() for x in get(name)[0].split(",") if x.strip()]
        for x in ids:
            if not _ID.match(x):
                bad(name, "D204", f"bad id {x!r}: use lower-case letters, digits, '-' and '_'")
        if ids:
            expect[key] = ids
    return expect


def _skeleton(drill_id: str, langs: list[str], injects: list[dict]) -> dict[str, Any]:
    """A whole drill around the sheet's injects: the rest is marked TODO for the author."""

    def todo(what: str) -> dict[str, str]:
        return dict.fromkeys(langs, f"TODO: {what}")

    objectives: dict[str, set[str]] = {}
    roles: list[str] = []
    for inject in injects:
        expect = inject.get("expect", {})
        for objective in expect.pop("_objectives", []):
            served = {DIMENSION_OF[k] for k in DIMENSION_OF if k in expect}  # what every row naming it measures
            objectives[objective] = objectives.get(objective, served) & served
        roles += [r for r in expect.get("notify", []) if r not in roles]
        if "expect" in inject and not expect:
            del inject["expect"]
    latest = max((parse_duration(i["at"]) for i in injects if "at" in i), default=0)
    data: dict[str, Any] = {
        "format": 1, "id": drill_id, "title": todo("the drill's title"), "summary": todo("one sentence on what happens"),
        "languages": langs, "locale": "fi_FI" if langs[0] == "fi" else "en_US",
        "role": todo("who the trainee plays"), "organisation": {"name": todo("the organisation")},
        "clock": {"starts": "2026-01-05T09:00", "length": format_duration(-(-(latest + 3600) // 1800) * 1800)},
    }
    if roles:
        data["ground_rules"] = {"roles": {r: {"name": f"TODO: who {r} is"} for r in roles}}
    if objectives:
        data["objectives"] = [{"id": o, "text": todo(f"objective {o}"), "dimensions": sorted(d)} for o, d in objectives.items()]
    data["injects"] = injects
    data["endings"] = [{"id": "end", "title": todo("the ending's title"), "text": todo("what the trainee achieved")}]
    return data


class _Dumper(yaml.SafeDumper):
    """No anchors: the drill loader refuses them (D111)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def to_yaml(sheet: Sheet) -> str:
    head = f"# A drill skeleton from {Path(sheet.name).name} (drill msel import): fill in every TODO, add options and triggers, then run drill lint.\n"
    return head + yaml.dump(sheet.data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
