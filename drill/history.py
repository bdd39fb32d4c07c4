"""History: finished runs in SQLite, so a trainee practising alone can see progress.

One table of runs; progress is a query. The database lives in the user's data folder, or
where DRILL_HISTORY or --db points (tests and classrooms use their own). A team exercise is
recorded under its participants' names, with the team ({name, role} each) as JSON. A fork
(a run tried again from one of its decisions) is recorded with the journal it came from and
kept out of progress: the first attempt is what counts, forks are practice.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drill.paths import user_dir
from drill.team import team_from_header

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    trainee TEXT NOT NULL,
    scenario TEXT NOT NULL,
    scenario_version TEXT,
    seed INTEGER NOT NULL,
    started TEXT,
    sim_seconds REAL NOT NULL,
    overall REAL NOT NULL,
    rating TEXT NOT NULL,
    dimensions TEXT NOT NULL,
    critical TEXT NOT NULL,
    ending TEXT,
    journal TEXT,
    team TEXT,
    fork_of TEXT
);
CREATE INDEX IF NOT EXISTS runs_by_trainee ON runs (trainee, scenario, id);
"""
ADDED_COLUMNS = {"fork_of": "TEXT"}
"""Columns added since the first release: an older history file gains them on open."""


def team_names(header: dict[str, Any]) -> str:
    """A team run without --trainee is the team's: 'Aino, Mikko, Sanna' (the roles are in `team`)."""
    return ", ".join(m.name for m in team_from_header(header))


def default_db() -> Path:
    env = os.environ.get("DRILL_HISTORY")
    return Path(env) if env else user_dir() / "history.sqlite"


@dataclass(frozen=True)
class Progress:
    trainee: str
    scenario: str
    runs: int
    first: float
    best: float
    last: float
    last_rating: str
    critical_runs: int


class History:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_db()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.executescript(SCHEMA)
        have = {row[1] for row in self.db.execute("PRAGMA table_info(runs)")}
        with self.db:
            for name, kind in ADDED_COLUMNS.items():
                if name not in have:
                    self.db.execute(f"ALTER TABLE runs ADD COLUMN {name} {kind}")

    def close(self) -> None:
        self.db.close()

    def record(self, session: Any, card: Any, journal: str | None = None) -> int:
        header = session.log.header
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO runs (trainee, scenario, scenario_version, seed, started, sim_seconds, overall, rating,"
                " dimensions, critical, ending, journal, team, fork_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    header.get("trainee") or team_names(header) or "anonymous", session.scenario.id, session.scenario.version, session.seed,
                    header.get("started"), session.now, round(card.overall, 2), card.rating,
                    json.dumps({n: round(d.score, 2) for n, d in card.dimensions.items()}),
                    json.dumps([e.critical for e in card.critical]), session.ended, str(Path(journal).resolve()) if journal else None,
                    json.dumps(header.get("team")) if header.get("team") else None,
                    header.get("fork_of") if isinstance(header.get("fork_of"), str) else None,
                ),
            )
        return int(cursor.lastrowid or 0)

    def runs(self, trainee: str | None = None, scenario: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT * FROM runs WHERE (? IS NULL OR trainee = ?) AND (? IS NULL OR scenario = ?) ORDER BY id"
        cursor = self.db.execute(query, (trainee, trainee, scenario, scenario))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def has_first_attempt(self, journal: str | Path) -> bool:
        """Whether the run of this journal was finished and recorded as a first attempt."""
        row = self.db.execute("SELECT 1 FROM runs WHERE journal = ? AND fork_of IS NULL LIMIT 1", (str(Path(journal).resolve()),)).fetchone()
        return row is not None

    def progress(self, trainee: str | None = None, scenario: str | None = None) -> list[Progress]:
        """First, best and last score per trainee and drill, over first attempts (not forks)."""
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for run in self.runs(trainee, scenario):
            if run.get("fork_of"):
                continue
            grouped.setdefault((run["trainee"], run["scenario"]), []).append(run)
        return [
            Progress(
                who, what, len(rows), rows[0]["overall"], max(r["overall"] for r in rows), rows[-1]["overall"],
                rows[-1]["rating"], sum(1 for r in rows if json.loads(r["critical"])),
            )
            for (who, what), rows in sorted(grouped.items())
        ]
