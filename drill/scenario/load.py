"""Strict YAML loading: scenario files become models, or a full list of located diagnostics.

PyYAML alone is too forgiving for files written by hand: it accepts duplicate keys, reads
`1:30` as 90 and `no` as False (YAML 1.1), expands aliases without limit, and reports type
problems nowhere near the line that caused them. So this module composes the node tree
itself with a YAML 1.2-like resolver, refuses anchors, aliases, tags and deep nesting, keeps
the position of every node, and maps pydantic's errors back to FILE:LINE:COL.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Tag, ValidationError
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from drill.scenario.conditions import CONDITIONS
from drill.scenario.consequences import CONSEQUENCES
from drill.scenario.diagnostics import Diagnostic, Path_, ScenarioError, did_you_mean
from drill.scenario.model import FORMAT_VERSION, Scenario
from drill.scenario.refs import check_references
from drill.scenario.types import format_duration, parse_duration
from drill.scenario.vocabulary import Id

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Resolver(BaseResolver):
    """YAML 1.2 core schema: only true/false are booleans, no sexagesimal numbers, no dates."""


_Resolver.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Resolver.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_Resolver.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$"),
    list("-+.0123456789"),
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


class _Problem(Exception):
    def __init__(self, node_mark: Any, code: str, message: str):
        super().__init__(message)
        self.mark = node_mark
        self.code = code


class _Checks:
    """Refuses anchors, aliases, explicit tags and deep nesting as nodes are composed."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()  # type: ignore[attr-defined]  # a mixin: PyYAML's Composer, beside it in the loader, has it
        if isinstance(event, yaml.AliasEvent):
            raise _Problem(event.start_mark, "D111", "aliases (*name) are not allowed: write the value out")
        if getattr(event, "anchor", None) is not None:
            raise _Problem(event.start_mark, "D111", "anchors (&name) are not allowed: write each value out")
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in ("!", _STR, _SEQ, _MAP):
            raise _Problem(event.start_mark, "D115", f"the tag {tag!r} is not allowed: remove it")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Problem(event.start_mark, "D113", f"nesting deeper than {MAX_DEPTH} levels: flatten the structure")
        try:
            return super().compose_node(parent, index)  # type: ignore[misc]  # the Composer's, next in the loader's MRO
        finally:
            self._depth -= 1


class _PyComposer(Reader, Scanner, Parser, _Checks, Composer, _Resolver):
    """The pure-Python parser, for a PyYAML built without libyaml."""

    def __init__(self, text: str):
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Resolver.__init__(self)

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:
        """Stop deep `[[[[` in the scanner already: its simple-key bookkeeping is quadratic in
        depth. The limit is the composer's: the document's top mapping is a level too."""
        if self.flow_level >= MAX_DEPTH - 1:
            raise _Problem(self.get_mark(), "D113", f"nesting deeper than {MAX_DEPTH} levels: flatten the structure")
        super().fetch_flow_collection_start(TokenClass)


if yaml.__with_libyaml__:
    from yaml._yaml import CParser as _LibYAML

    class _CComposer(_Checks, Composer, _Resolver, _LibYAML):
        """libyaml scans and parses (about ten times faster: a big scenario loads in tens of
        milliseconds, which the picker and start-up feel); the composing, with its checks
        and positions, stays in Python."""

        def __init__(self, text: str):
            _LibYAML.__init__(self, text)
            Composer.__init__(self)

    _Composer: type = _CComposer
else:
    _Composer = _PyComposer


