"""A seat per role on loopback: one host, four seats (service, comms, management, facilitator).

What one seat does reaches every other seat's replica; the engine refuses what a role may not
do; a dropped seat joins again and gets the same exercise back; a host killed with SIGKILL
resumes from its journal with every seat's decisions; and what does not belong (a page from
another site, a wrong code, a 10 MB message, 500 connections at once) is refused with a clear
reason, on the seats' socket and the seats' browser page alike, while a legit seat acts on.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.seats.client import JoinRefused, SeatClient
from drill.seats.host import MAX_CONNECTIONS, new_host, serve
from drill.seats.protocol import encode
from drill.team import parse_team
from drill.web import free_port

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "data" / "engine.yaml"
TEAM = "Aino:service,Mikko:comms,Sanna:management"
CODE = "K7QX2M"


def fingerprint(session) -> dict:
    return {"now": round(session.now, 6), "items": [(i.id, i.answered_at, i.removed) for i in session.feed],
            "escalations": [(e.level, e.item, e.role) for e in session.escalations], "meters": session.meters.as_dict(),
            "fired": sorted(session.fired), "ended": session.ended}


async def settle(host, *seats, timeout: float = 5.0) -> None:
    """Wait until every seat's replica has caught up with the host's session."""
    for _ in range(int(timeout / 0.02)):
        if all(fingerprint(s.session) == fingerprint(host.session) for s in seats):
            return
        await asyncio.sleep(0.02)
    assert [fingerprint(s.session) for s in seats] == [fingerprint(host.session)] * len(seats)


@pytest.fixture
async def exercise(tmp_path):
    port = free_port("127.0.0.1")
    host = new_host(load(FIXTURE), 1, parse_team(TEAM), CODE, 600.0, tmp_path / "exercise.jsonl", "127.0.0.1", port)
    ready = asyncio.Event()
    server = asyncio.ensure_future(serve(host, "127.0.0.1", port, ready))
    await ready.wait()
    seats: list[SeatClient] = []
    listening: list[asyncio.Future] = []

    async def join(name: str) -> SeatClient:
        seat = SeatClient(f"ws://127.0.0.1:{port}/ws", CODE, name)
        await seat.join()
        listening.append(asyncio.ensure_future(seat.listen()))
        seats.append(seat)
        return seat

    yield host, join, port
    for seat in seats:
        await seat.close()
    host.session.finish_now()
    await asyncio.wait_for(server, 10)


async def test_what_one_seat_does_reaches_every_seat(exercise):
    host, join, _ = exercise
    service, comms, management, facilitator = [await join(n) for n in ("Aino", "Mikko", "Sanna", "facilitator")]
    assert [s.role for s in (service, comms, management, facilitator)] == ["service", "comms", "management", "facilitator"]
    await facilitator.steer("resume")
    while host.session.now < 12 * 60:
        await asyncio.sleep(0.05)
    await facilitator.steer("pause")
    await settle(host, service, comms, management, facilitator)
    outcome = await service.act(Action("escalate", "complaint", level="management", note="Orders late, dozens of comments, I replied; need a decision"))
    assert outcome["ok"]
    await settle(host, service, comms, management, facilitator)
    assert [(e.level, e.role) for e in management.session.escalations] == [("management", "service")]  # on management's seat
    decided = await management.act(Action("status", option="holding"))
    assert decided["ok"]
    await settle(host, service, comms, management, facilitator)
    for seat in (service, comms, facilitator):  # management's decision on everyone's
        assert [a.verb for _, a in seat.session.actions] == ["escalate", "status"]
        assert seat.session.actions[-1][1].role == "management"


async def test_the_facilitators_own_inject_reaches_every_seat_and_can_be_answered(exercise):
    host, join, _ = exercise
    service, comms, facilitator = [await join(n) for n in ("Aino", "Mikko", "facilitator")]
    host.session.advance_to(12 * 60)
    await facilitator.steer("post", text="Is the shop closing?", channel="twitter", author="@huhu")
    await settle(host, service, comms, facilitator)
    for seat in (service, comms, facilitator):
        item = seat.session.feed.by_id("adhoc-1")
        assert (item.author, item.channel, item.text("en"), item.waiting) == ("@huhu", "twitter", "Is the shop closing?", True)
    await service.steer("post", text="Free beer for everyone", channel="twitter")  # a member cannot write injects
    answer = await service.act(Action("reply", "adhoc-1", text="No, it stays open. Thanks for asking!", lang="en"))
    assert answer["ok"]
    await settle(host, service, comms, facilitator)
    assert comms.session.feed.by_id("adhoc-1").answered_at == 12 * 60
    assert [i.id for i in host.session.feed if i.source == "adhoc"] == ["adhoc-1"]  # the member's post never reached the engine


async def test_only_the_facilitator_moves_the_hosted_clock(exercise):
    """Speed and skipping ahead happen on the host, so every replica stays the host's session;
    a member's request changes nothing."""
    host, join, _ = exercise
    service, facilitator = await join("Aino"), await join("facilitator")
    speed = host.clock.speed
    await service.steer("slower")
    await service.steer("forward")
    await facilitator.steer("slower")
    for _ in range(100):
        if facilitator.speed != speed:
            break
        await asyncio.sleep(0.05)
    assert host.clock.speed < speed and facilitator.speed == service.speed == host.clock.speed
    assert host.session.now == 0
    await facilitator.steer("forward")  # to the first thing that happens: the complaint at 10 min
    for _ in range(100):
        if host.session.now > 0:
            break
        await asyncio.sleep(0.05)
    await settle(host, service, facilitator)
    assert "complaint" in service.session.feed and service.session.now == host.session.now > 0


