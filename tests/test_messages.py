"""Authoring messages in a trainer's words (issue 14, item 7).

Every message `drill validate` prints says what is wrong at FILE:LINE:COL and what to write
instead, with durations as durations. The YAML parser's and pydantic's own phrasing ("mapping
values are not allowed in this context", "Input should be a valid integer, got a number with
a fractional part", "less than or equal to 604800") never reaches the trainer: the sweep at the
end breaks every value of a scenario that uses most of the format in every way pydantic can
object to, and checks each message it gets.
"""

from __future__ import annotations

import copy
import re
from collections import Counter

import pytest
import yaml
from pydantic import ValidationError

import drill.scenario.load as load_module
from drill.scenario import model as m
from drill.scenario.diagnostics import Diagnostic, ScenarioError
from drill.scenario.load import Located, load_bytes, parse_yaml, validate_data
from drill.scenario.starter import starter_text
from drill.sim import run_test

NAME = "case.yaml"
STARTER = starter_text("demo")

RAW = re.compile(
    r"Input should|valid integer|fractional part|less than or equal|greater than or equal|Field required"
    r"|Extra inputs|should have|after validation|Value error|\[key\]|literal\[|dict\["
)
"""pydantic's own phrasing and location labels."""

PYTHON = re.compile(r"\bNone\b|\bTrue\b|\bFalse\b|\{'\w|\['\w")
"""Python's spelling of a value (None, True, {'a': 1}) where YAML's is meant."""

PARSER = re.compile(
    r"mapping values are not allowed|while scanning|while parsing|could not find expected|did not find expected"
    r"|cannot start any token|<block end>|found unexpected"
)
"""The YAML parsers' phrasing (libyaml's and PyYAML's)."""


@pytest.fixture(params=["libyaml", "python"])
def parser(request, monkeypatch):
    """A syntax case under both parsers: they word the same mistake differently."""
    if request.param == "python":
        monkeypatch.setattr(load_module, "_Composer", load_module._PyComposer)
    elif not yaml.__with_libyaml__:
        pytest.skip("this PyYAML has no libyaml")
    return request.param


def pos(text: str, needle: str) -> tuple[int, int]:
    """Line and column where needle stands in text; with a '|' in it, of what follows the '|'."""
    before, _, after = needle.rpartition("|")
    index = text.index(before + after) + len(before)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def edit(old: str, new: str, text: str = STARTER) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def problems(text: str) -> list[Diagnostic]:
    with pytest.raises(ScenarioError) as caught:
        load_bytes(text.encode(), NAME)
    return caught.value.diagnostics


def only(text: str) -> Diagnostic:
    [d] = problems(text)
    assert not RAW.search(d.message) and not PARSER.search(d.message) and not PYTHON.search(d.message), d.message
    return d


# ---------------------------------------------------------------------------- YAML syntax


def test_an_unquoted_colon_says_to_quote_the_value_and_shows_how(parser):
    text = edit("  sector: retail", "  sector: retail: shop")
    d = only(text)
    assert (d.code, d.line, d.col) == ("D110", *pos(text, ": shop"))
    assert d.message == (
        "YAML syntax: a colon and a space (': ') inside a value start another key here; "
        'put the value in quotes: sector: "retail: shop"'
    )


def test_an_unquoted_colon_in_a_list_item_keeps_the_dash(parser):
    text = edit('    steps: ["7m reply late-parcel.ask-dm"]', "    steps:\n      - note: 7m: reply")
    assert only(text).message.endswith('put the value in quotes: - note: "7m: reply"')


@pytest.mark.parametrize(
    "old, new, needle",
    [
        ("  sector: retail", "\tsector: retail", "\tsector"),  # a tab as indentation
        ("    at: 5m\n", "    at: 5m\n\t\n", "\t\n"),  # a line of only a tab, between keys
        ("      - id: curt", "      -\tid: curt", "\tid: curt"),  # a tab after a list dash
    ],
    ids=["indent", "blank-line", "after-dash"],
)
def test_a_tab_is_called_a_tab(parser, old, new, needle):
    text = edit(old, new)
    d = only(text)
    assert (d.code, d.line, d.col) == ("D110", *pos(text, needle))
    assert d.message == "YAML syntax: a tab character: YAML indents with spaces only; replace the tab with spaces"


