"""JSON Schema export of the scenario format, for editors (VS Code's YAML extension) and
validators (ajv, check-jsonschema).

Every field of the models is documented by the docstring under it. Pydantic can read those
when each class is created (`use_attribute_docstrings`), but parsing the module's source
costs every `drill` start about 90 ms; only the schema needs them, so they are read here.

Pydantic's schema is then shaped for the editor. yaml-language-server shows on hover the first
title and description among the schemas a value matches, and it matches union branches and
$ref targets before the property itself: a nullable duration showed 'A duration with units',
a nested object its class name, and an `anyOf` of untitled branches 'At || At'. So every
property carries its own title and description, branches and $defs carry none, and a union
with null is a `oneOf` of disjoint branches. It also checks what pydantic leaves out: the ids
that key a mapping, and a bounded duration's limits as far as a pattern can tell them.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import textwrap
from typing import Any

import annotated_types

from drill.scenario.model import Scenario
from drill.scenario.types import parse_duration
from drill.scenario.vocabulary import Model

SCHEMA_ID = "scenario.schema.json"
DRILL_SCHEMA_ID = "drill.schema.json"
"""A drill folder's drill.yaml (drill.folder): the scenario, its injects optional."""
INJECT_SCHEMA_ID = "inject.schema.json"
"""A drill folder's injects/*.yaml: one inject, or a list of them."""
UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}


