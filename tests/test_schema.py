"""The committed JSON Schema is current, explains every key, and agrees with the loader.

Editors read scenarios/scenario.schema.json for completion and hover help; a stale or silent
schema misleads trainers while they type. Validation here checks formats too, as ajv with
ajv-formats and check-jsonschema do (tests/test_schema_tools.py runs those two and the YAML
language server itself).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from drill.scenario.load import ScenarioError, parse_yaml, validate_data
from drill.scenario.model import Clock, Flood
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


@cache
def validator(name: str | None = None) -> jsonschema.Draft202012Validator:
    """A validator that checks formats, as ajv-formats and check-jsonschema do: for a whole
    scenario, or for one model of the format (one entry of $defs)."""
    schema = schema_dict()
    if name is not None:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{name}"}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


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
    assert missing == [], "fields without a docstring in the format's models (drill/scenario/model.py, conditions.py, consequences.py): " + ", ".join(missing)


def test_the_language_keys_of_texts_have_a_description():
    silent = [path for path, name, sub in properties(schema_dict()) if name in LANG_KEYS and "description" not in sub]
    assert silent == []


def test_id_fields_keep_their_own_description():
    """Hover on `spawn:` should say 'The inject to bring in.', not what an id looks like."""
    generic = "An id: lower-case letters, digits, '-' and '_'."
    same = [path for path, _, sub in properties(schema_dict()) if sub.get("description") == generic]
    assert same == []


def test_the_starter_validates_against_the_schema():
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(starter_data())]
    assert errors == []


@pytest.mark.parametrize("path", sorted((REPO / "scenarios").glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_scenarios_validate_against_the_schema(path):
    data = parse_yaml(path.read_bytes(), str(path)).data
    assert [e.message for e in validator().iter_errors(data)] == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["clock"].update(speed="fast"), ["clock", "speed"]),
        (lambda d: d["clock"].update(length="1:30"), ["clock", "length"]),
        (lambda d: d["organisation"].update(sectr="retail"), ["organisation"]),
        (lambda d: d["injects"][0].update(personal_data="no"), ["injects", 0, "personal_data"]),
        (lambda d: d.update(format=2), ["format"]),
        (lambda d: d.pop("clock"), []),
        (lambda d: d["injects"][0].update(at=""), ["injects", 0, "at"]),
        (lambda d: d["injects"][0]["expect"].update(reply_within=""), ["injects", 0, "expect", "reply_within"]),
        (lambda d: d["clock"].update(length="0m"), ["clock", "length"]),
        (lambda d: d["clock"].update(length="0d0h0m0s"), ["clock", "length"]),
        (lambda d: d["clock"].update(length="8d"), ["clock", "length"]),
        (lambda d: d["clock"].update(length="169h"), ["clock", "length"]),
        (lambda d: d["clock"].update(length="1h10081m"), ["clock", "length"]),
        (lambda d: d["clock"].update(starts="2026-13-16T09:00"), ["clock", "starts"]),
        (lambda d: d["clock"].update(starts="16.11.2026 09:00"), ["clock", "starts"]),
        (lambda d: d["clock"].update(starts="2026-11-16T9:00"), ["clock", "starts"]),
        (lambda d: d.update(personas={"Matti K": {"name": "Matti"}}), ["personas"]),
        (lambda d: d.update(facts={"Price": "5 €"}), ["facts"]),
        (lambda d: d["ground_rules"].update(roles={"DPO": {"name": "Kaisa"}}), ["ground_rules", "roles"]),
        (lambda d: d["ground_rules"].update(identifiers={"order no": "AA9999"}), ["ground_rules", "identifiers"]),
    ],
    ids=[
        "wrong-type", "bad-duration", "unknown-key", "yaml-1.1-bool", "format-2", "missing-key",
        "empty-duration", "empty-optional-duration", "zero-length", "zero-length-in-parts", "length-over-7d-in-days",
        "length-over-7d-in-hours", "length-over-7d-in-minutes", "month-13", "not-iso", "one-digit-hour",
        "persona-id", "fact-id", "role-id", "identifier-id",
    ],
)
def test_the_schema_rejects_what_the_loader_rejects(change, where):
    """So an editor underlines the same mistakes `drill validate` reports."""
    data = starter_data()
    change(data)
    with pytest.raises(ScenarioError):  # the loader does reject it
        validate_data(parse_yaml(json.dumps(data).encode(), "changed.yaml"))
    errors = list(validator().iter_errors(data))
    assert errors
    assert where in paths(errors)


def paths(errors: Iterable[jsonschema.ValidationError]) -> list[list[Any]]:
    """Where each error and each of a union's branch errors is."""
    return [p for e in errors for p in [list(e.absolute_path), *paths(e.context or [])]]


