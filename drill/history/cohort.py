"""The queries behind `drill cohort`: a cohort's runs, scores and answers.

A cohort of fifty trainees holds tens of thousands of runs and hundreds of thousands of
decisions; the report must still come in well under two seconds, on SQLite as on PostgreSQL.
So the database groups and the report gets the groups: the mean per dimension for each
trainee, team and the cohort, and per drill, inject and option the answers' count, summed
quality and waiting times, all restricted to the runs the filters keep (one subquery of run
ids, `selected_runs`). Measured on 20,000 runs and 385,000 decisions (SQLite): reading every
decision into Python took a second before any counting, and SQLite's GROUP BY sorts, which
took 0.6 s more for the answers when each decision had to be joined to its run for the drill.
Since migration 0003 a decision names its drill and one index (decisions_by_answer: drill,
inject, option, score, waited, run) holds everything the answers need, in group order: one
pass, nothing to sort, nothing joined. A median is not an aggregate both engines have, so each
group's waiting times come as one string (aggregate_strings: group_concat, string_agg; a REAL
as text keeps the three decimals the writer rounds it to) and the median is taken here.
The runs and who played them (a few rows per run) come as rows, oldest first, for the charts.
Forks are practice tries and stay out, as in progress: from the runs' own rows by their
`fork_of`, from the rows of other tables by an anti-join on the forks (`kept`), the
few runs left out, rather than a lookup of each row's run among the thousands kept.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from drill.history import History
from drill.history import schema as s
from drill.history.names import name_key


@dataclass(frozen=True)
class Filters:
    since: datetime | None = None
    """Runs started (or, without a start time, finished) on or after this."""
    drill: str | None = None
    team: str | None = None
    """Team runs this person took part in (a name, however typed)."""
    practice: bool | None = None
    """True: coach-mode practice runs only; False: assessed runs only; None: both."""
    trainee: str | None = None
    """Runs this person took part in, alone or in a team (a name, however typed)."""


@dataclass
class CohortData:
    runs: list[tuple[int, str, datetime | None, float, str | None]]
    """(id, scenario, when, overall, team): one per run, oldest first (undated runs last)."""
    people: list[tuple[int, str, str]]
    """(run, key, name): who played each run."""
    trainee_dimensions: dict[str, dict[str, float]]
    """A trainee's (name key) mean per dimension."""
    cohort_dimensions: dict[str, float]
    """The cohort's mean per dimension."""
    team_dimensions: dict[str, dict[str, float]]
    """A team's (its members' name keys, 'aino, mikko') mean per dimension over its team runs."""
    answers: list[dict[str, Any]]
    """scenario, inject, option, count, score: per option chosen (option None: written replies)."""
    findings: dict[tuple[str, str], dict[str, int]]
    """(scenario, inject) → how often each finding was in a written reply."""
    waits: dict[tuple[str, str], list[float]]
    """(scenario, inject) → each answer's waiting time."""


def selected_runs(f: Filters) -> sa.Select:
    """The ids of the runs the filters keep (a subquery for every other query, never
    correlated with the runs table a query also reads)."""
    r = s.runs.c
    query = sa.select(r.id).where(r.fork_of.is_(None)).correlate(None)
    if f.since is not None:
        query = query.where(sa.func.coalesce(r.started, r.finished) >= f.since)
    if f.drill is not None:
        query = query.where(r.scenario == f.drill)
    if f.practice is not None:
        query = query.where(r.practice.is_(f.practice))
    if f.team is not None:
        query = query.where(r.team.is_not(None), r.id.in_(_runs_of(f.team)))
    if f.trainee is not None:
        query = query.where(r.id.in_(_runs_of(f.trainee)))
    return query


def kept(run: sa.ColumnElement[int], f: Filters, dialect: str) -> sa.ColumnElement[bool]:
    """The condition on another table's run column that keeps the rows of the runs the
    filters keep. With no filter but the forks', an anti-join leaves the forks (a few runs)
    out, in the form each engine plans well; measured on 385,000 decisions and no forks:
    130 ms on SQLite, 120 ms on PostgreSQL with statistics, against 190 ms on both for each
    row's run looked up among the 20,000 kept. SQLite's NOT IN reads the forks once into a
    temporary index (its NOT EXISTS looks a run up per row: 370 ms); PostgreSQL's NOT EXISTS
    is a real anti-join (its NOT IN is a hashed subplan only while the forks fit in
    work_mem, else a scan of them per row)."""
    if f != Filters():
        return run.in_(selected_runs(f))
    fork = s.runs.alias("fork").c  # never correlated with the runs table a query also reads
    if dialect == "sqlite":
        return run.not_in(sa.select(fork.id).where(fork.fork_of.is_not(None)))
    return ~sa.exists().where(fork.id == run, fork.fork_of.is_not(None))


