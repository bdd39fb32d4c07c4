"""`drill fmt`: one layout for every scenario file, comments kept.

A drill written by several hands drifts: keys in any order, texts quoted three ways. `fmt`
reads a file with ruamel.yaml's round-trip loader (which keeps comments and flow or block
style), puts every mapping's keys in the order the format guide gives them (the models' field
order, which follows the guide's tables; unknown keys last as written), and quotes by what a value is: a text in double quotes
always, an id, word or duration plain. A comment or blank line stays before the key it stood
before, wherever that key moves. Texts are not folded: one text, one line, as the library
writes them (editors wrap long lines for display; a text folded inside its quotes is hard to
edit). The result must load to the same model as the original, or nothing is written;
formatting twice changes nothing.
"""

from __future__ import annotations

import io
import re
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from drill.scenario.load import field_names, unwrap
from drill.scenario.model import Inject, Scenario

WIDTH = 100_000
"""No folding: ruamel folds a line only past this many columns, and no drill's line is that long."""


PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./+@-]*$|^[0-9]+[a-z][A-Za-z0-9_./+@-]*$")
"""A value that is not a text is written without quotes when it matches: an id, a word, a
duration or rate (`1h30m`, `40/m`). A value YAML would read as a number, true/false or nothing
never matches."""

CODES = {"locale"}
"""Free-string fields that hold a code, not words a person reads: written plain like an id."""

TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
"""Spaces at the end of a line (ruamel writes a comment as it was typed, trailing spaces and
all): removed. A block text (`|`) that needed them would load differently, and fmt, which checks
the drill loads the same, then stops rather than change it."""

KEYWORDS = {"true", "false", "null", "True", "False", "Null", "TRUE", "FALSE", "NULL"}


class FormatError(Exception):
    """Why a file cannot be formatted, in one line."""


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, flow or block style and key order are kept
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = WIDTH
    return yaml


def _model_for(tp: Any, keys: set[str]) -> type[BaseModel] | None:
    """The model among a type's alternatives a mapping with these keys is (the first that knows them all)."""
    models = [alt for alt in unwrap(tp) if isinstance(alt, type) and issubclass(alt, BaseModel)]
    return next((m for m in models if keys <= set(field_names(m))), models[0] if models else None)


def _item_type(tp: Any, index: bool) -> Any:
    """What a list's item (index) or a dict's value is, among a type's alternatives."""
    for alt in unwrap(tp):
        origin, args = typing.get_origin(alt), typing.get_args(alt)
        if index and origin in (list, tuple) and args:
            return args[0]
        if not index and origin is dict and len(args) == 2:
            return args[1]
    return None


def _patterned(meta: Any) -> bool:
    """Whether a field's constraints include a pattern (an id's, a booking mask's)."""
    return any(getattr(m, "pattern", None) for m in meta)


def _is_text(tp: Any) -> bool:
    """Whether a type holds words a person reads: a Text, or a string no pattern constrains
    (a name, an author, a test step). An id, a word from a list or a duration is not."""
    if typing.get_origin(tp) is typing.Annotated:
        base, *meta = typing.get_args(tp)
        return not any(_patterned(getattr(info, "metadata", ())) for info in meta) and _is_text(base)
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return any(_is_text(alt) for alt in typing.get_args(tp))
    return tp is str


def _text_fields(model: type[BaseModel]) -> set[str]:
    """The keys of a model that hold texts (pydantic keeps a field's own pattern apart from its type)."""
    return {f.alias or name for name, f in model.model_fields.items()
            if _is_text(f.annotation) and not _patterned(f.metadata) and (f.alias or name) not in CODES}


def _quoted(value: Any, text: bool) -> Any:
    """A value in the quoting the format guide uses: a text in double quotes, even a one-word
    one (so a text reads the same in every language of a mapping); anything else plain where
    it is a word, id or duration, in double quotes where it is not."""
    if type(value) is not str and not isinstance(value, str):
        return value
    plain = not text and PLAIN.match(value) and value not in KEYWORDS
    return str(value) if plain else DoubleQuotedScalarString(value)


def _trail(node: Any, key: Any) -> tuple[dict, Any, int, list[Any]]:
    """Where ruamel keeps what follows a key's value (its end-of-line comment, then the comment
    lines and blank lines up to the next key): on the last scalar inside a block value (else
    on the key itself), and at the end of the block collections that value closes. Returns
    (comment table, its key, slot, those collections, innermost first)."""
    value = node[key]
    if isinstance(value, CommentedMap | CommentedSeq) and len(value) and not value.fa.flow_style():
        table, at, slot, ends = _trail(value, list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1)
        return table, at, slot, [*ends, value]
    return node.ca.items, key, 0 if isinstance(node, CommentedSeq) else 2, []


