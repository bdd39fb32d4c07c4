"""The strict loader on real inputs: each class of bad file gets its code at its line and column.

Positions are computed from the text under test (where the offending token stands), so the
tests say exactly where a trainer's editor should jump. Each load must also finish within
BLOWUP_LIMIT: a guard a hostile file (nested aliases, a huge file) must not break, not a
benchmark (a load takes milliseconds; bench/ has the figures).
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import drill.scenario.load as load_module
from drill.cli import main
from drill.scenario.diagnostics import CODES, Diagnostic, ScenarioError
from drill.scenario.load import MAX_BYTES, MAX_DEPTH, load, load_bytes
from drill.scenario.starter import starter_text

NAME = "case.yaml"
STARTER = starter_text("demo")


@pytest.fixture(autouse=True, params=["libyaml", "python"])
def parser(request, monkeypatch):
    """Every case under both parsers: libyaml where PyYAML has it, pure Python where not."""
    if request.param == "python":
        monkeypatch.setattr(load_module, "_Composer", load_module._PyComposer)
    elif not yaml.__with_libyaml__:
        pytest.skip("this PyYAML has no libyaml")
    return request.param


BLOWUP_LIMIT = 5.0
"""Seconds: a reader that blows up on a hostile file takes minutes, while a sound one under a
busy CI machine may take more than the second it takes alone."""


def pos(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Line and column (from 1) where the nth occurrence of needle starts."""
    index = -1
    for _ in range(nth):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def after(text: str, prefix: str) -> tuple[int, int]:
    """Line and column of the value that follows prefix (e.g. 'speed: ')."""
    line, col = pos(text, prefix)
    return line, col + len(prefix)


def edit(old: str, new: str, text: str = STARTER) -> str:
    """The text with exactly one occurrence of old replaced (so a template change fails loudly)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the base text"
    return text.replace(old, new)


def problems(text: str | bytes) -> list[Diagnostic]:
    """The diagnostics of a file that must not load, within BLOWUP_LIMIT."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    start = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        load_bytes(raw, NAME)
    elapsed = time.perf_counter() - start
    assert elapsed < BLOWUP_LIMIT, f"loading took {elapsed:.2f} s"
    assert caught.value.diagnostics
    assert all(d.file == NAME and d.code in CODES for d in caught.value.diagnostics)
    return caught.value.diagnostics


def only(text: str | bytes) -> Diagnostic:
    [diagnostic] = problems(text)
    return diagnostic


def at(d: Diagnostic) -> tuple[str, int, int]:
    return d.code, d.line, d.col


# ---------------------------------------------------------------------------- good input


def test_the_starter_loads_into_a_scenario_with_typed_values():
    start = time.perf_counter()
    loaded = load_bytes(STARTER.encode(), NAME)
    assert time.perf_counter() - start < BLOWUP_LIMIT
    s = loaded.scenario
    assert (s.id, s.format, s.languages) == ("demo", 1, ["en", "fi"])
    assert s.clock.length == 3600 and s.ground_rules.promised_response == 3600
    assert s.injects[0].at == 300 and s.injects[0].personal_data is False
    assert s.ground_rules.staffed == (8 * 60, 20 * 60)
    assert loaded.path == NAME and len(loaded.digest) == 16
    assert loaded.located.where(("injects", 0, "at")) == pos(STARTER, "5m")


def test_a_yaml_1_1_word_stays_a_word_where_text_is_expected():
    """`no` is Norway's locale code, not False: the 1.2-like resolver keeps it a string."""
    loaded = load_bytes(edit("locale: fi_FI", "locale: no").encode(), NAME)
    assert loaded.scenario.locale == "no"


def test_a_byte_order_mark_is_accepted():
    loaded = load_bytes(b"\xef\xbb\xbf" + STARTER.encode(), NAME)
    assert loaded.scenario.id == "demo"


# ---------------------------------------------------------------------------- the file itself


def test_yaml_syntax_error_points_at_the_offending_colon():
    text = edit("  sector: retail", "  sector: retail: shop")
    assert at(only(text)) == ("D110", *pos(text, ": shop"))
    assert only(text).message.startswith("YAML syntax:")


def test_yaml_syntax_error_from_a_tab_indent():
    text = edit("  sector: retail", "\tsector: retail")
    assert at(only(text)) == ("D110", *pos(text, "\tsector"))


def test_unclosed_bracket_is_reported_where_the_parser_gives_up():
    text = edit("  length: 1h\n", "  length: [1h\n")
    # the flow list swallows the next line, and `speed:` is where it stops making sense
    assert at(only(text)) == ("D110", *after(text, "  speed"))


