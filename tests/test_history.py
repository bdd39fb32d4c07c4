"""The history on SQLAlchemy Core and Alembic, on SQLite and on a real PostgreSQL server
(every test runs on both: the `history_db` fixture): a file of the first releases migrated
with its runs, names normalised, team members and roles as rows, practice runs marked,
decisions kept, a run recorded once, and a trainee forgotten (GDPR erasure)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from drill.cli import main
from drill.engine.session import Session
from drill.history import History, database_url, schema
from drill.history.migrate import HEAD, current, head
from drill.history.names import name_key
from drill.players import make_player
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score
from drill.sim import play_journaled

LEGACY_SCHEMA = [
    # drill/history.py's SCHEMA before issue 16, verbatim (the file every earlier release created)
    """CREATE TABLE IF NOT EXISTS runs (
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
)""",
    "CREATE INDEX IF NOT EXISTS runs_by_trainee ON runs (trainee, scenario, id)",
]
LEGACY_ROWS = [
    (1, "aino ", "engine-fixture", "1", 1, "2026-11-02T10:00:00+02:00", 3600.0, 41.5, "M", '{"timeliness": 20.0, "coverage": 63.0}', "[]", "calm", "/runs/a.jsonl", None, None),
    (2, "Aino", "engine-fixture", "1", 2, "2026-11-03T10:00:00+02:00", 3600.0, 88.25, "S", '{"timeliness": 90.0, "coverage": 86.5}', '["personal_data_public"]', "calm", "/runs/b.jsonl", None, None),
    (3, "Aino, Mikko", "engine-fixture", "1", 3, None, 3600.0, 70.0, "S", '{"timeliness": 60.0}', "[]", None, None,
     '[{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}]', None),
    (4, "Aino", "engine-fixture", "1", 2, "2026-11-04T10:00:00Z", 3600.0, 99.0, "P", '{"timeliness": 99.0}', "[]", "calm", "/runs/c.jsonl", None, "/runs/b.jsonl"),
]


def legacy_history(where: str, fork_column: bool = True, rows: list[tuple] = LEGACY_ROWS) -> None:
    """A history database exactly as the releases before issue 16 left it, with these runs
    (LEGACY_ROWS: four)."""
    engine = sa.create_engine(database_url(where))
    with engine.begin() as conn:
        for statement in LEGACY_SCHEMA:
            conn.exec_driver_sql(statement if fork_column else statement.replace(",\n    fork_of TEXT", ""))
        rows = rows if fork_column else [r[:-1] for r in rows]
        marks = ", ".join(["%s" if conn.dialect.name == "postgresql" else "?"] * len(rows[0]))
        conn.exec_driver_sql(f"INSERT INTO runs VALUES ({marks})", rows)
    engine.dispose()


@pytest.mark.parametrize("fork_column", [True, False], ids=["with-fork_of", "first-release"])
def test_an_old_history_is_migrated_with_its_runs(history_db, fork_column, fixture_scenario):
    legacy_history(history_db, fork_column)
    store = History(history_db)
    with store.engine.connect() as conn:
        assert current(conn) == head()
        assert not sa.inspect(conn).has_table("runs_v1")
    runs = store.runs()
    assert [r["id"] for r in runs] == [1, 2, 3, 4]
    assert {p["key"] for r in runs for p in r["people"]} == {"aino", "mikko"}  # "aino " and "Aino" are one trainee
    assert [r["people"][0]["typed"] for r in runs[:2]] == ["aino ", "Aino"]  # as typed in each run
    assert [r["people"][0]["name"] for r in runs[:2]] == ["aino", "aino"]  # the trainee's name for display: as first typed
    assert runs[2]["team"] == [{"name": "Aino", "role": "service"}, {"name": "Mikko", "role": "comms"}]
    assert runs[1]["dimensions"] == {"timeliness": 90.0, "coverage": 86.5} and runs[1]["critical"] == ["personal_data_public"]
    assert runs[0]["started"] == "2026-11-02T08:00:00" and runs[3]["started"] == "2026-11-04T10:00:00"  # UTC
    assert [r["practice"] for r in runs] == [False] * 4
    assert [bool(r["fork_of"]) for r in runs] == [False, False, False, fork_column]
    [aino, mikko] = store.progress()
    assert (aino.trainee, aino.runs) == ("aino", 3 if fork_column else 4) and mikko.runs == 1
    assert aino.first == 41.5 and aino.best == (88.25 if fork_column else 99.0) and aino.critical_runs == 1
    assert store.has_first_attempt("/runs/b.jsonl") and store.has_first_attempt("/runs/c.jsonl") != fork_column
    store.close()
    again = History(history_db)  # opening it again migrates nothing and loses nothing
    assert [r["run_id"] for r in again.runs()] == ["v1-1", "v1-2", "v1-3", "v1-4"]
    session = Session(fixture_scenario, 1, trainee="AINO", run_id="new")
    session.advance_to(float("inf"))
    assert again.record(session, score(session)) == 5  # new runs go after the carried-over ones (PostgreSQL's sequence too)
    assert [p.runs for p in again.progress("aino")] == [4 if fork_column else 5]
    again.close()


def test_a_run_of_the_first_schema_synced_from_its_journal_is_taken_over(history_db, tmp_path):
    """A run carried over from the first schema (run id v1-<row>) whose journal is synced later
    is that run, not a second one: matched by the journal path the old row has, else by drill,
    seed and start time; the old row keeps its id and gets the journal's rows."""
    loaded = load(Path(__file__).parent / "data" / "engine.yaml")
    folder = tmp_path / "runs"
    a, b, c = (play_journaled(loaded, make_player("ideal", 1), seed, folder / f"{name}.jsonl", trainee=name)[0]
               for seed, name in ((1, "Aino"), (2, "Mikko"), (3, "Sanna")))
    legacy_history(history_db, rows=[
        (1, "Aino", "engine-fixture", "1", 1, a.log.header["started"], 3600.0, 50.0, "M", '{"timeliness": 50.0}', "[]", "calm", str(folder / "Aino.jsonl"), None, None),
        (2, "Mikko", "engine-fixture", "1", 2, b.log.header["started"], 3600.0, 60.0, "M", '{"timeliness": 60.0}', "[]", "calm", None, None, None),
        # a's drill, seed and start but another journal: another run
        (3, "Aino", "engine-fixture", "1", 1, a.log.header["started"], 3600.0, 70.0, "S", '{"timeliness": 70.0}', "[]", "calm", "/elsewhere/Aino.jsonl", None, None),
    ])
    out = CliRunner().invoke(main, ["sync", str(folder), "--db", history_db])
    assert out.exit_code == 0 and out.stdout.startswith("imported 3 run(s)"), out.output
    store = History(history_db)
    runs = store.runs()
    assert [(r["id"], r["run_id"]) for r in runs] == [(1, a.log.header["run_id"]), (2, b.log.header["run_id"]), (3, "v1-3"), (4, c.log.header["run_id"])]
    assert [r["overall"] for r in runs[:2]] == [round(score(a).overall, 2), round(score(b).overall, 2)]
    assert [len(r["people"]) for r in runs] == [1, 1, 1, 1] and len(runs[0]["dimensions"]) == 6 and runs[0]["finished"]
    with store.engine.connect() as conn:
        assert set(conn.execute(sa.select(schema.decisions.c.run).distinct()).scalars()) == {1, 2, 4}
    store.close()
    again = CliRunner().invoke(main, ["sync", str(folder), "--db", history_db])
    assert again.stdout.startswith("imported 0 run(s); 3 already in the history")


