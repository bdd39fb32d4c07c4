"""The schema as trainers' own tools read it: check-jsonschema and ajv (with ajv-formats) take
every bundled scenario and a fresh `drill new` starter, and yaml-language-server (VS Code's
YAML engine) shows each field's own description on hover.

tests/test_schema.py checks the same with Python's jsonschema; these run the real tools, which
check formats (a `format: date-time` once refused every drill) and show hover text the way
the editor does. check-jsonschema comes with the `test` extra; ajv-cli, ajv-formats and
yaml-language-server come from npm (`.ci/run` installs them into .ci/node); without node or
those packages, the tests that need them skip and say why.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import NoneType, UnionType
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pydantic import BaseModel
from yamlls import YamlLanguageServer, missing

from drill.cli import main
from drill.scenario.load import parse_yaml
from drill.scenario.model import Scenario
from drill.scenario.schema import SCHEMA_ID, field_doc, schema_text

REPO = Path(__file__).parent.parent
BUNDLED = sorted((REPO / "scenarios").glob("*.yaml"))
HOVER_FIXTURE = REPO / "tests" / "data" / "schema-hover.yaml"
AJV = REPO / ".ci" / "node" / "node_modules" / "ajv-cli" / "dist" / "index.js"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The current schema, a fresh `drill new` starter beside it, and the library beside both,
    each file naming the schema by its modeline as the bundled ones do."""
    where = tmp_path_factory.mktemp("schema-tools")
    (where / SCHEMA_ID).write_text(schema_text(), encoding="utf-8")
    result = CliRunner().invoke(main, ["new", "fresh-start", "-d", str(where)])
    assert result.exit_code == 0, result.output
    for path in [*BUNDLED, HOVER_FIXTURE]:
        (where / path.name).write_bytes(path.read_bytes())
    return where


def good_files(folder: Path) -> list[Path]:
    return [folder / "fresh-start.yaml", *(folder / p.name for p in BUNDLED), folder / HOVER_FIXTURE.name]


def broken_files(folder: Path) -> dict[str, tuple[str, str]]:
    """Starters with one mistake each that the loader refuses, and where a tool must say so
    (a control: a tool that checked nothing would pass the good files too)."""
    starter = (folder / "fresh-start.yaml").read_text(encoding="utf-8")
    mistakes = {
        "empty-at": ("at: 5m", 'at: ""', "injects/0/at"),
        "starts-not-iso": ('starts: "2026-11-16T09:00"', 'starts: "16.11.2026 09:00"', "clock/starts"),
        "zero-length": ("length: 1h", "length: 0m", "clock/length"),
    }
    out = {}
    for name, (old, new, where) in mistakes.items():
        assert old in starter, old
        (folder / f"{name}.yaml").write_text(starter.replace(old, new, 1), encoding="utf-8")
        out[name] = (f"{name}.yaml", where)
    return out


# --------------------------------------------------------------------------- check-jsonschema


def check_jsonschema(folder: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec("check_jsonschema") is None:
        pytest.skip("check-jsonschema is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", SCHEMA_ID, "--output-format", "text", *files],
        cwd=folder, capture_output=True, text=True, timeout=120,
    )


