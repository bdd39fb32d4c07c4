"""Cross-references (D3xx, at load) and the drill's own graph checks (D4xx, `drill lint`).

Each case starts from a minimal scenario that loads and lints clean, adds the one thing that
breaks it, and asserts the code at the line and column of that thing.
"""

from __future__ import annotations

import pytest

from drill.scenario.diagnostics import Diagnostic, ScenarioError
from drill.scenario.lint import lint
from drill.scenario.load import load_bytes
from drill.scenario.starter import starter_text

NAME = "mini.yaml"
MINI = """\
format: 1
id: mini
title: Mini
summary: A minimal scenario.
role: The social-media shift.
organisation: {name: Shop}
clock: {starts: "2026-11-16T09:00", length: 1h}
injects:
  - id: first
    at: 5m
    text: Where is my parcel?
    expect: {reply_within: 15m, route: public}
    options:
      - {id: answer, value: 2, text: "Sorry, checking!", tags: [acknowledge]}
endings:
  - id: done
    title: Done
    text: It is over.
"""
INJECT_END = '      - {id: answer, value: 2, text: "Sorry, checking!", tags: [acknowledge]}\n'


def pos(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Line and column (from 1) where the nth occurrence of needle starts."""
    index = -1
    for _ in range(nth):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def after(text: str, prefix: str, nth: int = 1) -> tuple[int, int]:
    """Line and column of the value that follows prefix."""
    line, col = pos(text, prefix, nth)
    return line, col + len(prefix)


def edit(old: str, new: str, text: str = MINI) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def add(section: str, lines: str, text: str = MINI) -> str:
    """The text with a top-level section appended."""
    return text + f"{section}:\n" + lines


def linted(text: str) -> list[Diagnostic]:
    return lint(load_bytes(text.encode(), NAME))


def at(d: Diagnostic) -> tuple[str, int, int]:
    return d.code, d.line, d.col


def load_errors(text: str) -> list[Diagnostic]:
    with pytest.raises(ScenarioError) as caught:
        load_bytes(text.encode(), NAME)
    return caught.value.diagnostics


# ---------------------------------------------------------------------------- the clean cases


def test_the_minimal_base_lints_clean():
    assert linted(MINI) == []


def test_the_starter_lints_clean():
    assert lint(load_bytes(starter_text("late-delivery").encode(), "late-delivery.yaml")) == []


# ---------------------------------------------------------------------------- lint codes


def test_d401_inject_that_nothing_brings_in():
    text = edit(INJECT_END, INJECT_END + "  - id: lost\n    text: Nobody brings me in.\n")
    assert [at(d) for d in linted(text)] == [("D401", *pos(text, "lost"))]


def test_d401_not_for_held_injects_or_those_spawned_or_following_another():
    text = edit(
        INJECT_END,
        INJECT_END
        + "  - {id: held-one, held: true, text: The facilitator fires me.}\n"
        + "  - {id: follower, after: {inject: first, wait: 2m}, text: I follow.}\n"
        + "  - {id: spawned, text: A trigger spawns me.}\n",
    )
    text = add("triggers", "  - {id: go, when: {arrived: first}, then: [{spawn: spawned}]}\n", text)
    assert linted(text) == []


def test_d402_trigger_waiting_on_an_inject_that_never_arrives():
    text = edit(INJECT_END, INJECT_END + "  - {id: lost, text: Nobody brings me in.}\n")
    text = add("triggers", "  - id: never\n    when: {arrived: lost}\n    then: [{meter: heat, add: 5}]\n", text)
    found = linted(text)
    assert [at(d) for d in found] == [("D401", *pos(text, "lost")), ("D402", *after(text, "when: "))]
    assert "trigger 'never' can never fire" in found[1].message


def test_d402_chains_a_trigger_waiting_on_a_trigger_that_never_fires():
    text = add(
        "triggers",
        "  - {id: a, when: {elapsed: 2h}, then: [{meter: heat, add: 5}]}\n"
        "  - {id: b, when: {fired: a}, then: [{meter: heat, add: 5}]}\n",
    )
    found = {(d.code, d.line) for d in linted(text)}
    assert found == {
        ("D402", pos(text, "{id: a,")[0]),
        ("D402", pos(text, "{id: b,")[0]),
        ("D408", pos(text, "{id: a,")[0]),  # the time itself is beyond the clock
    }


def test_d403_ending_after_the_fallback_can_never_be_reached():
    text = MINI + "  - id: late\n    title: Late\n    text: Never chosen.\n    when: {meter: heat, above: 90}\n"
    found = linted(text)
    assert [at(d) for d in found] == [("D403", *after(text, "- id: ", nth=3))]
    assert "an earlier ending without 'when' always wins first" in found[0].message


def test_d403_not_when_a_trigger_ends_with_it():
    text = MINI + "  - {id: late, title: Late, text: Ended by a trigger.}\n"
    text = add("triggers", "  - {id: stop, when: {elapsed: 30m}, then: [{end: late}]}\n", text)
    assert linted(text) == []


def test_d404_option_without_tags():
    text = edit(INJECT_END, INJECT_END + '      - {id: plain, value: -1, text: "Hello, one moment."}\n')
    found = linted(text)
    assert [at(d) for d in found] == [("D404", *after(text, "{id: ", nth=2))]
    assert "option 'plain' has no tags" in found[0].message


def test_d404_status_update_without_tags():
    text = add("status_updates", '  - {id: holding, route: status_update, value: 2, text: "We are on it."}\n')
    assert [at(d) for d in linted(text)] == [("D404", *pos(text, "holding"))]


def test_d405_inject_needing_a_reply_without_an_expectation():
    text = edit(INJECT_END, INJECT_END + "  - id: second\n    at: 10m\n    needs_reply: true\n    text: Hello?\n")
    found = linted(text)
    assert [at(d) for d in found] == [("D405", *after(text, "- id: ", nth=2))]
    assert "'second' needs a reply" in found[0].message


def test_d406_text_missing_a_declared_language():
    """Required texts (title, an inject's text) as well as optional ones (feedback)."""
    text = edit("title: Mini\n", "title: {en: Mini}\nlanguages: [en, fi]\n")
    text = edit("    text: Where is my parcel?", "    text: {fi: \"Missä pakettini on?\"}", text)
    text = edit('tags: [acknowledge]}', 'tags: [acknowledge], feedback: {en: Good.}}', text)
    found = linted(text)
    assert [at(d) for d in found] == [
        ("D406", *after(text, "title: ")),
        ("D406", *after(text, "    text: ")),
        ("D406", *after(text, "feedback: ")),
    ]
    assert [d.message.split(" version")[0] for d in found] == ["text has no fi", "text has no en", "text has no fi"]


def test_d406_plain_strings_count_as_any_language():
    assert linted(edit("title: Mini\n", "title: Mini\nlanguages: [en, fi]\n")) == []


def test_d407_flood_that_never_starts():
    text = add("floods", "  - id: rush\n    rate: 10/m\n    templates: [{text: \"Is it open?\"}]\n")
    found = linted(text)
    assert [at(d) for d in found] == [("D407", *pos(text, "rush"))]


def test_d407_not_when_a_trigger_starts_it():
    text = add("floods", "  - {id: rush, rate: 10/m, templates: [{text: \"Is it open?\"}]}\n")
    text = add("triggers", "  - {id: go, when: {arrived: first}, then: [{start_flood: rush}]}\n", text)
    assert linted(text) == []


def test_d408_inject_due_after_the_end():
    text = edit("    at: 5m\n", "    at: 2h\n")
    found = {at(d) for d in linted(text)}
    assert ("D408", *after(text, "    at: ")) in found
    assert ("D401", *after(text, "- id: ")) in found  # and so it never arrives


def test_d408_elapsed_condition_after_the_end():
    text = add("triggers", "  - {id: late, when: {elapsed: 3h}, then: [{meter: heat, add: 1}]}\n")
    found = [at(d) for d in linted(text)]
    assert found == [("D402", *after(text, "when: ")), ("D408", *after(text, "elapsed: "))]


def test_d409_no_fallback_ending():
    text = edit("    text: It is over.\n", "    text: It is over.\n    when: {meter: heat, below: 50}\n")
    found = linted(text)
    assert [at(d) for d in found] == [("D409", *pos(text, "- id: done"))]


def test_d410_unknown_slot_in_a_flood_template():
    text = add("floods", "  - {id: rush, from: 1m, rate: 10/m, templates: [{text: \"Is {shop} open, {name}?\"}]}\n")
    found = linted(text)
    assert [at(d) for d in found] == [("D410", *after(text, "{text: "))]
    assert "unknown slot {shop}" in found[0].message


def test_d410_not_for_the_flood_s_own_slots():
    text = add("floods", "  - {id: rush, from: 1m, rate: 10/m, slots: {shop: [A, B]}, templates: [{text: \"Is {shop} open?\"}]}\n")
    assert linted(text) == []


def test_d411_expected_route_no_option_offers():
    text = edit("route: public}", "route: private}")
    found = linted(text)
    assert [at(d) for d in found] == [("D411", *after(text, "route: "))]
    assert "expects route private" in found[0].message


def test_d411_any_of_several_expected_routes_is_enough():
    assert linted(edit("route: public}", "route: [private, public]}")) == []


# ---------------------------------------------------------------------------- D412 (at load)


def test_d412_bad_test_steps_are_load_errors_at_each_step():
    text = add(
        "tests",
        "  - id: t\n"
        "    steps:\n"
        "      - 3m reply first.answer\n"
        "      - soon reply first.answer\n"
        "      - 4m shout first\n"
        "      - 5m reply first\n"
        "      - 6m escalate board\n",
    )
    found = load_errors(text)
    assert [at(d) for d in found] == [
        ("D412", *pos(text, "soon reply")),
        ("D412", *pos(text, "4m shout")),
        ("D412", *pos(text, "5m reply")),
        ("D412", *pos(text, "6m escalate")),
    ]
    assert "bad duration 'soon'" in found[0].message
    assert "unknown verb 'shout'" in found[1].message
    assert "needs INJECT.OPTION" in found[2].message
    assert "no escalation level or role 'board': use one of service, comms, management" in found[3].message


# ---------------------------------------------------------------------------- references (D301, D302)


@pytest.mark.parametrize(
    ("extra", "prefix", "message"),
    [
        ("  - {id: x, after: {inject: frist}, text: t}\n", "{inject: ", "no inject with id 'frist'; did you mean 'first'?"),
        ("  - {id: x, after: {inject: x}, text: t}\n", "{inject: ", "inject 'x' cannot follow itself"),
        ("  - {id: x, at: 1m, persona: matti, text: t}\n", "persona: ", "no persona with id 'matti'"),
        ("  - {id: x, at: 1m, thread: firts, text: t}\n", "thread: ", "no inject with id 'firts'; did you mean 'first'?"),
        ("  - {id: x, at: 1m, text: t, options: [{id: o, text: t, covers: [rsh]}]}\n", "covers: [", "no flood with id 'rsh'"),
    ],
    ids=["after", "after-self", "persona", "thread", "covers"],
)
def test_d301_references_from_injects(extra, prefix, message):
    text = edit(INJECT_END, INJECT_END + extra)
    [d] = load_errors(text)
    assert at(d) == ("D301", *after(text, prefix))
    assert message in d.message


@pytest.mark.parametrize(
    ("when", "prefix", "message"),
    [
        ("{action: reply, inject: frist}", "inject: ", "no inject with id 'frist'"),
        ("{action: reply, inject: first, option: anser}", "option: ", "no option of inject 'first' with id 'anser'; did you mean 'answer'?"),
        ("{action: status, option: hold}", "option: ", "no option with id 'hold'"),
        ("{unanswered: frist, for: 5m}", "unanswered: ", "no inject with id 'frist'"),
        ("{arrived: frist}", "arrived: ", "no inject with id 'frist'"),
        ("{fired: nope}", "fired: ", "no trigger with id 'nope'"),
        ("{flood: rush, unanswered_above: 3}", "flood: ", "no flood with id 'rush'"),
        ("{all: [{arrived: first}, {not: {arrived: frist}}]}", "{arrived: ", "no inject with id 'frist'"),
    ],
    ids=["action-inject", "action-option", "status-option", "unanswered", "arrived", "fired", "flood", "nested"],
)
def test_d301_references_from_conditions(when, prefix, message):
    text = add("triggers", f"  - {{id: t, when: {when}, then: [{{meter: heat, add: 1}}]}}\n")
    [d] = load_errors(text)
    nth = 2 if when.startswith("{all") else 1
    assert at(d) == ("D301", *after(text, prefix, nth))
    assert message in d.message


def test_d301_references_from_endings_and_tests():
    text = edit("    text: It is over.\n", "    text: It is over.\n    when: {arrived: frist}\n")
    text = add("tests", "  - {id: t, steps: [3m reply frist.answer], expect: {ending: don, reached: [nowhere]}}\n", text)
    found = load_errors(text)
    assert [at(d) for d in found] == [
        ("D301", *after(text, "{arrived: ")),
        ("D301", *after(text, "steps: [")),
        ("D301", *after(text, "{ending: ")),
        ("D301", *after(text, "reached: [")),
    ]
    assert "did you mean 'done'?" in found[2].message


@pytest.mark.parametrize(("extra_section", "what"), [("injects", "inject"), ("endings", "ending")])
def test_d302_duplicate_ids_at_the_second(extra_section, what):
    block = {
        "injects": (INJECT_END, INJECT_END + "  - {id: first, at: 6m, text: Again.}\n"),
        "endings": ("    text: It is over.\n", "    text: It is over.\n  - {id: done, title: Again, text: Again.}\n"),
    }[extra_section]
    text = edit(*block)
    [d] = load_errors(text)
    assert at(d) == ("D302", *pos(text, {"injects": "first", "endings": "done"}[extra_section], nth=2))
    assert f"duplicate {what} id" in d.message


# ---------------------------------------------------------------------------- the format guide


def test_the_format_guide_s_whole_scenario_loads_lints_clean_and_passes_its_test():
    """scenarios/README.md teaches by its first example, so it must stay a good scenario."""
    import re
    from pathlib import Path

    from drill.sim import run_test

    guide = (Path(__file__).parent.parent / "scenarios" / "README.md").read_text(encoding="utf-8")
    whole = guide.split("## A whole scenario", 1)[1]
    [example] = re.findall(r"```yaml\n(.*?)```", whole, re.S)[:1]
    loaded = load_bytes(example.encode(), "guide.yaml")
    assert lint(loaded) == []
    results = [run_test(loaded.scenario, test) for test in loaded.scenario.tests]
    assert results and all(r.passed for r in results), [r.problems for r in results]
