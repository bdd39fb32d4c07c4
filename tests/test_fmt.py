"""`drill fmt`: one layout, comments kept, the same drill, and nothing more to do the second time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.library import BUNDLED
from drill.scenario.fmt import format_text
from drill.scenario.folder import split_file
from drill.scenario.load import load, load_bytes

MESSY = """\
# yaml-language-server: $schema=scenario.schema.json
# A drill written in a hurry: keys out of order, quoting three ways.
id: messy
format: 1
summary: 'A short one.'
title: {en: Messy}
role: "the shift"   # who plays
organisation: {sector: retail, name: Shop}
clock: {length: 1h, starts: "2026-11-14T06:00"}
version: '2'
injects:
  # the only inject
  - text: "Where is my parcel? It was promised for Monday and nobody has told me anything at all since then."
    id: where
    at: 5m
    options:
      - {tags: [acknowledge], route: public, id: answer, text: "Sorry, it is on its way."}
endings: [{text: It is over., id: done, title: Done}]
"""


def test_fmt_orders_keys_quotes_texts_keeps_comments_and_the_model() -> None:
    out = format_text(MESSY, "messy.yaml")
    assert load_bytes(out.encode(), "messy.yaml").scenario == load_bytes(MESSY.encode(), "messy.yaml").scenario
    keys = [ln.split(":")[0] for ln in out.splitlines() if ln[:1].isalpha()]
    assert keys == ["format", "id", "version", "title", "summary", "role", "organisation", "clock", "injects", "endings"]
    for comment in ("# yaml-language-server: $schema=scenario.schema.json", "# A drill written in a hurry", "# who plays", "# the only inject"):
        assert comment in out
    assert 'version: "2"' in out and 'summary: "A short one."' in out and "id: where" in out
    assert '{name: "Shop", sector: retail}' in out  # flow style kept, keys in order, a text quoted even as one word
    assert "  - id: where\n    at: 5m\n" in out
    # a text stays on one line however long: folded inside its quotes it would be hard to edit
    assert '    text: "Where is my parcel? It was promised for Monday and nobody has told me anything at all since then."\n' in out
    assert not any(ln != ln.rstrip() for ln in out.splitlines())
    assert format_text(out, "messy.yaml") == out


MOVING = """\
format: 1
id: moving
title: {en: "Moving"}
summary: "s"
role: "r"
organisation: {name: "Shop", sector: retail}
# what a written reply may state
facts: {url: "kiitolinja.fi/live"}
clock: {starts: "2026-11-14T06:00", length: 1h}
locale: fi_FI
personas:
  kaisu: {kind: customer, name: "Kaisu_83"}
ground_rules:
  ladder:
    management: {name: "Leena Kallio", role: {fi: "Toimitusjohtaja", en: "Chief executive"}}
injects:
  - id: first
    at: 5m
    sentiment: -20   # annoyed
    text: "One."
    model_answer: "Thanks, we are on it."
    options:
      - {id: thanks, text: "Thanks, we are on it!", value: 2, tags: [thank]}

  # the second item
  - id: second
    at: 9m
    text: "Two."
    options:
      - id: answer
        text: "Fine."
        tags: [acknowledge]
        value: 2
endings: [{id: done, title: "Done", text: "It is over."}]
"""


def test_a_comment_or_blank_line_stays_before_the_key_it_stood_before() -> None:
    """ruamel files a comment under the value before it; a key that moves must not drag the
    comment (or the blank line between two injects) along into the middle of another item."""
    out = format_text(MOVING, "moving.yaml")
    assert load_bytes(out.encode(), "moving.yaml").scenario == load_bytes(MOVING.encode(), "moving.yaml").scenario
    assert '    text: "One."\n    sentiment: -20   # annoyed\n    options:\n' in out
    # the blank line and comment after the first inject's last value (kept by ruamel at the end
    # of its options list) stay between the two injects when model_answer moves below options
    assert '    model_answer: "Thanks, we are on it."\n\n  # the second item\n  - id: second\n' in out
    assert '# what a written reply may state\nfacts: {url: "kiitolinja.fi/live"}\n' in out
    assert out.index("facts:") > out.index("injects:")  # moved to its place in the guide, its comment with it
    assert '      - id: answer\n        text: "Fine."\n        value: 2\n        tags: [acknowledge]\n' in out
    assert format_text(out, "moving.yaml") == out


def test_texts_are_quoted_by_what_they_are_and_codes_stay_plain() -> None:
    out = format_text(MOVING, "moving.yaml")
    assert 'role: {fi: "Toimitusjohtaja", en: "Chief executive"}' in out  # both languages alike
    assert 'name: "Kaisu_83"' in out and 'url: "kiitolinja.fi/live"' in out
    assert "locale: fi_FI\n" in out and "  - id: first\n" in out and "kind: customer" in out


@pytest.mark.parametrize("source", sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_bundled_drill_formats_to_the_same_model_idempotently_with_its_comments(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    out = format_text(text, str(source))
    assert load_bytes(out.encode(), str(source)).scenario == load(source).scenario
    assert format_text(out, str(source)) == out
    comments = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("#")]
    assert comments and all(c in out for c in comments)


def test_the_bundled_library_is_in_the_format_fmt_writes() -> None:
    """A trainer who copies a bundled drill starts from the project's own layout."""
    result = CliRunner().invoke(main, ["fmt", "--check", str(BUNDLED)])
    assert result.exit_code == 0, result.output


def test_fmt_check_lists_what_would_change_then_fmt_writes_it(tmp_path: Path) -> None:
    messy = tmp_path / "messy.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["fmt", "--check", str(tmp_path)])
    assert result.exit_code == 1 and f"{messy}: would be reformatted" in result.output
    assert messy.read_text(encoding="utf-8") == MESSY
    assert runner.invoke(main, ["fmt", str(messy)]).exit_code == 0
    assert runner.invoke(main, ["fmt", "--check", str(messy)]).exit_code == 0


def test_fmt_formats_a_drill_folder_file_by_file(tmp_path: Path) -> None:
    source = tmp_path / "tui.yaml"
    shutil.copy(Path(__file__).parent / "tui" / "data" / "tui.yaml", source)
    split_file(source, tmp_path / "tui")
    result = CliRunner().invoke(main, ["fmt", str(tmp_path / "tui")])
    assert result.exit_code == 0, result.output
    assert "formatted" in result.output
    assert load(tmp_path / "tui").scenario == load(source).scenario
    assert CliRunner().invoke(main, ["fmt", "--check", str(tmp_path / "tui")]).exit_code == 0


def test_a_drill_that_does_not_load_is_left_alone_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MESSY.replace("at: 5m", "at: soon"), encoding="utf-8")
    result = CliRunner().invoke(main, ["fmt", str(bad)])
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert f"{bad}:" in line and "D204" in line and "Traceback" not in result.output
