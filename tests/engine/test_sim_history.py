"""Trainer tools: embedded tests, `drill simulate`, and the history of runs."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drill.cli import main
from drill.history import History
from drill.players import make_player, play
from drill.scoring.scorecard import score
from drill.sim import simulate


def test_embedded_tests_pass_and_a_wrong_expectation_fails(fixture_path, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["test", str(fixture_path)])
    assert ok.exit_code == 0, ok.output
    assert "3 passed, 0 failed" in ok.output  # the two tests, and the gameability check
    assert "ok   " in ok.output and "::gameability  ideal" in ok.output
    broken = tmp_path / "broken.yaml"
    broken.write_text(fixture_path.read_text(encoding="utf-8").replace("expect: {ending: calm, critical: []}", "expect: {ending: rough, critical: []}"), encoding="utf-8")
    bad = runner.invoke(main, ["test", str(broken)])
    assert bad.exit_code == 1
    assert "ending 'calm', expected 'rough'" in bad.output


def test_drill_test_fails_a_drill_a_habit_can_win(fixture_path, tmp_path):
    """With one option per item, every blind player sends the right answer: no judgement is
    needed, and the gameability check says so."""
    text = fixture_path.read_text(encoding="utf-8")
    for option in ("public-data", "curt", "update"):
        line = next(ln for ln in text.splitlines() if f"{{id: {option}," in ln)
        text = text.replace(line + "\n", "")
    text = text[: text.index("tests:")].replace("promise: 30m, ", "")
    easy = tmp_path / "easy.yaml"
    easy.write_text(text.replace("expect: {reply_within: 10m, route: private, escalate: comms, escalate_within: 20m}",
                                 "expect: {reply_within: 10m, route: private}"), encoding="utf-8")
    out = CliRunner().invoke(main, ["test", str(easy), "--runs", "3"])
    assert out.exit_code == 1, out.output
    assert "FAIL " in out.output and "::gameability" in out.output and "without reading a word" in out.output


def test_simulate_orders_the_bots_and_lists_content_never_reached(fixture_scenario):
    result = simulate(fixture_scenario, runs=6, seed=1, bots=["ideal", "slow", "passive", "deleter", "random"], jobs=1)
    means = {b["bot"]: b["overall"]["mean"] for b in result["bots"]}
    assert means["ideal"] > means["slow"] > means["passive"]
    deleter = next(b for b in result["bots"] if b["bot"] == "deleter")
    assert deleter["critical"] == {"deleted_criticism": 6}
    assert deleter["overall"]["max"] <= 40
    slow, ideal = (next(b for b in result["bots"] if b["bot"] == n) for n in ("slow", "ideal"))
    assert slow["dimensions"]["timeliness"]["mean"] < ideal["dimensions"]["timeliness"]["mean"]
    assert result["coverage"]["endings"]["never"] == []
    assert set(result["coverage"]["injects"]["reached"]) == {"complaint", "question", "followup", "thanks"}


def test_simulate_in_parallel_matches_serial(fixture_scenario):
    serial = simulate(fixture_scenario, runs=8, seed=3, bots=["random"], jobs=1)
    parallel = simulate(fixture_scenario, runs=8, seed=3, bots=["random"], jobs=2)
    assert serial == parallel


def test_simulate_cli_json_and_table(fixture_path):
    runner = CliRunner()
    out = runner.invoke(main, ["simulate", str(fixture_path), "--runs", "3", "--bots", "ideal,passive", "--json", "--jobs", "1"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [b["bot"] for b in data["bots"]] == ["ideal", "passive"]
    assert {"mean", "min", "max"} <= set(data["bots"][0]["overall"])
    table = runner.invoke(main, ["simulate", str(fixture_path), "--runs", "2", "--bots", "ideal", "--jobs", "1"])
    assert "ideal" in table.output and "endings" in table.output
    unknown = runner.invoke(main, ["simulate", str(fixture_path), "--bots", "genius"])
    assert unknown.exit_code == 2 and "no player 'genius'" in unknown.output


def test_history_records_runs_and_shows_progress(fixture_scenario, history_db):
    db = history_db
    store = History(db)
    for bot in ("passive", "slow", "ideal"):
        session = play(fixture_scenario, make_player(bot), 1, trainee="Aino")
        store.record(session, score(session))
    progress = store.progress("Aino")
    assert len(progress) == 1
    p = progress[0]
    assert p.runs == 3 and p.first < p.last and p.best == p.last
    out = CliRunner().invoke(main, ["history", "--db", str(db)])
    assert out.exit_code == 0
    assert "Aino" in out.output and "engine-fixture" in out.output and "↑" in out.output
    runs = CliRunner().invoke(main, ["history", "--db", str(db), "--runs", "--json"])
    assert [r["trainee"] for r in json.loads(runs.output)] == ["Aino"] * 3


def test_unknown_scenario_name_is_a_one_line_error():
    out = CliRunner().invoke(main, ["simulate", "no-such-scenario"])
    assert out.exit_code == 2
    assert "no scenario file or library scenario named 'no-such-scenario'" in out.output
    assert "Traceback" not in out.output


def test_simulate_says_which_unreached_injects_are_held(fixture_path):
    """Bots never fire a held inject; the coverage says why it was not reached instead of
    leaving the trainer to hunt for dead content."""
    result = CliRunner().invoke(main, ["simulate", str(fixture_path), "--runs", "2", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    injects = next(line for line in result.output.splitlines() if line.startswith("injects"))
    assert "boss-call (held:" in injects and injects.count("(held:") == 1
