"""`drill serve` (issue 14, item 2): only the served page may start a session, and a session
nobody started leaves no journal that `drill play --resume` would pick.

A real `drill serve` process on loopback; the browser's side of the WebSocket is played by
aiohttp's client (a textual-serve dependency), which sends whatever Origin a test names, as
a page on another site would. The page's terminal output arrives as raw bytes.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from servekit import free_port, stop, wait_for_port

from drill.web import Origins


class Served:
    def __init__(self, port: int, home: Path, process: subprocess.Popen):
        self.port, self.home, self.process = port, home, process
        self.url = f"http://127.0.0.1:{port}"

    def journals(self) -> list[Path]:
        return sorted((self.home / "runs").glob("*.jsonl"))

    def resume(self) -> subprocess.CompletedProcess:
        """What `drill play --resume` would do here, stopped before Textual starts."""
        code = "from drill.tui.startup import latest_unfinished; print(latest_unfinished())"
        return subprocess.run([sys.executable, "-c", code], env=self.env(), capture_output=True, text=True, timeout=60)

    def env(self) -> dict[str, str]:
        return {**os.environ, "DRILL_HOME": str(self.home), "DRILL_LANG": "en"}


@pytest.fixture
def served(tmp_path):
    port = free_port()
    home = tmp_path / "home"
    env = {**os.environ, "DRILL_HOME": str(home), "DRILL_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "drill", "serve", "deleted-comment", "--port", str(port), "--seed", "1", "--lang", "en"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_for_port(port)
        yield Served(port, home, process)
    finally:
        stop(process)


async def screen_until(ws, words: tuple[str, ...], timeout: float = 30) -> bytes:
    """The app's output until one of the words shows (the briefing, the wall)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            message = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            break
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += message.data
            if any(word.encode() in seen for word in words):
                return seen
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            break
    raise AssertionError(f"none of {words} on the screen; got {seen[-400:]!r}")


BRIEFING = ("Koskila", "Deleted")


async def test_a_page_on_another_origin_cannot_start_a_session(served):
    other = free_port()
    foreign = [
        "http://evil.example",
        f"http://evil.example:{served.port}",  # DNS rebinding: another site's name pointed at 127.0.0.1
        f"http://127.0.0.1:{other}",  # another local web server is another origin
        f"https://127.0.0.1:{served.port}",
        "null",  # a sandboxed frame or a file:// page
        None,
    ]
    async with aiohttp.ClientSession() as http:
        for origin in foreign:
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                async with http.ws_connect(f"ws://127.0.0.1:{served.port}/ws", origin=origin):
                    pass
            assert refused.value.status == 403, origin
    await asyncio.sleep(1)
    assert served.journals() == []
    served.process.terminate()
    _, err = served.process.communicate(timeout=10)
    assert "refused" in err and "evil.example" in err and "Traceback" not in err


async def test_the_served_page_itself_starts_a_session(served):
    async with aiohttp.ClientSession() as http:
        page = await (await http.get(served.url + "/")).text()
        assert f"ws://127.0.0.1:{served.port}/ws" in page
        for origin in (served.url, f"http://localhost:{served.port}"):
            async with http.ws_connect(f"ws://127.0.0.1:{served.port}/ws?width=120&height=36", origin=origin) as ws:
                await screen_until(ws, BRIEFING)


