"""The HTML report in a real browser: Debian's Chromium through Playwright.

Checks what only a browser can: no console errors (so no blocked request, no broken CSS or
SVG), the hostile scenario's <script> never runs, the page prints to A4, and a screenshot
lands in ci-artifacts/report.png for people to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.engine.session import Session
from drill.report import build_record, render
from drill.scenario.actions import Action
from drill.scoring.scorecard import score

ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser(chromium):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium[0], args=chromium[1])
        yield browser
        browser.close()


def hostile_report(evil_loaded, tmp_path: Path) -> Path:
    session = Session(evil_loaded.scenario, 1, trainee="<img src=x onerror=window.__pwned=2>Aino")
    session.advance_to(6 * 60)
    session.act(Action("reply", "late-parcel", "curt"))
    session.act(Action("escalate", level="comms", note="<script>window.__pwned=3</script>"))
    session.advance_to(8 * 60)
    session.act(Action("delete", "late-parcel"))
    session.advance_to(float("inf"))
    path = tmp_path / "hostile.html"
    path.write_text(render(build_record(session, score(session)), "html"), encoding="utf-8")
    return path


def test_report_opens_cleanly_and_injected_script_does_not_run(browser, evil_loaded, runs, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    pages = {"hostile": hostile_report(evil_loaded, tmp_path)}
    run = runs("demo", "random", trainee="Aino Virtanen", started="2026-03-02T10:15:00+02:00")
    pages["demo"] = tmp_path / "demo.html"
    pages["demo"].write_text(render(build_record(run.session, run.card, journal=str(run.journal)), "html"), encoding="utf-8")
    for name, path in pages.items():
        page = browser.new_page(viewport={"width": 1100, "height": 1400})
        problems: list[str] = []
        dialogs: list[str] = []
        requests: list[str] = []
        page.on("console", lambda msg, problems=problems: problems.append(f"{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc, problems=problems: problems.append(f"pageerror: {exc}"))
        page.on("dialog", lambda dialog, dialogs=dialogs: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda req, requests=requests: requests.append(req.url) if not req.url.startswith("file:") else None)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert problems == [], name
        assert dialogs == [] and requests == [], name
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.scripts.length") == 0
        assert page.locator("svg.timeline").count() == 1
        assert page.locator("section h2").count() == 9  # a solo run: no decisions-per-role section
        if name == "hostile":
            assert "<script>window.__pwned=1;alert(1)</script>" in page.inner_text("h1")
            assert page.locator("img").count() == 0
        else:
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
            pdf = page.pdf(format="A4")
            assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        page.close()
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
