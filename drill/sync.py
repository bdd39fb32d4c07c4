"""`drill sync`: finished journals into the configured history, idempotently by run id.

A laptop that was offline (or used another history) keeps its journals; the journal is the
source of truth. Each finished journal not yet in the history (by its run id: one query for
the whole folder) is replayed through `drill.runlog.replay` on the scenario it was played on
(`drill.library.scenario_of`, checked against its digest), scored, and written by
`History.record`, the same writer the TUI uses at the end of a run, so a synced run has the
same rows as one recorded live. Unfinished journals are left for `drill play --resume`; one
that cannot be read or replayed is named in one line and the rest go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drill.history import History, run_id_of
from drill.library import LibraryError, scenario_of
from drill.runlog import JournalError, read_journal, replay
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


def sync(folder: str | Path, store: History) -> SyncResult:
    result = SyncResult()
    finished = []
    for path in journals(folder):
        try:
            journal = read_journal(path)
        except JournalError as exc:
            result.problems.append(str(exc))
            continue
        if not journal.ended:
            result.unfinished += 1
            continue
        finished.append((path, journal, run_id_of(journal.header)))
    known = store.recorded([run_id for _, _, run_id in finished])
    scenarios: dict[tuple[Any, ...], Any] = {}
    for path, journal, run_id in finished:
        if run_id in known:
            result.known += 1
            continue
        header = journal.header
        key = (header.get("scenario"), header.get("scenario_digest") or header.get("digest"), header.get("scenario_path"))
        try:
            if key not in scenarios:
                scenarios[key] = scenario_of(header)
            session = replay(scenarios[key].scenario, journal)
        except LibraryError as exc:
            result.problems.append(f"{path}: {exc.diagnostics[0] if exc.diagnostics else exc}")
            continue
        except (ValueError, TypeError, KeyError) as exc:  # a hand-edited journal the engine cannot replay
            result.problems.append(f"{path}: cannot be replayed: {exc}")
            continue
        store.record(session, score(session), str(path), finished=_finished_at(journal.records))
        known.add(run_id)
        result.imported += 1
    return result