@pytest.mark.parametrize(
    "old, new, needle, words",
    [
        ('    author: "Matti K."', '    author: "Matti K.', '"Matti', "this quote is not closed on its line, so the text runs on to the next quote"),
        # the file's last line: nothing after it could close the quote
        ("    expect: {ending: in-the-news, score_at_most: 60}", '    expect: {ending: "in-the-news, score_at_most: 60}', '"in-the-news',
         "this quote is never closed: add the closing quote"),
        ('    author: "Matti K."', '    author: "Matti" K.', "K.", "more text after the closing quote: put all of the value inside the quotes"),
        ("  sector: retail", "   sector: retail", "sector", "indented differently from the keys above it"),
        ("    at: 5m", "    at: 5m\n    - 6m", "- 6m", "a list item ('- ') among the keys of a mapping"),
        ("  length: 1h", "  length: - 1h", "- 1h", "a list item ('- ') cannot follow a key on the same line"),
        ("  length: 1h", "  length: 1h\n  forgot the colon\n  speed2: 3", "forgot", "add the colon after the key"),
        ("  length: 1h", "  length: [1h", "  speed|", f"the list opened with '[' at line {pos(STARTER, '  length: 1h')[0]}, column 11 is not closed"),
        ("    author: \"Matti K.\"", "    author: @mattik", "@mattik", "'@' cannot start a value: put the value in quotes"),
        ("    author: \"Matti K.\"", '    author: "Matti \\K."', "\\K", "write \\\\ for a backslash, or use single quotes"),
        ("format: 1\n", "%YAML 1.2\nformat: 1\n", "%YAML", "a line starting with '%' is a YAML directive"),
        ("format: 1\n", "format: 1\n---\n", "---", "a second document ('---') starts here"),
    ],
    ids=["open-quote", "open-quote-at-end", "after-quote", "indent", "item-among-keys", "item-after-key", "no-colon",
         "open-bracket", "at-sign", "escape", "directive", "two-documents"],
)
def test_common_yaml_slips_are_named_at_the_place_to_fix(parser, old, new, needle, words):
    text = edit(old, new)
    d = only(text)
    assert d.code == "D110" and words in d.message
    line, col = pos(text, needle)
    if needle == "\\K":  # libyaml marks the backslash, PyYAML the letter after it
        assert (d.line, d.col) in ((line, col), (line, col + 1))
    else:
        assert (d.line, d.col) == (line, col)


# ---------------------------------------------------------------------------- the format