async def test_the_engine_refuses_what_a_role_may_not_do(exercise):
    host, join, _ = exercise
    management, projector = await join("Sanna"), await join("projector")
    host.session.advance_to(12 * 60)
    refused = await management.act(Action("reply", "complaint", "curt"))
    assert (refused["ok"], refused["reason"], refused["params"]) == (False, "role_not_allowed", {"role": "management", "verb": "reply"})
    watching = await projector.act(Action("reply", "complaint", "curt"))
    assert (watching["ok"], watching["reason"]) == (False, "not_your_seat")
    assert host.session.actions == []
    second = await join("projector")  # a room may have many projectors; a member has one seat
    assert (await management.act(Action("status", option="holding")))["ok"]
    await settle(host, projector, second)
    assert not projector._socket.closed and len(host.seats) == 3


async def test_a_seat_that_drops_joins_again_and_gets_the_exercise_back(exercise):
    host, join, _ = exercise
    service = await join("Aino")
    host.session.advance_to(12 * 60)
    assert (await service.act(Action("private", "complaint", "dm")))["ok"]
    await service._socket.close()  # the laptop's lid closed
    again = await join("aino")  # names are matched without case
    await settle(host, again)
    assert [a.describe() for _, a in again.session.actions] == ["private complaint.dm"]


ATTEMPTS = 500
"""Connections opened at once in the flood test: each takes a descriptor here and one in the host."""


def enough_descriptors(needed: int) -> None:
    """Raise this process's soft limit on open files to `needed` if the hard limit allows; else skip."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(f"{needed} open files needed, the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed, hard))


async def still_goes_on(host, seat: SeatClient, after: str) -> None:
    """The exercise goes on: the legit seat writes to the customer and the host's engine takes it."""
    before = len(host.session.actions)
    assert (await seat.act(Action("private", "complaint", text=f"Checking your order now (after {after}).")))["ok"]
    assert len(host.session.actions) == before + 1


async def test_what_does_not_belong_is_refused_and_the_exercise_goes_on(exercise):
    host, join, port = exercise
    url = f"ws://127.0.0.1:{port}/ws"
    host.session.advance_to(12 * 60)
    service = await join("Aino")  # the legit seat, acting after each attack
    async with aiohttp.ClientSession() as http:
        with pytest.raises(aiohttp.WSServerHandshakeError) as forged:  # a page on another site
            await http.ws_connect(url, headers={"Origin": "https://evil.example"})
        assert forged.value.status == 403
        forged_page = await http.get(f"http://127.0.0.1:{port}/seat/ws/{CODE}/Aino", headers={"Origin": "https://evil.example"})
        assert forged_page.status == 403 and "only this host's own page" in await forged_page.text()
        no_origin = await http.get(f"http://127.0.0.1:{port}/seat/ws/{CODE}/Aino")  # a page's terminal is for pages only
        assert no_origin.status == 403
    await still_goes_on(host, service, "a forged Origin")
    with pytest.raises(JoinRefused) as wrong:
        await SeatClient(url, "WRONG1", "Aino").join()
    assert wrong.value.reason == "wrong_code" and "ask the facilitator" in str(wrong.value)
    async with aiohttp.ClientSession() as http:
        wrong_page = await http.get(f"http://127.0.0.1:{port}/seat", params={"code": "WRONG1", "as": "Aino"})
        assert wrong_page.status == 403 and "wrong join code" in await wrong_page.text()
    with pytest.raises(JoinRefused) as stranger:
        await SeatClient(url, CODE, "Mallory").join()
    assert stranger.value.reason == "unknown_name" and "Aino" in str(stranger.value)
    await still_goes_on(host, service, "a wrong code")
    attacker = await join("Mikko")  # a seat of the team, gone wrong: 10 MB in one message
    with contextlib.suppress(ConnectionError):  # the host hangs up mid-frame: 1009, message too big
        await attacker._socket.send_str(json.dumps({"v": 1, "type": "action", "action": {"verb": "reply", "text": "x" * (10 * 1024 * 1024)}}))
    for _ in range(50):
        if attacker._socket.closed:
            break
        await asyncio.sleep(0.05)
    assert attacker._socket.closed and attacker._socket.close_code == 1009
    await still_goes_on(host, service, "10 MB")
    enough_descriptors(2 * ATTEMPTS + 256)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        async def attempt() -> aiohttp.ClientWebSocketResponse | int:
            try:
                return await http.ws_connect(url)
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status
        results = await asyncio.gather(*(attempt() for _ in range(ATTEMPTS)))
        opened = [r for r in results if not isinstance(r, int)]
        refused = [r for r in results if isinstance(r, int)]
        assert len(opened) + len(refused) == ATTEMPTS
        assert set(refused) == {503} and len(opened) <= MAX_CONNECTIONS - 1  # the legit seat holds one
        full = await http.get(f"http://127.0.0.1:{port}/ws")
        assert full.status == 503 and f"has {MAX_CONNECTIONS} connections already" in await full.text()
        await still_goes_on(host, service, "a full host")  # while the host is full
        for socket in opened:
            await socket.close()
    await asyncio.sleep(0.2)
    later = await join("Sanna")  # room again once they are gone
    assert (await later.act(Action("status", option="holding")))["ok"]
    await still_goes_on(host, service, "500 connections")