def test_check_jsonschema_takes_the_library_and_a_fresh_starter(folder):
    """check-jsonschema checks formats by default, as a trainer runs it."""
    result = check_jsonschema(folder, [p.name for p in good_files(folder)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_check_jsonschema_refuses_what_the_loader_refuses(folder):
    broken = broken_files(folder)
    result = check_jsonschema(folder, [name for name, _ in broken.values()])
    assert result.returncode == 1, result.stdout + result.stderr
    for name, where in broken.values():
        assert f"{name}::$.{where.replace('/0/', '[0].').replace('/', '.')}" in result.stdout, result.stdout


# --------------------------------------------------------------------------- ajv


def ajv(folder: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    if reason := missing(AJV, "ajv-cli"):
        pytest.skip(reason)
    data = [arg for name in files for arg in ("-d", name)]
    return subprocess.run(
        ["node", str(AJV), "validate", "--spec=draft2020", "--strict=true", "--all-errors", "--errors=json",
         "-c", "ajv-formats", "-s", SCHEMA_ID, *data],
        cwd=folder, capture_output=True, text=True, timeout=120,
    )


def test_ajv_with_formats_takes_the_library_and_a_fresh_starter(folder):
    """Strict mode too: ajv would name a keyword it does not know or a type it cannot tell."""
    files = good_files(folder)
    result = ajv(folder, [p.name for p in files])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(" valid") == len(files), result.stdout
    assert "strict mode" not in result.stderr, result.stderr


def test_ajv_refuses_what_the_loader_refuses(folder):
    broken = broken_files(folder)
    result = ajv(folder, [name for name, _ in broken.values()])
    assert result.returncode != 0
    for name, where in broken.values():
        assert f"{name} invalid" in result.stderr, result.stderr
        assert f'"instancePath": "/{where}"' in result.stderr, result.stderr


# --------------------------------------------------------------------------- hover


NAMED = {  # the fields the client found showing a type's text, and the others of their kind
    ("ground_rules", "promised_response"), ("ground_rules", "staffed"), ("briefing",), ("injects", 0, "at"),
    ("injects", 0, "expect", "reply_within"), ("injects", 0, "expect", "escalate_within"),
    ("injects", 0, "expect", "route"), ("injects", 0, "options", 0, "label"),
    ("injects", 0, "options", 0, "feedback"), ("injects", 0, "options", 0, "promise"),
    ("injects", 0, "options", 0, "when"), ("injects", 0, "model_answer"), ("injects", 1, "author"), ("injects", 0, "persona"),
    ("injects", 1, "after"), ("injects", 0, "expect"), ("organisation", "description"),
    ("ground_rules", "ladder", "service", "role"), ("ground_rules", "ladder", "service"),
    ("floods", 0, "until"), ("triggers", 0, "then", 0, "for"), ("triggers", 0, "when"),
    ("scoring", "holding_within"), ("endings", 0, "when"), ("personas", "matti", "handle"),
}


def keys(text: str) -> list[tuple[tuple[Any, ...], int, int]]:
    """Every mapping key of a YAML text: its path, 0-based line and column."""
    found: list[tuple[tuple[Any, ...], int, int]] = []

    def walk(node: yaml.Node, where: tuple[Any, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                found.append(((*where, key.value), key.start_mark.line, key.start_mark.column))
                walk(value, (*where, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                walk(value, (*where, i))

    walk(yaml.compose(text), ())
    return found


def field_at(data: Any, path: tuple[Any, ...]) -> tuple[type[BaseModel], str] | None:
    """The model and field a key of a scenario stands for; None for a key the author names
    (a persona's id) or a language of a text."""
    kind: Any = Scenario
    for i, step in enumerate(path):
        kind = concrete(kind, data)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            name = next(n for n, f in kind.model_fields.items() if (f.alias or n) == step)
            if i == len(path) - 1:
                return kind, name
            kind = kind.model_fields[name].annotation
        elif i == len(path) - 1:
            return None
        else:
            args = typing.get_args(kind)
            kind = args[-1] if args else Any
        data = data[step]
    return None


def concrete(kind: Any, data: Any) -> Any:
    """The member of a union (Optional, Text, Condition, Route or list) that DATA is."""
    while typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]
    if typing.get_origin(kind) not in (typing.Union, UnionType):
        return kind
    for member in typing.get_args(kind):
        member = concrete(member, data)
        if member is NoneType:
            continue
        if isinstance(member, type) and issubclass(member, BaseModel):
            aliases = {f.alias or n for n, f in member.model_fields.items()}
            if isinstance(data, dict) and set(data) <= aliases:
                return member
        elif (isinstance(data, dict) and typing.get_origin(member) is dict) or (isinstance(data, list) and typing.get_origin(member) is list):
            return member
    return Any


def title(cls: type[BaseModel], name: str) -> str:
    """A field's title as pydantic writes it: `reply_within` → 'Reply Within'."""
    return (cls.model_fields[name].alias or name).title().replace("_", " ")


def hover_parts(markdown: str) -> tuple[str, str]:
    """The heading and the description of yaml-language-server's hover text, unescaped."""
    blocks = markdown.split("\n\n")
    heading = blocks[0].removeprefix("#### ")
    text = []
    for block in blocks[1:]:
        if block.startswith(("Allowed Values:", "Example:", "Source:", "```")):
            break
        text.append(block)
    return re.sub(r"\\(.)", r"\1", heading), " ".join(re.sub(r"\\(.)", r"\1", " ".join(text)).split())


@pytest.fixture(scope="module")
def server():
    if reason := missing():
        pytest.skip(reason)
    ls = YamlLanguageServer()
    yield ls
    ls.close()


def test_hover_shows_each_fields_own_description(folder, server):
    """On the first use of each field in a drill using every optional field, the starter and
    the library: the field's own docstring under its own title, never a type's text or a class
    name such as 'Expectation' or 'At || At'. (Every key of the library would take minutes: the server validates the whole file
    for each hover.)"""
    fixture = folder / HOVER_FIXTURE.name
    wrong, seen, done = [], set(), set()
    for path in [fixture, *(p for p in good_files(folder) if p != fixture)]:
        text = path.read_text(encoding="utf-8")
        data = parse_yaml(text.encode(), path.name).data
        uri = server.open(path)
        for where, line, column in keys(text):
            owner = field_at(data, where)
            if owner is None or (path != fixture and owner in done):
                continue
            done.add(owner)
            cls, name = owner
            heading, description = hover_parts(server.hover(uri, line, column + 1))
            expected = (title(cls, name), " ".join(str(field_doc(cls, name)).split()))
            if (heading, description) != expected:
                wrong.append(f"{path.name}: {'/'.join(map(str, where))}: {heading!r}: {description!r}")
            if path == fixture:
                seen.add(where)
    assert not wrong, "\n".join(wrong)
    assert seen >= NAMED, NAMED - seen


def test_hover_on_a_named_field_reads_as_the_editor_shows_it(folder, server):
    """One hover whole, so a change in the server's layout is seen here and not as a puzzle."""
    path = folder / HOVER_FIXTURE.name
    uri = server.open(path)
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines()) if text.startswith("    at: "))
    heading, description = hover_parts(server.hover(uri, line, 5))
    assert (heading, description) == ("At", "Arrives at this sim time from the start (e.g. 12m).")


def test_the_hover_fixture_is_a_valid_drill():
    from drill.scenario.load import load

    assert load(HOVER_FIXTURE).scenario.id == "schema-hover"
