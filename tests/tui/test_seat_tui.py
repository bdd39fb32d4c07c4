"""`drill join` in the TUI: a seat joins a host on loopback, plays the host's replica, and
its decisions go up and come back; a refusal by role is said in the seat's language."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tui_helpers import notices, select

from drill.scenario.load import load
from drill.seats.client import SeatClient
from drill.seats.host import new_host, serve
from drill.team import parse_team
from drill.tui.app import make_app
from drill.tui.screens.play import PlayScreen
from drill.web import free_port

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "engine.yaml"


async def wait_for(condition, pilot, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


async def test_a_seat_joins_acts_and_sees_the_host_decide(tmp_path):
    port = free_port("127.0.0.1")
    host = new_host(load(FIXTURE), 1, parse_team("Aino:service,Sanna:management"), "K7QX2M", 600.0, tmp_path / "x.jsonl", "127.0.0.1", port)
    ready = asyncio.Event()
    server = asyncio.ensure_future(serve(host, "127.0.0.1", port, ready))
    await ready.wait()
    host.session.advance_to(12 * 60)
    app = make_app(None, lang="en", theme="textual-dark", pick=True, seat=SeatClient(f"ws://127.0.0.1:{port}/ws", "K7QX2M", "Sanna"))
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(lambda: isinstance(app.screen, PlayScreen), pilot)
            assert app.session is not host.session and app.session.now == host.session.now
            assert any("Joined as Sanna (management)" in n for n in notices(app))
            select(app, "complaint")
            await pilot.press("p", "1")  # management may not answer a customer: the host's engine says so
            await wait_for(lambda: any("management may not private" in n for n in notices(app)), pilot)
            await pilot.press("s", "enter")  # a statement for everyone is management's to give
            await wait_for(lambda: [a.verb for _, a in host.session.actions] == ["status"], pilot)
            await wait_for(lambda: [a.verb for _, a in app.session.actions] == ["status"], pilot)
            assert app.session.actions[0][1].role == "management"
            await pilot.press("space")  # only the facilitator stops a hosted clock
            await wait_for(lambda: any("Only the facilitator" in n for n in notices(app)), pilot)
    finally:
        host.session.finish_now()
        await asyncio.wait_for(server, 10)
