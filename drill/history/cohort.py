"""The queries behind `drill cohort`: a cohort's runs, scores and answers.

A cohort of fifty trainees holds tens of thousands of runs and hundreds of thousands of
decisions; the report must still come in well under two seconds. What was measured on 20,000
runs and 385,000 decisions (SQLite): SQLAlchemy builds a Row per result row, which alone cost
3.6 s for the answers' waiting times; a median in SQL (window functions, the same on both
engines) took 4.1 s; a GROUP BY joined to the runs 0.8 s. So the few thousand rows of runs
and people come through SQLAlchemy (typed: dates), and the two big tables, dimensions and
decisions, are read once each as plain tuples from the driver's cursor, unjoined, and
grouped here in one pass (the runs the filters keep are a dict lookup). Forks are practice
tries and stay out, as in progress.
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
    runs: list[dict[str, Any]]
    """id, scenario, when, overall, practice, team: one per run, oldest first (undated runs last)."""
    people: list[dict[str, Any]]
    """run, key, name: who played each run."""
    trainee_dimensions: list[dict[str, Any]]
    """key, name, score: a trainee's mean per dimension."""
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
        query = query.where(r.team.is_not(None), r.id.in_(_runs_of(f.team)))
    if f.trainee is not None:
        query = query.where(r.id.in_(_runs_of(f.trainee)))
    return query


def _runs_of(name: str) -> sa.Select:
    """The runs a person took part in, by their normalised name."""
    return sa.select(s.participants.c.run).join(s.trainees, s.trainees.c.id == s.participants.c.trainee).where(
        s.trainees.c.key == name_key(name))


def _tuples(conn: sa.Connection, query: sa.Select) -> list[tuple]:
    """A query's rows as the driver's plain tuples (no SQLAlchemy Row per row: see above)."""
    compiled = query.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection has its driver's
    cursor = driver.cursor()
    try:
        cursor.execute(str(compiled), tuple(params[k] for k in compiled.positiontup or ()) if compiled.positional else params)
        return cursor.fetchall()
    finally:
        cursor.close()


def _means(totals: dict[tuple[str, str], list[float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for (group, name), (total, n) in totals.items():
        out.setdefault(group, {})[name] = total / n
    return out


def cohort_data(store: History, f: Filters) -> CohortData:
    chosen = selected_runs(f).scalar_subquery()
    r, p, t, d, dec = s.runs.c, s.participants.c, s.trainees.c, s.dimensions.c, s.decisions.c
    when = sa.func.coalesce(r.started, r.finished)
    with store.engine.connect() as conn:
        runs = [dict(row) for row in conn.execute(
            sa.select(r.id, r.scenario, when.label("when"), r.overall, r.practice, r.team)
            .where(r.id.in_(chosen)).order_by(when.is_(None), when, r.id)).mappings()]
        people = [dict(row) for row in conn.execute(
            sa.select(p.run, t.key, t.name).join(s.trainees, t.id == p.trainee).where(p.run.in_(chosen))).mappings()]
        dimension_rows = _tuples(conn, sa.select(d.run, d.name, d.score))
        decision_rows = _tuples(conn, sa.select(dec.run, dec.inject, dec.option, dec.waited, dec.score, dec.findings).where(
            dec.inject.is_not(None), sa.or_(dec.option.is_not(None), dec.findings.is_not(None))))
    scenario_of = {run["id"]: run["scenario"] for run in runs}
    keys_of: dict[int, list[str]] = {}
    for person in people:
        keys_of.setdefault(person["run"], []).append(person["key"])
    def pair() -> list[float]:
        return [0.0, 0]

    totals: defaultdict[tuple[str, str], list[float]] = defaultdict(pair)
    cohort_totals: defaultdict[str, list[float]] = defaultdict(pair)
    team_of = {run["id"]: run["team"] for run in runs if run["team"]}
    team_totals: defaultdict[tuple[str, str], list[float]] = defaultdict(pair)
    for run, name, score in dimension_rows:
        if run in scenario_of:
            if run in team_of:
                total = team_totals[(team_of[run], name)]
                total[0] += score
                total[1] += 1
            for key in keys_of.get(run, ()):
                total = totals[(key, name)]
                total[0] += score
                total[1] += 1
            total = cohort_totals[name]
            total[0] += score
            total[1] += 1
    answers: defaultdict[tuple[str, str, str | None], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    findings: defaultdict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    waits: defaultdict[tuple[str, str], list[float]] = defaultdict(list)
    for run, inject, option, waited, score, found in decision_rows:
        scenario = scenario_of.get(run)
        if scenario is None:
            continue
        entry = answers[(scenario, inject, option)]
        entry[0] += 1
        if score is not None:
            entry[1] += score
            entry[2] += 1
        if found is not None:
            counts = findings[(scenario, inject)]
            for tag in json.loads(found) if isinstance(found, str) else found:
                counts[tag] = counts.get(tag, 0) + 1
        if waited is not None:
            waits[(scenario, inject)].append(waited)
    return CohortData(
        runs, people,
        [{"key": key, "name": name, "score": total / n} for (key, name), (total, n) in totals.items()],
        {name: total / n for name, (total, n) in cohort_totals.items()},
        _means(team_totals),
        [{"scenario": sc, "inject": inj, "option": opt, "count": n, "score": total / scored if scored else None}
         for (sc, inj, opt), (n, total, scored) in answers.items()],
        dict(findings), dict(waits),
    )