async def test_a_second_message_that_is_not_ours_gets_a_reason(exercise):
    _, join, _ = exercise
    service = await join("Aino")
    await service._socket.send_str(encode("hello", code=CODE, name="Aino").replace('"v":1', '"v":9'))
    outcome = await asyncio.wait_for(service.outcomes.get(), 5)
    assert (outcome["ok"], outcome["reason"]) == (False, "version")


def test_a_killed_host_resumes_with_every_seats_decision(tmp_path):
    journal = tmp_path / "exercise.jsonl"
    port = free_port("127.0.0.1")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "drill", "host", str(FIXTURE), "--team", TEAM, "--code", CODE, "--port", str(port),
               "--speed", "600", "--journal", str(journal)]
    host = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)

    async def decide() -> None:
        url = f"ws://127.0.0.1:{port}/ws"
        facilitator, service, comms = (SeatClient(url, CODE, n) for n in ("facilitator", "Aino", "Mikko"))
        listening = []
        for seat in (facilitator, service, comms):
            await seat.join()
            listening.append(asyncio.ensure_future(seat.listen()))
        await facilitator.steer("resume")
        while service.session.now < 12 * 60:
            await asyncio.sleep(0.05)
        assert (await service.act(Action("private", "complaint", "dm")))["ok"]
        assert (await comms.act(Action("escalate", "complaint", level="comms", note="late orders")))["ok"]
        for seat in (facilitator, service, comms):
            await seat.close()

    try:
        assert host.stdout.readline().startswith("drill host: ws://")
        asyncio.run(decide())
    finally:
        os.kill(host.pid, signal.SIGKILL)
        host.wait()
    again = subprocess.Popen([sys.executable, "-m", "drill", "host", "--resume", str(journal), "--code", CODE, "--port", str(port)],
                             stdout=subprocess.PIPE, text=True, env=env)

    async def rejoin() -> list[str]:
        seat = SeatClient(f"ws://127.0.0.1:{port}/ws", CODE, "Sanna")
        await seat.join()
        described = [f"{a.describe()} by {a.role}" for _, a in seat.session.actions]
        await seat.close()
        return described

    try:
        assert again.stdout.readline().startswith("drill host: ws://")
        assert asyncio.run(rejoin()) == ["private complaint.dm by service", "escalate comms on complaint (late orders) by comms"]
    finally:
        again.kill()
        again.wait()


async def test_a_decision_is_fsynced_off_the_event_loop(exercise, monkeypatch):
    """Flushed before the seats hear of it (a killed host loses nothing, above); made durable
    on a worker thread afterwards, so a slow disk holds up no seat."""
    import threading

    import drill.runlog

    synced: list[str] = []
    real = os.fsync
    monkeypatch.setattr(drill.runlog.os, "fsync", lambda fd: (synced.append(threading.current_thread().name), real(fd))[1])
    host, join, _ = exercise
    service = await join("Aino")
    host.session.advance_to(12 * 60)
    assert (await service.act(Action("private", "complaint", "dm")))["ok"]
    for _ in range(100):
        if synced:
            break
        await asyncio.sleep(0.02)
    assert synced and threading.main_thread().name not in synced


async def test_a_finished_exercise_goes_into_the_history_with_its_members(exercise, tmp_path):
    """As a trainee's run is recorded when it ends, so is a hosted exercise, each member with their role."""
    from drill.history import History
    from drill.seats.host import record_exercise

    host, join, _ = exercise
    service = await join("Aino")
    host.session.advance_to(12 * 60)
    assert (await service.act(Action("private", "complaint", "dm")))["ok"]
    where = str(tmp_path / "history.sqlite")
    assert record_exercise(host, where) == "the exercise did not end"
    host.session.finish_now()
    assert record_exercise(host, where) is None
    history = History(where)
    [run] = history.runs()
    history.close()
    assert run["team"] == [{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}, {"name": "Sanna", "role": "management"}]
    assert run["journal"] == str(host.writer.path)
