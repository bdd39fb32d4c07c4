"""`drill join` in the TUI: a seat joins a host on loopback, plays the host's replica, and
its decisions go up and come back; a refusal by role is said in the seat's language."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from pathlib import Path

from tui_helpers import notices, select

from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.seats.client import SeatClient
from drill.seats.host import new_host, serve
from drill.team import parse_team
from drill.tui.app import make_app
from drill.tui.screens.play import PlayScreen
from drill.tui.widgets.feed import FeedView
from drill.web import free_port

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "engine.yaml"


async def wait_for(condition, pilot, tries: int = 100) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


@asynccontextmanager
async def hosted(tmp_path, team: str):
    """`drill host` on loopback for the engine fixture and `team`; yields the host and its seats' address."""
    port = free_port("127.0.0.1")
    host = new_host(load(FIXTURE), 1, parse_team(team), "K7QX2M", 600.0, tmp_path / "x.jsonl", "127.0.0.1", port)
    ready = asyncio.Event()
    server = asyncio.ensure_future(serve(host, "127.0.0.1", port, ready))
    await ready.wait()
    try:
        yield host, f"ws://127.0.0.1:{port}/ws"
    finally:
        host.session.finish_now()
        await asyncio.wait_for(server, 10)


async def test_a_seat_joins_acts_and_sees_the_host_decide(tmp_path):
    async with hosted(tmp_path, "Aino:service,Sanna:management") as (host, url):
        host.session.advance_to(12 * 60)
        app = make_app(None, lang="en", theme="textual-dark", pick=True, seat=SeatClient(url, "K7QX2M", "Sanna"))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(lambda: isinstance(app.screen, PlayScreen) and any("Joined as Sanna (management)" in n for n in notices(app)), pilot)
            assert app.session is not host.session and app.session.now == host.session.now
            feed = app.screen.query_one(FeedView)
            assert feed.row_count == 0 and "management's view" in str(feed.border_title)  # nothing internal or escalated yet
            await pilot.press("v")  # the whole wall, to try what management may not do
            assert feed.row_count == len(app.session.feed) > 0
            select(app, "complaint")
            await pilot.press("p", "1")  # management may not answer a customer: the host's engine says so
            await wait_for(lambda: any("management may not private" in n for n in notices(app)), pilot)
            await pilot.press("s", "enter")  # a statement for everyone is management's to give
            await wait_for(lambda: [a.verb for _, a in host.session.actions] == ["status"], pilot)
            await wait_for(lambda: [a.verb for _, a in app.session.actions] == ["status"], pilot)
            assert app.session.actions[0][1].role == "management"
            await pilot.press("space")  # only the facilitator stops a hosted clock
            await wait_for(lambda: any("Only the facilitator" in n for n in notices(app)), pilot)


async def test_each_seat_sees_its_role_and_what_was_escalated_to_it(tmp_path):
    """Comms watches the red phone and the press; a wall post reaches it when service escalates it."""
    async with hosted(tmp_path, "Aino:service,Mikko:comms") as (host, url):
        host.session.advance_to(60 * 60)
        assert host.session.fire_held("boss-call").ok  # the facilitator's call from the boss, on the phone
        assert "complaint" in host.session.feed and "boss-call" in host.session.feed
        app = make_app(None, lang="fi", theme="textual-dark", pick=True, seat=SeatClient(url, "K7QX2M", "Mikko"))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(lambda: isinstance(app.screen, PlayScreen) and any("Mikko" in n for n in notices(app)), pilot)
            feed = app.screen.query_one(FeedView)

            def shown() -> set[str]:
                return {app.session.feed[feed.seq_at(row)].id for row in range(feed.row_count)}

            assert "boss-call" in shown() and "complaint" not in shown()
            assert {app.session.feed.by_id(i).channel for i in shown()} <= {"phone", "news", "internal"}
            assert "näkymä: viestintä" in str(feed.border_title)
            aino = SeatClient(url, "K7QX2M", "Aino")
            await aino.join()
            listening = asyncio.ensure_future(aino.listen())
            answer = await aino.act(Action("escalate", item="complaint", level="comms", note="SITREP: complaint spreading"))
            assert answer["ok"], answer
            await wait_for(lambda: "complaint" in shown(), pilot)
            rung = [n for n in app._notifications if n.title.startswith("Aino (asiakaspalvelu) eskaloi sinulle")]
            assert [(n.title, n.message) for n in rung] == [("Aino (asiakaspalvelu) eskaloi sinulle (Matti)", "SITREP: complaint spreading")]
            await pilot.press("v")
            assert feed.row_count == len(app.session.feed)
            await aino.close()
            listening.cancel()


