"""The exit message of an unfinished `drill play` (issue 14, item 8) names a command that runs
from where the user is: `drill play --resume` failed unless the venv was active.

The end-to-end test runs the venv's own `drill` script in a real pseudo-terminal with the
venv's bin folder off PATH, as a user who installed by the README and never activated it,
quits mid-run, then runs the printed command with `sh` and sees the run resume.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drill.tui.app import resume_command

TUI_SCENARIO = Path(__file__).resolve().parent / "tui" / "data" / "tui.yaml"
SCRIPT = Path(sys.executable).parent / "drill"
ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def test_the_drill_on_path_is_plain_drill(tmp_path, monkeypatch):
    monkeypatch.delenv("DRILL_HOME")
    script = tmp_path / "bin" / "drill"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert resume_command(str(script), search_path=str(script.parent)) == "drill play --resume"
    assert resume_command(str(script), search_path="/nonexistent") == shlex.join([str(script), "play", "--resume"])


def test_a_relative_script_and_python_m_drill(tmp_path, monkeypatch):
    monkeypatch.delenv("DRILL_HOME")
    folder = tmp_path / "my venv" / "bin"
    folder.mkdir(parents=True)
    (folder / "drill").write_text("#!/bin/sh\n")
    (folder / "drill").chmod(0o755)
    monkeypatch.chdir(tmp_path)
    assert resume_command("my venv/bin/drill", search_path="/nonexistent") == f"'{folder}/drill' play --resume"
    main = str(Path(__file__).resolve().parents[1] / "drill" / "__main__.py")
    assert resume_command(main) == shlex.join([sys.executable, "-m", "drill", "play", "--resume"])


def test_drill_home_goes_in_front(monkeypatch, tmp_path):
    monkeypatch.setenv("DRILL_HOME", str(tmp_path / "a home"))
    assert resume_command("-c").startswith(f"DRILL_HOME='{tmp_path}/a home' ")


class Pty:
    """A command in a pseudo-terminal; its output kept raw (the exit message follows the app)."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        import fcntl
        import struct
        import termios

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
        self.raw = b""
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
                                        start_new_session=True, close_fds=True)
        os.close(slave)

    @property
    def text(self) -> str:
        return ESCAPES.sub(b"", self.raw).decode("utf-8", "replace")

    def wait_for(self, *words: str, limit: float = 30) -> bool:
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if all(word in self.text for word in words):
                return True
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    return all(word in self.text for word in words)
                self.raw += data
        return False

    def send(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def close(self) -> int:
        self.wait_for("\x00", limit=0.5)
        end = time.monotonic() + 20
        while self.process.poll() is None and time.monotonic() < end:
            self.wait_for("\x00", limit=0.1)
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait()
        self.wait_for("\x00", limit=0.2)
        os.close(self.master)
        return code


@pytest.mark.skipif(not SCRIPT.is_file(), reason=f"no drill script beside this interpreter ({SCRIPT}): pip install -e .")
def test_the_printed_command_resumes_without_an_active_venv(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DRILL_HOME": str(tmp_path / "home"),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
    first = Pty([str(SCRIPT), "play", str(TUI_SCENARIO), "--lang", "en"], env, elsewhere)
    assert first.wait_for("Late parcels"), first.text
    first.send(b"\r")
    assert first.wait_for("level: service"), first.text
    first.send(b"e")
    assert first.wait_for("Escalate"), first.text
    first.send(b"\r")
    time.sleep(0.3)
    first.send(b"\r")
    assert first.wait_for("level: comms"), first.text
    first.send(b"\x11")
    assert first.close() == 0
    [line] = [line for line in first.text.splitlines() if "Continue it with:" in line]
    command = line.split("Continue it with:", 1)[1].strip()
    assert command == f"DRILL_HOME={tmp_path / 'home'} {SCRIPT} play --resume"
    assert subprocess.run(["sh", "-c", "command -v drill"], env=env, capture_output=True).returncode != 0
    second = Pty(["sh", "-c", command], {k: v for k, v in env.items() if k != "DRILL_HOME"}, tmp_path)
    try:
        assert second.wait_for("Resumed at"), second.text
        second.send(b"\x11")
    finally:
        assert second.close() == 0
