"""A run's journal on disk: writing it as the run goes, reading it back, replaying it.

The engine keeps its RunLog in memory and hands each record to a sink (drill.engine.log);
`JournalWriter` is the sink that makes it a journal: JSON Lines, a header, then one line per
input (fsynced before the engine acts on it, so a killed process loses no acknowledged
decision), clock checkpoints and an end line. `replay` feeds a journal's inputs to a new
Session and so rebuilds the same state, events, score and report. A torn last line (the
process died mid-write) is reported and skipped.
Every record also carries `utc`, the wall-clock time it was written (a later addition, so
no version bump: readers ignore it and older journals without it still load); the xAPI
statements take their timestamps and the time spent from it, and a `resumed` record marks
where a resumed run went on, so the hours between two sittings are not counted as played.
The header carries `run_id`, a random id given when the journal starts (a fork gets its own):
the history knows a run by it, so `drill sync` can import the same journal any number of times.
A journal that cannot be written (disk full, folder gone) never stops the run: the failure is
kept in `JournalWriter.failure` for the UI to say so, and what was already written stays as it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from drill.engine.log import RunLog
from drill.engine.session import Session
from drill.paths import runs_dir
from drill.scenario.actions import Action

if TYPE_CHECKING:
    from drill.scenario.model import Scenario


def utc_now() -> str:
    """The wall-clock time of a journal record: UTC, to the millisecond (xAPI keeps that much)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_journal_path(scenario_id: str) -> Path:
    """runs/<scenario-id>-<UTC timestamp>.jsonl, never an existing file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = runs_dir() / f"{scenario_id}-{stamp}.jsonl"
    number = 2
    while path.exists():
        path = runs_dir() / f"{scenario_id}-{stamp}-{number}.jsonl"
        number += 1
    return path


class JournalError(Exception):
    """A journal that cannot be read: a one-line reason for the user."""


class JournalWriter:
    """The sink that writes a run's records to its journal file as they happen."""

    def __init__(self, log: RunLog, path: str | Path):
        self.log = log
        self.path = Path(path)
        self.failure: str | None = None
        """Why the journal stopped being written (one line naming the file), or None. Set once:
        after a failed write nothing more is appended, so the file ends with the last whole
        record (at worst a torn line, which read_journal skips) and keeps every decision before."""
        self._handle: IO[str] | None = None

    @classmethod
    def start(cls, log: RunLog, path: str | Path) -> JournalWriter:
        """Journal a run to a new file (header first) from now on."""
        writer = cls(log, path)
        try:
            writer.path.parent.mkdir(parents=True, exist_ok=True)
            writer._handle = open(writer.path, "w", encoding="utf-8")  # noqa: SIM115 - the writer holds it open until close()
        except OSError as exc:
            writer._failed(exc)
            return writer
        log.header.setdefault("run_id", uuid.uuid4().hex)  # the run's identity in every history it reaches (drill sync)
        log.sink = writer.write
        writer.write({"header": log.header}, True)
        return writer

    @classmethod
    def resume(cls, log: RunLog, path: str | Path) -> JournalWriter:
        """Go on journaling a resumed run to its existing file."""
        writer = cls(log, path)
        try:
            _drop_torn_tail(writer.path)
            writer._handle = open(writer.path, "a", encoding="utf-8")  # noqa: SIM115 - the writer holds it open until close()
        except OSError as exc:
            writer._failed(exc)
            return writer
        log.sink = writer.write
        writer.write({"t": round(log.clock, 6), "resumed": True}, False)  # a new sitting starts here
        return writer

    def close(self) -> None:
        if self.log.sink == self.write:
            self.log.sink = None
        handle, self._handle = self._handle, None
        if handle is not None:
            try:
                handle.close()
            except OSError as exc:  # the last buffered line could not be flushed
                self._failed(exc)

    def write(self, record: dict[str, Any], sync: bool, stamp: bool = True) -> None:
        handle = self._handle
        if handle is None:
            return
        try:
            handle.write(json.dumps({**record, "utc": utc_now()} if stamp else record, ensure_ascii=False, separators=(",", ":")) + "\n")
            handle.flush()  # to the OS at once: a killed process loses nothing written
            if sync:
                os.fsync(handle.fileno())  # decisions also survive a power cut
        except OSError as exc:
            self._failed(exc)

    def copy(self, records: list[dict[str, Any]]) -> None:
        """Write records read from another journal as they were (a fork's past: no stamps of
        this sitting), durable before the run goes on."""
        for record in records:
            self.write({k: v for k, v in record.items() if k != "utc"}, False, stamp=False)
        self._sync()

    async def sync_off_loop(self) -> None:
        """fsync on a worker thread, for a server whose event loop must not wait on the disk
        (drill host: a slow fsync would hold up every seat); a failure is kept like a write's."""
        handle = self._handle
        if handle is None:
            return
        try:
            await asyncio.to_thread(os.fsync, handle.fileno())
        except OSError as exc:
            if self._handle is handle:  # not a writer closed meanwhile
                self._failed(exc)

    def _sync(self) -> None:
        if self._handle is not None:
            try:
                os.fsync(self._handle.fileno())
            except OSError as exc:
                self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        """Stop journaling after a failed write (ENOSPC, EIO, a removed folder): keep the first
        reason and close the file (what its buffer still held is lost, and nothing is appended
        after it, so the journal ends at the last whole record). The run goes on in memory."""
        if self.failure is None:
            self.failure = f"{exc.filename or self.path}: {exc.strerror or exc}"
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()


