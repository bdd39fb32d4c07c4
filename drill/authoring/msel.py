"""The master scenario events list (MSEL): a drill's injects as the table exercise planners
keep in a spreadsheet (HSEEP's shape: time, inject, channel, from, text, expected action).

One list of columns serves both directions, so what `drill msel export` writes is exactly
what `drill msel import` (drill.authoring.mselimport) reads back. A time cell says how the
inject arrives: `12m`, `after ID +5m`, `held`, or `trigger ID +8m` (set off by a trigger,
which a sheet cannot carry: it comes back as a held inject for the facilitator to fire).
"""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from drill.scenario import model as m
from drill.scenario.consequences import SpawnThen
from drill.scenario.types import format_duration, text_in

FIXED = ["Time", "Clock time", "Inject", "Channel", "Kind", "From"]
PER_LANG = ["Text", "Expected action"]
EXPECT = ["Reply within", "Expected route", "Escalation", "Escalate within", "Notify", "Objective"]
"""Columns in order; PER_LANG ones repeat for each language as `Text (fi)`, `Text (en)`."""
DIMENSION_OF = {"reply_within": "timeliness", "route": "channel_privacy", "escalate": "escalation", "escalate_within": "escalation"}
"""Which scoring dimension each expectation feeds: an inject serves the objectives measured by it."""


def headers(languages: list[str]) -> list[str]:
    return FIXED + [f"{name} ({lang})" for name in PER_LANG for lang in languages] + EXPECT


def time_cell(s: m.Scenario, inject: m.Inject) -> str:
    if inject.held:
        return "held"
    if inject.at is not None:
        return format_duration(inject.at)
    if inject.after is not None:
        return f"after {inject.after.inject}" + (f" +{format_duration(inject.after.wait)}" if inject.after.wait else "")
    for trigger in s.triggers:
        for then in trigger.then:
            if isinstance(then, SpawnThen) and then.spawn == inject.id:
                return f"trigger {trigger.id}" + (f" +{format_duration(then.after)}" if then.after else "")
    return ""


def _objectives(s: m.Scenario, expect: m.Expectation | None) -> str:
    if expect is None:
        return ""
    served = {DIMENSION_OF[k] for k in DIMENSION_OF if getattr(expect, k)}
    return ", ".join(o.id for o in s.objectives if served & set(o.dimensions))


def rows(s: m.Scenario) -> list[list[str]]:
    """One row per inject, in the drill's order."""
    out = []
    for inject in s.injects:
        e = inject.expect
        persona = s.personas.get(inject.persona) if inject.persona else None
        clock = (s.clock.starts + timedelta(seconds=inject.at)).strftime("%H:%M") if inject.at is not None and not inject.held else ""
        row = [time_cell(s, inject), clock, inject.id, inject.channel, inject.kind, persona.name if persona else inject.author or ""]
        row += [text_in(inject.text, lang) for lang in s.languages]
        row += [text_in(inject.model_answer, lang) for lang in s.languages]
        if e is None:
            row += [""] * len(EXPECT)
        else:
            route = ", ".join([e.route] if isinstance(e.route, str) else e.route or [])
            row += [format_duration(e.reply_within) if e.reply_within is not None else "", route, e.escalate or "",
                    format_duration(e.escalate_within) if e.escalate_within is not None else "", ", ".join(e.notify), _objectives(s, e)]
        out.append(row)
    return out


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A CSV cell starting with one of these is a formula to a spreadsheet (a text "=HYPERLINK(…)"
would run when the planner opens the file): such cells get a leading apostrophe, which the
spreadsheet hides and `drill msel import` takes off again."""


def guard(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def export(s: m.Scenario, target: Path) -> None:
    """Write the MSEL as .xlsx or .csv (UTF-8 with a byte-order mark, so a spreadsheet reads ä and ö right)."""
    table = [headers(list(s.languages)), *rows(s)]
    if target.suffix.lower() == ".csv":
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([[guard(c) for c in row] for row in table])
        return
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.create_sheet("MSEL", 0)  # a new workbook's first sheet, named
    book.remove(book.worksheets[1])
    for row in table:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.data_type = "s"  # text, even where it starts with "=": openpyxl would store a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, name in enumerate(table[0], start=1):
        wide = name.startswith(tuple(PER_LANG))
        sheet.column_dimensions[get_column_letter(i)].width = 60 if wide else 16
        if wide:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.properties.title = text_in(s.title, s.languages[0])
    book.save(target)
