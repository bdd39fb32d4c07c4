"""Helpers for the hardening tests (a module of its own name: `conftest` is taken twice over).

A heavier flood than the TUI fixture's, a real pseudo-terminal running `drill play` read
through pyte, and what a Textual app would send to the terminal right now.
"""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import signal
import stat
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
TUI_SCENARIO = TESTS / "tui" / "data" / "tui.yaml"
ENGINE_SCENARIO = TESTS / "data" / "engine.yaml"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters that must never reach a terminal or a report as they are (tab and newline may)."""


def flood_scenario(folder: Path, per_second: int = 5) -> Path:
    """The TUI fixture with its 30-minute flood at `per_second` comments a second (5/s: 9,000)."""
    text = TUI_SCENARIO.read_text(encoding="utf-8")
    assert "rate: 1/s" in text
    path = folder / "flood.yaml"
    path.write_text(text.replace("rate: 1/s", f"rate: {per_second}/s"), encoding="utf-8")
    return path


def frame_segments(app) -> list:
    """The segments Textual would send to the terminal for a full frame now (the current
    screen over the ones under it), its own cursor moves included (as control segments)."""
    from rich.console import Console

    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console = Console(file=io.StringIO(), width=app.size.width, height=app.size.height, force_terminal=True,
                      color_system="truecolor", legacy_windows=False, safe_box=False)
    return list(console.render(update))


def text_segments(app) -> list[str]:
    """The text Textual would write to the terminal, without its own cursor moves."""
    return [s.text for s in frame_segments(app) if not s.control]


def colours(app) -> set[tuple[int, int, int]]:
    """Every foreground and background colour on the screen, as RGB."""
    found = set()
    for segment in frame_segments(app):
        style = segment.style
        if style is None or segment.control:
            continue
        for colour in (style.color, style.bgcolor):
            if colour is not None and not colour.is_default:
                found.add(tuple(colour.get_truecolor()))
    return found


class Terminal:
    """`drill …` in a real pseudo-terminal of a given size and TERM, its output read by pyte."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int] = (80, 24)) -> None:
        import pyte

        self.width, self.height = size
        self.master, slave = pty.openpty()
        self._winsize(slave)
        self.screen = pyte.Screen(self.width, self.height)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "drill", *args], stdin=slave, stdout=slave, stderr=slave, env=env,
            start_new_session=True, close_fds=True,
        )
        os.close(slave)

    def _winsize(self, fd: int) -> None:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", self.height, self.width, 0, 0))

    @property
    def text(self) -> str:
        return "\n".join(self.screen.display)

    def read(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not self._read_once(0.05):
                return

    def _read_once(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                data = os.read(self.master, 65536)
            except OSError:  # the child closed the terminal
                return False
            if not data:
                return False
            self.raw.extend(data)
            self.stream.feed(data)
        return True

    def wait_for(self, *words: str, absent: tuple[str, ...] = (), limit: float = 30) -> bool:
        """Read until every word is on the screen and none of `absent` (a frame can arrive in
        pieces); the generous limit only guards against a hung child, it times nothing."""

        def shown() -> bool:
            text = self.text
            return all(word in text for word in words) and not any(word in text for word in absent)

        end = time.monotonic() + limit
        while time.monotonic() < end:
            if shown():
                return True
            if not self._read_once(0.05) and self.process.poll() is not None:
                break
        return shown()

    def send(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def resize(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self._winsize(self.master)
        self.screen.resize(height, width)
        os.killpg(self.process.pid, signal.SIGWINCH)

    def close(self, limit: float = 30) -> int:
        """Wait for the child to exit, reading what it still writes; kill it if it will not."""
        end = time.monotonic() + limit
        while self.process.poll() is None and time.monotonic() < end:
            self._read_once(0.05)
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.read(0.2)
        os.close(self.master)
        return self.process.returncode


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment for a child `drill`: its own user folder, no colour settings inherited."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "DRILL_HOME": str(home),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **extra}
    return env


def recorded_run(folder: Path, scenario: Path = ENGINE_SCENARIO, bot: str = "random", seed: int = 3) -> Path:
    """A finished run's journal, played by a bot and journaled as `drill run` does."""
    from drill.players import make_player
    from drill.scenario.load import load
    from drill.sim import play_journaled

    loaded = load(scenario)
    journal = folder / f"{loaded.scenario.id}-run.jsonl"
    _, writer = play_journaled(loaded, make_player(bot, seed), seed, journal, trainee="Aino", started="2026-03-02T10:15:00")
    assert writer.failure is None
    return journal


def full_device(folder: Path) -> Path:
    """A character device that refuses every write with ENOSPC: a disk that is full, for real.

    A private node (mknod 1,7) in the test's folder, so no test ever writes near /dev/full
    itself; /dev/full where mknod is not allowed."""
    import pytest

    node = folder / "full"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        return node
    except (OSError, AttributeError):
        if Path("/dev/full").is_char_device():
            return Path("/dev/full")
    pytest.skip("no full device: mknod is not allowed here and /dev/full is missing")


def null_device(folder: Path) -> Path:
    """A private copy of /dev/null (mknod 1,3): a device node a report must write into, never replace."""
    import pytest

    node = folder / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("mknod is not allowed here (a device node is needed, and /dev/null itself is not ours to risk)")
    return node


def report(*args: str):
    """`drill report ARGS` on the engine fixture's scenario, in process."""
    from click.testing import CliRunner

    from drill.cli import main

    return CliRunner().invoke(main, ["report", *args, "--scenario", str(ENGINE_SCENARIO)], catch_exceptions=False)


def one_line_error(result, *words: str, start: str = "drill report: ") -> str:
    """Exit 2 with exactly one line, which starts with `start` and names every word."""
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), result.output
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]
