"""The condition and consequence registries: the loader's word for a wrong kind, and the walks
over a condition tree that refs, lint, the graph and the engine share."""

from __future__ import annotations

from pydantic import TypeAdapter

from drill.scenario.conditions import CONDITIONS, Condition, children, fold, walk
from drill.scenario.consequences import CONSEQUENCES
from drill.scenario.diagnostics import ScenarioError
from drill.scenario.load import load_bytes
from drill.scenario.starter import starter_text

STARTER = starter_text("demo")


def messages(old: str, new: str) -> list[str]:
    assert STARTER.count(old) == 1
    try:
        load_bytes(STARTER.replace(old, new).encode(), "case.yaml")
    except ScenarioError as exc:
        return [d.message for d in exc.diagnostics]
    raise AssertionError("the edited starter loaded")


def test_a_wrong_condition_names_every_kind_in_the_order_of_the_schema():
    assert messages("when: {unanswered: late-parcel, for: 30m}", "when: {zzz: late-parcel}") == [
        "a condition starts with one of: all, any, not, action, meter, unanswered, arrived, elapsed, clock, escalated, fired, flood, chance"
    ]


def test_a_wrong_consequence_names_every_kind_and_suggests_the_nearest():
    assert messages("      - {meter: heat, add: 20}", "      - {spwn: x}") == [
        "a consequence starts with one of: spawn, meter, start_flood, stop_flood, end; did you mean 'spawn'?"
    ]


def test_the_keys_come_from_the_registries():
    assert CONDITIONS.keys[:3] == ("all", "any", "not")
    assert CONSEQUENCES.keys == ("spawn", "meter", "start_flood", "stop_flood", "end")
    assert [kind.key for kind in CONDITIONS.kinds if kind.sub] == ["all", "any", "not"]


TREE = {"any": [{"arrived": "a"}, {"all": [{"fired": "t"}, {"not": {"elapsed": "5m"}}]}]}


def test_walk_gives_every_condition_with_its_data_path():
    cond = TypeAdapter(Condition).validate_python(TREE)
    walked = [(CONDITIONS.of(c).key, path) for c, path in walk(cond, ("triggers", 0, "when"))]
    assert walked == [
        ("any", ("triggers", 0, "when")),
        ("arrived", ("triggers", 0, "when", "any", 0)),
        ("all", ("triggers", 0, "when", "any", 1)),
        ("fired", ("triggers", 0, "when", "any", 1, "all", 0)),
        ("not", ("triggers", 0, "when", "any", 1, "all", 1)),
        ("elapsed", ("triggers", 0, "when", "any", 1, "all", 1, "not")),
    ]
    assert list(children(cond.any[0])) == []


def test_fold_joins_each_connective_by_its_own_logic():
    cond = TypeAdapter(Condition).validate_python(TREE)
    shown = fold(
        cond,
        leaf=lambda c: CONDITIONS.of(c).key,
        every=lambda parts: "(" + " and ".join(parts) + ")",
        some=lambda parts: "(" + " or ".join(parts) + ")",
        negated=lambda parts: "not " + next(iter(parts)),
    )
    assert shown == "(arrived or (fired and not elapsed))"
