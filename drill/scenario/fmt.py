"""`drill fmt`: one layout for every scenario file, comments kept.

A drill written by several hands drifts: keys in any order, texts quoted three ways, lines of
any length. `fmt` reads a file with ruamel.yaml's round-trip loader (which keeps comments and
flow or block style), puts every mapping's keys in the order the format guide gives them (the
models' field order, unknown keys last as written), lets ruamel choose the quoting (plain where
YAML allows, quoted where it must) and folds lines at WIDTH. The result must load to the same
model as the original, or nothing is written; formatting twice changes nothing.
"""

from __future__ import annotations

import io
import re
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from drill.scenario.load import field_names, unwrap
from drill.scenario.model import Inject, Scenario

WIDTH = 100
"""Columns a line is folded at (a long text runs over several lines, as YAML allows)."""


PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./+@-]*$|^[0-9]+[a-z][A-Za-z0-9_./+@-]*$")
"""A value written without quotes: an id, a word, a duration or rate (`1h30m`, `40/m`).
Every other text is written in double quotes, as the format guide does; a value YAML would
read as a number, true/false or nothing never matches."""

TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
"""Spaces at the end of a line: YAML drops them at a fold (the formatted drill is checked to load
the same, so a block text that kept them would stop fmt rather than change)."""

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


def _quoted(value: Any) -> Any:
    """A text value in the quoting the format guide uses: plain for words, double quotes else."""
    if type(value) is not str and not isinstance(value, str):
        return value
    return str(value) if PLAIN.match(value) and value not in KEYWORDS else DoubleQuotedScalarString(value)


def _order(node: Any, tp: Any) -> None:
    """Put the keys of every mapping under `node` in its model's field order and quote its texts."""
    if isinstance(node, CommentedSeq):
        item = _item_type(tp, index=True)
        for i, child in enumerate(node):
            node[i] = _quoted(child)
            _order(child, item)
        return
    if not isinstance(node, CommentedMap):
        return
    model = _model_for(tp, {str(k) for k in node})
    if model is None:
        value = _item_type(tp, index=False)
        for key, child in node.items():
            node[key] = _quoted(child)
            _order(child, value)
        return
    fields = field_names(model)
    rank = {name: i for i, name in enumerate(fields)}
    for key in sorted(node, key=lambda k: rank.get(str(k), len(rank))):
        node.move_to_end(key)
    for key, child in node.items():
        node[key] = _quoted(child)
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
    return TRAILING.sub("", out.getvalue())  # ruamel leaves a space where it folds a flow list


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
