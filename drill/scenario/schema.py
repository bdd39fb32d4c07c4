"""JSON Schema export of the scenario format, for editors (VS Code's YAML extension)."""

from __future__ import annotations

import json

from drill.scenario.model import Scenario

SCHEMA_ID = "scenario.schema.json"


def schema_dict() -> dict:
    schema = Scenario.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "drill scenario, format 1"
    return schema


def schema_text() -> str:
    return json.dumps(schema_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