def attribute_docs(cls: type) -> dict[str, str]:
    """The docstring written under each annotated attribute of a class body."""
    node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(node, ast.ClassDef)  # the source of a class is its class statement
    body = node.body
    docs = {}
    for node, following in itertools.pairwise(body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docs[node.target.id] = inspect.cleandoc(following.value.value)
    return docs


def models() -> list[type[Model]]:
    found, todo = [], [Model]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.append(sub)
                todo.append(sub)
    return found


def field_doc(cls: type[Model], name: str) -> str | None:
    """A field's description: its own, or the docstring under it where it is declared."""
    field = cls.model_fields[name]
    if field.description is not None:
        return field.description
    declared = next((k for k in cls.__mro__ if name in inspect.get_annotations(k)), cls)
    return attribute_docs(declared).get(name)


def document_fields(schema: dict) -> None:
    """Give every property the description of its field (over the description of its type).
    Set on the schema, not on the models: a model rebuilt with new descriptions would still
    embed the schemas of the models it holds as they were built, so the result hung on the
    order of the rebuilds."""
    for cls in models():  # Scenario among them
        target = schema if cls is Scenario else schema["$defs"].get(cls.__name__, {})
        for name, field in cls.model_fields.items():
            doc = field_doc(cls, name)
            if doc is not None and "properties" in target:
                target["properties"][field.alias or name]["description"] = doc


def above(limit: int) -> str:
    """A regex for the whole numbers, written without leading zeros, greater than LIMIT."""
    digits = str(limit)
    longer = rf"[1-9]\d{{{len(digits)},}}"
    rest = {0: "", 1: r"\d"}
    same = [
        digits[:i] + (f"[{int(d) + 1}-9]" if d < "8" else "9") + rest.get(len(digits) - i - 1, rf"\d{{{len(digits) - i - 1}}}")
        for i, d in enumerate(digits) if d != "9"
    ]
    return "(" + "|".join([longer, *same]) + ")"


def duration_limits(field: Any) -> dict | None:
    """`not` for a bounded duration: zero when it must be positive, and any single part
    over the upper limit (8d or 169h of at most 7d). A sum such as 7d1h is left to the loader."""
    wrong = []
    for m in field.metadata:  # a duration's bounds are whole seconds (annotated_types types them only as comparable)
        if (isinstance(m, annotated_types.Gt) and isinstance(m.gt, int) and m.gt >= 0) or (isinstance(m, annotated_types.Ge) and isinstance(m.ge, int) and m.ge > 0):
            wrong.append("^(0+[dhms])+$")
        most = m.le if isinstance(m, annotated_types.Le) else m.lt - 1 if isinstance(m, annotated_types.Lt) and isinstance(m.lt, int) else None
        if isinstance(most, int):
            wrong += [f"(^|[dhm])0*{above(most // size)}{unit}" for unit, size in UNITS.items()]
    return {"type": "string", "pattern": "|".join(wrong)} if wrong else None


def bound_durations(schema: dict) -> None:
    """Each bounded duration field's limits, which pydantic drops for a string-typed value."""
    for cls in models():  # Scenario among them
        target = schema if cls is Scenario else schema["$defs"].get(cls.__name__, {})
        for name, field in cls.model_fields.items():
            is_duration = any(getattr(m, "func", None) is parse_duration for m in field.metadata)
            if is_duration and (limits := duration_limits(field)) is not None:
                target["properties"][field.alias or name]["not"] = limits


def kinds(schema: dict, sub: dict) -> set[str]:
    """The JSON types a branch takes (integer counted as number); empty if it does not say."""
    if "$ref" in sub:
        sub = schema["$defs"][sub["$ref"].rsplit("/", 1)[1]]
    if "oneOf" in sub:
        return set().union(*(kinds(schema, b) for b in sub["oneOf"]))
    types = sub.get("type", [])
    return {"number" if t == "integer" else t for t in (types if isinstance(types, list) else [types])}


def one_of(schema: dict, prop: dict) -> None:
    """`anyOf: [X, null]` → `oneOf` of untitled branches, when they cannot overlap: X's own
    branches in, if X is an anyOf of disjoint types (Text) or already a oneOf (Condition)."""
    groups: list[list[dict]] = []
    for branch in prop["anyOf"]:
        pure = set(branch) <= {"anyOf", "oneOf", "title", "description"}
        if pure and "oneOf" in branch:
            groups.append(branch["oneOf"])
        else:
            groups += [[b] for b in branch["anyOf"]] if pure and "anyOf" in branch else [[branch]]
    taken = [set().union(*(kinds(schema, b) for b in group)) for group in groups]
    if all(taken) and len(set().union(*taken)) == sum(len(t) for t in taken):
        del prop["anyOf"]
        prop["oneOf"] = [{k: v for k, v in b.items() if k not in ("title", "description")} for g in groups for b in g]


def for_editors(schema: dict) -> None:
    """The field's own title and description where the editor looks first (see above), and
    the id pattern on a mapping's keys (pydantic writes it as patternProperties, which lets
    any other key through)."""
    for definition in schema["$defs"].values():
        definition.pop("title", None)
        definition.pop("description", None)
    for owner in [schema, *schema["$defs"].values()]:
        for name, prop in owner.get("properties", {}).items():
            prop.setdefault("title", name.title().replace("_", " "))
            if any(b == {"type": "null"} for b in prop.get("anyOf", [])):
                one_of(schema, prop)
            keyed = prop.get("patternProperties")
            if keyed and len(keyed) == 1 and "additionalProperties" not in prop:  # dict[Id, X]
                (pattern, value), = keyed.items()
                del prop["patternProperties"]
                prop["propertyNames"] = {**prop.get("propertyNames", {}), "pattern": pattern}
                prop["additionalProperties"] = value


def schema_dict() -> dict:
    schema = Scenario.model_json_schema(by_alias=True, mode="validation")
    document_fields(schema)
    bound_durations(schema)
    for_editors(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "drill scenario, format 1"
    return schema


def schema_text() -> str:
    return json.dumps(schema_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def folder_schemas() -> dict[str, dict]:
    """The schemas of a drill folder's parts, by file name: drill.yaml is the scenario with its
    injects optional (they may all be in injects/), an inject file one inject or a list."""
    base = schema_dict()
    drill = {**base, "$id": DRILL_SCHEMA_ID, "title": "drill folder's drill.yaml, format 1",
             "required": [key for key in base["required"] if key != "injects"]}
    inject = {
        "$schema": base["$schema"], "$id": INJECT_SCHEMA_ID, "title": "drill folder's inject file, format 1",
        "$defs": base["$defs"],
        "oneOf": [{"$ref": "#/$defs/Inject"}, {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Inject"}}],
    }
    return {DRILL_SCHEMA_ID: drill, INJECT_SCHEMA_ID: inject}


def schema_files() -> dict[str, str]:
    """Every schema `drill schema` writes, by file name: the one-file form's and a folder's parts'."""
    texts = {SCHEMA_ID: schema_text()}
    texts.update({name: json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n" for name, schema in folder_schemas().items()})
    return texts
