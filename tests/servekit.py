"""Starting a real `drill serve` or `drill host` in tests: a free port, waiting until it listens,
and reading a browser terminal's screen (shared by the Origin tests and the browser tests)."""

from __future__ import annotations

import socket
import subprocess
import time


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"drill serve did not listen on {port}")


class Screen:
    """A browser terminal's text, rebuilt from its websocket's output bytes by a terminal
    emulator (pyte): the terminal is drawn on canvases, with no DOM text to read."""

    def __init__(self, cols: int = 200, rows: int = 60):
        import pyte

        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)

    def feed(self, payload) -> None:
        if isinstance(payload, (bytes, bytearray)):
            self.stream.feed(bytes(payload))

    def text(self) -> str:
        return "\n".join(self.screen.display)


def wait_until(predicate, page, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        page.wait_for_timeout(100)
    return False


def stop(process: subprocess.Popen) -> None:
    """End a server the test started: politely, then for good if it does not go in 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
