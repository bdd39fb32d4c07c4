"""`drill sync`: finished journals into the configured history, idempotently by run id.

A laptop that was offline (or used another history) keeps its journals; the journal is the
source of truth. Each finished journal not yet in the history (by its run id: one query for
the whole folder) is replayed through `drill.runlog.replay` on the scenario it was played on
(`drill.library.scenario_of`, checked against its digest), scored, turned into rows by
`run_rows` and written by `History.write`, the writer under `History.record` that the TUI
uses at the end of a run, so a synced run has the same rows as one recorded live. A replay
costs tens of milliseconds (a flood is generated again), so a thousand journals are
replayed in worker processes and written in batches of a hundred per transaction.
Unfinished journals are left for `drill play --resume`; one that cannot be read or replayed
is named in one line and the rest go on. Each journal is first peeked at (`peek_journal`: its
header and last 4 KiB), so one the history knows is never read whole, and only the workers
read the ones they replay.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drill.history import History, run_id_of, run_rows
from drill.library import LibraryError, scenario_of
from drill.runlog import JournalError, peek_journal, read_journal, replay
from drill.scoring.scorecard import score


@dataclass
class SyncResult:
    imported: int = 0
    known: int = 0
    """Finished journals already in the history (by run id)."""
    unfinished: int = 0
    problems: list[str] = field(default_factory=list)
    """One line per journal that could not be imported: FILE: reason."""


def journals(folder: str | Path) -> list[Path]:
    """The journals in a folder (and its subfolders), oldest name first."""
    return sorted(p for p in Path(folder).rglob("*.jsonl") if p.is_file())


def _finished_at(records: list[dict[str, Any]]) -> str | None:
    """The wall-clock time of the journal's end line."""
    return next((r.get("utc") for r in reversed(records) if "end" in r), None)


_SCENARIOS: dict[tuple[Any, ...], Any] = {}
"""The scenarios a process has loaded for replays, by id, digest and path (drills repeat)."""


def _init_worker() -> None:
    """A replaying worker: what it inherited is frozen out of the collector's sight and young
    collections made rarer, as drill simulate's workers do (a replay allocates much, few cycles)."""
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def _scenario(header: dict[str, Any]) -> Any:
    """The scenario a journal was played on, loaded once per process (LibraryError if not)."""
    key = (header.get("scenario"), header.get("scenario_digest") or header.get("digest"), header.get("scenario_path"))
    if key not in _SCENARIOS:
        _SCENARIOS[key] = scenario_of(header)
    return _SCENARIOS[key].scenario


def imported(path: Path) -> dict[str, Any] | str:
    """One finished journal replayed and scored, as the rows the history keeps (`run_rows`);
    or, in one line, why it cannot be."""
    try:
        journal = read_journal(path)
        session = replay(_scenario(journal.header), journal)
    except JournalError as exc:
        return str(exc)
    except LibraryError as exc:
        return f"{path}: {exc.diagnostics[0] if exc.diagnostics else exc}"
    except (ValueError, TypeError, KeyError) as exc:  # a hand-edited journal the engine cannot replay
        return f"{path}: cannot be replayed: {exc}"
    return run_rows(session, score(session), str(path), finished=_finished_at(journal.records))


def sync(folder: str | Path, store: History, jobs: int | None = None) -> SyncResult:
    """Import the folder's finished journals that the history lacks. Replays run in `jobs`
    worker processes (default: one per core) when there are enough of them to pay for it;
    the rows are written by this process, a batch per transaction."""
    result = SyncResult()
    finished = []
    for path in journals(folder):
        peeked = peek_journal(path)
        if peeked is None:  # unfinished, or damaged: read whole to tell which
            try:
                journal = read_journal(path)
            except JournalError as exc:
                result.problems.append(str(exc))
                continue
            if not journal.ended:
                result.unfinished += 1
                continue
            peeked = journal.header, True
        finished.append((path, peeked[0], run_id_of(peeked[0])))
    known = store.recorded([run_id for *_, run_id in finished])
    todo = []
    for path, header, run_id in finished:  # a run id twice (a copied journal) is imported once
        if run_id in known:
            result.known += 1
            continue
        known.add(run_id)
        todo.append(path)
        with contextlib.suppress(LibraryError):  # loaded here, the workers inherit it; a missing one is said by its journal
            _scenario(header)
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(todo) >= 16:
        with ProcessPoolExecutor(jobs, initializer=_init_worker) as pool:
            _write(store, pool.map(imported, todo, chunksize=8), result)
    else:
        _write(store, map(imported, todo), result)
    return result


def _write(store: History, outcomes: Iterable[dict[str, Any] | str], result: SyncResult, batch: int = 100) -> None:
    pending: list[dict[str, Any]] = []
    for outcome in outcomes:
        if isinstance(outcome, str):
            result.problems.append(outcome)
            continue
        pending.append(outcome)
        if len(pending) >= batch:
            store.write(pending)
            result.imported += len(pending)
            pending = []
    if pending:
        store.write(pending)
        result.imported += len(pending)
