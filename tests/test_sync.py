"""`drill sync`: finished journals into the history, on SQLite and PostgreSQL, idempotently by
run id, through the one replay and the one writer (a synced run has the rows of a live one)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner

from drill.cli import main
from drill.engine.session import Session
from drill.history import History, schema
from drill.players import make_player
from drill.runlog import PEEK_BYTES, JournalWriter, peek_journal, read_journal
from drill.scenario.load import load
from drill.scoring.scorecard import score
from drill.sim import play_journaled

DATA = Path(__file__).parent / "data"


def decision_rows(store: History) -> list[tuple]:
    columns = [c for c in schema.decisions.c if c.name != "run"]
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(*columns).order_by(schema.decisions.c.n))]


def test_sync_imports_finished_journals_once(history_db, tmp_path):
    loaded = load(DATA / "engine.yaml")
    runs = tmp_path / "runs"
    sessions = [play_journaled(loaded, make_player(bot, 1), 1, runs / f"{bot}.jsonl", trainee=name, coach=bot == "slow")[0]
                for bot, name in (("ideal", "Aino"), ("slow", "Mikko"), ("passive", "Sanna Ö"))]
    JournalWriter.start(Session(loaded.scenario, 2, trainee="Aino").log, runs / "unfinished.jsonl").close()  # the briefing, no end
    (runs / "torn.jsonl").write_text('{"header": {"scenario": "engine-fixture"}}\nnot json\n{"t": 1}\n', encoding="utf-8")

    first = CliRunner().invoke(main, ["sync", str(runs), "--db", history_db])
    assert first.exit_code == 1, first.output
    assert "imported 3 run(s); 0 already in the history; 1 unfinished" in first.stdout
    assert "torn.jsonl:2:1: line is not a journal record" in first.stderr and "Traceback" not in first.output
    again = CliRunner().invoke(main, ["sync", str(runs), "--db", history_db])
    assert "imported 0 run(s); 3 already in the history" in again.stdout

    store = History(history_db)
    recorded = store.runs()
    assert sorted(r["trainee"] for r in recorded) == ["Aino", "Mikko", "Sanna Ö"]
    assert {r["trainee"]: r["practice"] for r in recorded} == {"Aino": False, "Mikko": True, "Sanna Ö": False}
    by_name = {r["trainee"]: r for r in recorded}
    for session in sessions:
        run = by_name[session.log.header["trainee"]]
        assert run["run_id"] == session.log.header["run_id"] and run["overall"] == round(score(session).overall, 2)
        assert run["finished"] and run["digest"] == loaded.digest and Path(run["journal"]).name.endswith(".jsonl")
    store.close()


def test_a_journal_is_peeked_at_from_its_header_and_tail(tmp_path):
    loaded = load(DATA / "engine.yaml")
    play_journaled(loaded, make_player("ideal", 1), 1, tmp_path / "done.jsonl", trainee="Aino")
    assert (tmp_path / "done.jsonl").stat().st_size > PEEK_BYTES + 1000  # the tail starts inside a line
    assert peek_journal(tmp_path / "done.jsonl") == (read_journal(tmp_path / "done.jsonl").header, True)
    JournalWriter.start(Session(loaded.scenario, 2, trainee="Aino").log, tmp_path / "unfinished.jsonl").close()
    (tmp_path / "damaged.jsonl").write_text('{"header": {"scenario": "engine-fixture"}\n{"t": 1, "end": "calm"}\n', encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert [peek_journal(tmp_path / f"{name}.jsonl") for name in ("unfinished", "damaged", "empty", "missing")] == [None] * 4


def test_a_synced_run_has_the_rows_of_one_recorded_live(history_db, tmp_path):
    loaded = load(DATA / "engine.yaml")
    session, _ = play_journaled(loaded, make_player("ideal", 1), 3, tmp_path / "runs" / "a.jsonl", trainee="Aino")
    live = History(tmp_path / "live.sqlite")
    live.record(session, score(session), str(tmp_path / "runs" / "a.jsonl"))
    synced = History(history_db)
    assert CliRunner().invoke(main, ["sync", str(tmp_path / "runs"), "--db", history_db]).exit_code == 0
    assert decision_rows(synced) == decision_rows(live) and len(decision_rows(live)) > 2
    assert CliRunner().invoke(main, ["sync", str(tmp_path / "runs"), "--db", str(tmp_path / "live.sqlite")]).output.startswith("imported 0 run(s); 1 already")
    live.close()
    synced.close()


def test_a_journal_of_an_edited_scenario_is_named_and_skipped(history_db, tmp_path):
    drill = tmp_path / "drill.yaml"
    drill.write_text((DATA / "engine.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    play_journaled(load(drill), make_player("ideal", 1), 1, tmp_path / "runs" / "a.jsonl", trainee="Aino")
    drill.write_text(drill.read_text(encoding="utf-8").replace("Be patient.", "Please be patient."), encoding="utf-8")
    out = CliRunner().invoke(main, ["sync", str(tmp_path / "runs"), "--db", history_db])
    assert out.exit_code == 1 and "a.jsonl: " in out.stderr and "has changed since the run was recorded" in out.stderr
    assert "imported 0 run(s)" in out.stdout


def test_many_journals_are_replayed_in_worker_processes(history_db, tmp_path):
    """Twenty journals (one real run copied under new run ids, one of them twice) through two workers."""
    import json

    from drill.sync import sync

    loaded = load(DATA / "engine.yaml")
    play_journaled(loaded, make_player("ideal", 1), 1, tmp_path / "seed.jsonl", trainee="Aino")
    first, rest = (tmp_path / "seed.jsonl").read_text(encoding="utf-8").split("\n", 1)
    runs = tmp_path / "runs"
    runs.mkdir()
    for n in range(21):
        header = json.loads(first)
        header["header"].update(run_id=f"copy-{min(n, 19)}", trainee=f"Trainee {n}")
        (runs / f"{n:02d}.jsonl").write_text(json.dumps(header) + "\n" + rest, encoding="utf-8")
    store = History(history_db)
    result = sync(runs, store, jobs=2)
    assert (result.imported, result.known, result.problems) == (20, 1, [])
    assert sorted(r["run_id"] for r in store.runs()) == sorted(f"copy-{n}" for n in range(20))
    assert len({tuple(row[1:]) for row in decision_rows(store)}) == len(decision_rows(store)) // 20  # the same decisions in every copy
    store.close()
