"""JSON Schema export of the scenario format, for editors (VS Code's YAML extension).

Every field of the models is documented by the docstring under it. Pydantic can read those
when each class is created (`use_attribute_docstrings`), but parsing the module's source
costs every `drill` start about 90 ms; only the schema needs them, so they are read here.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap

from drill.scenario.model import Model, Scenario

SCHEMA_ID = "scenario.schema.json"


def attribute_docs(cls: type) -> dict[str, str]:
    """The docstring written under each annotated attribute of a class body."""
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, following in zip(body, body[1:]):
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


def document_fields() -> None:
    """Give every field without a description the docstring under it, then rebuild."""
    everything = models()
    for cls in everything:
        for name, doc in attribute_docs(cls).items():
            field = cls.model_fields.get(name)
            if field is not None and field.description is None:
                field.description = doc
    for cls in everything:
        cls.model_rebuild(force=True)


def schema_dict() -> dict:
    document_fields()
    schema = Scenario.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "drill scenario, format 1"
    return schema


def schema_text() -> str:
    return json.dumps(schema_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