def test_duplicate_key_is_reported_at_the_second_key_naming_the_first():
    text = edit("  length: 1h\n", "  length: 1h\n  length: 2h\n")
    d = only(text)
    assert at(d) == ("D112", *pos(text, "length: 2h"))
    assert f"first at line {pos(text, 'length: 1h')[0]}" in d.message


def test_alias_bomb_is_refused_at_the_first_anchor_at_once():
    bomb = "".join(
        f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}" if i else '"lol"'] * 9) + "]\n" for i in range(10)
    )
    d = only(bomb)
    assert at(d) == ("D111", *pos(bomb, "&l0"))


def test_an_alias_alone_is_refused():
    text = edit("  sector: retail", "  sector: *shop")
    assert at(only(text)) == ("D111", *pos(text, "*shop"))


def test_merge_keys_are_refused():
    text = edit("meters: {", "<<: {heat: 1}\nmeters: {")
    assert at(only(text)) == ("D111", *pos(text, "<<"))


def test_a_20_mb_file_is_refused_by_size(tmp_path):
    raw = STARTER.encode() + b"# " + b"x" * (20 * 1024 * 1024) + b"\n"
    d = only(raw)
    assert at(d) == ("D101", 1, 1)
    assert f"{MAX_BYTES:,}" in d.message
    big = tmp_path / "big.yaml"
    big.write_bytes(raw)
    start = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        load(big)
    assert time.perf_counter() - start < BLOWUP_LIMIT
    assert [at(d) for d in caught.value.diagnostics] == [("D101", 1, 1)]
    assert f"{len(raw):,} bytes" in caught.value.diagnostics[0].message


def test_10000_deep_flow_nesting_is_refused():
    text = "format: " + "[" * 10000 + "]" * 10000 + "\n"
    d = only(text)
    # the top mapping is the first level: the 40th bracket is one too many
    assert at(d) == ("D113", 1, len("format: ") + MAX_DEPTH)


def test_10000_deep_flow_mappings_are_refused():
    text = "format: " + "{a: " * 10000 + "}" * 10000 + "\n"
    assert only(text).code == "D113"
    assert only(text).line == 1


def test_10000_deep_block_nesting_is_refused():
    """Compact block sequences (`- - - x`) nest a level per two characters."""
    text = "format: 1\nid:\n  " + "- " * 10000 + "x\n"
    d = only(text)
    # the root mapping is level 1, so the 40th dash opens level 41
    assert at(d) == ("D113", 3, 3 + 2 * (MAX_DEPTH - 1))


def test_10000_deep_block_nesting_at_the_root_is_refused():
    text = "- " * 10000 + "x\n"
    assert at(only(text)) == ("D113", 1, 1 + 2 * MAX_DEPTH)


def test_nesting_just_within_the_limit_is_not_a_depth_problem():
    text = "format: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    assert "D113" not in {d.code for d in problems(text)}


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (1, 1)),  # not UTF-8 at the first byte
        (b"\x7fELF\x02\x01\x01\x00\x03\x00>\x00", (1, 1)),  # UTF-8, but control characters
        (bytes(range(256)) * 4, (2, 118)),  # 0x80 is the first byte that is not UTF-8, after one \n
        (STARTER.encode().replace(b"Esimerkki", b"Esim\xe4rkki"), None),  # Latin-1 in a UTF-8 file
    ],
    ids=["png", "elf", "all-bytes", "latin-1"],
)
def test_binary_garbage_is_not_text(raw, where):
    d = only(raw)
    assert d.code == "D102"
    if where is None:  # the column counts characters, though "yhä" and "myöhästyneestä" come before
        where = after(STARTER, "Esim")
    assert (d.line, d.col) == where


@pytest.mark.parametrize("text", ["", "\n\n", "   \n\t\n", "# only a comment\n  # and another\n", "---\n", "---\n# nothing\n...\n"])
def test_empty_and_comment_only_files_are_empty(text):
    d = only(text)
    assert at(d) == ("D103", 1, 1)
    assert "drill new" in d.message


def test_a_list_at_the_root_is_not_a_scenario():
    text = "# a list by mistake\n- format: 1\n- id: x\n"
    d = only(text)
    assert at(d) == ("D114", 2, 1)
    assert "a list" in d.message


def test_a_single_value_at_the_root_is_not_a_scenario():
    assert at(only("just some words\n")) == ("D114", 1, 1)


def test_python_object_tag_is_refused_where_it_stands():
    text = edit("clock:\n", 'clock: !!python/object/apply:os.system ["echo pwned"]\nclk:\n')
    d = only(text)
    assert at(d) == ("D115", *pos(text, "!!python"))
    assert "python/object/apply:os.system" in d.message


@pytest.mark.parametrize("tag", ["!!binary", "!!set", "!custom", "!!timestamp"])
def test_other_tags_are_refused(tag):
    text = edit('  name: "Esimerkki Oy"', f'  name: {tag} "Esimerkki Oy"')
    assert at(only(text)) == ("D115", *pos(text, tag))


