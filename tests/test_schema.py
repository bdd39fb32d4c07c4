"""The committed JSON Schema is current, explains every key, and agrees with the loader.

Editors read scenarios/scenario.schema.json for completion and hover help; a stale or silent
schema misleads trainers while they type.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from drill.scenario.load import parse_yaml
from drill.scenario.schema import SCHEMA_ID, schema_dict, schema_text
from drill.scenario.starter import starter_text

REPO = Path(__file__).parent.parent
COMMITTED = REPO / "scenarios" / SCHEMA_ID
LANG_KEYS = {"fi", "en"}


def properties(node: Any, where: str = "#") -> Iterator[tuple[str, str, dict]]:
    """Every (path, name, schema) under a `properties` anywhere in the schema, $defs included."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{where}/properties/{name}", name, sub
        for key, sub in node.items():
            yield from properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from properties(sub, f"{where}/{i}")


def starter_data() -> Any:
    return parse_yaml(starter_text("schema-check").encode(), "starter.yaml").data


def test_the_committed_schema_is_current():
    committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
    assert committed == schema_text(), (
        f"{COMMITTED.relative_to(REPO)} is stale: run `drill schema` and commit the result"
    )


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(schema_dict())
    assert json.loads(schema_text()) == schema_dict()


def test_the_walk_sees_top_level_and_defs_properties():
    """Guards the next test against walking nothing."""
    seen = {path for path, _, _ in properties(schema_dict())}
    assert "#/properties/clock" in seen
    assert "#/$defs/Inject/properties/personal_data" in seen
    assert "#/$defs/UnansweredCond/properties/for" in seen
    assert len(seen) > 150


def test_every_key_of_the_format_has_a_description():
    missing = [
        path
        for path, name, sub in properties(schema_dict())
        if name not in LANG_KEYS and not str(sub.get("description", "")).strip()
    ]
    assert missing == [], "fields without a docstring in drill/scenario/model.py: " + ", ".join(missing)


def test_the_language_keys_of_texts_have_a_description():
    silent = [path for path, name, sub in properties(schema_dict()) if name in LANG_KEYS and "description" not in sub]
    assert silent == []


def test_id_fields_keep_their_own_description():
    """Hover on `spawn:` should say 'The inject to bring in.', not what an id looks like."""
    generic = "An id: lower-case letters, digits, '-' and '_'."
    same = [path for path, _, sub in properties(schema_dict()) if sub.get("description") == generic]
    assert same == []


def test_the_starter_validates_against_the_schema():
    validator = jsonschema.Draft202012Validator(schema_dict())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(starter_data())]
    assert errors == []


@pytest.mark.parametrize("path", sorted((REPO / "scenarios").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_scenarios_validate_against_the_schema(path):
    validator = jsonschema.Draft202012Validator(schema_dict())
    data = parse_yaml(path.read_bytes(), str(path)).data
    assert [e.message for e in validator.iter_errors(data)] == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["clock"].update(speed="fast"), ["clock", "speed"]),
        (lambda d: d["clock"].update(length="1:30"), ["clock", "length"]),
        (lambda d: d["organisation"].update(sectr="retail"), ["organisation"]),
        (lambda d: d["injects"][0].update(personal_data="no"), ["injects", 0, "personal_data"]),
        (lambda d: d.update(format=2), ["format"]),
        (lambda d: d.pop("clock"), []),
    ],
    ids=["wrong-type", "bad-duration", "unknown-key", "yaml-1.1-bool", "format-2", "missing-key"],
)
def test_the_schema_rejects_what_the_loader_rejects(change, where):
    """So an editor underlines the same mistakes `drill validate` reports."""
    data = starter_data()
    change(data)
    errors = list(jsonschema.Draft202012Validator(schema_dict()).iter_errors(data))
    assert errors
    assert where in [list(e.absolute_path) for e in errors]