def _compose(text: str) -> Node | None:
    """The document's node tree. libyaml (since PyYAML 6.0.3) stops at its own nesting limit
    of about a thousand levels, a scanner error far past ours and at its place, not ours; the
    pure-Python parser then reads the same text again and stops at our limit, at the level
    that crosses it, after reading no more than MAX_DEPTH brackets of it."""
    try:
        return _Composer(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        if _Composer is _PyComposer or exc.problem != "exceeded maximum nesting depth":
            raise
        return _PyComposer(text).get_single_node()


@dataclass
class Located:
    """Plain data from YAML with the position of every value and key, and the file each part
    came from: a drill split into a folder (drill.folder) is one Located over several files."""

    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    files: dict[Path_, str] = field(default_factory=dict)

    def file_of(self, path: Path_) -> str:
        """The file a path's value was written in: that of its nearest ancestor with one."""
        probe = tuple(path)
        while probe and probe not in self.files:
            probe = probe[:-1]
        return self.files.get(probe, "")

    def place(self, path: Path_, key: bool = False) -> tuple[str, int, int]:
        """The file, line and column of a path: where a diagnostic about it points."""
        return (self.file_of(path), *self.where(path, key))

    def graft(self, at: Path_, other: Located, root: Path_ = ()) -> None:
        """Put `other`'s value at `root` (with its positions and file) under the path `at`."""
        n = len(root)
        for mine, theirs in ((self.marks, other.marks), (self.key_marks, other.key_marks)):
            mine.update({at + p[n:]: v for p, v in theirs.items() if p[:n] == root})
        self.files.update({at + p[n:]: v for p, v in other.files.items() if p[:n] == root})

    def where(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """The line and column of a path, or of its nearest located ancestor."""
        table = self.key_marks if key else self.marks
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))


