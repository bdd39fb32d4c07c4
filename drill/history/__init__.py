"""History: finished runs on SQLite (a trainee's laptop) or PostgreSQL (an organisation's
server), so trainees see their progress and trainers compare a cohort.

SQLAlchemy Core, one schema for both engines (`drill.history.schema`), kept up to date by the
Alembic migrations in the package (`drill.history.migrate`, run on open: an old file is
migrated, never lost). `--db`, `DRILL_DB` or the older `DRILL_HISTORY` name a SQLite file or a
`postgresql://` URL; the default is a file in the user's data folder.

One writer: `run_rows` turns a finished session into the rows kept, `History.write` writes
them; the TUI calls `record` (both at once) when a run ends, `drill sync` does the same for
each journal it replays, so a run has the same rows either way. A run is identified by its run id (from the
journal header), so recording it twice is a no-op; a run carried over from the first schema
(run id `v1-<row>`) is taken over by its journal when that is synced, not recorded again. Trainees are stored under a normalised name
(`names.name_key`) with the name as typed for display; a team run has a participant row per
member with the role. A fork (a run tried again from one of its decisions) is recorded with
the journal it came from and kept out of progress: the first attempt is what counts, forks
are practice.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from drill.history import schema as s
from drill.history.migrate import upgrade
from drill.history.names import name_key
from drill.paths import user_dir
from drill.team import team_from_header


class HistoryError(Exception):
    """A history database that cannot be opened or written: one line for the user."""


def default_db() -> str:
    """DRILL_DB, else DRILL_HISTORY (its older name), else history.sqlite in the user folder."""
    return os.environ.get("DRILL_DB") or os.environ.get("DRILL_HISTORY") or str(user_dir() / "history.sqlite")


def database_url(where: str | Path | None = None) -> sa.URL:
    """A SQLite path or a database URL as SQLAlchemy's URL (postgresql:// takes psycopg 3)."""
    text = str(where or default_db())
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return sa.URL.create("sqlite", database=str(path))
    try:
        url = sa.make_url(text)
    except sa.exc.ArgumentError:
        raise HistoryError(f"{text!r} is neither a file path nor a database URL (postgresql://USER@HOST/DB)") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise HistoryError(f"{url.get_backend_name()}: the history runs on SQLite (a file path) or PostgreSQL (postgresql://…)")
    return url