@pytest.mark.parametrize(
    "old, new, needle, message",
    [
        ("value: 2 ", "value: 1.5 ", "1.5", "expected a whole number, got the number 1.5"),
        ("value: 2 ", "value: 3 ", "3 ", "expected a whole number of at most 2, got 3"),
        ("meters: {heat: 10,", "meters: {heat: 150,", "150", "expected a number of at most 100, got 150"),
        ("meters: {heat: 10,", "meters: {heat: -1,", "heat: |-1", "expected a number of at least 0, got -1"),
        ("speed: 30 ", "speed: 0 ", "0 ", "expected a number above 0, got 0"),
        ("  length: 1h", "  length: 8d", "8d", "expected a duration of at most 7d (604800 s), got 8d"),
        ("  length: 1h", "  length: 0s", "length: |0s", "expected a duration longer than 0s, got 0s"),
        ("  length: 1h", "  length:", "  length:|", "expected a duration like 90s, 12m or 1h30m, got nothing"),
        ("  staffed: \"08:00-20:00\"", "  staffed: [8, 20]", "[8", "expected a time window like 07:00-22:00, got a list"),
        ("  - id: answer-fast", "  - id: Answer Fast", "Answer",
         "the text 'Answer Fast' is not a valid id: use lower-case a-z, 0-9, '-' and '_', starting with a letter or digit (like late-parcel)"),
        ("  - id: answer-fast", "  - id: " + "a" * 70, "aaa", f"the text '{'a' * 37}...' has 70 characters; write at most 64"),
        ("languages: [en, fi]", "languages: []", "[]", "the list is empty: give at least 1 item"),
        ("    dimensions: [timeliness, coverage]", "    dimensions: timeliness", "timeliness\n",
         "expected a list, got the text 'timeliness': write it as [timeliness]"),
        ("    channel: facebook", "    channel: [facebook]", "[facebook]",
         "expected one of: facebook, twitter, instagram, forum, dm, email, phone, news, internal, got a list"),
        ("    personal_data: false", "    personal_data: 1", "personal_data: |1", "expected true or false, got the number 1"),
        ("title: {en: \"Demo\", fi: \"Demo\"}", "title: 5", "5", "expected text (or texts by language, like {en: …, fi: …}), got the number 5"),
        ("title: {en: \"Demo\", fi: \"Demo\"}", "title: {de: Demo}", "de:", "the key 'de' is not allowed here (one of: fi, en)"),
        ("title: {en: \"Demo\", fi: \"Demo\"}", "title: {en: 5}", "5}", "expected text, got the number 5: put it in quotes"),
        ("expect: {reply_within: 15m, route: [public, private],", "expect: {reply_within: 15m, route: {public: 1},", "{public",
         "expected one of: public, private, phone, email, secure_chat, status_update; or a list; got a mapping"),
        ("  staffed: \"08:00-20:00\"", "  staffed: \"08:00-20:00\"\n  identifiers: {booking: xx}", "xx",
         "the text 'xx' is not an identifier mask: write 3 to 40 of A (a letter), 9 (a digit), ? (either), * (any run), '-' and spaces, like AA9999"),
        ("  starts: \"2026-11-16T09:00\"", "  starts: \"2026-13-16T09:00\"", "\"2026-13",
         "expected a date and time like 2026-11-14T06:00, got the text '2026-13-16T09:00' (month value is outside expected range of 1-12)"),
        ("format: 1", "format: [1]", "[1]", "expected the format version, the number 1, got a list"),
        ("    then:\n      - {meter: heat, add: 20}", "    then: []", "[]", "the list is empty: give at least 1 item"),
    ],
    ids=["fraction", "over-2", "over-100", "under-0", "not-above-0", "over-7d", "zero-duration", "empty-duration",
         "window-list", "bad-id", "long-id", "empty-list", "scalar-for-list", "list-for-word", "number-for-bool",
         "text-as-number", "text-bad-language", "text-value-number", "route-mapping", "mask", "datetime",
         "format-list", "empty-then"],
)
def test_a_bad_value_is_said_in_plain_words_at_the_value(old, new, needle, message):
    text = edit(old, new)
    d = only(text)
    assert d.message == message
    assert (d.line, d.col) == pos(text, needle)


def test_a_bad_key_of_a_mapping_of_ids_is_reported_at_the_key():
    text = edit("meters: {heat: 10,", "facts: {Bad Key: x, ok: \"1\"}\nmeters: {heat: 10,")
    d = only(text)
    assert (d.code, d.line, d.col) == ("D204", *pos(text, "Bad Key"))
    assert d.message.startswith("the key 'Bad Key' is not a valid id")


def test_missing_and_unknown_keys_say_what_to_do():
    text = edit("  length: 1h\n", "  lenght: 1h\n")
    found = {d.code: d.message for d in problems(text)}
    assert found == {"D201": "unknown key 'lenght'; did you mean 'length'?", "D202": "missing required key 'length': add it to this mapping"}


# ---------------------------------------------------------------------------- test steps


def test_d412_lists_every_level_and_role_an_escalation_may_name():
    text = edit("  ladder:\n", "  roles: {dpo: {name: Outi}}\n  ladder:\n")
    text = edit('"7m reply late-parcel.ask-dm"', '"7m escalate boss"', text)
    d = only(text)
    assert (d.code, d.line, d.col) == ("D412", *pos(text, '"7m escalate'))
    assert d.message == "no escalation level or role 'boss': use one of service, comms, management, dpo"


def test_a_refused_test_step_gives_its_time_as_a_duration():
    text = edit('"7m reply late-parcel.ask-dm"', '"7m reply late-parcel.ask-dm", "20m delete late-parcel", "1h2m reply late-parcel.curt"')
    text = edit("  length: 1h", "  length: 2h", text)
    scenario = load_bytes(text.encode(), NAME).scenario
    result = run_test(scenario, scenario.tests[0])
    assert "step refused at 1h2m: that item has been deleted" in result.problems


# ---------------------------------------------------------------------------- the sweep

