"""The queries behind `drill cohort`: a cohort's runs, scores and answers, filtered in SQL.

A cohort of fifty trainees holds tens of thousands of runs and hundreds of thousands of
decisions, so the database does the grouping (GROUP BY, the same SQL on SQLite and
PostgreSQL) and only small results come back: a row per run and person, an average per
trainee and dimension, a count per inject and option. Only the answers' waiting times come
back one by one, for the median (SQLite has no percentile function). The shaping into a
report is drill.report.cohort's; forks are practice tries and stay out, as in progress.
"""

from __future__ import annotations

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


@dataclass
class CohortData:
    runs: list[dict[str, Any]]
    """id, scenario, when, overall, practice: one per run, oldest first."""
    people: list[dict[str, Any]]
    """run, key, name: who played each run."""
    trainee_dimensions: list[dict[str, Any]]
    """key, name, score: a trainee's mean per dimension."""
    cohort_dimensions: dict[str, float]
    """The cohort's mean per dimension."""
    answers: list[dict[str, Any]]
    """scenario, inject, option, count, score: per option chosen (option None: written replies)."""
    findings: list[dict[str, Any]]
    """scenario, inject, findings: each written reply's findings."""
    waits: list[dict[str, Any]]
    """scenario, inject, waited: each answer's waiting time."""


def selected_runs(f: Filters) -> sa.Select:
    """The ids of the runs the filters keep (a subquery for every other query)."""
    r = s.runs.c
    query = sa.select(r.id).where(r.fork_of.is_(None))
    if f.since is not None:
        query = query.where(sa.func.coalesce(r.started, r.finished) >= f.since)
    if f.drill is not None:
        query = query.where(r.scenario == f.drill)
    if f.practice is not None:
        query = query.where(r.practice.is_(f.practice))
    if f.team is not None:
        member = sa.select(s.participants.c.run).join(s.trainees, s.trainees.c.id == s.participants.c.trainee).where(
            s.trainees.c.key == name_key(f.team))
        query = query.where(r.team.is_not(None), r.id.in_(member))
    return query


def cohort_data(store: History, f: Filters) -> CohortData:
    chosen = selected_runs(f).scalar_subquery()
    r, p, t, d, dec = s.runs.c, s.participants.c, s.trainees.c, s.dimensions.c, s.decisions.c
    answered = sa.or_(dec.option.is_not(None), dec.findings.is_not(None))
    with store.engine.connect() as conn:
        runs = [dict(row) for row in conn.execute(
            sa.select(r.id, r.scenario, sa.func.coalesce(r.started, r.finished).label("when"), r.overall, r.practice)
            .where(r.id.in_(chosen)).order_by(sa.func.coalesce(r.started, r.finished), r.id)).mappings()]
        people = [dict(row) for row in conn.execute(
            sa.select(p.run, t.key, t.name).join(s.trainees, t.id == p.trainee).where(p.run.in_(chosen))).mappings()]
        trainee_dimensions = [dict(row) for row in conn.execute(
            sa.select(t.key, d.name, sa.func.avg(d.score).label("score"))
            .select_from(s.dimensions.join(s.participants, p.run == d.run).join(s.trainees, t.id == p.trainee))
            .where(d.run.in_(chosen)).group_by(t.key, d.name)).mappings()]
        cohort_dimensions = {row.name: float(row.score) for row in conn.execute(
            sa.select(d.name, sa.func.avg(d.score).label("score")).where(d.run.in_(chosen)).group_by(d.name))}
        answers = [dict(row) for row in conn.execute(
            sa.select(r.scenario, dec.inject, dec.option, sa.func.count().label("count"), sa.func.avg(dec.score).label("score"))
            .select_from(s.decisions.join(s.runs, r.id == dec.run))
            .where(dec.run.in_(chosen), dec.inject.is_not(None), answered).group_by(r.scenario, dec.inject, dec.option)).mappings()]
        findings = [dict(row) for row in conn.execute(
            sa.select(r.scenario, dec.inject, dec.findings).select_from(s.decisions.join(s.runs, r.id == dec.run))
            .where(dec.run.in_(chosen), dec.inject.is_not(None), dec.findings.is_not(None))).mappings()]
        waits = [dict(row) for row in conn.execute(
            sa.select(r.scenario, dec.inject, dec.waited).select_from(s.decisions.join(s.runs, r.id == dec.run))
            .where(dec.run.in_(chosen), dec.inject.is_not(None), answered, dec.waited.is_not(None))).mappings()]
    return CohortData(runs, people, trainee_dimensions, cohort_dimensions, answers, findings, waits)