def run_id_of(header: dict[str, Any]) -> str:
    """The run's id: the one its journal header carries, else (a journal from before run ids)
    a digest of the header, which names the scenario, seed, trainee and start to the second."""
    given = header.get("run_id")
    if isinstance(given, str) and given:
        return given[:64]
    return "h-" + hashlib.sha256(json.dumps(header, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


def _utc(moment: Any) -> datetime | None:
    """An ISO time (journal header, record stamp) as naive UTC, or None."""
    if not isinstance(moment, str) or not moment:
        return None
    try:
        parsed = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def participants(header: dict[str, Any]) -> list[tuple[str, str | None]]:
    """Who played, (name as typed, role): the trainee, then each team member; 'anonymous' if
    nobody is named. One entry per person (by name key)."""
    trainee = header.get("trainee")
    found: list[tuple[str, str | None]] = [(trainee, None)] if isinstance(trainee, str) and name_key(trainee) else []
    found += [(m.name, m.role) for m in team_from_header(header)]
    once: dict[str, tuple[str, str | None]] = {}
    for name, role in found:
        once.setdefault(name_key(name), (name, role))
    return list(once.values()) or [("anonymous", None)]


def decisions(session: Any) -> list[dict[str, Any]]:
    """Each accepted action as a row: the inject, the option or a written reply's findings,
    how long the item had waited, and how good a choice it was (option_quality)."""
    from drill.scoring.dimensions import option_quality  # only writing needs the scoring: reading a history stays light

    scenario = session.scenario
    rows = []
    for n, (t, action) in enumerate(session.actions, 1):
        inject = scenario.injects_by_id.get(action.item or "")
        option = session.option_for(action) if action.option or action.text is not None else None
        item = session.feed.get(action.item or "")
        rows.append({
            "n": n, "t": round(t, 3), "verb": action.verb, "item": action.item, "inject": inject.id if inject else None,
            "option": option.id if option is not None and action.text is None else None,
            "findings": sorted(option.tags) if option is not None and action.text is not None else None,
            "level": action.level, "role": action.role,
            "waited": round(t - item.time, 3) if item is not None else None,
            "score": round(option_quality(scenario, inject, option), 2) if inject is not None and option is not None else None,
        })
    return rows


def run_rows(session: Any, card: Any, journal: str | None = None, finished: str | None = None) -> dict[str, Any]:
    """Everything the history keeps of a finished run, as plain rows (History.write writes
    them): the run, who played it in which role, the score per dimension, the decisions."""
    header = session.log.header
    team = [m for m in participants(header) if m[1] is not None]
    return {
        "run": {
            "run_id": run_id_of(header) if header.get("run_id") or journal else uuid.uuid4().hex,
            "scenario": session.scenario.id, "scenario_version": session.scenario.version,
            "digest": header.get("scenario_digest") or header.get("digest"), "seed": session.seed, "engine": header.get("engine"),
            "lang": header.get("lang"), "started": _utc(header.get("started")),
            "finished": _utc(finished) or datetime.now(UTC).replace(tzinfo=None, microsecond=0), "sim_seconds": session.now,
            "overall": round(card.overall, 2), "rating": card.rating, "ending": session.ended, "critical": [e.critical for e in card.critical],
            "practice": bool(header.get("coach")), "team": ", ".join(sorted(name_key(n) for n, _ in team)) or None,
            "journal": str(Path(journal).resolve()) if journal else None,
            "fork_of": header.get("fork_of") if isinstance(header.get("fork_of"), str) else None,
        },
        "people": participants(header),
        "dimensions": {n: round(d.score, 2) for n, d in card.dimensions.items()},
        "decisions": decisions(session),
    }


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
    """One history database: open (and migrate) it, record runs, read them back."""

    def __init__(self, where: str | Path | None = None):
        self.url = database_url(where)
        self.engine = sa.create_engine(self.url, future=True)
        try:
            upgrade(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise HistoryError(f"{self.url.render_as_string(hide_password=True)}: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}") from None

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ writing

    def record(self, session: Any, card: Any, journal: str | None = None, finished: str | None = None) -> int:
        """Record a finished run (its row id); a run id already recorded is not recorded again."""
        return self.write([run_rows(session, card, journal, finished)])[0]

    def write(self, runs: list[dict[str, Any]]) -> list[int]:
        """Write runs' rows (`run_rows`) in one transaction; each one's row id, the existing
        row's for a run id already recorded. `drill sync` writes its imports in batches of a
        hundred, so each table gets one statement per batch (executemany; the new row ids come
        back from INSERT … RETURNING in the order given), not one per run."""
        with self.engine.begin() as conn:
            ids = _ids_of(conn, s.runs.c.run_id, [rows["run"]["run_id"] for rows in runs])
            new = []
            for rows in runs:
                if rows["run"]["run_id"] not in ids:
                    ids[rows["run"]["run_id"]] = -1  # a run id twice in one batch is written once
                    new.append(rows)
            if new:
                adopted = _carried_over(conn, [rows["run"] for rows in new])
                for at, row in adopted.items():
                    rows = new[at]
                    conn.execute(s.runs.update().where(s.runs.c.id == row).values(rows["run"]))
                    for table in (s.participants, s.dimensions, s.decisions):
                        conn.execute(table.delete().where(table.c.run == row))
                    ids[rows["run"]["run_id"]] = row
                fresh = [rows for at, rows in enumerate(new) if at not in adopted]
                if fresh:
                    made = conn.execute(s.runs.insert().returning(s.runs.c.id, sort_by_parameter_order=True), [rows["run"] for rows in fresh])
                    for rows, (row,) in zip(fresh, made, strict=True):
                        ids[rows["run"]["run_id"]] = row
                trainees = self._trainees(conn, [name for rows in new for name, _ in rows["people"]])
                _insert(conn, s.participants, [
                    {"run": ids[rows["run"]["run_id"]], "trainee": trainees[name_key(name)], "name": name, "role": role}
                    for rows in new for name, role in rows["people"]])
                _insert(conn, s.dimensions, [
                    {"run": ids[rows["run"]["run_id"]], "name": n, "score": v} for rows in new for n, v in rows["dimensions"].items()])
                _insert(conn, s.decisions, [
                    {"run": ids[rows["run"]["run_id"]], "scenario": rows["run"]["scenario"], **r} for rows in new for r in rows["decisions"]])
        return [int(ids[rows["run"]["run_id"]]) for rows in runs]

    @staticmethod
    def _trainees(conn: sa.Connection, names: list[str]) -> dict[str, int]:
        """The trainee row id of each name's key, a trainee made for a key not yet known (its
        display name as first typed, spaces collapsed)."""
        typed: dict[str, str] = {}
        for name in names:
            typed.setdefault(name_key(name), " ".join(name.split()))
        found = _ids_of(conn, s.trainees.c.key, list(typed))
        missing = [key for key in typed if key not in found]
        if missing:
            made = conn.execute(s.trainees.insert().returning(s.trainees.c.id, sort_by_parameter_order=True),
                                [{"key": key, "name": typed[key]} for key in missing])
            found.update(zip(missing, (row for (row,) in made), strict=True))
        return found

    def forget(self, name: str) -> int:
        """Erase a trainee (GDPR): their runs go, and in a team run their participation (the
        run stays for the rest of the team); the trainee row goes. How many runs changed."""
        key = name_key(name)
        with self.engine.begin() as conn:
            trainee = conn.execute(sa.select(s.trainees.c.id).where(s.trainees.c.key == key)).scalar()
            if trainee is None:
                return 0
            theirs = [r for (r,) in conn.execute(sa.select(s.participants.c.run).where(s.participants.c.trainee == trainee))]
            conn.execute(s.participants.delete().where(s.participants.c.trainee == trainee))
            alone = sa.select(s.participants.c.run).where(s.participants.c.run.in_(theirs))
            gone = [r for r in theirs if r not in set(conn.execute(alone).scalars())]
            for table in (s.decisions, s.dimensions):
                conn.execute(table.delete().where(table.c.run.in_(gone)))
            conn.execute(s.runs.delete().where(s.runs.c.id.in_(gone)))
            conn.execute(s.runs.update().where(s.runs.c.id.in_(theirs)).values(team=sa.null()))
            conn.execute(s.trainees.delete().where(s.trainees.c.id == trainee))
        return len(theirs)

    # ------------------------------------------------------------------ reading

    def runs(self, trainee: str | None = None, scenario: str | None = None) -> list[dict[str, Any]]:
        """Every run (oldest first) with who played it, the team and the dimension scores."""
        query = sa.select(s.runs).order_by(s.runs.c.id)
        if scenario is not None:
            query = query.where(s.runs.c.scenario == scenario)
        if trainee is not None:
            query = query.where(s.runs.c.id.in_(
                sa.select(s.participants.c.run).join(s.trainees, s.trainees.c.id == s.participants.c.trainee).where(s.trainees.c.key == name_key(trainee))))
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
            ids = [r["id"] for r in rows]
            people: dict[int, list[dict[str, Any]]] = {}
            who = sa.select(s.participants.c.run, s.participants.c.role, s.participants.c.name.label("typed"), s.trainees.c.name, s.trainees.c.key).join(
                s.trainees, s.trainees.c.id == s.participants.c.trainee).where(s.participants.c.run.in_(ids)).order_by(s.participants.c.run)
            for p in conn.execute(who).mappings():
                people.setdefault(p["run"], []).append({"name": p["name"], "typed": p["typed"], "key": p["key"], "role": p["role"]})
            scores: dict[int, dict[str, float]] = {}
            for d in conn.execute(sa.select(s.dimensions).where(s.dimensions.c.run.in_(ids))).mappings():
                scores.setdefault(d["run"], {})[d["name"]] = d["score"]
        for r in rows:
            r["people"] = people.get(r["id"], [])
            r["trainee"] = ", ".join(p["name"] for p in r["people"])
            r["team"] = [{"name": p["typed"], "role": p["role"]} for p in r["people"] if p["role"] is not None] or None
            r["dimensions"] = scores.get(r["id"], {})
            for when in ("started", "finished"):
                r[when] = r[when].isoformat() if r[when] else None
        return rows

    def recorded(self, run_ids: list[str]) -> set[str]:
        """Which of these run ids the history holds (drill sync asks once for a whole folder)."""
        with self.engine.connect() as conn:
            return set(_ids_of(conn, s.runs.c.run_id, run_ids))

    def has_first_attempt(self, journal: str | Path) -> bool:
        """Whether the run of this journal was finished and recorded as a first attempt."""
        query = sa.select(s.runs.c.id).where(s.runs.c.journal == str(Path(journal).resolve()), s.runs.c.fork_of.is_(None)).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def progress(self, trainee: str | None = None, scenario: str | None = None) -> list[Progress]:
        """First, best and last score per trainee and drill, over first attempts (not forks)."""
        grouped: dict[tuple[str, str], tuple[str, list[dict[str, Any]]]] = {}
        for run in self.runs(trainee, scenario):
            if run["fork_of"]:
                continue
            for person in run["people"]:
                if trainee is None or person["key"] == name_key(trainee):
                    grouped.setdefault((person["key"], run["scenario"]), (person["name"], []))[1].append(run)
        return [
            Progress(
                name, what, len(rows), rows[0]["overall"], max(r["overall"] for r in rows), rows[-1]["overall"],
                rows[-1]["rating"], sum(1 for r in rows if r["critical"]),
            )
            for (_, what), (name, rows) in sorted(grouped.items())
        ]


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Rows (all with the same keys) into a table: on PostgreSQL by COPY (psycopg 3's
    cursor.copy, one stream instead of a statement's round trip per page of rows; a JSON
    column's value sent as its text), elsewhere by executemany."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    as_json = {c for c in columns if isinstance(table.c[c].type, sa.JSON)}
    quote = conn.dialect.identifier_preparer.quote
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # the transaction's own, open connection
    with cursor.copy(f"COPY {quote(table.name)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in as_json and row[c] is not None else row[c] for c in columns])


V1 = "v1-"
"""The run id prefix of the runs carried over from the first schema (migration 0002)."""


def _carried_over(conn: sa.Connection, runs: list[dict[str, Any]]) -> dict[int, int]:
    """The runs carried over from the first schema that these new runs are: a run recorded
    then and synced from its journal now is taken over (its row id kept, its rows replaced by
    the journal's fuller ones) rather than recorded twice. The old row is matched by its
    journal path when it has one, else by drill, seed and start time. {index in `runs`: the
    old row's id}."""
    r = s.runs.c
    old = conn.execute(sa.select(r.id, r.journal, r.scenario, r.seed, r.started).where(r.run_id.startswith(V1)).order_by(r.id)).all()
    if not old:
        return {}
    by_journal = {journal: row for row, journal, *_ in old if journal}
    by_start = {(scenario, seed, started): row for row, journal, scenario, seed, started in old if not journal and started}
    found: dict[int, int] = {}
    for at, run in enumerate(runs):
        row = by_journal.pop(run["journal"], None) if run["journal"] in by_journal else by_start.pop((run["scenario"], run["seed"], run["started"]), None)
        if row is not None:
            found[at] = row
    return found


def _ids_of(conn: sa.Connection, column: sa.Column, values: list[str]) -> dict[str, int]:
    """Which of these values of a unique column its table holds, with each one's row id (in
    chunks, so a long list stays within every driver's limit on parameters)."""
    table = column.table
    found: dict[str, int] = {}
    for start in range(0, len(values), 500):
        query = sa.select(column, table.c.id).where(column.in_(values[start:start + 500]))
        found.update((value, int(row)) for value, row in conn.execute(query))
    return found
