"""A disk that is full, a folder that cannot be written: one clear line (or notice), and the run is kept.

`drill report` names the path and the reason in one line, exits 2, leaves the journal as it
was and an older report at the target whole. In the TUI the end screen's write key shows an
error notice and keeps the run. A journal that fails during play (ENOSPC) is a notice too: the
drill goes on, the decisions already journaled stay, the debrief at the end has them all.
Tests run as root, where chmod stops nothing: the failures here are real (a full device, a
file where a folder should be, /sys) or, for the one step no real device can fail alone
(the final rename), injected with monkeypatch.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import hardkit
import pytest
from hardkit import TUI_SCENARIO, full_device, recorded_run, report

from drill.history import History
from drill.runlog import JournalWriter, read_journal
from drill.scenario.load import load
from drill.tui.app import make_app
from drill.tui.screens.end import EndScreen
from drill.tui.screens.play import PlayScreen
from drill.tui.widgets.feed import FeedView


def one_line_error(result, *words: str) -> str:
    return hardkit.one_line_error(result, *words, start="drill report: cannot write ")


@pytest.fixture
def journal(tmp_path) -> Path:
    return recorded_run(tmp_path)


def test_a_full_disk_is_one_line_and_the_journal_is_untouched(journal, tmp_path):
    full = full_device(tmp_path)
    before = journal.read_bytes()
    one_line_error(report(str(journal), "-o", str(full)), str(full), "No space left on device", "-o")
    assert journal.read_bytes() == before
    assert full.is_char_device()  # written into, never replaced by a file


def test_a_folder_under_a_file_is_one_line(journal, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    before = journal.read_bytes()
    one_line_error(report(str(journal), "-o", str(blocker / "reports") + "/"), f"{blocker}: not a folder")
    assert journal.read_bytes() == before and blocker.read_text() == "a file, not a folder"


def test_a_system_folder_that_refuses_even_root_is_one_line(journal):
    target = Path("/sys/drill-hardening-report.html")
    if os.access("/sys", os.W_OK) and not Path("/sys/kernel").is_dir():
        pytest.skip("/sys is not sysfs here")
    one_line_error(report(str(journal), "-o", str(target)), str(target))
    assert not target.exists()


def test_a_failed_last_step_keeps_the_older_report_whole_and_leaves_no_temporary_file(journal, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    old = out / "debrief.html"
    old.write_text("the report of yesterday")
    real_replace = os.replace

    def disk_full(src, dst, *args, **kwargs):  # only for our folder: pytest may rename files too
        if Path(dst).parent == out:
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", disk_full)
    one_line_error(report(str(journal), "-o", str(old)), str(old), "No space left on device")
    assert old.read_text() == "the report of yesterday"
    assert sorted(p.name for p in out.iterdir()) == ["debrief.html"]


# ------------------------------------------------------------------ the TUI


def _app(**options):
    options.setdefault("lang", "en")
    options.setdefault("manual_clock", True)
    options.setdefault("theme", "textual-dark")
    options.setdefault("pick", True)  # the authored options; writing has tests of its own
    return make_app(load(TUI_SCENARIO), **options)


def _notices(app, severity: str | None = None) -> list[str]:
    return [n.message for n in app._notifications if severity is None or n.severity == severity]


async def _decide(app, pilot, item: str, *keys: str) -> None:
    app.screen.query_one(FeedView).select_item(app.session.feed.by_id(item))
    await pilot.press(*keys)
    await pilot.pause()


async def test_the_end_screen_says_when_the_report_cannot_be_written_and_keeps_the_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").write_text("a file where the reports folder should be")
    app = _app(trainee="Aino")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        await _decide(app, pilot, "complaint", "p", "enter")
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        await pilot.press("w")
        await pilot.pause()
        [error] = _notices(app, "error")
        assert "Could not write the debrief" in error and "reports" in error and "\n" not in error
        assert isinstance(app.screen, EndScreen)
        (tmp_path / "reports").unlink()  # the trainer makes room and tries again: the run was kept
        await pilot.press("w")
        await pilot.pause()
    journal = read_journal(app.journal_path)
    assert journal.ended and [r["input"]["verb"] for r in journal.records if "input" in r] == ["private"]
    assert [r["trainee"] for r in History().runs()] == ["Aino"]
    [written] = (tmp_path / "reports").iterdir()
    assert written.name == app.journal_path.stem + ".html" and "Aino" in written.read_text(encoding="utf-8")


async def test_the_end_screen_on_a_full_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        (tmp_path / "reports").mkdir()
        target = tmp_path / "reports" / (app.journal_path.stem + ".html")
        os.symlink(full_device(tmp_path), target)  # the report's own name leads to a full disk
        await pilot.press("w")
        await pilot.pause()
        [error] = _notices(app, "error")
        assert "No space left on device" in error
        assert isinstance(app.screen, EndScreen)
    assert read_journal(app.journal_path).ended


async def test_a_journal_that_fills_the_disk_mid_run_is_a_notice_and_the_drill_goes_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = _app(trainee="Aino")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        await _decide(app, pilot, "complaint", "p", "enter")
        journal = app.journal_path
        kept = journal.read_bytes()
        app.writer.close()
        app.writer = JournalWriter.resume(app.session.log, full_device(tmp_path))  # from here on, every write fails with ENOSPC
        await pilot.press("e", "enter", "enter")  # escalate: the journal write fails
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert [a.verb for _, a in app.session.actions] == ["private", "escalate"]
        [error] = _notices(app, "error")
        assert "No space left on device" in error and "not saved" in error
        app.advance(10 * 60)
        await _decide(app, pilot, "question", "r", "1")  # more decisions: no second notice, no crash
        assert [a.verb for _, a in app.session.actions] == ["private", "escalate", "reply"]
        assert len(_notices(app, "error")) == 1
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        await pilot.press("w")  # the debrief comes from the run in memory: every decision is in it
        await pilot.pause()
    assert journal.read_bytes() == kept  # what was journaled before the disk filled stays as it was
    assert [r["input"]["verb"] for r in read_journal(journal).records if "input" in r] == ["private"]
    [written] = (tmp_path / "reports").iterdir()
    debrief = written.read_text(encoding="utf-8")
    assert "12-18 on Sundays" in debrief and "Escalated to Communications" in debrief  # decided after the disk filled


async def test_a_journal_that_cannot_be_created_is_a_notice_and_the_drill_still_runs(tmp_path, monkeypatch):
    blocker = tmp_path / "home"
    blocker.write_text("a file where the user folder should be")
    monkeypatch.setenv("DRILL_HOME", str(blocker / "drill"))
    monkeypatch.chdir(tmp_path)
    app = _app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        [error] = _notices(app, "error")
        assert "cannot be written" in error and "Not a directory" in error
        await pilot.press("enter")
        app.advance(11 * 60)
        await _decide(app, pilot, "complaint", "p", "enter")
        assert [a.verb for _, a in app.session.actions] == ["private"]
        app.advance(10**6)
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
    assert blocker.read_text() == "a file where the user folder should be"