def _runs_of(name: str) -> sa.Select:
    """The runs a person took part in, by their normalised name."""
    return sa.select(s.participants.c.run).join(s.trainees, s.trainees.c.id == s.participants.c.trainee).where(
        s.trainees.c.key == name_key(name))


def _means(rows: Any) -> dict[str, dict[str, float]]:
    """(group, dimension, total, count) rows as each group's mean per dimension."""
    out: dict[str, dict[str, float]] = {}
    for group, name, total, n in rows:
        out.setdefault(group, {})[name] = total / n
    return out


def cohort_data(store: History, f: Filters) -> CohortData:
    r, p, t, d, dec = s.runs.c, s.participants.c, s.trainees.c, s.dimensions.c, s.decisions.c
    dialect = store.engine.dialect.name
    when = sa.func.coalesce(r.started, r.finished)
    total, count = sa.func.sum(d.score), sa.func.count()
    # `run + 0`: SQLite would otherwise fetch each kept run's decisions by the primary key and
    # sort them all for the GROUP BY; so it reads decisions_by_answer in order (PostgreSQL hashes)
    answer = (kept(dec.run + 0, f, dialect), dec.inject.is_not(None), dec.score.is_not(None))
    with store.engine.connect() as conn:
        runs = conn.execute(
            sa.select(r.id, r.scenario, when, r.overall, r.team).where(r.id.in_(selected_runs(f))).order_by(when.is_(None), when, r.id)).all()
        people = conn.execute(sa.select(p.run, t.key, t.name).join(s.trainees, t.id == p.trainee).where(kept(p.run, f, dialect))).all()
        trainee_dimensions = _means(conn.execute(
            sa.select(t.key, d.name, total, count).join(s.participants, p.run == d.run).join(s.trainees, t.id == p.trainee)
            .where(kept(d.run, f, dialect)).group_by(t.key, d.name)))
        cohort_dimensions = {name: n_total / n for name, n_total, n in conn.execute(
            sa.select(d.name, total, count).where(kept(d.run, f, dialect)).group_by(d.name))}
        team_dimensions = _means(conn.execute(
            sa.select(r.team, d.name, total, count).join(s.runs, r.id == d.run).where(kept(d.run, f, dialect), r.team.is_not(None)).group_by(r.team, d.name)))
        answers = conn.execute(
            sa.select(dec.scenario, dec.inject, dec.option, sa.func.count(), sa.func.sum(dec.score),
                      sa.func.aggregate_strings(sa.cast(dec.waited, sa.Text), ","))
            .where(*answer).group_by(dec.scenario, dec.inject, dec.option)).all()
        written = conn.execute(sa.select(dec.scenario, dec.inject, dec.findings).where(dec.findings.is_not(None), *answer)).all()
    waits: defaultdict[tuple[str, str], list[float]] = defaultdict(list)
    for scenario, inject, _, _, _, waited in answers:
        if waited:
            waits[(scenario, inject)].extend(map(float, waited.split(",")))
    findings: defaultdict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    texts = [found for _, _, found in written if isinstance(found, str)]  # SQLite's JSON is text: decoded at once
    decoded = iter(json.loads("[" + ",".join(texts) + "]"))
    for scenario, inject, found in written:
        counts = findings[(scenario, inject)]
        for tag in next(decoded) if isinstance(found, str) else found:
            counts[tag] = counts.get(tag, 0) + 1
    return CohortData(
        [(id_, scenario, _moment(moment), overall, team) for id_, scenario, moment, overall, team in runs], [tuple(row) for row in people],
        trainee_dimensions, cohort_dimensions, team_dimensions,
        [{"scenario": sc, "inject": inj, "option": opt, "count": n, "score": quality / n} for sc, inj, opt, n, quality, _ in answers],
        dict(findings), dict(waits),
    )


def _moment(value: datetime | str | None) -> datetime | None:
    """A run's time: the coalesce of two DATETIME columns comes back from SQLite as its text."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value
