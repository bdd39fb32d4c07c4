"""`drill serve`: the same app in a browser, through textual-serve, for projecting a drill.

textual-serve starts one `drill play` process per browser connection. The page template is
our own so that nothing is fetched from outside this machine (the stock one links a web
font), and the server binds to loopback unless the facilitator explicitly asks otherwise.

A WebSocket is a keyboard: textual-serve accepts one from any page, so any site open in the
trainer's browser could start sessions on 127.0.0.1 and type into them (browsers do not
apply the same-origin policy to WebSockets, they only send the page's Origin). `Origins`
admits the served page alone: an Origin naming this server's port and a host that can only
be this machine (loopback; with --public also the listening address, this machine's names
and its own IP addresses). A site's own name pointed at 127.0.0.1 (DNS rebinding) is not
admitted: names are never resolved to decide. A refused connection starts no process.
"""

from __future__ import annotations

import ipaddress
import shlex
import socket
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

TEMPLATES = Path(__file__).resolve().parent / "web_templates"
LOOPBACK_NAMES = {"localhost"}
WILDCARDS = {"0.0.0.0", "::", ""}
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@lru_cache(maxsize=64)
def is_own_address(host: str) -> bool:
    """An IP literal that belongs to this machine: it can be bound to (no name is resolved)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if address.is_unspecified or address.is_multicast:
        return False
    try:
        with socket.socket(socket.AF_INET6 if address.version == 6 else socket.AF_INET) as probe:
            probe.bind((str(address), 0))
        return True
    except OSError:
        return False


@dataclass(frozen=True)
class Origins:
    """Which page origins may open a session on the server listening on host:port."""

    host: str
    port: int
    public: bool = False

    def hosts(self) -> set[str]:
        names = {"localhost", self.host.lower().strip("[]")}
        if self.public:
            machine = socket.gethostname().lower()
            names |= {machine, f"{machine}.local", socket.getfqdn().lower()}
        return names - WILDCARDS

    def allows(self, origin: str | None) -> bool:
        return self.admit(origin) is not None

    def admit(self, origin: str | None) -> str | None:
        """The origin as `http://host:port` if it is this server's page, else None."""
        if not origin or origin == "null":
            return None
        try:
            parts = urlsplit(origin)
            port = parts.port or DEFAULT_PORTS.get(parts.scheme)
        except ValueError:
            return None
        host = (parts.hostname or "").rstrip(".")
        if parts.scheme != "http" or port != self.port or not host or parts.path or parts.query or parts.username:
            return None  # the page is served over plain http on this port, and only there
        ours = host in self.hosts() or is_loopback(host) or (self.public and self.host in WILDCARDS and is_own_address(host))
        return f"http://{f'[{host}]' if ':' in host else host}:{port}" if ours else None


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def play_command(play_args: list[str]) -> str:
    """The shell command each browser session runs: this interpreter, `-m drill play …`."""
    return " ".join(shlex.quote(part) for part in [sys.executable, "-m", "drill", "play", *play_args])


def serve(host: str, port: int, play_args: list[str], title: str = "drill", public: bool = False) -> None:
    from aiohttp import web
    from textual_serve.server import Server

    origins = Origins(host, port, public)

    class CheckedServer(Server):
        """textual-serve with the Origin checked before a session's process is started, and
        the page's links (scripts, the WebSocket) to the address the browser used, when that
        is an admitted one: on 0.0.0.0 the stock links pointed at http://0.0.0.0:PORT."""

        async def handle_index(self, request: web.Request):
            self.public_url = origins.admit(f"http://{request.host}") or default_url
            return await super().handle_index(request)  # reads public_url before its first await

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            origin = request.headers.get("Origin")
            if not origins.allows(origin):
                print(f"drill serve: refused a session from {origin or 'a client that sent no Origin'}: "
                      f"only this server's own page may start one", file=sys.stderr, flush=True)
                raise web.HTTPForbidden(text="drill serve: only this server's own page may start a session\n")
            return await super().handle_websocket(request)

    server = CheckedServer(play_command(play_args), host=host, port=port, title=title, templates_path=TEMPLATES)
    default_url = server.public_url
    server.serve()
