"""The cohort report's first and latest score follow the runs' start times, not the order
they reached the history (a journal synced late is an old run), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from drill.engine.session import Session
from drill.history import History
from drill.history.cohort import Filters
from drill.report.cohort import cohort_report
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score

DATA = Path(__file__).resolve().parents[1] / "data"


def run(scenario, day: int, verb: str, option: str):
    session = Session(scenario, day, trainee="Aino", started=f"2026-11-{day:02d}T09:00:00Z", run_id=f"aino-{day}")
    session.advance_to(11 * 60)
    assert session.act(Action(verb, "complaint", option)).ok
    session.advance_to(float("inf"))
    return session


def test_first_and_latest_follow_the_start_times(history_db):
    scenario = load(DATA / "engine.yaml").scenario
    late, early = run(scenario, 9, "private", "dm"), run(scenario, 2, "reply", "curt")
    store = History(history_db)
    for session in (late, early):  # the later run is recorded first
        store.record(session, score(session))
    for filters in (Filters(), Filters(trainee="aino")):
        [trainee] = cohort_report(store, filters, "en")["trainees"]
        cell = trainee["cells"]["engine-fixture"]
        assert (cell["first"], cell["latest"]) == (round(score(early).overall, 2), round(score(late).overall, 2))
        assert cell["first"] != cell["latest"]
    store.close()
