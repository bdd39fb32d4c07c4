"""xAPI 1.0.3: statements that the `tincan` library parses, and that obey the statement rules."""

from __future__ import annotations

import json
import re
import uuid

import pytest

from drill.report import build_record, render
from drill.report.xapi import NAMESPACE, VERBS

try:
    import tincan
except ImportError:  # the statement rules below are still checked by hand
    tincan = None

needs_tincan = pytest.mark.skipif(tincan is None, reason="the tincan package is not installed (pip install tincan)")

DURATION = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$")
IRI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s]+$")


def statements_of(run, **kw) -> list[dict]:
    return json.loads(render(build_record(run.session, run.card, **kw), "xapi"))


def parse(statement: dict) -> None:
    """tincan's own parser (when installed) must take the statement as it is."""
    if tincan is not None:
        parsed = tincan.Statement.from_json(json.dumps(statement))
        assert str(parsed.id) == statement["id"]


def check_rules(statement: dict) -> None:
    """The xAPI 1.0.3 statement rules tincan does not enforce by itself."""
    assert uuid.UUID(statement["id"]).version == 5
    actor = statement["actor"]
    if actor["objectType"] == "Agent":
        assert IRI.match(actor["account"]["homePage"]) and actor["account"]["name"]
    else:
        assert actor["objectType"] == "Group" and actor["member"]
    assert IRI.match(statement["verb"]["id"]) and statement["verb"]["display"]
    assert statement["object"]["objectType"] == "Activity" and IRI.match(statement["object"]["id"])
    for lang_map in statement["object"].get("definition", {}).values():
        if isinstance(lang_map, dict):
            assert all(re.match(r"^[a-z]{2}(-[A-Z]{2})?$", k) for k in lang_map)
    result = statement.get("result", {})
    if "score" in result:
        score = result["score"]
        assert -1 <= score["scaled"] <= 1 and score["min"] <= score["raw"] <= score["max"]
    if "duration" in result:
        assert DURATION.match(result["duration"])
    for key in result.get("extensions", {}):
        assert IRI.match(key)
    context = statement["context"]
    assert uuid.UUID(context["registration"])
    assert "revision" not in context and "platform" in context


def test_statements_parse_with_tincan_and_follow_the_rules(runs):
    run = runs("demo", "random", trainee="Aino", started="2026-03-02T10:15:00+02:00")
    statements = statements_of(run)
    for statement in statements:
        parse(statement)
        check_rules(statement)
        assert statement["timestamp"].startswith("2026-03-02T") and statement["timestamp"].endswith("+02:00")
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs.count(VERBS["scored"][0]) == 6 and verbs[-1] == VERBS["completed"][0]
    assert verbs.count(VERBS["responded"][0]) == len(statements) - 7
    dims = [s for s in statements if s["verb"]["id"] == VERBS["scored"][0]]
    for s, (name, dim) in zip(dims, run.card.dimensions.items()):
        assert s["object"]["id"].endswith(f"/dimensions/{name}")
        assert s["result"]["score"]["scaled"] == pytest.approx(round(dim.score, 1) / 100)
    completed = statements[-1]
    assert completed["result"]["completion"] is True
    assert completed["result"]["score"]["scaled"] == pytest.approx(round(run.card.overall, 1) / 100)
    assert completed["actor"]["name"] == "Aino"


def test_ids_are_stable_across_renders_and_unique_across_runs(runs):
    a = statements_of(runs("demo", "random", seed=3))
    again = statements_of(runs("demo", "random", seed=3))
    other = statements_of(runs("demo", "random", seed=4))
    ids = [s["id"] for s in a]
    assert ids == [s["id"] for s in again]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {s["id"] for s in other}
    assert all(uuid.UUID(i) != uuid.uuid5(NAMESPACE, "") for i in ids)


def test_anonymous_actor_and_no_timestamp_without_a_start(runs):
    assert not any("timestamp" in s for s in statements_of(runs("demo", "ideal", started="2026-03-02T10:15:00")))
    statements = statements_of(runs("demo", "deleter"))
    assert {s["actor"]["name"] for s in statements} == {"anonymous"}
    assert not any("timestamp" in s for s in statements)
    decision = statements[0]
    assert decision["result"]["response"] == "delete:delete"
    assert decision["result"]["success"] is False
    assert decision["result"]["extensions"]["https://drill.invalid/xapi/extensions/critical"] == ["deleted_criticism"]
    for statement in statements:
        parse(statement)
        check_rules(statement)


def test_a_team_is_a_group(runs):
    statements = statements_of(runs("demo", "ideal", team=[{"name": "Aino", "role": "lead"}, {"name": "Mikko", "role": "comms"}]))
    actor = statements[-1]["actor"]
    assert actor["objectType"] == "Group" and [m["name"] for m in actor["member"]] == ["Aino (lead)", "Mikko (comms)"]
    parse(statements[-1])
    check_rules(statements[-1])


@needs_tincan
def test_tincan_round_trips_a_completion(runs):
    statement = statements_of(runs("demo", "ideal", trainee="Aino"))[-1]
    parsed = tincan.Statement.from_json(json.dumps(statement))
    assert parsed.verb.id == VERBS["completed"][0]
    assert parsed.result.score.scaled == statement["result"]["score"]["scaled"]
    assert parsed.result.completion is True


@needs_tincan
@pytest.mark.parametrize(("key", "bad"), [("id", "not-a-uuid"), ("timestamp", "2026-03-02T10:15:00"), ("result", {"duration": "ten minutes"})])
def test_tincan_is_a_real_check(runs, key, bad):
    """The parser the statements pass does reject malformed ones."""
    statement = dict(statements_of(runs("demo", "ideal", trainee="Aino"))[-1])
    statement[key] = bad
    with pytest.raises(Exception):
        tincan.Statement.from_json(json.dumps(statement))
