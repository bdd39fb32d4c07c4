"""Watching a recorded run: a journal's inputs fed to a fresh session as its clock passes them.

`drill.runlog.replay` rebuilds a run in one go; `drill replay` needs the same inputs applied
over time, at a speed, pausable. This steps through the records (each applied by
`drill.runlog.apply_record`, as a resume or a report would) and hands each decision with
its outcome to the UI, which marks it. No Textual here: the app's timer calls `run_until`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from drill.runlog import Journal, apply_record
from drill.scenario.actions import Action

if TYPE_CHECKING:
    from drill.engine.session import Outcome


class Playback:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.records = [r for r in journal.records if {"input", "note", "facilitator"} & r.keys()]
        self.next = 0

    @property
    def done(self) -> bool:
        return self.next >= len(self.records)

    @property
    def stop_at(self) -> float:
        """How far the recorded run went: a replay stops there if the run never ended."""
        return self.journal.clock

    def next_time(self) -> float | None:
        return float(self.records[self.next].get("t", 0)) if not self.done else None

    def run_until(self, session, target: float, decided: Callable[[Action, Outcome], None] | None = None) -> None:
        """Advance the session to `target`, applying every record due on the way."""
        target = min(target, self.stop_at) if not self.journal.ended else target
        while not self.done and session.ended is None:
            record = self.records[self.next]
            t = float(record.get("t", 0))
            if t > target:
                break
            session.advance_to(t)
            self.next += 1
            if "input" in record:
                action = Action.from_json(record["input"])
                outcome = session.act(action)
                if decided is not None:
                    decided(action, outcome)
            else:
                apply_record(session, record)
        session.advance_to(target)

    def at_end(self, session) -> bool:
        """The recording has nothing more to show (an unfinished run stops where it stopped)."""
        return session.ended is not None or (self.done and not self.journal.ended and session.now >= self.stop_at)
