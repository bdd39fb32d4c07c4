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
    assert "{name: Shop, sector: retail}" in out  # flow style kept, keys in order
    assert "  - id: where\n    at: 5m\n" in out
    assert max(len(ln) for ln in out.splitlines()) <= 110 and not any(ln != ln.rstrip() for ln in out.splitlines())
    assert format_text(out, "messy.yaml") == out


@pytest.mark.parametrize("source", sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_bundled_drill_formats_to_the_same_model_idempotently_with_its_comments(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    out = format_text(text, str(source))
    assert load_bytes(out.encode(), str(source)).scenario == load(source).scenario
    assert format_text(out, str(source)) == out
    comments = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("#")]
    assert comments and all(c in out for c in comments)


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