def test_a_mapping_as_a_key_is_refused():
    text = edit("meters: {", "[a, b]: 1\nmeters: {")
    assert at(only(text)) == ("D116", *pos(text, "[a, b]"))


# ---------------------------------------------------------------------------- the format


def test_wrong_type_speed_fast():
    text = edit("speed: 30 ", "speed: fast ")
    d = only(text)
    assert at(d) == ("D203", *after(text, "speed: "))
    assert "expected a number" in d.message and "'fast'" in d.message


def test_unknown_key_with_a_did_you_mean():
    text = edit("  staffed: ", "  stafed: ")
    d = only(text)
    assert at(d) == ("D201", *pos(text, "stafed"))
    assert "did you mean 'staffed'?" in d.message


def test_unknown_key_far_from_any_field_lists_the_allowed_keys():
    text = edit("  sector: retail", "  sector: retail\n  zzz: 1")
    d = only(text)
    assert at(d) == ("D201", *pos(text, "zzz"))
    assert "allowed here: description, name, sector" in d.message


def test_misspelt_required_key_gives_both_the_unknown_and_the_missing_key():
    text = edit("  length: 1h", "  lenght: 1h")
    found = {d.code: d for d in problems(text)}
    assert at(found["D201"]) == ("D201", *pos(text, "lenght"))
    assert "did you mean 'length'?" in found["D201"].message
    # the missing key is reported at the mapping it belongs in
    assert at(found["D202"]) == ("D202", *pos(text, "starts:"))


@pytest.mark.parametrize("value", ["1:30", "90", "1h30", "ninety", "-5m", "1.5h"])
def test_bad_duration_is_refused_not_read_as_seconds(value):
    """YAML 1.1 reads 1:30 as 90 (sexagesimal); here it is an error at the value."""
    text = edit("  length: 1h", f"  length: {value}")
    d = only(text)
    assert at(d) == ("D204", *after(text, "  length: "))
    assert "90s, 12m or 1h30m" in d.message


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "n", "y", "No", "OFF"])
def test_yaml_1_1_booleans_are_errors_not_false(word):
    text = edit("personal_data: false", f"personal_data: {word}")
    d = only(text)
    assert at(d) == ("D203", *after(text, "personal_data: "))
    assert "expected true or false" in d.message and repr(word) in d.message


def test_yaml_1_1_octal_and_hex_are_not_numbers():
    text = edit("speed: 30 ", "speed: 0x1E ")
    assert at(only(text)) == ("D203", *pos(text, "0x1E"))


def test_a_number_out_of_range_is_a_bad_value():
    text = edit("meters: {heat: 10,", "meters: {heat: 150,")
    assert at(only(text)) == ("D204", *after(text, "{heat: "))


@pytest.mark.parametrize("number", ["1e999", "-1e999", "1" + "0" * 400, "9" * 5000], ids=["1e999", "-1e999", "10**400", "5000-nines"])
def test_a_number_too_large_for_any_sum_is_refused(number):
    """1e999 would load as infinity and 10**400 overflows float arithmetic in the engine."""
    text = edit("reach: 200", f"reach: {number}")
    d = only(text)
    assert at(d) == ("D204", *after(text, "reach: "))
    assert d.message == "number too large"


def test_not_one_of_the_allowed_words_suggests_the_nearest():
    text = edit("difficulty: intro", "difficulty: hardest")
    d = only(text)
    assert at(d) == ("D204", *after(text, "difficulty: "))
    assert "did you mean 'hard'?" in d.message and "intro, easy, medium, hard" in d.message


def test_a_condition_with_an_unknown_word_suggests_a_condition():
    text = edit("    when: {unanswered: late-parcel, for: 30m}", "    when: {unanswerd: late-parcel}")
    d = only(text)
    assert at(d) == ("D204", *pos(text, "{unanswerd"))
    assert "did you mean 'unanswered'?" in d.message


def test_missing_required_top_level_key():
    text = edit("clock:\n  starts", "clk:\n  starts")
    found = {d.code: d for d in problems(text)}
    # a missing top-level key is reported at the start of the document's mapping
    assert at(found["D202"]) == ("D202", *pos(text, "format: 1"))
    assert "'clock'" in found["D202"].message
    assert "did you mean 'clock'?" in found["D201"].message


def test_missing_nested_required_key_points_at_its_mapping():
    text = edit("    text: {en: \"The complaint is still being shared.\", fi: \"Valitusta jaetaan yhä.\"}\n", "")
    d = only(text)
    assert d.code == "D202" and "'text'" in d.message
    assert (d.line, d.col) == pos(text, "id: simmering")


def test_unsupported_format_version():
    text = edit("format: 1", "format: 2")
    d = only(text)
    assert at(d) == ("D205", *after(text, "format: "))
    assert "format 2 is not supported" in d.message