def test_the_migrations_build_the_schema_the_code_declares(history_db):
    assert head() == HEAD
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = History(history_db)
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), schema.metadata) == []
    store.close()


def written_and_chosen(scenario, **header):
    """A run with a chosen option, a written reply and an escalation, finished."""
    session = Session(scenario, 1, **header)
    session.advance_to(12 * 60)
    session.act(Action("private", "complaint", "dm"))
    session.act(Action("escalate", "complaint", level="comms"))
    session.advance_to(25 * 60)
    session.act(Action("reply", "question", text="Sunnuntaisin olemme auki 12–18, kiitos kysymyksestä!", lang="fi"))
    session.advance_to(float("inf"))
    return session


def test_a_run_is_recorded_with_its_decisions_names_and_marks(fixture_scenario, history_db):
    store = History(history_db)
    practice = written_and_chosen(fixture_scenario, trainee="  Äijä  Mäkinen ", coach=True, run_id="run-1", scenario_digest="abc123",
                                  started="2026-12-01T09:00:00+02:00")
    store.record(practice, score(practice), finished="2026-12-01T07:30:00Z")
    assessed = written_and_chosen(fixture_scenario, trainee="äijä mäkinen", run_id="run-2")
    store.record(assessed, score(assessed))
    first, second = store.runs()
    assert first["people"][0]["key"] == second["people"][0]["key"] == name_key("ÄIJÄ MÄKINEN") == "äijä mäkinen"
    assert first["trainee"] == second["trainee"] == "Äijä Mäkinen" and first["people"][0]["typed"] == "  Äijä  Mäkinen "
    assert (first["practice"], second["practice"]) == (True, False)
    assert first["digest"] == "abc123" and first["started"] == "2026-12-01T07:00:00" and first["finished"] == "2026-12-01T07:30:00"
    assert second["finished"] is not None and first["run_id"] == "run-1"
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(schema.decisions).where(schema.decisions.c.run == first["id"]).order_by(schema.decisions.c.n)).mappings().all()
    dm, escalation, written = rows
    assert (dm["inject"], dm["option"], dm["findings"], dm["waited"]) == ("complaint", "dm", None, 120.0)
    assert dm["score"] > 80
    assert (escalation["verb"], escalation["level"], escalation["score"]) == ("escalate", "comms", None)
    assert written["inject"] == "question" and written["option"] is None and written["waited"] == 300.0
    assert "thank" in written["findings"] and written["score"] is not None
    store.close()


