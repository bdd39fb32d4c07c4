"""The authoring commands a trainer starts with: new, validate, lint, --help, --version."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from drill import __version__
from drill.cli import main
from drill.scenario.schema import SCHEMA_ID, schema_text
from drill.scenario.starter import starter_text


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_new_writes_a_scenario_that_validates_and_lints_clean(tmp_path):
    result = run("new", "late-delivery", "-d", str(tmp_path))
    assert result.exit_code == 0, result.output
    target = tmp_path / "late-delivery.yaml"
    assert target.read_text(encoding="utf-8") == starter_text("late-delivery")
    assert "id: late-delivery\n" in target.read_text(encoding="utf-8")
    assert (tmp_path / SCHEMA_ID).read_text(encoding="utf-8") == schema_text()
    assert f"wrote {target}" in result.output
    assert f"next: drill lint {target}" in result.output

    validated = run("validate", str(target))
    assert validated.exit_code == 0, validated.output
    assert "1 file(s): 0 error(s)" in validated.output
    linted = run("lint", str(target))
    assert linted.exit_code == 0, linted.output
    assert "1 file(s): 0 error(s), 0 warning(s)" in linted.output
    formatted = run("fmt", "--check", str(target))  # already in the project's own layout
    assert formatted.exit_code == 0, formatted.output


def test_new_writes_a_drill_that_passes_its_own_tests_and_no_habit_wins(tmp_path):
    """`drill new` then `drill test`: the starter's scripted plays pass, and so does the
    gameability check a trainer's own drill must pass (no blind player's mean reaches S).
    A starter with one item and the best reply the longest text fails it: 'longest' scored 100."""
    assert run("new", "late-delivery", "-d", str(tmp_path)).exit_code == 0
    result = run("test", str(tmp_path / "late-delivery.yaml"))
    assert result.exit_code == 0, result.output
    assert "ok   " + str(tmp_path / "late-delivery.yaml::gameability") in result.output
    assert "4 passed, 0 failed" in result.output


def test_new_writes_into_the_current_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "my_drill")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my_drill.yaml", SCHEMA_ID]
    assert run("validate", "my_drill.yaml").exit_code == 0


@pytest.mark.parametrize("given", ["late-delivery.yaml", "late-delivery.yml"])
def test_new_takes_the_file_name_too(tmp_path, given):
    result = run("new", given, "-d", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "late-delivery.yaml").read_text(encoding="utf-8") == starter_text("late-delivery")


def test_new_with_a_path_says_where_the_folder_goes(tmp_path):
    result = run("new", "-d", str(tmp_path), "--", "drills/late-delivery.yaml")
    assert result.exit_code == 2 and result.output.strip().endswith("give the folder with -d (drill new late-delivery -d my-drills)")
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_an_existing_file_without_force(tmp_path):
    target = tmp_path / "taken.yaml"
    target.write_text("# mine, do not touch\n", encoding="utf-8")
    result = run("new", "taken", "-d", str(tmp_path))
    assert result.exit_code == 2
    assert result.output.strip() == f"drill new: {target} exists: choose another name or pass --force"
    assert target.read_text(encoding="utf-8") == "# mine, do not touch\n"

    forced = run("new", "taken", "-d", str(tmp_path), "--force")
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8") == starter_text("taken")


def test_new_keeps_an_existing_schema_file(tmp_path):
    (tmp_path / SCHEMA_ID).write_text("{}\n", encoding="utf-8")
    result = run("new", "fresh", "-d", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / SCHEMA_ID).read_text(encoding="utf-8") == "{}\n"
    assert f"wrote {tmp_path / SCHEMA_ID}" not in result.output


@pytest.mark.parametrize("name", ["Bad Name", "UPPER", "-dash-first", "../escape", "a/b", "ä", ""])
def test_new_with_a_bad_name_exits_2_with_one_line(tmp_path, name):
    result = run("new", "-d", str(tmp_path), "--", name)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"drill new: {name!r} is not a valid name")
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    listed = result.output.split("Commands:")[1]
    for command in ("play", "validate", "lint", "test", "simulate", "schema", "new", "history", "serve", "report"):
        assert f"\n  {command} " in listed, command
    assert run("-h").output == result.output


def test_version_prints_the_version():
    for flag in ("--version", "-V"):
        result = run(flag)
        assert result.exit_code == 0
        assert result.output == f"drill, version {__version__}\n"


def test_validate_a_folder_checks_every_yaml_in_it(tmp_path):
    (tmp_path / "one.yaml").write_text(starter_text("one"), encoding="utf-8")
    (tmp_path / "two.yml").write_text(starter_text("two"), encoding="utf-8")
    (tmp_path / "deeper").mkdir()
    bad = tmp_path / "deeper" / "three.yaml"
    bad.write_text(starter_text("three").replace("speed: 30 ", "speed: fast "), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("speed: fast\n", encoding="utf-8")  # not a scenario: ignored

    result = run("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "3 file(s): 1 error(s)" in result.output
    located = [line for line in result.output.splitlines() if ": D" in line]
    assert len(located) == 1 and located[0].startswith(f"{bad}:") and " D203 " in located[0]

    bad.unlink()
    clean = run("validate", str(tmp_path))
    assert clean.exit_code == 0, clean.output
    assert "2 file(s): 0 error(s)" in clean.output


def test_validate_an_empty_folder_says_so(tmp_path):
    result = run("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "no scenario files found" in result.output


def test_validate_a_missing_file_is_a_located_read_error(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    result = run("validate", str(missing))
    assert result.exit_code == 2
    assert result.output.splitlines()[0].startswith(f"{missing}:1:1: D104 cannot read the file")


def test_lint_warnings_exit_1(tmp_path):
    target = tmp_path / "warned.yaml"
    target.write_text(starter_text("warned").replace("        tags: [curt, defensive]\n", ""), encoding="utf-8")
    result = run("lint", str(target))
    assert result.exit_code == 1, result.output
    assert " D404 option 'curt' has no tags" in result.output
    assert "1 file(s): 0 error(s), 1 warning(s)" in result.output
