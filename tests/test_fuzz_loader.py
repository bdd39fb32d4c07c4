"""Whatever a trainer (or a hostile file) feeds the loader, out comes a scenario or located diagnostics.

The property: `load_bytes` either returns, or raises ScenarioError whose diagnostics are all
well formed (a line and column from 1, a registered code, a one-line message). Any other
exception is a traceback a trainer would see, so it fails the test.
"""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from drill.scenario.diagnostics import CODES, Diagnostic, ScenarioError
from drill.scenario.lint import lint
from drill.scenario.load import Loaded, load_bytes, parse_yaml
from drill.scenario.starter import starter_text

NAME = "fuzz.yaml"
STARTER = starter_text("fuzz")
BASE = parse_yaml(STARTER.encode(), NAME).data

FUZZ = settings(max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, path + (i,))
    return found


PATHS = [p for p in _paths(BASE) if p]
FIELD_WORDS = sorted({str(k) for p in PATHS for k in p if isinstance(k, str)} | {"all", "any", "not", "spawn", "from", "for", "held", "after"})


def _at(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def check(raw: bytes) -> Loaded | None:
    """Load (and lint), failing on anything but success or well-formed diagnostics."""
    text = raw.decode("utf-8", "replace")
    try:
        loaded = load_bytes(raw, NAME)
    except ScenarioError as exc:
        assert exc.diagnostics, "a ScenarioError must carry at least one diagnostic"
        _well_formed(exc.diagnostics, text)
        return None
    _well_formed(lint(loaded), text)  # what loads, lints without a traceback too
    return loaded


def _well_formed(diagnostics: list[Diagnostic], text: str) -> None:
    for d in diagnostics:
        assert isinstance(d, Diagnostic)
        assert d.file == NAME
        assert isinstance(d.line, int) and isinstance(d.col, int)
        assert 1 <= d.line <= len(text.splitlines()) + 1, d
        assert d.col >= 1, d
        assert d.code in CODES, d
        assert d.message and "\n" not in d.message, d


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["yes", "no", "on", "off", "1:30", "12m", "40/m", "07:00-22:00", "0", "-1", "1e999", "~", "fi", "en"])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELD_WORDS) | st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated_data(draw) -> Any:
    """The starter's data with a few keys deleted, values replaced and keys inserted."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS))
        try:
            parent = _at(data, path[:-1])
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced it
        op = draw(st.sampled_from(["delete", "replace", "insert"]))
        if op == "delete":
            del parent[path[-1]]
        elif op == "replace":
            parent[path[-1]] = draw(values)
        elif isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(st.sampled_from(FIELD_WORDS) | st.text(max_size=10))] = draw(values)
        elif isinstance(parent[path[-1]], list):
            parent[path[-1]].insert(draw(st.integers(0, len(parent[path[-1]]))), draw(values))
    return data


@FUZZ
@given(data=mutated_data())
def test_mutated_scenario_data_loads_or_gives_located_diagnostics(data):
    check(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"))


@st.composite
def mutated_text(draw) -> str:
    """The starter's text with lines duplicated, cut, or random characters put in."""
    text = STARTER
    for _ in range(draw(st.integers(1, 3))):
        lines = text.splitlines(keepends=True) or [""]
        op = draw(st.sampled_from(["duplicate", "truncate", "insert", "delete"]))
        if op == "duplicate":  # a repeated `key: value` line is a duplicate key in text form
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(draw(st.integers(0, len(lines))), lines[i])
            text = "".join(lines)
        elif op == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif op == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(min_size=1, max_size=8) | st.sampled_from(list(":-[]{}&*!|>'\"#%@`?,\t\n") + ["\\", "\x00", "\x1b", "\u2028", "\ufeff"])) + text[at:]
        else:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
    return text


@FUZZ
@given(text=mutated_text())
@example(text=STARTER.replace("  length: 1h\n", "  length: 1h\n  length: 1h\n"))
@example(text=STARTER[: len(STARTER) // 2])
def test_mutated_scenario_text_loads_or_gives_located_diagnostics(text):
    check(text.encode("utf-8"))


def test_the_unmutated_starter_passes_the_same_check():
    """The property is not vacuous: the base case loads."""
    assert check(STARTER.encode()) is not None


YAML_BITS = st.sampled_from(
    list(":-[]{},#&*!|>'\"?%@`~\\\t\n ")
    + ["format: 1\n", "id: x\n", "- ", ": ", "  ", "\n  ", "!!str ", "&a ", "*a", "---\n", "...\n", "<<: ", "? ", "|\n", ">-\n", "'", "\\x1b", "1:30", "no", "{", "["]
)


@FUZZ
@given(text=st.lists(YAML_BITS | st.text(max_size=3), max_size=60).map("".join))
def test_random_yaml_like_text_gives_located_diagnostics(text):
    check(text.encode("utf-8"))


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_give_located_diagnostics(raw):
    check(raw)


@FUZZ
@given(doc=st.dictionaries(st.sampled_from(FIELD_WORDS), values, max_size=8))
def test_random_documents_with_scenario_words_give_located_diagnostics(doc):
    check(yaml.safe_dump(doc, allow_unicode=True).encode("utf-8"))