async def test_the_facilitator_seat_sees_every_seats_latest_decision(tmp_path):
    async with hosted(tmp_path, "Aino:service,Mikko:comms") as (host, url):
        host.session.advance_to(12 * 60)
        app = make_app(None, lang="en", theme="textual-dark", pick=True, seat=SeatClient(url, "K7QX2M", "facilitator"))
        async with app.run_test(size=(160, 40)) as pilot:
            await wait_for(lambda: isinstance(app.screen, PlayScreen) and any("facilitator" in n for n in notices(app)), pilot)
            await pilot.press("F")
            assert not app.screen.check_action("choose", ("reply",))  # the facilitator steers; the trainees decide
            info = app.screen.query_one("#fac-info")

            def panel() -> str:
                return str(info.render())

            assert "Aino (customer service): nothing yet" in panel() and "Mikko (communications): nothing yet" in panel()
            aino = SeatClient(url, "K7QX2M", "aino")  # any case: the team's spelling is kept
            await aino.join()
            listening = asyncio.ensure_future(aino.listen())
            answer = await aino.act(Action("private", item="complaint", option="dm"))
            assert answer["ok"], answer
            await wait_for(lambda: "Aino (customer service): 06:12 Private → Matti" in panel(), pilot)
            await wait_for(lambda: "The team's decisions" in str(app.screen.query_one("#detail").render()), pilot)
            assert "Mikko (communications): nothing yet" in panel()
            assert host.session.actions[-1][1].member == "Aino" and host.session.actions[-1][1].role == "service"
            await aino.close()
            listening.cancel()


async def test_the_projector_shows_the_clock_the_wall_and_the_latest_decisions(tmp_path):
    from textual.widgets import Digits

    from drill.tui.screens.projector import ProjectorScreen

    async with hosted(tmp_path, "Aino:service,Mikko:comms") as (host, url):
        host.session.advance_to(12 * 60)
        app = make_app(None, lang="fi", theme="textual-dark", seat=SeatClient(url, "K7QX2M", "projector"))
        async with app.run_test(size=(160, 40)) as pilot:
            await wait_for(lambda: isinstance(app.screen, ProjectorScreen) and app.session.now == 12 * 60
                           and any(d.value for d in app.screen.query("#proj-clock").results(Digits)), pilot)  # mounted and drawn
            screen = app.screen
            assert screen.query_one("#proj-clock", Digits).value == "06:12"
            assert "Ei vielä päätöksiä" in str(screen.query_one("#proj-decisions").render())
            assert screen.query_one(FeedView).row_count == len(app.session.feed) > 0
            await pilot.press("r", "p", "e", "space")  # the room's screen decides nothing and steers nothing
            assert host.session.actions == [] and isinstance(app.screen, ProjectorScreen)
            aino = SeatClient(url, "K7QX2M", "Aino")
            await aino.join()
            listening = asyncio.ensure_future(aino.listen())
            assert (await aino.act(Action("private", item="complaint", option="dm")))["ok"]
            await wait_for(lambda: "Aino (asiakaspalvelu)" in str(screen.query_one("#proj-decisions").render()), pilot)
            assert "06:12" in str(screen.query_one("#proj-decisions").render())
            await aino.close()
            listening.cancel()