def test_a_run_is_recorded_once_by_its_run_id(fixture_scenario, history_db):
    store = History(history_db)
    session = written_and_chosen(fixture_scenario, trainee="Aino", run_id="same")
    first = store.record(session, score(session))
    assert store.record(session, score(session)) == first
    assert len(store.runs()) == 1
    store.close()


def test_forget_erases_a_trainee_and_keeps_the_rest_of_the_team(fixture_scenario, history_db):
    from drill.team import parse_team, team_header

    store = History(history_db)
    for n, who in enumerate(["Aino", "Mikko", "aino  "]):
        session = written_and_chosen(fixture_scenario, trainee=who, run_id=f"solo-{n}")
        store.record(session, score(session))
    team = written_and_chosen(fixture_scenario, team=team_header(parse_team("Aino:service,Mikko:comms")), run_id="team")
    store.record(team, score(team))
    store.close()
    out = CliRunner().invoke(main, ["history", "--db", history_db, "--forget", " AINO"])
    assert out.exit_code == 0 and "3 run(s)" in out.output, out.output
    store = History(history_db)
    runs = store.runs()
    assert [r["run_id"] for r in runs] == ["solo-1", "team"]
    assert [p["name"] for r in runs for p in r["people"]] == ["Mikko", "Mikko"] and runs[1]["team"] == [{"name": "Mikko", "role": "comms"}]
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.trainees).where(schema.trainees.c.key == "aino")).scalar() == 0
        left = {r for (r,) in conn.execute(sa.select(schema.decisions.c.run).distinct())}
    assert left == {r["id"] for r in runs}  # the erased runs' decisions went with them
    assert store.runs(trainee="Aino") == [] and [p.trainee for p in store.progress()] == ["Mikko"]
    store.close()
    again = CliRunner().invoke(main, ["history", "--db", history_db, "--forget", "Aino"])
    assert again.exit_code == 0 and "no runs of 'Aino'" in again.output


def test_a_database_that_cannot_be_opened_is_one_line(tmp_path):
    out = CliRunner().invoke(main, ["history", "--db", "mysql://nobody@localhost/x"])
    assert out.exit_code == 2 and "SQLite (a file path) or PostgreSQL" in out.output and "Traceback" not in out.output
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    out = CliRunner().invoke(main, ["history", "--db", str(tmp_path / "junk.sqlite")])
    assert out.exit_code == 2 and "cannot open the history database" in out.output and "\n" not in out.output.strip()