@dataclass
class Journal:
    """What a journal file holds: the header, the inputs and notes in order, how far it ran."""

    header: dict[str, Any]
    records: list[dict[str, Any]]
    clock: float
    ended: bool
    torn: bool


def _drop_torn_tail(path: Path) -> None:
    """A crash mid-write leaves a half line at the end (read_journal skips it). Appending to it
    would glue the next record onto it and damage the file, so the half line goes first: it
    held nothing readable."""
    with open(path, "rb+") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        if size == 0:
            return
        handle.seek(max(0, size - 65536))
        tail = handle.read()
        if tail.endswith(b"\n"):
            return
        cut = tail.rfind(b"\n")
        handle.truncate(size - len(tail) + cut + 1 if cut != -1 else 0)


def read_journal(path: str | Path) -> Journal:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise JournalError(f"{path}: cannot read the run journal: {getattr(exc, 'strerror', None) or exc}") from None
    if not lines:
        raise JournalError(f"{path}:1:1: the run journal is empty")
    records: list[dict[str, Any]] = []
    torn = False
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError
        except ValueError:
            if number == len(lines):
                torn = True
                break
            raise JournalError(f"{path}:{number}:1: line is not a journal record; the file is damaged") from None
        records.append(record)
    if not records or "header" not in records[0]:
        raise JournalError(f"{path}:1:1: not a drill run journal (no header line)")
    header = records[0]["header"]
    body = records[1:]
    clock = max((float(r.get("t", 0)) for r in body), default=0.0)
    ended = any("end" in r for r in body)
    return Journal(header, body, clock, ended, torn)


PEEK_BYTES = 4096


def peek_journal(path: str | Path) -> tuple[dict[str, Any], bool] | None:
    """A journal's header and whether it ended, from its first line and its last 4 KiB only
    (`drill sync` skips what the history knows without reading or replaying it); None when
    that does not tell (no end line at the tail, a header that is not one): read_journal then
    tells, or says what is wrong. An end line is followed by a checkpoint or two at most."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline()
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(len(first), size - PEEK_BYTES))
            tail = handle.read()
        record = json.loads(first)
        header = record["header"]
        if not isinstance(header, dict):
            return None
    except (OSError, ValueError, TypeError, KeyError):
        return None
    lines = tail.split(b"\n")[1 if size - PEEK_BYTES > len(first) else 0:]  # the first may be a part of a line
    for line in reversed(lines):
        if b'"end"' in line:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "end" in record:
                return header, True
    return None


def apply_record(session: Session, record: dict[str, Any]) -> str | None:
    """Apply one journal record at the session's current time; say what it was (None for checkpoints)."""
    if "input" in record:
        action = Action.from_json(record["input"])
        session.act(action)
        return action.describe()
    if "note" in record:
        note = dict(record["note"])
        kind = note.pop("kind", "note")
        session.log.note(session.now, kind, **note)
        return f"{kind}: {note.get('text', '')}"
    if "facilitator" in record:
        command = record["facilitator"]
        if command.get("do") == "inject":
            session.fire_held(str(command.get("inject")))
            return f"inject {command.get('inject')}"
        if command.get("do") == "post":
            session.post(str(command.get("text", "")), str(command.get("channel", "facebook")), str(command.get("author", "")),
                         str(command.get("kind", "comment")))
            return f"post: {command.get('text', '')}"
        if command.get("do") == "end":
            session.finish_now()
            return "end"
    return None


def replay(scenario: Scenario, journal: Journal, until: float | None = None, log: RunLog | None = None) -> Session:
    """Rebuild a session from a journal's inputs; with `until`, stop at that sim time."""
    header = dict(journal.header)
    seed = int(header.get("seed", 1))
    session = Session(scenario, seed, log=log or RunLog(header))
    for record in journal.records:
        t = float(record.get("t", 0))
        if until is not None and t > until:
            break
        session.advance_to(t)
        apply_record(session, record)
    target = journal.clock if until is None else min(until, journal.clock)
    session.advance_to(target)
    session.log.clock = max(session.log.clock, target)
    return session