def wait_for(predicate, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


async def test_a_tab_closed_during_the_briefing_leaves_nothing_to_resume(served):
    async with aiohttp.ClientSession() as http, http.ws_connect(f"ws://127.0.0.1:{served.port}/ws?width=120&height=36", origin=served.url) as ws:
        await screen_until(ws, BRIEFING)
        await asyncio.sleep(0.5)
    await asyncio.sleep(2)  # textual-serve stops the session's `drill play`
    assert served.journals() == []
    assert served.resume().stdout.strip() == "None"


async def test_a_drill_started_in_the_browser_resumes(served):
    """The control: once the trainee starts the drill, its journal is there for --resume."""
    async with aiohttp.ClientSession() as http, http.ws_connect(f"ws://127.0.0.1:{served.port}/ws?width=120&height=36", origin=served.url) as ws:
        await screen_until(ws, BRIEFING)
        await ws.send_json(["stdin", "\r"])
        assert await asyncio.to_thread(wait_for, lambda: served.journals() != [])
    [journal] = served.journals()
    assert served.resume().stdout.strip() == str(journal)


@pytest.mark.parametrize(("origin", "allowed"), [
    ("http://127.0.0.1:8000", True),
    ("http://localhost:8000", True),
    ("http://[::1]:8000", True),
    ("http://127.0.0.1:8001", False),
    ("http://evil.example:8000", False),
    ("http://127.0.0.1.evil.example:8000", False),
    ("ftp://127.0.0.1:8000", False),
    ("http://127.0.0.1:notaport", False),
    ("null", False),
    (None, False),
    ("", False),
])
def test_loopback_origins(origin, allowed):
    assert Origins("127.0.0.1", 8000, public=False).allows(origin) is allowed


def test_public_allows_the_served_host_and_this_machine_only():
    on_lan = Origins("192.0.2.10", 80, public=True)
    assert on_lan.allows("http://192.0.2.10")
    assert on_lan.allows("http://192.0.2.10:80")
    assert not on_lan.allows("http://192.0.2.11")
    assert not on_lan.allows("http://evil.example")
    everywhere = Origins("0.0.0.0", 8000, public=True)
    assert everywhere.allows(f"http://{socket.gethostname()}:8000")
    assert everywhere.allows("http://127.0.0.1:8000")
    assert not everywhere.allows("http://192.0.2.77:8000")  # not an address of this machine
    assert not everywhere.allows("http://evil.example:8000")
    assert not Origins("127.0.0.1", 8000, public=False).allows(f"http://{socket.gethostname()}.evil.example:8000")


async def test_a_drill_left_at_its_briefing_is_not_journaled():
    """The same in the app itself (as `drill play` in a terminal): the journal starts with the drill."""
    from drill.scenario.load import load
    from drill.tui.app import make_app
    from drill.tui.screens.briefing import BriefingScreen
    from drill.tui.startup import latest_unfinished

    loaded = load(Path(__file__).resolve().parent / "tui" / "data" / "tui.yaml")
    app = make_app(loaded, lang="en", manual_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        assert app.journal_path is None and latest_unfinished() is None
    assert latest_unfinished() is None
    app = make_app(loaded, lang="en", manual_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.journal_path is not None and app.journal_path.is_file()
    assert latest_unfinished() == app.journal_path


async def test_the_page_links_to_the_address_the_browser_used(served):
    """On 0.0.0.0 the stock page linked http://0.0.0.0:PORT; an admitted Host is used instead."""
    async with aiohttp.ClientSession() as http:
        mine = await (await http.get(served.url + "/", headers={"Host": f"localhost:{served.port}"})).text()
        theirs = await (await http.get(served.url + "/", headers={"Host": f"evil.example:{served.port}"})).text()
    assert f'data-session-websocket-url="ws://localhost:{served.port}/ws"' in mine
    assert "evil.example" not in theirs and f"ws://127.0.0.1:{served.port}/ws" in theirs


def test_chromium_on_another_origin_is_refused(served, chromium, tmp_path):
    """A real browser: a page from another origin (a web server on another port of this machine;
    Chromium's local-network checks would stop a public site's page before drill saw it) opens a
    WebSocket to `drill serve`; it never opens, and the served page itself still gets its session."""
    import functools
    import http.server
    import threading

    playwright_api = pytest.importorskip("playwright.sync_api")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(f"""<!DOCTYPE html><title>elsewhere</title><script>
      window.result = new Promise(done => {{
        const ws = new WebSocket("ws://127.0.0.1:{served.port}/ws");
        ws.onopen = () => done("open");
        ws.onclose = () => done("closed");
      }});
    </script>""", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    elsewhere = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=elsewhere.serve_forever, daemon=True).start()
    other = f"http://127.0.0.1:{elsewhere.server_address[1]}"
    try:
        with playwright_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium[0], headless=True, args=chromium[1])
            page = browser.new_page()
            page.goto(other + "/")
            assert page.evaluate("window.result") == "closed"
            page.goto(served.url + "/")  # the control
            page.wait_for_selector("body.-first-byte", timeout=30_000)
            browser.close()
    finally:
        elsewhere.shutdown()
    served.process.terminate()
    _, err = served.process.communicate(timeout=10)
    assert f"refused a session from {other}:" in err
