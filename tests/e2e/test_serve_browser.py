"""End to end in a real browser: `drill serve` on loopback, Debian's Chromium through Playwright.

The terminal is drawn on canvases, so the screen is read the robust way: the websocket's
output bytes are fed to a terminal emulator (pyte). Screenshots before and after the keys
are kept in ci-artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from servekit import Screen, free_port, stop, wait_for_port, wait_until

ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"

playwright_api = pytest.importorskip("playwright.sync_api")
pyte = pytest.importorskip("pyte", reason="pyte is not installed")


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "DRILL_HOME": str(tmp_path / "home"), "DRILL_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "drill", "serve", "deleted-comment", "--host", "127.0.0.1", "--port", str(port), "--seed", "1", "--lang", "en"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(process)


def test_a_browser_plays_a_drill_through_drill_serve(server, chromium):
    ARTIFACTS.mkdir(exist_ok=True)
    screen = Screen()
    errors: list[str] = []
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], headless=True, args=chromium[1])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("websocket", lambda ws: ws.on("framereceived", screen.feed))
        page.goto(server)
        page.wait_for_selector("body.-first-byte", timeout=30_000)
        assert wait_until(lambda: "Koskila" in screen.text() or "Deleted" in screen.text(), page), screen.text()
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "serve-briefing.png"))
        before = screen.text()
        page.click(".xterm-screen")
        page.keyboard.press("Enter")
        assert wait_until(lambda: screen.text() != before, page), "the screen did not change after Enter"
        page.wait_for_timeout(1500)
        page.keyboard.press(" ")
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "serve-play.png"))
        after = screen.text()
        browser.close()
    assert after != before
    assert not [e for e in errors if "fonts.googleapis" in e]
    assert not errors, errors