def test_format_version_as_quoted_text_says_to_remove_the_quotes():
    text = edit("format: 1", 'format: "1"')
    d = only(text)
    assert at(d) == ("D203", *after(text, "format: "))
    assert "remove the quotes" in d.message


def test_an_escape_smuggling_a_control_character_is_refused():
    text = edit('author: "Matti K."', 'author: "Matti\\e[2J K."')
    assert at(only(text)) == ("D102", *pos(text, '"Matti'))


def test_three_separate_errors_are_reported_together_in_file_order():
    text = edit("speed: 30 ", "speed: fast ")
    text = edit("difficulty: intro", "difficulty: hardest", text)
    text = edit("  sector: retail", "  sectr: retail", text)
    found = problems(text)
    assert [at(d) for d in found] == [
        ("D204", *after(text, "difficulty: ")),
        ("D201", *pos(text, "sectr")),
        ("D203", *after(text, "speed: ")),
    ]


# ---------------------------------------------------------------------------- references


def test_spawn_of_an_unknown_inject_with_did_you_mean():
    text = edit("      - {meter: heat, add: 20}", "      - {spawn: late-parcl}")
    d = only(text)
    assert at(d) == ("D301", *after(text, "{spawn: "))
    assert "no inject with id 'late-parcl'; did you mean 'late-parcel'?" in d.message


def test_unknown_ids_everywhere_are_all_reported():
    text = edit("      - {meter: heat, add: 20}", "      - {start_flood: rush}\n      - {end: calmm}")
    text = edit("    expect: {ending: calm}", "    expect: {ending: clam}", text)
    found = problems(text)
    assert [at(d) for d in found] == [
        ("D301", *after(text, "{start_flood: ")),
        ("D301", *after(text, "{end: ")),
        ("D301", *after(text, "{ending: ")),
    ]
    assert "did you mean 'calm'?" in found[1].message and "did you mean 'calm'?" in found[2].message


def test_duplicate_id_is_reported_at_the_second():
    text = edit("  - id: right-channel", "  - id: answer-fast")
    d = only(text)
    assert at(d) == ("D302", *pos(text, "answer-fast", nth=2))
    assert "duplicate objective id 'answer-fast'" in d.message


def test_duplicate_option_id_within_an_inject():
    text = edit("      - id: curt\n", "      - id: ask-dm\n")
    d = only(text)
    assert at(d) == ("D302", *pos(text, "ask-dm", nth=2))


def test_a_bad_test_step_is_an_error_at_its_step():
    text = edit('steps: ["7m reply late-parcel.ask-dm"]', 'steps: ["7m shout late-parcel"]')
    d = only(text)
    assert at(d) == ("D412", *after(text, "steps: ["))
    assert "unknown verb 'shout'" in d.message


# ---------------------------------------------------------------------------- through the CLI

LOCATED = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>D\d{3}) \S")


def test_validate_prints_located_lines_and_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    text = edit("speed: 30 ", "speed: fast ")
    text = edit("  sector: retail", "  sectr: retail", text)
    bad.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if LOCATED.match(ln)]
    assert lines == [
        f"{bad}:{pos(text, 'sectr')[0]}:{pos(text, 'sectr')[1]}: D201 unknown key 'sectr'; did you mean 'sector'?",
        f"{bad}:{after(text, 'speed: ')[0]}:{after(text, 'speed: ')[1]}: D203 expected a number, got the text 'fast'",
    ]
    assert "1 file(s): 2 error(s)" in result.output


def test_validate_as_a_process_reports_every_hostile_file_without_a_traceback(tmp_path):
    files = {
        "syntax.yaml": edit("  sector: retail", "  sector: retail: shop").encode(),
        "deep.yaml": b"format: " + b"[" * 10000 + b"\n",
        "binary.yaml": bytes(range(256)),
        "empty.yaml": b"",
        "bomb.yaml": b'a: &a ["lol"]\nb: [*a, *a]\n',
        "tag.yaml": b"format: !!python/object/apply:os.system [ls]\n",
        "dangling.yaml": edit("      - {meter: heat, add: 20}", "      - {spawn: nobody}").encode(),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "drill", "validate", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    codes = {}
    for line in proc.stderr.splitlines():
        if match := LOCATED.match(line):
            codes[Path(match["file"]).name] = match["code"]
    assert codes == {
        "syntax.yaml": "D110",
        "deep.yaml": "D113",
        "binary.yaml": "D102",
        "empty.yaml": "D103",
        "bomb.yaml": "D111",
        "tag.yaml": "D115",
        "dangling.yaml": "D301",
    }
    assert "7 file(s): 7 error(s)" in proc.stderr
    assert time.perf_counter() - start < 30