@pytest.mark.parametrize(
    "starts", ["2026-11-14T06:00", "2026-11-14T06:00:30", "2026-11-14 06:00", "2026-11-14T23:59:59.5", "2026-11-14T06:00+02:00"]
)
def test_the_schema_takes_the_local_times_the_loader_takes(starts):
    """clock.starts is local time without seconds (the format's own examples), not RFC 3339."""
    Clock.model_validate({"starts": starts, "length": "1h"})
    assert list(validator("Clock").iter_errors({"starts": starts, "length": "1h"})) == []


DURATION_PARTS = st.tuples(*(st.one_of(st.none(), st.integers(0, 700_000), st.integers(0, 20)) for _ in "dhms"))


def duration_text(parts: tuple[int | None, ...], zeros: int = 0) -> str:
    return "".join(f"{'0' * zeros}{n}{unit}" for n, unit in zip(parts, "dhms") if n is not None)


def loader_takes(model: type, data: dict) -> bool:
    try:
        model.model_validate(data)
    except ValidationError:
        return False
    return True


@settings(deadline=None)
@given(DURATION_PARTS, st.integers(0, 2))
def test_duration_limits_never_refuse_what_the_loader_takes(parts, zeros):
    """The schema checks a bounded duration's parts (never zero; 8d, 169h, 10081m or 604801s
    alone are over 7d), so it can refuse less than the loader (7d1h) but never more."""
    text = duration_text(parts, zeros)
    for model, data, name in (
        (Clock, {"starts": "2026-11-14T06:00", "length": text}, "Clock"),
        (Flood, {"id": "f", "rate": "1/m", "templates": [{"text": "x"}], "status_lapse": text}, "Flood"),
    ):
        schema_takes = not list(validator(name).iter_errors(data))
        if loader_takes(model, data):
            assert schema_takes, (name, text)
        elif sum(n is not None for n in parts) <= 1:  # one part or none: the schema knows as much as the loader
            assert not schema_takes, (name, text)


def branches(schema: dict, sub: Any) -> Iterator[dict]:
    """What an editor matches besides the property itself: union branches and $ref targets."""
    if not isinstance(sub, dict):
        return
    if "$ref" in sub:
        target = schema["$defs"][sub["$ref"].rsplit("/", 1)[1]]
        yield target
        yield from branches(schema, target)
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in sub.get(key, []):
            yield branch
            yield from branches(schema, branch)


def test_no_type_text_shadows_a_field_description():
    """yaml-language-server shows the first title and description among the schemas a value
    matches, union branches and $ref targets before the property: a type's own text there
    ('A duration with units…', a class name) hides the field's. And an anyOf whose branches
    all lack title, description and properties shows 'At || At'."""
    schema = schema_dict()
    shadowed, untitled, doubled = [], [], []
    for path, name, sub in properties(schema):
        if name not in LANG_KEYS and not sub.get("title"):
            untitled.append(path)
        shadowed += [path for branch in branches(schema, sub) if "title" in branch or "description" in branch]
        if sub.get("anyOf") and not any({"title", "description", "properties"} & set(b) for b in sub["anyOf"]):
            doubled.append(path)
    assert (sorted(set(shadowed)), untitled, doubled) == ([], [], [])
