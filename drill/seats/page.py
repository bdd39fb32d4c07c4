"""Seats in a browser: `drill host` also serves each seat's page, through textual-serve.

`http://HOST:PORT/seat?code=CODE&as=NAME` is the page; its terminal's WebSocket,
/seat/ws/CODE/NAME (textual-serve's script appends ?width=…&height=… itself, so the seat
rides in the path), starts one `drill join` process for that seat, which joins the host like
any terminal seat over loopback. So a browser seat is the terminal seat, not a second client.

The same guards as the seats' own socket, checked before any process starts: the page's
Origin (drill.web.Origins: a page on another site cannot start a seat and type into it), the
join code and a name of this exercise's team; each page session holds one of the host's
MAX_CONNECTIONS like any socket, so the processes a room can start are bounded too.
"""

from __future__ import annotations

import shlex
import sys
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

from drill.web import TEMPLATES, WILDCARDS

if TYPE_CHECKING:
    from drill.seats.host import Host

PAGE = "/seat"
PAGE_SOCKET = "/seat/ws/{code}/{name}"


def page_url(base: str, code: str, name: str = "NAME") -> str:
    """The address a member opens in a browser (what `drill host` prints)."""
    return f"{base}{PAGE}?{urlencode({'code': code, 'as': name})}"


def own_host(address: str) -> str:
    """The host part of a URL by which a process on this machine reaches a server listening on `address`."""
    if address in WILDCARDS:
        return "[::1]" if ":" in address else "127.0.0.1"
    return f"[{address}]" if ":" in address else address


class SeatPages:
    """The page and its terminal socket, routed into the host's own aiohttp application."""

    def __init__(self, host: Host, address: str, port: int) -> None:
        self.host, self.port = host, port
        self.join_url = f"ws://{own_host(address)}:{port}/ws"
        self.default_base = f"http://{own_host(address)}:{port}"
        self.statics = Server("drill").statics_path

    def add_to(self, app: web.Application) -> None:
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(TEMPLATES))
        app.router.add_get(PAGE, self.page)
        app.router.add_get(PAGE_SOCKET, self.terminal)
        app.router.add_static("/static", self.statics)

    def refusal(self, code: str, name: str) -> str | None:
        """Why this code and name may not take a seat (the host's own words), or None."""
        if not self.host.code_matches(code):
            return "wrong join code: ask the facilitator for the exercise's code"
        if self.host.seat_of(name) is None:
            return self.host.unknown_name(name)
        return None

    async def page(self, request: web.Request) -> web.StreamResponse:
        code, name = request.query.get("code", ""), request.query.get("as", "")
        why = self.refusal(code, name)
        if why is not None:
            raise web.HTTPForbidden(text=f"drill host: {why}\n")
        base = self.host.origins.admit(f"http://{request.host}") or self.default_base
        socket = f"ws{base[4:]}{PAGE}/ws/{quote(code.upper(), safe='')}/{quote(name, safe='')}"
        context = {"font_size": 16, "app_websocket_url": socket, "config": {"static": {"url": f"{base}/static/"}},
                   "application": {"name": f"drill · {name} ({(self.host.seat_of(name) or ('', ''))[1]})"}}
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def terminal(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if not self.host.origins.allows(origin):
            print(f"drill host: refused a seat's page from {origin or 'a client that sent no Origin'}: only this host's own page may open one",
                  file=sys.stderr, flush=True)
            raise web.HTTPForbidden(text="drill host: only this host's own page may open a seat\n")
        code, name = request.match_info["code"], request.match_info["name"]
        why = self.refusal(code, name)
        if why is not None:
            raise web.HTTPForbidden(text=f"drill host: {why}\n")
        with self.host.connection():
            return await Server(self.command(code, name)).handle_websocket(request)

    def command(self, code: str, name: str) -> str:
        """The shell command textual-serve runs for this seat (this interpreter, `-m drill join …`,
        in the host's environment: its DRILL_LANG or locale is the seat's language)."""
        parts = [sys.executable, "-m", "drill", "join", self.join_url, "--code", code.upper(), "--as", name]
        return " ".join(shlex.quote(part) for part in parts)
