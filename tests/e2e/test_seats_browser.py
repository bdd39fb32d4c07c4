"""Seats in a browser (issue 15): a real `drill host` on loopback and two seats' pages in one
Chromium (Playwright, Debian's binary). Keys typed on customer service's page escalate the
complaint to management; management's page shows it. Each page's screen is read from its
websocket's bytes (servekit.Screen). The facilitator, a SeatClient in this process, starts the
clock until the complaint is on the wall and pauses it, so both pages hold still.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from servekit import Screen, free_port, stop, wait_for_port, wait_until

from drill.seats.client import SeatClient

ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "engine.yaml"
CODE = "K7QX2M"
NOTE = "Orders late since Monday"

playwright_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("pyte", reason="pyte is not installed")


@pytest.fixture
def hosted(tmp_path):
    port = free_port()
    env = {**os.environ, "DRILL_HOME": str(tmp_path / "home"), "DRILL_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "drill", "host", str(FIXTURE), "--team", "Aino:service,Sanna:management", "--code", CODE,
         "--port", str(port), "--speed", "600", "--journal", str(tmp_path / "exercise.jsonl")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        yield port, tmp_path / "exercise.jsonl"
    finally:
        stop(process)


async def run_clock_until(port: int, minutes: float) -> None:
    """The facilitator resumes the clock until the complaint (at 10 min) is on the wall, then pauses."""
    facilitator = SeatClient(f"ws://127.0.0.1:{port}/ws", CODE, "facilitator")
    await facilitator.join()
    listening = asyncio.ensure_future(facilitator.listen())
    await facilitator.steer("resume")
    while facilitator.session.now < minutes * 60:
        await asyncio.sleep(0.05)
    await facilitator.steer("pause")
    await asyncio.sleep(0.5)
    await facilitator.close()
    listening.cancel()


def open_seat(context, port: int, name: str, screen: Screen, errors: list[str]):
    page = context.new_page()
    page.on("console", lambda msg: errors.append(f"{name}: {msg.text}") if msg.type == "error" else None)
    page.on("websocket", lambda ws: ws.on("framereceived", screen.feed))
    page.goto(f"http://127.0.0.1:{port}/seat?code={CODE}&as={name}")
    page.wait_for_selector("body.-first-byte", timeout=30_000)
    return page


def test_an_escalation_typed_on_one_seats_page_shows_on_anothers(hosted, chromium):
    port, journal = hosted
    asyncio.run(run_clock_until(port, 11))
    ARTIFACTS.mkdir(exist_ok=True)
    service_screen, management_screen = Screen(), Screen()
    errors: list[str] = []
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], headless=True, args=chromium[1])
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        service = open_seat(context, port, "Aino", service_screen, errors)
        management = open_seat(context, port, "Sanna", management_screen, errors)
        assert wait_until(lambda: "Matti" in service_screen.text(), service, 30), service_screen.text()
        assert wait_until(lambda: "management's view" in management_screen.text(), management, 30), management_screen.text()
        assert NOTE not in management_screen.text() and "Matti" not in management_screen.text()  # the wall is service's
        service.click(".xterm-screen")
        service.keyboard.press("e")  # escalate the selected complaint: the ladder opens at comms
        assert wait_until(lambda: "Whom do you tell" in service_screen.text(), service), service_screen.text()
        service.keyboard.press("ArrowDown")  # management
        service.keyboard.press("Enter")
        service.wait_for_timeout(300)
        service.keyboard.type(NOTE)
        service.keyboard.press("Enter")
        assert wait_until(lambda: NOTE in management_screen.text(), management), management_screen.text()  # the red phone rings
        assert wait_until(lambda: "Aino (customer service) escalated to you" in management_screen.text(), management), management_screen.text()
        management.wait_for_timeout(500)
        management.screenshot(path=str(ARTIFACTS / "seat-management.png"))
        service.screenshot(path=str(ARTIFACTS / "seat-service.png"))
        browser.close()
    escalations = [line for line in journal.read_text(encoding="utf-8").splitlines() if '"escalate"' in line]
    assert len(escalations) == 1 and '"management"' in escalations[0] and '"service"' in escalations[0], escalations
    assert not errors, errors
