"""`drill report RUNLOG` and write_report: where files land, byte-identical output, one-line errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.report import FORMATS, build_record, render, write_report


def invoke(*args: str):
    return CliRunner().invoke(main, ["report", *args], catch_exceptions=False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_default_output_goes_to_reports_named_after_the_run(runs, tmp_path, monkeypatch, fmt):
    run = runs("demo", "random")
    monkeypatch.chdir(tmp_path)
    result = invoke(str(run.journal), "-f", fmt, "--scenario", str(run.scenario_file))
    assert result.exit_code == 0, result.output
    name = run.journal.stem + {"html": ".html", "md": ".md", "json": ".json", "xapi": ".xapi.json"}[fmt]
    assert result.output.strip() == f"wrote reports/{name}"
    assert (tmp_path / "reports" / name).stat().st_size > 1000


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_journal_same_bytes(runs, tmp_path, fmt):
    run = runs("demo", "random", trainee="Aino", started="2026-03-02T10:15:00")
    a, b = tmp_path / "a", tmp_path / "b"
    assert invoke(str(run.journal), "-f", fmt, "-o", f"{a}/", "--scenario", str(run.scenario_file)).exit_code == 0
    assert invoke(str(run.journal), "-f", fmt, "-o", f"{b}/", "--scenario", str(run.scenario_file)).exit_code == 0
    (fa,), (fb,) = list(a.iterdir()), list(b.iterdir())
    assert fa.read_bytes() == fb.read_bytes()


def test_same_run_same_bytes_in_a_fresh_process(runs, tmp_path):
    """Hash seeds, dict order and the clock of another process change nothing."""
    run = runs("demo", "deleter")
    digests = []
    for n in range(2):
        out = tmp_path / f"r{n}.html"
        subprocess.run(
            [sys.executable, "-m", "drill", "report", str(run.journal), "-o", str(out), "--scenario", str(run.scenario_file)],
            check=True, capture_output=True, env={"PYTHONHASHSEED": str(n + 1), "PATH": "/usr/bin:/bin"},
        )
        digests.append(hashlib.sha256(out.read_bytes()).hexdigest())
    record = build_record(run.session, run.card, journal=str(run.journal), digest=run.loaded.digest)
    assert digests[0] == digests[1] == hashlib.sha256(render(record, "html").encode()).hexdigest()


def test_the_report_replays_to_the_live_run(runs, tmp_path):
    run = runs("demo", "random", seed=5)
    out = tmp_path / "r.json"
    assert invoke(str(run.journal), "-f", "json", "-o", str(out), "--scenario", str(run.scenario_file)).exit_code == 0
    live = build_record(run.session, run.card, journal=str(run.journal), digest=run.loaded.digest)
    assert json.loads(out.read_text()) == json.loads(render(live, "json"))


def test_library_lookup_and_lang(runs, tmp_path, monkeypatch):
    run = runs("demo", "deleter")
    monkeypatch.setenv("DRILL_SCENARIOS", str(run.scenario_file.parent))
    out = tmp_path / "x.md"
    result = invoke(str(run.journal), "-f", "md", "-o", str(out), "--lang", "fi")
    assert result.exit_code == 0, result.output
    assert "Kritiikin poistaminen" in out.read_text()


def test_templates_option(runs, tmp_path):
    run = runs("demo", "ideal")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report.md.j2").write_text("Seed {{ record.run.seed }}\n")
    out = tmp_path / "x.md"
    assert invoke(str(run.journal), "-f", "md", "-o", str(out), "--templates", str(folder), "--scenario", str(run.scenario_file)).exit_code == 0
    assert out.read_text() == "Seed 1\n"
    (folder / "report.md.j2").write_text('{% include "../../etc/passwd" %}')
    result = invoke(str(run.journal), "-f", "md", "-o", str(out), "--templates", str(folder), "--scenario", str(run.scenario_file))
    assert result.exit_code == 2 and "refused" in result.output


def _one_line_error(result, *words):
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drill report: "), result.output
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0]


def test_errors_are_one_line_and_exit_2(runs, tmp_path, scenario_files):
    run = runs("demo", "ideal")
    _one_line_error(invoke(str(tmp_path / "missing.jsonl")), "cannot read the run journal")
    (tmp_path / "junk.jsonl").write_text("not json\n{}\n")
    _one_line_error(invoke(str(tmp_path / "junk.jsonl")), "damaged")
    (tmp_path / "nohead.jsonl").write_text('{"t": 1}\n')
    _one_line_error(invoke(str(tmp_path / "nohead.jsonl")), "no header")
    _one_line_error(invoke(str(run.journal)), "unknown scenario 'demo'", "--scenario")
    _one_line_error(invoke(str(run.journal), "--scenario", str(scenario_files["evil"])), "is scenario 'evil'")
    changed = tmp_path / "demo.yaml"
    changed.write_text(run.scenario_file.read_text().replace("reply_within: ", "reply_within: 1", 1))
    _one_line_error(invoke(str(run.journal), "--scenario", str(changed)), "has changed since the run")
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: demo\n")
    _one_line_error(invoke(str(run.journal), "--scenario", str(broken)), "does not load")
    blocker = tmp_path / "file"
    blocker.write_text("")
    _one_line_error(invoke(str(run.journal), "--scenario", str(run.scenario_file), "-o", str(blocker / "x.html")), "cannot write")
    bad = tmp_path / "bad-input.jsonl"
    lines = run.journal.read_text().splitlines()
    bad.write_text("\n".join([lines[0], '{"t": 5, "input": {"item": "x"}}']) + "\n")
    _one_line_error(invoke(str(bad), "--scenario", str(run.scenario_file)), "cannot be replayed")


def test_write_report_for_the_tui(runs, tmp_path):
    run = runs("demo", "slow", trainee="Aino Virtanen", started="2026-03-02T10:15:00")
    paths = [write_report(run.session, run.card, fmt, tmp_path / "out", "fi") for fmt in FORMATS]
    assert [p.name for p in paths] == [f"demo-202603021015-aino-virtanen-seed1{ext}" for ext in (".html", ".md", ".json", ".xapi.json")]
    assert '<html lang="fi">' in paths[0].read_text()
    again = write_report(run.session, run.card, "html", tmp_path / "out", "fi")
    assert again.read_bytes() == paths[0].read_bytes()
    with pytest.raises(ValueError):
        write_report(run.session, run.card, "pdf", tmp_path, "en")


def test_an_unfinished_or_torn_journal_still_reports(runs, tmp_path):
    """A run cut short (the process died mid-write) is debriefed up to where it got."""
    run = runs("demo", "random", seed=7)
    lines = run.journal.read_text().splitlines()
    inputs = [n for n, line in enumerate(lines) if '"input"' in line]
    torn = tmp_path / "torn.jsonl"
    torn.write_text("\n".join(lines[: inputs[1] + 1]) + '\n{"t": 999, "inp')
    out = tmp_path / "torn.json"
    result = invoke(str(torn), "-f", "json", "-o", str(out), "--scenario", str(run.scenario_file))
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text())
    assert record["run"]["ending"]["id"] is None
    assert record["summary"]["lines"][1] == "Ending: — (not finished)."
    assert len(list(record["actions"])) == 2


def test_a_drill_reformatted_since_the_run_still_reports_it(runs, tmp_path):
    """The journal records what the drill says, not its bytes: `drill fmt`, a comment or another
    quoting keep its runs reportable; a journal that recorded the bytes' digest (before) still opens."""
    run = runs("demo", "ideal")
    copy = tmp_path / "demo.yaml"
    copy.write_text("# a trainer's note\n" + run.scenario_file.read_text())
    assert CliRunner().invoke(main, ["fmt", str(copy)]).exit_code == 0
    assert copy.read_bytes() != run.scenario_file.read_bytes()
    out = tmp_path / "out.md"
    result = invoke(str(run.journal), "--scenario", str(copy), "-o", str(out))
    assert result.exit_code == 0 and out.exists(), result.output
    header, *rest = run.journal.read_text().splitlines()
    old = tmp_path / "old.jsonl"
    legacy = json.loads(header)
    legacy["header"]["scenario_digest"] = hashlib.sha256(run.scenario_file.read_bytes()).hexdigest()[:16]
    old.write_text("\n".join([json.dumps(legacy), *rest]) + "\n")
    assert invoke(str(old), "--scenario", str(run.scenario_file), "-o", str(tmp_path / "old.md")).exit_code == 0
    assert invoke(str(old), "--scenario", str(copy), "-o", str(tmp_path / "old.md")).exit_code == 2  # the bytes are not those
