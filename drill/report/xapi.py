"""xAPI 1.0.3 statements from the run record, for a learning record store.

One statement per decision (responded), one per scoring dimension (scored, with
result.score.scaled), one for the run (completed). Statement ids are UUIDv5 of the run and
the statement's place in it, so sending the same run twice gives the same ids and an LRS
keeps one copy. Timestamps exist only when the journal header says when the run started (with its UTC offset);
the run itself is timed on the simulated clock, carried in an extension.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

BASE = "https://drill.invalid"
"""The IRI root of drill's activities and extensions (.invalid: an identifier, never fetched)."""
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE + "/xapi")
VERBS = {
    "responded": ("http://adlnet.gov/expapi/verbs/responded", {"en": "responded", "fi": "vastasi"}),
    "scored": ("http://adlnet.gov/expapi/verbs/scored", {"en": "scored", "fi": "sai pisteet"}),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", {"en": "completed", "fi": "suoritti"}),
}
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
OBJECTIVE = "http://adlnet.gov/expapi/activities/objective"
EXT_SIM_TIME = BASE + "/xapi/extensions/sim-time"
EXT_SEED = BASE + "/xapi/extensions/seed"
EXT_COUNT = BASE + "/xapi/extensions/count"
EXT_RATING = BASE + "/xapi/extensions/rating"
EXT_CRITICAL = BASE + "/xapi/extensions/critical"


def _iri(*parts: str) -> str:
    return "/".join([BASE, *(quote(str(p), safe="") for p in parts)])


def run_key(record: dict[str, Any]) -> str:
    """What makes a run this run: scenario, its digest, seed, who, when, and every action."""
    run = record["run"]
    actions = [[a["t"], a["verb"], a["item"], a["option"], a["level"], a["ok"]] for a in record["actions"]]
    digest = hashlib.sha256(json.dumps(actions, separators=(",", ":")).encode()).hexdigest()
    return "|".join(str(v) for v in (run["scenario"], run["digest"], run["seed"], run["started"], ",".join(run["trainees"]), digest))


def actor(record: dict[str, Any]) -> dict[str, Any]:
    """The trainee from the header (a group for a team), or 'anonymous'."""
    names = record["run"]["trainees"] or ["anonymous"]
    agents = [{"objectType": "Agent", "name": n, "account": {"homePage": BASE + "/trainees", "name": n}} for n in names]
    if len(agents) == 1:
        return agents[0]
    return {"objectType": "Group", "name": ", ".join(names), "member": agents}


def _timestamp(record: dict[str, Any], t: float) -> str | None:
    started = record["run"]["started"]
    try:
        when = datetime.fromisoformat(str(started))
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None  # a local time without its offset cannot be placed on the LRS's timeline
    return (when + timedelta(seconds=round(t, 3))).isoformat()


def _duration(seconds: float) -> str:
    return f"PT{round(seconds, 2):g}S"


def statements(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every statement of the run, in a fixed order."""
    lang = record["lang"]
    scenario = record["scenario"]
    key = run_key(record)
    registration = str(uuid.uuid5(NAMESPACE, key))
    who = actor(record)
    parent = {
        "objectType": "Activity", "id": _iri("scenarios", scenario["id"]),
        "definition": {"name": {lang: scenario["title"]}, "description": {lang: scenario["summary"] or scenario["title"]}, "type": SIMULATION},
    }
    context = {
        "registration": registration, "platform": "drill", "language": lang,
        "contextActivities": {"parent": [{"objectType": "Activity", "id": parent["id"]}]},
        "extensions": {EXT_SEED: record["run"]["seed"]},
    }

    def statement(kind: str, n: int, verb: str, obj: dict[str, Any], result: dict[str, Any], t: float, ctx: dict[str, Any]) -> dict[str, Any]:
        out = {
            "id": str(uuid.uuid5(NAMESPACE, f"{key}|{kind}|{n}")), "actor": who,
            "verb": {"id": VERBS[verb][0], "display": {lang: VERBS[verb][1][lang]}},
            "object": obj, "result": result, "context": ctx,
        }
        stamp = _timestamp(record, t)
        if stamp:
            out["timestamp"] = stamp
        return out

    out = []
    for n, d in enumerate(m for m in record["decisions"] if m["verb"] != "missed"):
        target = ("floods", d["item"]) if d["flood"] else ("injects", d["item"]) if d["item"] else (
            ("escalation", d["level"]) if d["verb"] == "escalate" else ("status", (d["chosen"] or {}).get("id", "")))
        name = d["item"] or (d["chosen"] or {}).get("label") or d["verb_name"]
        obj = {"objectType": "Activity", "id": _iri("scenarios", scenario["id"], *target),
               "definition": {"name": {lang: name}, "type": INTERACTION}}
        response = (d["chosen"] or {}).get("id") or d["level"] or d["verb"]
        result = {
            "response": f"{d['verb']}:{response}", "success": d["better"] is None and not d["critical"],
            "extensions": {EXT_SIM_TIME: d["t"], EXT_COUNT: d["count"], EXT_CRITICAL: d["critical"]},
        }
        out.append(statement("decision", n, "responded", obj, result, d["t"], context))
    end = record["run"]["duration"]
    for dim in record["summary"]["dimensions"]:
        obj = {"objectType": "Activity", "id": _iri("scenarios", scenario["id"], "dimensions", dim["name"]),
               "definition": {"name": {lang: dim["label"]}, "type": OBJECTIVE}}
        result = {
            "score": {"scaled": round(dim["score"] / 100, 4), "raw": dim["score"], "min": 0, "max": 100},
            "success": dim["rating"] in ("P", "S"), "extensions": {EXT_RATING: dim["rating"]},
        }
        out.append(statement(f"dimension:{dim['name']}", 0, "scored", obj, result, end, context))
    summary = record["summary"]
    result = {
        "score": {"scaled": round(summary["overall"] / 100, 4), "raw": summary["overall"], "min": 0, "max": 100},
        "success": summary["rating"] in ("P", "S") and not summary["critical"], "completion": True,
        "duration": _duration(end),
        "extensions": {EXT_RATING: summary["rating"], EXT_CRITICAL: [c["id"] for c in summary["critical"]]},
    }
    ctx = {k: v for k, v in context.items() if k != "contextActivities"}
    out.append(statement("completed", 0, "completed", parent, result, end, ctx))
    return out
