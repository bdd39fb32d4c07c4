"""The Markdown debrief laid out to markdownlint's defaults, whatever the run put in it.

A debrief is read in a plain editor as often as rendered, and trainers lint the files they
keep. Templates say what goes where; this pass makes the layout hold for any data: one blank
line between blocks (lists, tables and headings need them), no trailing spaces, lines of at
most 80 characters (paragraphs and list items wrapped, a heading's tail moved below it), a
table that cannot fit as a list of its rows, and cells padded one way (markdownlint's
'compact' table style). Only whitespace and block boundaries change, never the text.
"""

from __future__ import annotations

import re
import textwrap

WIDTH = 80
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])( +)")
_MARKER = re.compile(r"^(?:[-+*>]|#{1,6}|\d{1,9}[.)])(?=\s|$)|^(?:=+|-+|_+|\*+)\s*$")
"""A line that would start a list, quote, heading or rule if it began a line of a paragraph."""
_HEADING_PUNCTUATION = ".,;:!"
"""markdownlint's MD026 default: a heading does not end with these."""


def width(line: str) -> int:
    """Length as markdownlint counts it (UTF-16 code units: an emoji counts two)."""
    return len(line) if line.isascii() else len(line.encode("utf-16-le")) // 2


def _kind(line: str) -> str:
    if not line.strip():
        return "blank"
    if line.startswith("#"):
        return "heading"
    if line.startswith("|"):
        return "table"
    if line.startswith(">"):
        return "quote"
    if line.strip() in ("---", "***", "___"):
        return "rule"
    if _ITEM.match(line):
        return "item"
    if line[0] == " ":
        return "indent"
    return "para"


_TOGETHER = {("item", "item"), ("item", "indent"), ("indent", "item"), ("indent", "indent"),
             ("table", "table"), ("quote", "quote"), ("para", "para")}
"""Neighbouring lines that belong to one block; any other pair gets a blank line between."""


_TOKEN = re.compile(r"\\.|\||[^|\\]+|\\")
"""A backslash escape, a pipe, or a run of other text."""


def cells(row: str) -> list[str]:
    """A table row's cells, split on pipes that are not backslash-escaped."""
    text = row.strip()
    if "\\" in text:
        parts: list[str] = []
        current: list[str] = []
        for token in _TOKEN.findall(text):
            if token == "|":
                parts.append("".join(current))
                current = []
            else:
                current.append(token)
        parts.append("".join(current))
    else:
        parts = text.split("|")
    parts = [part.strip() for part in parts]
    return parts[1:-1] if len(parts) > 2 else parts


def _row(values: list[str]) -> str:
    return "|" + "|".join(f" {v} " if v else " " for v in values) + "|"


def _table(rows: list[str]) -> list[str]:
    """The table in compact style, or, if a row cannot fit, one list item per row (its
    first cell, then 'column: value' for the others that are not empty)."""
    parsed = [cells(r) for r in rows]
    table = [_row(c) for c in parsed]
    if all(width(line) <= WIDTH for line in table) or len(parsed) < 2:
        return table
    header = parsed[0]
    items = []
    for values in parsed[2:]:  # the row's first cell leads; the others say which column they are
        parts = [value if n == 0 or not name else f"{name}: {value}"
                 for n, (name, value) in enumerate(zip(header, values)) if value]
        if parts:
            items.append("- " + " · ".join(parts))
    return items


def _escape_start(line: str) -> str:
    """A wrapped line that would read as block syntax gets its first mark escaped."""
    match = _MARKER.match(line)
    if not match:
        return line
    number = re.match(r"^\d{1,9}", line)
    return f"{number.group()}\\{line[number.end():]}" if number else "\\" + line


def _wrap(line: str) -> list[str]:
    if width(line) <= WIDTH:
        return [line]
    kind = _kind(line)
    if kind == "item":
        match = _ITEM.match(line)
        assert match is not None  # _kind found it an item by this pattern
        first, rest = match.group(0), line[match.end():]
        later = " " * len(first)
    elif kind == "quote":
        first, rest, later = "> ", line[1:].lstrip(), "> "
    elif kind == "indent":
        first = later = line[: len(line) - len(line.lstrip())]
        rest = line.lstrip()
    else:
        first, rest, later = "", line, ""
    for room in range(WIDTH, WIDTH // 2, -1):  # an emoji is two to markdownlint, one to textwrap
        lines = textwrap.wrap(rest, room, initial_indent=first, subsequent_indent=later,
                              break_long_words=False, break_on_hyphens=False)
        lines = [lines[0]] + [later + _escape_start(text[len(later):]) for text in lines[1:]]  # an escape widens a line
        if all(width(text) <= WIDTH or " " not in text.strip() for text in lines):
            break
    return lines


def _heading(line: str) -> list[str]:
    """A heading of at most 80 characters, without trailing punctuation: what does not fit
    (after its last ': ' or ' · ' that leaves it short enough) goes to a paragraph below."""
    text = line.rstrip()
    while text and text[-1] in _HEADING_PUNCTUATION and not text.endswith("\\" + text[-1]):
        text = text[:-1].rstrip()
    if width(text) <= WIDTH:
        return [text]
    for sep in (": ", " · "):
        cut = text.rfind(sep, 0, WIDTH)
        if cut > text.index(" "):
            return [text[:cut].rstrip(_HEADING_PUNCTUATION), "", *_wrap(_escape_start(text[cut + len(sep):]))]
    cut = text.rfind(" ", 0, WIDTH - 2)
    return [text[:cut] + " …", "", *_wrap("… " + text[cut + 1:])]


def _same_list(out: list[str], line: str) -> bool:
    """An item after a blank line that continues the list above (a bullet after a bullet, a
    number after a number): the blank is dropped, so every list is tight."""
    last = next((text for text in reversed(out) if not text.startswith(" ")), "")
    here, there = _ITEM.match(line), _ITEM.match(last)
    return here is not None and there is not None and here.group(2)[0].isdigit() == there.group(2)[0].isdigit()


def layout(markdown: str) -> str:
    """The Markdown with its blocks separated, its tables compact and its lines wrapped."""
    lines = [line.rstrip() for line in markdown.split("\n")]
    out: list[str] = []
    previous = "blank"
    k = 0
    while k < len(lines):
        kind = _kind(lines[k])
        if kind == "blank":
            previous = "blank"
            k += 1
            continue
        apart = not _same_list(out, lines[k]) if previous == "blank" else (previous, kind) not in _TOGETHER
        if out and apart:
            out.append("")
        if kind == "table":
            end = k
            while end < len(lines) and _kind(lines[end]) == "table":
                end += 1
            rendered = _table(lines[k:end])
            out += [wrapped for text in rendered for wrapped in _wrap(text)]
            previous = "table" if rendered and rendered[0].startswith("|") else "list"  # a list of rows ends here
            k = end
            continue
        out += _heading(lines[k]) if kind == "heading" else _wrap(lines[k])
        previous = kind
        k += 1
    return "\n".join(out) + "\n"
