"""Strict YAML loading: scenario files become models, or a full list of located diagnostics.

PyYAML alone is too forgiving for files written by hand: it accepts duplicate keys, reads
`1:30` as 90 and `no` as False (YAML 1.1), expands aliases without limit, and reports type
problems nowhere near the line that caused them. So this module composes the node tree
itself with a YAML 1.2-like resolver, refuses anchors, aliases, tags and deep nesting, keeps
the position of every node, and maps pydantic's errors back to FILE:LINE:COL.
"""

from __future__ import annotations

import hashlib
import math
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from drill.scenario.diagnostics import Diagnostic, ScenarioError, did_you_mean
from drill.scenario.model import FORMAT_VERSION, Scenario
from drill.scenario.refs import check_references

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40
Path_ = tuple[str | int, ...]

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
        event = self.peek_event()  # type: ignore[attr-defined]
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
            return super().compose_node(parent, index)  # type: ignore[misc]
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
    """Plain data from a YAML file with the position of every value and key."""

    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

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


def parse_yaml(raw: bytes, name: str) -> Located:
    """Bytes of one YAML document → located plain data; raises ScenarioError on any problem."""

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
    out = Located(None)
    try:
        root = _compose(text)
        if root is None or (root.tag == _NULL and root.value == ""):  # only `---` or `...`
            raise fail(1, 1, "D103", "the file is empty: start from `drill new NAME`")
        if not isinstance(root, MappingNode):
            kind = "a list" if isinstance(root, SequenceNode) else "a single value"
            line, col = _pos(root.start_mark)
            raise fail(line, col, "D114", f"the top level is {kind}; a scenario is a mapping of keys (format: 1, id: …)")
        out.data = _convert(root, (), out)
    except _Problem as problem:
        line, col = _pos(problem.mark)
        raise fail(line, col, problem.code, str(problem)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = _pos(mark) if mark else (1, 1)
        what = " ".join(p for p in (exc.context, exc.problem) if p)
        raise fail(line, col, "D110", f"YAML syntax: {what}") from None
    except yaml.YAMLError as exc:
        raise fail(1, 1, "D110", f"YAML syntax: {exc}") from None
    except RecursionError:
        raise fail(1, 1, "D113", "nesting too deep: flatten the structure") from None
    return out


# ------------------------------------------------------------------ pydantic errors → lines


def _unwrap(tp: Any) -> list[Any]:
    """The concrete alternatives behind Annotated/Optional/Union."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return [alt for arg in typing.get_args(tp) for alt in _unwrap(arg)]
    return [tp]


def _tags(tp: Any) -> dict[str, Any]:
    """For a tagged union, tag → member type."""
    found: dict[str, Any] = {}
    inner = typing.get_args(tp)[0] if typing.get_origin(tp) is typing.Annotated else tp
    for member in typing.get_args(inner):
        if typing.get_origin(member) is typing.Annotated:
            for meta in typing.get_args(member)[1:]:
                if type(meta).__name__ == "Tag":
                    found[meta.tag] = typing.get_args(member)[0]
    return found


def _field_names(model: type[BaseModel]) -> dict[str, Any]:
    return {(f.alias or name): f.annotation for name, f in model.model_fields.items()}


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """Follow a pydantic error location through the model types to the model it is in."""
    current: Any = Scenario
    for elem in loc:
        nxt = None
        tagged = _tags(current)
        if isinstance(elem, str) and elem in tagged:
            nxt = tagged[elem]
        for alt in _unwrap(current):
            if nxt is not None:
                break
            if isinstance(alt, type) and issubclass(alt, BaseModel) and isinstance(elem, str):
                nxt = _field_names(alt).get(elem)
            elif typing.get_origin(alt) is list and isinstance(elem, int):
                nxt = typing.get_args(alt)[0]
            elif typing.get_origin(alt) is dict and isinstance(elem, str):
                nxt = typing.get_args(alt)[1]
        if nxt is None:
            return None
        current = nxt
    for alt in _unwrap(current):
        if isinstance(alt, type) and issubclass(alt, BaseModel):
            return alt
    return None


def _data_path(data: Any, loc: tuple[Any, ...]) -> Path_:
    """The part of a pydantic location that exists in the data (union tags are skipped)."""
    path: list[str | int] = []
    for elem in loc:
        if isinstance(data, dict) and elem in data:
            data = data[elem]
            path.append(elem)
        elif isinstance(data, list) and isinstance(elem, int) and 0 <= elem < len(data):
            data = data[elem]
            path.append(elem)
    return tuple(path)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _diagnostic(name: str, located: Located, err: Any) -> Diagnostic:
    loc = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        path = _data_path(located.data, loc)
        key = loc[-1]
        model = _model_at(loc[:-1])
        known = sorted(_field_names(model)) if model else []
        hint = did_you_mean(str(key), known) or (f" (allowed here: {', '.join(known)})" if known else "")
        line, col = located.where(path, key=True)
        return Diagnostic(name, line, col, "D201", f"unknown key {key!r}{hint}")
    path = _data_path(located.data, loc)
    line, col = located.where(path)
    if kind == "missing":
        return Diagnostic(name, line, col, "D202", f"missing required key {loc[-1]!r}")
    if loc and loc[-1] == "format" and len(path) == 1:
        if value == str(FORMAT_VERSION):  # `format: "1"` is the right version in the wrong type
            return Diagnostic(name, line, col, "D203", f"expected the number {FORMAT_VERSION}, got {_describe(value)}: remove the quotes")
        return Diagnostic(
            name, line, col, "D205", f"format {value!r} is not supported: this drill reads format {FORMAT_VERSION}"
        )
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", err.get("ctx", {}).get("expected", ""))
        hint = did_you_mean(str(value), allowed)
        return Diagnostic(
            name, line, col, "D204", f"{_describe(value)} is not allowed here{hint} (one of: {', '.join(allowed)})"
        )
    if kind in ("value_error", "assertion_error", "condition", "consequence"):
        message = str(err["msg"]).removeprefix("Value error, ")
        if kind in ("condition", "consequence") and isinstance(value, dict) and value:
            message += did_you_mean(next(iter(value)), _COND_AND_THEN_KEYS)
        return Diagnostic(name, line, col, "D204", message)
    if kind == "string_pattern_mismatch":
        return Diagnostic(name, line, col, "D204", f"{_describe(value)} is not a valid id: use a-z, 0-9, '-' and '_'")
    if kind.endswith("_type") or kind.endswith("_parsing") or kind in ("dict_type", "list_type", "model_type"):
        wanted = {
            "string_type": "text",
            "int_type": "a whole number",
            "int_parsing": "a whole number",
            "int_from_float": "a whole number",
            "float_type": "a number",
            "float_parsing": "a number",
            "bool_type": "true or false",
            "bool_parsing": "true or false",
            "list_type": "a list",
            "dict_type": "a mapping",
            "model_type": "a mapping",
            "model_attributes_type": "a mapping",
            "datetime_type": "a date and time like 2026-11-14T06:00",
            "datetime_parsing": "a date and time like 2026-11-14T06:00",
            "datetime_from_date_parsing": "a date and time like 2026-11-14T06:00",
        }.get(kind)
        if wanted:
            return Diagnostic(name, line, col, "D203", f"expected {wanted}, got {_describe(value)}")
    message = str(err["msg"])
    return Diagnostic(name, line, col, "D204", f"{message} (got {_describe(value)})")


_COND_AND_THEN_KEYS = (
    "all any not action meter unanswered arrived elapsed clock escalated fired flood chance "
    "spawn start_flood stop_flood end".split()
)


def validate_data(located: Located, name: str) -> Scenario:
    """Located plain data → Scenario, or ScenarioError with one diagnostic per problem."""
    try:
        return Scenario.model_validate(located.data)
    except ValidationError as exc:
        diagnostics = sorted({_diagnostic(name, located, err) for err in exc.errors()})
        raise ScenarioError(diagnostics) from None


@dataclass(frozen=True)
class Loaded:
    """A scenario with where it came from: its file and the position of every value."""

    scenario: Scenario
    path: str
    located: Located
    digest: str


def load_bytes(raw: bytes, name: str) -> Loaded:
    """Parse and validate one scenario, with cross-references checked."""
    located = parse_yaml(raw, name)
    scenario = validate_data(located, name)
    problems = check_references(scenario, located, name)
    if problems:
        raise ScenarioError(problems)
    return Loaded(scenario, name, located, hashlib.sha256(raw).hexdigest()[:16])


def load(path: str | Path) -> Loaded:
    """Load a scenario file; every problem comes out as a ScenarioError, never a traceback."""
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
    return load_bytes(raw, name)
