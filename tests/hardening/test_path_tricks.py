"""Path tricks in `drill report --templates DIR` and `-o`: a clear one-line error or a sensible
result, and never a byte written outside what the user asked for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hardkit import ENGINE_SCENARIO, null_device, one_line_error, recorded_run, report


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def journal(tmp_path) -> Path:
    return recorded_run(tmp_path)


@pytest.fixture
def templates(tmp_path) -> Path:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("SECRET")
    return folder


# ------------------------------------------------------------------ --templates


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "../secret.txt", "sub/../../secret.txt", "..\\secret.txt"])
def test_an_include_leaving_the_templates_folder_is_refused(journal, templates, tmp_path, name):
    (templates / "report.md.j2").write_text('{% include "' + name.replace("\\", "\\\\") + '" %}')
    before = files(tmp_path)
    line = one_line_error(report(str(journal), "-f", "md", "-o", str(tmp_path / "x.md"), "--templates", str(templates)), "template")
    assert "refused" in line or "outside" in line
    assert "SECRET" not in line and "root:" not in line
    assert files(tmp_path) == before


def test_a_template_that_is_a_link_out_of_the_folder_is_refused(journal, templates, tmp_path):
    os.symlink(tmp_path / "secret.txt", templates / "report.md.j2")
    one_line_error(report(str(journal), "-f", "md", "-o", str(tmp_path / "x.md"), "--templates", str(templates)),
                   "leads outside the templates folder")
    assert not (tmp_path / "x.md").exists()


def test_a_subfolder_linked_out_of_the_templates_folder_is_refused(journal, templates, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "part.j2").write_text("SECRET")
    os.symlink(outside, templates / "sub")
    (templates / "report.md.j2").write_text('{% include "sub/part.j2" %}')
    one_line_error(report(str(journal), "-f", "md", "-o", str(tmp_path / "x.md"), "--templates", str(templates)),
                   "leads outside the templates folder")


def test_a_missing_templates_folder_is_a_usage_error_without_a_traceback(journal, tmp_path):
    result = report(str(journal), "--templates", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'--templates'" in result.output and "does not exist" in result.output


@pytest.mark.parametrize("source, words", [
    ('ok\n{{ record.run.seed + "x" }}', ["report.md.j2:2", "TypeError"]),
    ("{{ 1 / 0 }}", ["report.md.j2:1", "ZeroDivisionError"]),
    ('{% include "report.md.j2" %}', ["report.md.j2:1", "includes or extends itself"]),
    ("{% if %}", ["report.md.j2:1", "Expected an expression"]),
    ("{{ nothing_here }}", ["report.md.j2:1", "'nothing_here' is undefined"]),
    ("{% for i in range(10**9) %}x{% endfor %}", ["report.md.j2:1", "Range too big"]),
    (b"\xff\xfe not utf-8", ["report.md.j2", "not UTF-8"]),
])
def test_a_broken_template_of_a_trainer_is_one_line_with_its_file_and_line(journal, templates, tmp_path, source, words):
    target = templates / "report.md.j2"
    target.write_bytes(source) if isinstance(source, bytes) else target.write_text(source)
    result = report(str(journal), "-f", "md", "-o", str(tmp_path / "x.md"), "--templates", str(templates))
    line = one_line_error(result, "template error", str(templates), *words)
    assert "Traceback" not in result.output and len(line) < 400
    assert not (tmp_path / "x.md").exists()


# ------------------------------------------------------------------ -o


def test_a_folder_that_does_not_exist_yet_is_made(journal, tmp_path):
    result = report(str(journal), "-f", "md", "-o", str(tmp_path / "new" / "deeper") + "/")
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "new") == {"deeper", f"deeper/{journal.stem}.md"}
    result = report(str(journal), "-f", "md", "-o", str(tmp_path / "other" / "x.md"))
    assert result.exit_code == 0 and files(tmp_path / "other") == {"x.md"}


def test_dot_dot_in_the_output_path_writes_where_it_leads_and_nowhere_else(journal, tmp_path, monkeypatch):
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    monkeypatch.chdir(work)
    before = files(tmp_path)
    result = report(str(journal), "-f", "md", "-o", "sub/../../debrief.md")
    assert result.exit_code == 0 and result.output.strip() == "wrote sub/../../debrief.md"
    assert files(tmp_path) - before == {"debrief.md"}


def test_an_existing_file_is_replaced_whole_with_no_temporary_file_left(journal, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.md").write_text("old")
    assert report(str(journal), "-f", "md", "-o", str(out / "x.md")).exit_code == 0
    assert files(out) == {"x.md"} and (out / "x.md").read_text().startswith("# ")


def test_a_file_given_as_a_folder_is_one_line(journal, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine")
    one_line_error(report(str(journal), "-o", f"{blocker}/"), "cannot write", f"{blocker}: not a folder")
    assert blocker.read_text() == "mine"


def test_the_runs_own_journal_or_scenario_is_never_overwritten(journal, tmp_path, monkeypatch):
    before = journal.read_bytes()
    one_line_error(report(str(journal), "-f", "json", "-o", str(journal)), "the run's own journal", "-o")
    monkeypatch.chdir(journal.parent)
    one_line_error(report(journal.name, "-o", f"./x/../{journal.name}"), "the run's own journal")
    assert journal.read_bytes() == before
    scenario_bytes = ENGINE_SCENARIO.read_bytes()
    one_line_error(report(journal.name, "-o", str(ENGINE_SCENARIO)), "the run's own scenario")
    assert ENGINE_SCENARIO.read_bytes() == scenario_bytes


def test_a_device_is_written_into_never_replaced(journal, tmp_path):
    """`-o /dev/null` as root used to rename the report over the device node."""
    null = null_device(tmp_path)
    result = report(str(journal), "-o", str(null))
    assert result.exit_code == 0, result.output
    assert null.is_char_device()


def test_a_link_planted_at_the_temporary_name_is_not_followed(journal, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    os.symlink(victim, out / ".x.md.tmp")
    assert report(str(journal), "-f", "md", "-o", str(out / "x.md")).exit_code == 0
    assert victim.read_text() == "untouched"
    assert files(out) == {"x.md"} and (out / "x.md").read_text().startswith("# ")


def test_an_output_that_is_a_link_is_replaced_and_its_target_left_alone(journal, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    os.symlink(victim, tmp_path / "link.md")
    assert report(str(journal), "-f", "md", "-o", str(tmp_path / "link.md")).exit_code == 0
    assert victim.read_text() == "untouched"
    assert not (tmp_path / "link.md").is_symlink() and (tmp_path / "link.md").read_text().startswith("# ")