RICH = (
    edit("  staffed: \"08:00-20:00\"\n", "  staffed: \"08:00-20:00\"\n  identifiers: {booking: AA9999}\n  roles: {dpo: {name: Outi}}\n")
    .replace(
        "    when: {unanswered: late-parcel, for: 30m}\n",
        "    when: {all: [{unanswered: late-parcel, for: 30m}, {any: [{chance: 0.5}, {elapsed: 20m}, "
        "{clock: \"09:00-10:00\"}, {meter: heat, above: 50}]}, {not: {escalated: comms}}]}\n",
    )
    .replace("      - {meter: heat, add: 20}\n", "      - {meter: heat, add: 20}\n      - {spawn: late-parcel, after: 5m}\n")
    .replace("    outcome: good\n", "    outcome: good\n    scores: {transparency: 80}\n")
    .replace("    expect: {ending: calm}\n", "    seed: 3\n    expect: {ending: calm, score_at_least: 50, rating: P, reached: [late-parcel]}\n")
    .replace("    author: \"Matti K.\"\n", "    persona: matti\n    sentiment: -20\n    reach: 300\n")
    + """\
personas:
  matti: {kind: customer, name: "Matti K.", handle: "@mattik", followers: 120}
facts: {price: "5 €"}
status_updates:
  - id: holding
    route: status_update
    value: 2
    tags: [acknowledge, inform]
    covers: [rush]
    promise: 2h
    text: {en: "We know and are on it.", fi: "Tiedämme ja selvitämme."}
    when: {fired: ignored}
floods:
  - id: rush
    from: 10m
    until: 50m
    rate: 10/m
    heat_gain: 1
    channels: [facebook, twitter]
    templates:
      - {text: {en: "Where is my {booking}?", fi: "Missä on {booking}?"}, weight: 2, sentiment: -40}
    status_lapse: 30m
scoring: {falloff: 3, holding_within: 20m, crisis_type: preventable, weights: {timeliness: 2}}
"""
)
"""The starter with most of the format in use: conditions of every kind, a flood, a persona,
a status update, identifiers, facts, scores and a test's expectations."""

BREAKERS = [1.5, -1_000_000, 1_000_000, "Bad Id!", "x" * 70, True, None, [1], {"zz": 1}, [], "", "99d", "0s"]
"""What each value is replaced by: wrong types, numbers out of every range, a text no id,
pattern or word accepts, a too-long id, nothing, a list, a mapping with an unknown key (and
so without the required ones), an empty list, durations too long and too short."""

EXPECTED_KINDS = {
    "missing", "extra_forbidden", "literal_error", "string_type", "int_type", "int_parsing", "int_from_float",
    "float_type", "float_parsing", "bool_type", "list_type", "dict_type", "model_type", "datetime_type",
    "datetime_from_date_parsing", "greater_than", "greater_than_equal", "less_than_equal",
    "string_pattern_mismatch", "string_too_long", "too_short", "value_error", "condition", "consequence",
}
"""The pydantic error types the format can raise, which the sweep must reach."""


def _nodes(data, path=()):
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _nodes(value, path + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _nodes(value, path + (i,))


def _broken(data, path, value=None, drop=False):
    data = copy.deepcopy(data)
    parent = data
    for elem in path[:-1]:
        parent = parent[elem]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


def test_the_rich_scenario_loads():
    assert load_bytes(RICH.encode(), NAME).scenario.floods[0].id == "rush"


def test_no_pydantic_or_python_phrasing_reaches_any_message():
    base = parse_yaml(RICH.encode(), NAME)
    variants = []
    for path in list(_nodes(base.data))[1:]:
        variants += [_broken(base.data, path, value) for value in BREAKERS]
        if isinstance(path[-1], str):
            variants.append(_broken(base.data, path, drop=True))
    kinds: Counter[str] = Counter()
    bad: list[str] = []
    for data in variants:
        try:
            m.Scenario.model_validate(data)
            continue
        except ValidationError as exc:
            kinds.update(err["type"] for err in exc.errors())
        with pytest.raises(ScenarioError) as caught:
            validate_data(Located(data, base.marks, base.key_marks, base.files))
        for d in caught.value.diagnostics:
            assert d.line >= 1 and d.col >= 1
            if RAW.search(d.message) or PYTHON.search(d.message):
                bad.append(d.message)
    assert not bad, "\n".join(sorted(set(bad)))
    assert set(kinds) >= EXPECTED_KINDS, f"the sweep never reached {sorted(EXPECTED_KINDS - set(kinds))}"