def _line(token: CommentToken) -> str:
    """A comment token at a collection's end as the text of a line (its column is kept apart)."""
    return " " * token.column + token.value if token.value.startswith("#") else token.value


def _reorder(node: CommentedMap, order: list[Any]) -> None:
    """Put a mapping's keys in `order`, each comment line and blank line staying before the key
    it stood before (ruamel files them after the previous value, so they would otherwise move
    with that value), and what followed the last value staying at the end."""
    keys = list(node)
    if keys == order:
        return
    places = {k: _trail(node, k) for k in keys}
    eol: dict[Any, str] = {}
    rest: dict[Any, str] = {}
    for k, (table, at, slot, ends) in places.items():
        token = table.get(at, [None] * 4)[slot]
        text = (token.value if token is not None else "\n") + "".join(_line(c) for end in ends for c in end.ca.end)
        cut = text.find("\n") + 1 or len(text)
        eol[k], rest[k] = text[:cut], text[cut:]
        for end in ends:
            end.ca.end = []
    before = {keys[i + 1]: rest[k] for i, k in enumerate(keys[:-1])}
    tail = rest[keys[-1]]
    for k in order:
        node.move_to_end(k)
    for i, k in enumerate(order):
        want = eol[k] + (before.get(order[i + 1], "") if i + 1 < len(order) else tail)
        table, at, slot, _ = places[k]
        entry = table.setdefault(at, [None] * 4)
        if entry[slot] is not None:
            entry[slot].value = want
        elif want != "\n":
            entry[slot] = CommentToken(want, CommentMark(0), None)


def _order(node: Any, tp: Any) -> None:
    """Put the keys of every mapping under `node` in its model's field order and quote its texts."""
    if isinstance(node, CommentedSeq):
        item = _item_type(tp, index=True)
        for i, child in enumerate(node):
            node[i] = _quoted(child, _is_text(item))
            _order(child, item)
        return
    if not isinstance(node, CommentedMap):
        return
    model = _model_for(tp, {str(k) for k in node})
    if model is None:
        value = _item_type(tp, index=False)
        for key, child in node.items():
            node[key] = _quoted(child, _is_text(value))
            _order(child, value)
        return
    fields = field_names(model)
    rank = {name: i for i, name in enumerate(fields)}
    _reorder(node, sorted(node, key=lambda k: rank.get(str(k), len(rank))))
    texts = _text_fields(model)
    for key, child in node.items():
        node[key] = _quoted(child, str(key) in texts)
        _order(child, fields.get(str(key)))


def format_text(text: str, name: str, root: Any = Scenario) -> str:
    """A scenario file's text (or an inject file's, with root list[Inject] | Inject) formatted."""
    yaml = _yaml()
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark is not None else name
        raise FormatError(f"{where}: not YAML this tool can read ({getattr(exc, 'problem', None) or exc}): `drill validate` says more") from None
    _order(data, root)
    out = io.StringIO()
    yaml.dump(data, out)
    return TRAILING.sub("", out.getvalue())


INJECT_FILE = list[Inject] | Inject
"""What a drill folder's inject file holds."""


def format_path(path: Path) -> list[tuple[Path, str, str]]:
    """Each file of a scenario (a file, or a drill folder's parts): (file, text, formatted text),
    checked to load to the same model; FormatError, in one line, when it would not."""
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.files import parts
    from drill.scenario.load import load, load_bytes

    files = parts(path) if path.is_dir() else [path]
    try:
        before = load(path).scenario
    except ScenarioError as exc:
        raise FormatError(f"{exc.diagnostics[0]} (fix it first: fmt formats drills that load)") from None
    done = []
    for i, file in enumerate(files):
        text = file.read_text(encoding="utf-8")
        done.append((file, text, format_text(text, str(file), INJECT_FILE if i else Scenario)))
    if path.is_dir():
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            for file, _, formatted in done:
                copy = Path(scratch) / file.relative_to(path)
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(formatted, encoding="utf-8")
            after = _load_or_none(lambda: load(Path(scratch)).scenario)
    else:
        after = _load_or_none(lambda: load_bytes(done[0][2].encode("utf-8"), str(path)).scenario)
    if after != before:
        raise FormatError(f"{path}: formatting would change the drill it loads to; left as it is (please report this, with the file)")
    return done


def _load_or_none(work) -> Scenario | None:
    from drill.scenario.diagnostics import ScenarioError

    try:
        return work()
    except ScenarioError:
        return None
