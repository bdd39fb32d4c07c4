"""`drill serve`: the same app in a browser, through textual-serve, for projecting a drill.

textual-serve starts one `drill play` process per browser connection. The page template is
our own so that nothing is fetched from outside this machine (the stock one links a web
font), and the server binds to loopback unless the facilitator explicitly asks otherwise.
"""

from __future__ import annotations

import ipaddress
import shlex
import socket
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "web_templates"
LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def play_command(play_args: list[str]) -> str:
    """The shell command each browser session runs: this interpreter, `-m drill play …`."""
    return " ".join(shlex.quote(part) for part in [sys.executable, "-m", "drill", "play", *play_args])


def serve(host: str, port: int, play_args: list[str], title: str = "drill") -> None:
    from textual_serve.server import Server

    server = Server(play_command(play_args), host=host, port=port, title=title, templates_path=TEMPLATES)
    server.serve()
