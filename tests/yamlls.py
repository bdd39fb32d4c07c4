"""A minimal Language Server Protocol client for yaml-language-server, the engine of VS Code's
YAML extension, so a test can ask it for hover text the way the editor does.

Hover is where the schema's structure matters: the server shows the first description among
the subschemas that match a value (anyOf branches before the property itself), so a field
could show a type's text instead of its own. Only the real server settles what a trainer sees.
The server comes from npm (.ci/node, installed by `.ci/run`); without node or the package the
tests that use it skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from queue import Empty, Queue
from typing import Any

REPO = Path(__file__).parent.parent
SERVER = REPO / ".ci" / "node" / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


def missing(tool: Path = SERVER, package: str = "yaml-language-server") -> str | None:
    """Why a node tool from .ci/node (by default the server) cannot run here, or None."""
    if not shutil.which("node"):
        return "node is not installed"
    if not tool.exists():
        return f"{package} is not installed (npm ci --prefix .ci/node; .ci/run does it where npm exists)"
    return None


class YamlLanguageServer:
    """yaml-language-server over stdio: open documents, ask for hover text."""

    def __init__(self, timeout: float = 20) -> None:
        self.timeout = timeout
        self.proc = subprocess.Popen(
            ["node", str(SERVER), "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={**os.environ, "NODE_NO_WARNINGS": "1"},
        )
        self.replies: Queue[dict[str, Any]] = Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {
            "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}}})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": {
            "validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}}}})

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(out.read(length))
            if "id" in message and "method" in message:  # a request from the server: answer it
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif "id" in message:
                self.replies.put(message)

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            try:
                reply = self.replies.get(timeout=self.timeout)
            except Empty:
                raise TimeoutError(f"yaml-language-server did not answer {method}") from None
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result")

    def open(self, path: Path) -> str:
        uri = path.resolve().as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": path.read_text(encoding="utf-8")}})
        return uri

    def hover(self, uri: str, line: int, character: int) -> str:
        """The hover text at a 0-based line and column, as Markdown ('' for none)."""
        result = self.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
        contents = (result or {}).get("contents") or ""
        return contents.get("value", "") if isinstance(contents, dict) else str(contents)

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.proc.wait(timeout=5)
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
