"""Try again from any decision: a fork replays a run up to just before one of its decisions
and goes on live from there, on the same seed.

A run is its scenario, its seed and its inputs, so rewinding is a replay that stops early.
Decision N is the N-th input of the journal (the number the debrief's action log and
decision review show). A fork is a run of its own: its journal starts with a header naming
its parent and the decision it branched at, then a copy of the parent's records before that
decision (so resume, replay and the report need nothing but the fork's own file), then a
`forked` record where the new sitting begins. Forks of forks work the same way: their inputs
are numbered through, the copied ones first.

A trainer may hold forking back until a first attempt has been recorded in history
(`forking: after_first_attempt` in the drill, or DRILL_FORKING for a whole assessed session):
the first attempt is what counts for progress, forks are practice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drill.engine.log import RunLog
from drill.engine.session import Session
from drill.runlog import Journal, JournalWriter, replay
from drill.scenario import model as m

POLICIES = ("always", "after_first_attempt")


class ForkError(Exception):
    """Why a fork cannot be made, in one line."""


@dataclass(frozen=True)
class ForkPoint:
    parent: Path
    at: int
    """The decision's number (1-based, every input counted, refused ones too)."""
    t: float
    """The sim time of that decision: the fork resumes here, just before it."""
    records: list[dict[str, Any]]
    """The parent's inputs, notes and facilitator commands before the decision."""


def inputs(journal: Journal) -> list[dict[str, Any]]:
    """The journal's decisions in order: decision N is inputs(journal)[N - 1]."""
    return [r for r in journal.records if "input" in r]


def fork_point(journal: Journal, parent: Path, at: int) -> ForkPoint:
    positions = [i for i, r in enumerate(journal.records) if "input" in r]
    if not positions:
        raise ForkError(f"{parent}: the run has no decisions to try again")
    if not 1 <= at <= len(positions):
        raise ForkError(f"{parent}: there is no decision {at}; the run has {len(positions)} (1–{len(positions)})")
    cut = positions[at - 1]
    kept = [r for r in journal.records[:cut] if any(k in r for k in ("input", "note", "facilitator"))]
    return ForkPoint(parent, at, float(journal.records[cut].get("t", 0)), kept)


def policy(scenario: m.Scenario) -> str:
    """The forking rule in force: a whole session's (DRILL_FORKING) over the drill's own."""
    chosen = os.environ.get("DRILL_FORKING", "")
    return chosen if chosen in POLICIES else scenario.forking


def start_fork(scenario: m.Scenario, journal: Journal, point: ForkPoint, target: Path | None, **header: Any) -> tuple[Session, JournalWriter | None]:
    """The fork's session at the moment just before decision `point.at`, and (with a target
    path) its journal, written up to that moment. The caller plays on from there."""
    fork_header = {
        **{k: v for k, v in journal.header.items() if k not in ("fork_of", "fork_at", "fork_t", "started", "run_id")},
        "fork_of": str(point.parent), "fork_at": point.at, "fork_t": point.t,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        **{k: v for k, v in header.items() if v is not None},
    }
    past = Journal(fork_header, point.records, point.t, False, False)
    session = replay(scenario, past, log=RunLog(dict(fork_header)))
    if target is None:
        return session, None
    writer = JournalWriter.start(session.log, target)
    writer.copy(point.records)
    writer.write({"t": round(point.t, 6), "forked": {"from": str(point.parent), "at": point.at}}, True)
    return session, writer


def open_fork(parent: str | Path, at: int, target: Path | None = None, scenario_path: str | None = None,
              history: str | Path | None = None, **header: Any):
    """Everything `drill play --fork` and `drill run --fork` need: the parent's scenario (a
    `Loaded`), the fork's session just before decision `at`, and its journal writer (to
    `target`, or a new `<scenario>-fork-<time>.jsonl` in the runs folder). ForkError, in one
    line, for whatever stands in the way."""
    from drill.history import History
    from drill.library import LibraryError, scenario_of
    from drill.runlog import JournalError, new_journal_path, read_journal

    parent = Path(parent)
    try:
        journal = read_journal(parent)
        loaded = scenario_of(journal.header, scenario_path)
    except JournalError as exc:
        raise ForkError(str(exc)) from None
    except LibraryError as exc:
        raise ForkError(f"{parent}: {exc.diagnostics[0] if exc.diagnostics else exc}") from None
    point = fork_point(journal, parent.resolve(), at)
    if policy(loaded.scenario) == "after_first_attempt" and not journal.header.get("fork_of"):
        store = History(history)
        try:
            recorded = store.has_first_attempt(parent)
        finally:
            store.close()
        if not recorded:
            raise ForkError(f"{parent}: this drill allows trying again only after the first attempt is finished and recorded in history")
    session, writer = start_fork(loaded.scenario, journal, point, target or new_journal_path(f"{loaded.scenario.id}-fork"), **header)
    assert writer is not None
    return loaded, session, writer