def _pos(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _convert(node: Node, path: Path_, out: Located) -> Any:
    out.marks[path] = _pos(node.start_mark)
    if isinstance(node, ScalarNode):
        if node.tag == _BOOL:
            return node.value.lower() == "true"
        if node.tag in (_INT, _FLOAT):
            try:
                number = int(node.value) if node.tag == _INT else float(node.value)
                if not math.isfinite(number):  # 1e999 reads as infinity; 10**400 overflows every sum
                    raise OverflowError
            except (ValueError, OverflowError):
                raise _Problem(node.start_mark, "D204", "number too large") from None
            return number
        if node.tag == _NULL:
            return None
        if (bad := _CONTROL_IN_VALUE.search(node.value)) is not None:
            raise _Problem(
                node.start_mark, "D102",
                f"control character {ord(bad.group()):#04x} in a text (an escape like \\e or \\x1b): remove it",
            )
        return node.value
    if isinstance(node, SequenceNode):
        return [_convert(child, path + (i,), out) for i, child in enumerate(node.value)]
    assert isinstance(node, MappingNode)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise _Problem(key_node.start_mark, "D116", "a key must be a plain word, not a list or mapping")
        key = key_node.value
        if key == "<<":
            raise _Problem(key_node.start_mark, "D111", "merge keys (<<) are not allowed: write the keys out")
        if key in result:
            first = out.key_marks[path + (key,)]
            raise _Problem(
                key_node.start_mark, "D112", f"duplicate key {key!r} (first at line {first[0]}): keep one"
            )
        out.key_marks[path + (key,)] = _pos(key_node.start_mark)
        result[key] = _convert(value_node, path + (key,), out)
    return result


_CONTROL_IN_VALUE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters that YAML escapes can smuggle into a value; they must never reach a terminal."""

_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def parse_yaml(raw: bytes, name: str, lists: bool = False) -> Located:
    """Bytes of one YAML document → located plain data; raises ScenarioError on any problem.
    The top level is a mapping, or with `lists` a mapping or a list (a folder's inject file)."""

    def fail(line: int, col: int, code: str, message: str) -> ScenarioError:
        return ScenarioError([Diagnostic(name, line, col, code, message)])

    if len(raw) > MAX_BYTES:
        raise fail(1, 1, "D101", f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}: split it or shorten texts")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", "replace")
        line, col = _line_col(before, len(before))  # columns count characters, as YAML marks do
        raise fail(line, col, "D102", "not UTF-8 text: save the file as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if (bad := _NON_PRINTABLE.search(text)) is not None:
        line, col = _line_col(text, bad.start())
        raise fail(line, col, "D102", f"control character {ord(bad.group()):#04x} in the file: remove it")
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise fail(1, 1, "D103", "the file is empty: start from `drill new NAME`")
    out = Located(None, files={(): name})
    try:
        root = _compose(text)
        if root is None or (root.tag == _NULL and root.value == ""):  # only `---` or `...`
            raise fail(1, 1, "D103", "the file is empty: start from `drill new NAME`")
        if not isinstance(root, MappingNode) and not (lists and isinstance(root, SequenceNode)):
            kind = "a list" if isinstance(root, SequenceNode) else "a single value"
            line, col = _pos(root.start_mark)
            wanted = "an inject file holds one inject (id: …) or a list of injects" if lists else "a scenario is a mapping of keys (format: 1, id: …)"
            raise fail(line, col, "D114", f"the top level is {kind}; {wanted}")
        out.data = _convert(root, (), out)
    except _Problem as problem:
        line, col = _pos(problem.mark)
        raise fail(line, col, problem.code, str(problem)) from None
    except yaml.MarkedYAMLError as exc:
        line, col, message = _yaml_syntax(exc, text)
        raise fail(line, col, "D110", f"YAML syntax: {message}") from None
    except yaml.YAMLError as exc:
        raise fail(1, 1, "D110", f"YAML syntax: {exc}") from None
    except RecursionError:
        raise fail(1, 1, "D113", "nesting too deep: flatten the structure") from None
    return out


# ------------------------------------------------------------------ YAML errors in plain words


def _yaml_syntax(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """A parser's complaint as what a trainer did and what to do, at the place to fix.

    libyaml and the pure-Python parser word the same mistakes differently ("mapping values
    are not allowed in this context" / "… here") and neither says to quote a value or that a
    tab is the trouble, so the usual slips by hand are recognised here; anything else keeps
    the parser's words with a hint."""
    problem, context = exc.problem or "", exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return 1, 1, f"{' '.join(p for p in (context, problem) if p)}: check the quotes and indentation"
    lines = text.split("\n")
    row = lines[mark.line] if mark.line < len(lines) else ""
    here = row[mark.column : mark.column + 1]
    opened = _pos(exc.context_mark) if exc.context_mark else _pos(mark)
    at_open = f"at line {opened[0]}, column {opened[1]}"

    def said(*phrases: str) -> bool:
        return any(p in problem or p in context for p in phrases)

    if here == "\t" or "tab character" in problem:
        return (*_pos(mark), "a tab character: YAML indents with spaces only; replace the tab with spaces")
    if said("mapping values are not allowed"):
        return (*_pos(mark), "a colon and a space (': ') inside a value start another key here; " + _quote_hint(row))
    if said("sequence entries are not allowed"):
        return (*_pos(mark), "a list item ('- ') cannot follow a key on the same line: start the list on the next line, indented under the key")
    if said("cannot start any token"):
        return (*_pos(mark), f"{here!r} cannot start a value: put the value in quotes")
    if said("could not find expected ':'") and exc.context_mark is not None:
        return (*opened, "a line that is not 'key: value': add the colon after the key, or put a text that runs over several lines in quotes")
    if said("quoted scalar") and said("end of stream") and exc.context_mark is not None:
        return (*opened, "this quote is never closed: add the closing quote at the end of the text")
    if said("unknown escape"):
        return (*_pos(mark), "an unknown escape after a backslash in a double-quoted text: write \\\\ for a backslash, or use single quotes")
    if said("flow sequence"):
        return (*_pos(mark), f"the list opened with '[' {at_open} is not closed, or a comma is missing between its items: close it with ']'")
    if said("flow mapping"):
        return (*_pos(mark), f"the mapping opened with '{{' {at_open} is not closed, or a comma is missing: close it with '}}' (and quote a value with ': ' in it)")
    if said("did not find expected key", "expected <block end>"):
        before = row[: mark.column].rstrip()
        quote = before[-1:]
        if here == "-":
            why = "a list item ('- ') among the keys of a mapping: put the list under a key of its own, indented"
        elif quote in ("'", '"') and before.count(quote) % 2 and (
            opening := text.rfind(quote, 0, sum(len(ln) + 1 for ln in lines[: mark.line]) + len(before) - 1)
        ) >= 0:  # the quote closing here opened lines above, where one was left open
            return (*_line_col(text, opening), "this quote is not closed on its line, so the text runs on to the next quote: add the closing quote")
        elif quote in ("'", '"') and ": " in before:
            why = "more text after the closing quote: put all of the value inside the quotes"
        else:
            why = "this line is indented differently from the keys above it: line up the keys of one mapping in one column"
        return (*_pos(mark), why)
    directive = next((i for i, ln in enumerate(lines[: mark.line + 1]) if ln.startswith("%")), None)
    if directive is not None and said("directive", "<document start>"):
        return directive + 1, 1, "a line starting with '%' is a YAML directive: remove it, or quote the value"
    if said("single document"):
        return (*_pos(mark), "a second document ('---') starts here: a scenario file holds one; remove the line")
    if said("an alias", "an anchor"):
        return (*_pos(mark), "'*' or '&' at the start of a value begins an alias or anchor: put the value in quotes")
    if said("block scalar"):
        return (*_pos(mark), "only a comment may follow '|' or '>' on its line: start the text on the next line, indented")
    what = " ".join(p for p in (context, problem) if p)
    return (*_pos(mark), f"{what}: check the quotes and indentation here")


def _quote_hint(row: str) -> str:
    """'put the value in quotes', with the line rewritten when it is a simple `key: value`."""
    body = row.strip()
    dash = "- " if body.startswith("- ") else ""
    body = body.removeprefix("- ")
    key, sep, value = body.partition(": ")
    if sep and key and value and key[0] not in "{[\"'" and not any(c in value for c in "\"#") and value[0] not in "'[{":
        return f'put the value in quotes: {dash}{key}: "{value.strip()}"'
    return 'put the whole value in quotes, like key: "text: more text"'


# ------------------------------------------------------------------ pydantic errors → lines


def unwrap(tp: Any) -> list[Any]:
    """The concrete alternatives behind Annotated/Optional/Union."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return unwrap(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return [alt for arg in typing.get_args(tp) for alt in unwrap(arg)]
    return [tp]


def _tags(tp: Any) -> dict[str, Any]:
    """For a tagged union (also an optional one), tag → member type."""
    found: dict[str, Any] = {}
    for alt in (tp, *typing.get_args(tp)):
        inner = typing.get_args(alt)[0] if typing.get_origin(alt) is typing.Annotated else alt
        for member in typing.get_args(inner):
            if typing.get_origin(member) is typing.Annotated:
                for meta in typing.get_args(member)[1:]:
                    if isinstance(meta, Tag):
                        found[meta.tag] = typing.get_args(member)[0]
    return found


def field_names(model: type[BaseModel]) -> dict[str, Any]:
    return {(f.alias or name): f.annotation for name, f in model.model_fields.items()}


def _types_along(loc: tuple[Any, ...]) -> list[Any]:
    """The format's type before each element of a pydantic error location, as far as the
    location can be followed (a union's branch label such as 'str' ends it)."""
    current: Any = Scenario
    along = [current]
    for elem in loc:
        nxt = None
        tagged = _tags(current)
        if isinstance(elem, str) and elem in tagged:
            nxt = tagged[elem]
        for alt in unwrap(current):
            if nxt is not None:
                break
            if isinstance(alt, type) and issubclass(alt, BaseModel) and isinstance(elem, str):
                nxt = field_names(alt).get(elem)
            elif typing.get_origin(alt) is list and isinstance(elem, int):
                nxt = typing.get_args(alt)[0]
            elif typing.get_origin(alt) is dict and isinstance(elem, str):
                nxt = typing.get_args(alt)[1]
        if nxt is None:
            break
        current = nxt
        along.append(current)
    return along


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model a pydantic error location is in."""
    along = _types_along(loc)
    if len(along) <= len(loc):
        return None
    for alt in unwrap(along[-1]):
        if isinstance(alt, type) and issubclass(alt, BaseModel):
            return alt
    return None


def _union_branch(loc: tuple[Any, ...]) -> int | None:
    """Where a location names a branch of a plain union (Text is `str | {fi, en}`): pydantic
    then reports the value once per branch."""
    for i, tp in enumerate(_types_along(loc)[: len(loc)]):
        if loc[i] != "[key]" and not _tags(tp) and len([a for a in unwrap(tp) if a is not type(None)]) > 1:
            return i
    return None


def _data_path(data: Any, loc: tuple[Any, ...]) -> Path_:
    """The part of a pydantic location that exists in the data (union tags are skipped)."""
    path: list[str | int] = []
    for elem in loc:
        if (isinstance(data, dict) and elem in data) or (isinstance(data, list) and isinstance(elem, int) and 0 <= elem < len(data)):
            data = data[elem]
            path.append(elem)
    return tuple(path)


def _value_at(data: Any, path: Path_) -> Any:
    for elem in path:
        data = data[elem]
    return data


def _items(count: Any) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {_number(value)}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _number(value: float) -> str:
    """3600.0 → '3600': a trainer wrote a whole number and should read one back."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _duration(seconds: int) -> str:
    """A limit as a trainer writes it, with days: 604800 → '7d (604800 s)'."""
    days, rest = divmod(int(seconds), 86400)
    text = (f"{days}d" if days else "") + (format_duration(rest) if rest or not days else "")
    return f"{text} ({int(seconds)} s)" if seconds >= 60 else text


def _is_duration(value: Any) -> bool:
    try:
        parse_duration(value)
    except ValueError:
        return False
    return True


def _pattern(annotated: Any) -> str:
    return next(m.pattern for m in typing.get_args(annotated)[1].metadata if getattr(m, "pattern", None))


_WANTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "datetime_type": "a date and time like 2026-11-14T06:00",
    "datetime_parsing": "a date and time like 2026-11-14T06:00",
    "datetime_from_date_parsing": "a date and time like 2026-11-14T06:00",
}
"""What a value of the wrong type should have been, by pydantic's error type."""

_BOUNDS = {
    "greater_than": ("gt", "above", "longer than"),
    "greater_than_equal": ("ge", "of at least", "of at least"),
    "less_than": ("lt", "below", "shorter than"),
    "less_than_equal": ("le", "of at most", "of at most"),
}
"""A range error's limit in the context, and how to say it for a number and a duration."""

_ID_PATTERN = _pattern(Id)
_ID_WORDS = "is not a valid id: use lower-case a-z, 0-9, '-' and '_', starting with a letter or digit (like late-parcel)"
_MASK_WORDS = (
    "is not an identifier mask: write 3 to 40 of A (a letter), 9 (a digit), ? (either), "
    "* (any run), '-' and spaces, like AA9999"
)

_TEXT_FORMS = {
    "a duration": "a duration like 90s, 12m or 1h30m",
    "bad duration": "a duration like 90s, 12m or 1h30m",
    "bad rate": "a rate like 40/m, 2/s or 300/h",
    "bad time window": "a time window like 07:00-22:00",
}
"""The texts with a form of their own (drill.scenario.types), by the start of their validator's
message: a value that is not text at all (nothing, a list) is named as YAML shows it."""

_TEXT_UNION = "text (or texts by language, like {en: …, fi: …})"


def _merge_unions(errors: list[Any]) -> list[Any]:
    """One problem per value of a plain union. pydantic reports a title written as a number
    twice ('expected text', 'expected a mapping') and a title {de: …} as both a wrong key and
    'expected text'; the branch the value was meant for is the one to report, and when none
    fits, one error names every form that would."""
    out: list[Any] = []
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for err in errors:
        loc = tuple(err["loc"])
        i = _union_branch(loc)
        if i is None:
            out.append(err)
        else:
            groups.setdefault(loc[:i], []).append(err)
    for at, group in groups.items():

        def astray(err: Any, depth: int = len(at) + 1) -> bool:  # the value is not of this branch's kind at all
            scalar = isinstance(err.get("input"), (str, int, float))
            return len(err["loc"]) == depth and (err["type"] in _WANTED or (err["type"] == "literal_error" and not scalar))

        meant = [err for err in group if not astray(err)]
        if meant:
            out += meant
            continue
        kinds = {err["type"] for err in group}
        wanted = [_TEXT_UNION] if kinds == {"string_type", "dict_type"} else list(dict.fromkeys(
            _WANTED.get(err["type"]) or "one of: " + ", ".join(_allowed(err)) for err in group
        ))
        out.append({"type": "union", "loc": at, "input": group[0].get("input"), "wanted": wanted})
    return out


def _allowed(err: Any) -> list[str]:
    return re.findall(r"'([^']*)'", str((err.get("ctx") or {}).get("expected", "")))


def _diagnostic(located: Located, err: Any) -> Diagnostic:
    """One pydantic error as a located line in a trainer's words: what is wrong, what to write."""
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        path = _data_path(located.data, loc)
        key = loc[-1]
        model = _model_at(loc[:-1])
        known = sorted(field_names(model)) if model else []
        hint = did_you_mean(str(key), known) or (f" (allowed here: {', '.join(known)})" if known else "")
        return Diagnostic(*located.place(path, key=True), "D201", f"unknown key {key!r}{hint}")
    is_key = bool(loc) and loc[-1] == "[key]"
    path = _data_path(located.data, loc)
    name, line, col = located.place(path, key=is_key)
    got = f"the key {value!r}" if is_key else _describe(value)

    def say(code: str, message: str) -> Diagnostic:
        return Diagnostic(name, line, col, code, message)

    if kind == "missing":
        return say("D202", f"missing required key {loc[-1]!r}: add it to this mapping")
    if loc and loc[-1] == "format" and len(path) == 1:
        if value == str(FORMAT_VERSION):  # `format: "1"` is the right version in the wrong type
            return say("D203", f"expected the number {FORMAT_VERSION}, got {got}: remove the quotes")
        if isinstance(value, int) and not isinstance(value, bool):
            return say("D205", f"format {value} is not supported: this drill reads format {FORMAT_VERSION}")
        return say("D203", f"expected the format version, the number {FORMAT_VERSION}, got {got}")
    if kind == "union":
        wanted = err["wanted"]
        if len(wanted) > 1 and any(", " in w for w in wanted):  # "one of: a, b; or a list; got a mapping"
            return say("D203", f"expected {'; or '.join(wanted)}; got {got}")
        return say("D203", f"expected {' or '.join(wanted)}, got {got}")
    if kind == "literal_error":
        allowed = _allowed(err)
        if not isinstance(value, (str, int, float)):
            return say("D203", f"expected one of: {', '.join(allowed)}, got {got}")
        return say("D204", f"{got} is not allowed here{did_you_mean(str(value), allowed)} (one of: {', '.join(allowed)})")
    if kind in ("value_error", "assertion_error", "condition", "consequence"):
        message = str(err["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if value is None or isinstance(value, (bool, list, dict)):  # not text at all: no Python repr
            form = next((form for start, form in _TEXT_FORMS.items() if message.startswith(start)), None)
            message = f"expected {form}, got {got}" if form else message.replace(repr(value), got)
        if kind in ("condition", "consequence") and isinstance(value, dict) and value:
            message += did_you_mean(next(iter(value)), _COND_AND_THEN_KEYS)
        return say("D204", message)
    if kind in _BOUNDS:
        key, above_below, longer_shorter = _BOUNDS[kind]
        limit, written = ctx[key], _value_at(located.data, path)
        if isinstance(written, str) and _is_duration(written):  # pydantic may give the seconds
            return say("D204", f"expected a duration {longer_shorter} {_duration(limit)}, got {written.strip()}")
        noun = "a whole number" if isinstance(limit, int) else "a number"
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        return say("D204", f"expected {noun} {above_below} {_number(limit)}, got {_number(value) if number else got}")
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == _ID_PATTERN:
            return say("D204", f"{got} {_ID_WORDS}")
        if loc[-2:-1] == ("identifiers",):
            return say("D204", f"{got} {_MASK_WORDS}")
        return say("D204", f"{got} does not have the form this key needs ({ctx.get('pattern')})")
    if kind in ("string_too_long", "string_too_short"):
        limit = ctx.get("max_length", ctx.get("min_length"))
        most_least = "at most" if kind == "string_too_long" else "at least"
        return say("D204", f"{got} has {len(str(value))} characters; write {most_least} {limit}")
    if kind in ("too_short", "too_long"):
        actual, limit = ctx.get("actual_length"), ctx.get("min_length", ctx.get("max_length"))
        if kind == "too_short":
            have = "the list is empty" if not actual else f"the list has {_items(actual)}"
            return say("D204", f"{have}: give at least {_items(limit)}")
        return say("D204", f"the list has {_items(actual)}: give at most {limit}")
    wanted = _WANTED.get(kind)
    if wanted is not None:
        if kind.startswith("datetime") and ctx.get("error"):
            return say("D203", f"expected {wanted}, got {got} ({ctx['error']})")
        if kind == "string_type" and isinstance(value, (int, float)) and not isinstance(value, bool):
            return say("D203", f"expected {wanted}, got {got}: put it in quotes")
        if kind == "list_type" and isinstance(value, (str, int, float)) and not isinstance(value, bool) and 0 < len(str(value)) <= 40:
            return say("D203", f"expected {wanted}, got {got}: write it as [{value}]")
        return say("D203", f"expected {wanted}, got {got}")
    message = re.sub(r"^(Input|String|List|Value|Dictionary|Tuple) should (be|have)\b", "expected", str(err["msg"]))
    return say("D204", f"{message}, got {got}")


_COND_AND_THEN_KEYS = [*CONDITIONS.keys, *CONSEQUENCES.keys]
"""What a mistyped key in a condition or a consequence may have meant."""


def validate_data(located: Located) -> Scenario:
    """Located plain data → Scenario, or ScenarioError with one diagnostic per problem."""
    try:
        return Scenario.model_validate(located.data)
    except ValidationError as exc:
        errors = _merge_unions(exc.errors())
        diagnostics = sorted({_diagnostic(located, err) for err in errors})
        raise ScenarioError(diagnostics) from None


@dataclass(frozen=True)
class Loaded:
    """A scenario with where it came from: its file (or folder) and the position of every value."""

    scenario: Scenario
    path: str
    located: Located
    digest: str
    """What the drill says (`content_digest`): the journal records it, and a run is replayed only on
    a drill with the same."""
    source_digest: str = ""
    """The file's bytes hashed, which journals recorded as their digest before the content digest."""

    def recorded_on(self, digest: str) -> bool:
        """Whether a journal's digest is this drill's, as now recorded or as older journals did."""
        return digest in (self.digest, self.source_digest)


def content_digest(data: Any) -> str:
    """A drill's data hashed as canonical JSON: re-formatting its file (`drill fmt`, quotes, key
    order, comments, folded lines) keeps the digest its journals were recorded with, so their
    reports and replays still open; changing any value changes it."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def load_located(located: Located, name: str, source_digest: str) -> Loaded:
    """Validate located data, with cross-references checked."""
    digest = content_digest(located.data)  # before validation, which reads the data as written
    scenario = validate_data(located)
    problems = check_references(scenario, located)
    if problems:
        raise ScenarioError(problems)
    return Loaded(scenario, name, located, digest, source_digest)


def load_bytes(raw: bytes, name: str) -> Loaded:
    """Parse and validate one scenario file's bytes."""
    return load_located(parse_yaml(raw, name), name, hashlib.sha256(raw).hexdigest()[:16])


def read_file(path: str | Path) -> bytes:
    """A scenario file's bytes, or a ScenarioError saying why not (too large, unreadable)."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
            if len(raw) > MAX_BYTES:
                size = Path(path).stat().st_size
                raise ScenarioError(
                    [Diagnostic(name, 1, 1, "D101", f"file is {size:,} bytes; the limit is {MAX_BYTES:,}: split it or shorten texts")]
                )
    except OSError as exc:
        raise ScenarioError([Diagnostic(name, 1, 1, "D104", f"cannot read the file: {exc.strerror or exc}")]) from None
    return raw


def load(path: str | Path) -> Loaded:
    """Load a scenario file or folder; every problem comes out as a ScenarioError, never a traceback."""
    if Path(path).is_dir():
        from drill.scenario.folder import load_folder

        return load_folder(Path(path))
    return load_bytes(read_file(path), str(path))
