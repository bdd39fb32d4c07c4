"""The Markdown debrief passes markdownlint with its default rules, and the layout pass that
makes it so keeps the text.

markdownlint-cli2 comes from npm: `.ci/run` installs it into .ci/node (package.json there);
without it the lint test says it is skipped. The layout tests need nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from debriefkit import LONG_ID, WRITTEN_HOSTILE, fork_record, long_record, scripted_record, team_record, written_record
from reportkit import BOTS, REPO, bundled

from drill.report import build_record, render
from drill.report.mdlayout import WIDTH, layout, width

LOCAL = REPO / ".ci" / "node" / "node_modules" / ".bin" / "markdownlint-cli2"


def markdownlint() -> str:
    found = str(LOCAL) if LOCAL.exists() else shutil.which("markdownlint-cli2")
    if not found or not shutil.which("node"):
        pytest.skip("markdownlint-cli2 is not installed (npm ci --prefix .ci/node; .ci/run does it where npm exists)")
    return found


def debriefs(runs, evil_loaded) -> dict[str, str]:
    """Markdown debriefs of every kind of run: the scripted defects, a team tabletop, the
    longest ids with links and emoji, hostile texts, Finnish, and every bundled drill."""
    from drill.engine.session import Session
    from drill.scenario.actions import Action
    from drill.scoring.scorecard import score

    hostile = Session(evil_loaded.scenario, 1, trainee="<b>Aino</b> | *x*")
    hostile.advance_to(6 * 60)
    hostile.act(Action("reply", "late-parcel", "curt", note="# not a heading\n\n- not a list"))
    hostile.act(Action("escalate", level="comms", note="1. not a list either"))
    hostile.advance_to(float("inf"))
    out = {
        "scripted": render(scripted_record(), "md"), "scripted-fi": render(scripted_record("fi"), "md"),
        "team": render(team_record(), "md"), "long": render(long_record(), "md"), "long-fi": render(long_record("fi"), "md"),
        "hostile": render(build_record(hostile, score(hostile)), "md"),
        "written": render(written_record(), "md"), "written-fi": render(written_record("fi"), "md"),
        "written-hostile": render(written_record("en", WRITTEN_HOSTILE), "md"),
        "fork": render(fork_record(), "md"), "fork-fi": render(fork_record("fi"), "md"),
    }
    for path in bundled():
        for bot in BOTS:
            run = runs(path.stem, bot)
            out[f"{path.stem}-{bot}"] = render(build_record(run.session, run.card), "md")
    return out


def test_the_markdown_debrief_is_markdownlint_clean(runs, evil_loaded, tmp_path):
    tool = markdownlint()
    files = []
    for name, text in debriefs(runs, evil_loaded).items():
        path = tmp_path / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        files.append(path.name)
    # run where no config file is found: markdownlint's own defaults, nothing relaxed
    result = subprocess.run([tool, *files], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    findings = [line for line in (result.stdout + result.stderr).splitlines() if re.search(r"\bMD\d{3}\b", line)]
    assert result.returncode == 0 and findings == [], "\n".join(findings[:40])
    assert f"Linting: {len(files)} file(s)" in result.stdout + result.stderr


def test_lines_fit_blocks_are_apart_and_tables_are_compact(runs, evil_loaded):
    """What markdownlint checks, checked without it: so a run without npm still sees it."""
    for name, text in debriefs(runs, evil_loaded).items():
        lines = text.split("\n")
        assert text.endswith("\n") and not text.endswith("\n\n"), name
        assert "\n\n\n" not in text, name
        for line in lines:
            assert line == line.rstrip(), (name, line)
            if width(line) > WIDTH:  # only a single word too long to break, as markdownlint allows
                assert " " not in line.strip()[:1] and len(line.split()) <= 2, (name, line)
            if line.startswith("#"):
                assert width(line) <= WIDTH and not line.endswith((".", ":", ",", ";", "!")), (name, line)
            if line.startswith("|"):
                assert "  |" not in line and "|  " not in line, (name, line)
        headings = [line for line in lines if line.startswith("#")]
        assert len(headings) == len(set(headings)), name
        for line in lines:  # bold alone on a line is a label ending in a colon, never a heading in disguise
            if re.fullmatch(r"\*\*[^*]+\*\*", line.strip()):
                assert line.strip()[-3] in ".,;:!?", (name, line)


def test_the_longest_id_is_whole_somewhere_readable():
    text = render(long_record(), "md")
    assert f"`{LONG_ID}`" in text
    assert "https\\://example.com" in text and "matti\\@example.com" in text


def test_layout_keeps_the_words_and_escapes_a_wrapped_marker():
    words = "The rise is 12 % - about 55 € a year for two people; see the figures below. " * 3
    text = layout(f"# Title\n\n{words}\n- {words}\n")
    assert " ".join(text.replace("\\", "").split()) == " ".join(f"# Title {words} - {words}".split())
    for line in text.split("\n")[1:]:
        stripped = line.strip()
        assert not stripped.startswith(("- ", "+ ")) or line.startswith("- "), line


def test_a_table_too_wide_becomes_a_list_of_its_rows():
    wide = "| Item | Said |\n|---|---|\n| a | " + "word " * 30 + "|\n| b | short |\n"
    text = layout(wide)
    assert text.startswith("- a · Said: word word")
    assert "\n- b · Said: short\n" in text
    narrow = layout("| Item | Said |\n|---|--:|\n| a |  |\n")
    assert narrow == "| Item | Said |\n| --- | --: |\n| a | |\n"
