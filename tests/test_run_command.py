"""`drill run`: a whole run played without a terminal, journaled exactly as a trainee's run is,
so reports, replays and LMS exports can be produced and tested from scripts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from drill.cli import main
from drill.runlog import read_journal, replay
from drill.scenario.load import load
from drill.scoring.scorecard import score

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "data" / "engine.yaml"


def run(*args: str):
    return CliRunner().invoke(main, ["run", *args])


def test_a_bot_run_leaves_a_journal_that_replays_to_the_score_it_printed(tmp_path):
    journal = tmp_path / "ideal.jsonl"
    result = run(str(FIXTURE), "--player", "ideal", "--seed", "4", "--journal", str(journal), "--trainee", "Bot Aino")
    assert result.exit_code == 0, result.output
    recorded = read_journal(journal)
    assert recorded.ended and not recorded.torn
    assert recorded.header["seed"] == 4 and recorded.header["trainee"] == "Bot Aino" and recorded.header["player"] == "ideal"
    assert Path(recorded.header["scenario_path"]) == FIXTURE.resolve()
    assert sum("input" in r for r in recorded.records) > 0 and all("utc" in r for r in recorded.records)
    card = score(replay(load(FIXTURE).scenario, recorded))
    assert result.output.split()[:3] == [str(journal), f"{card.overall:.0f}", card.rating]


def test_report_and_xapi_read_the_journal(tmp_path):
    journal = tmp_path / "first.jsonl"
    assert run(str(FIXTURE), "--player", "first", "--journal", str(journal), "--lang", "en").exit_code == 0
    html = CliRunner().invoke(main, ["report", str(journal), "-f", "html", "-o", str(tmp_path / "r.html")])
    assert html.exit_code == 0, html.output
    assert "After-action report" in (tmp_path / "r.html").read_text(encoding="utf-8")
    xapi = CliRunner().invoke(main, ["report", str(journal), "-f", "xapi", "-o", str(tmp_path / "x.json")])
    assert xapi.exit_code == 0, xapi.output
    statements = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert statements and all(s["actor"] for s in statements)


def test_the_same_seed_and_player_give_the_same_inputs(tmp_path):
    for name in ("a", "b"):
        assert run(str(FIXTURE), "--player", "random", "--seed", "9", "--journal", str(tmp_path / f"{name}.jsonl")).exit_code == 0
    inputs = [[r["input"] for r in read_journal(tmp_path / f"{n}.jsonl").records if "input" in r] for n in ("a", "b")]
    assert inputs[0] == inputs[1] and inputs[0]


def test_a_players_own_file_plays_too(tmp_path):
    bot = tmp_path / "bot.py"
    bot.write_text(
        "from drill.scenario.actions import Action\n"
        "class DeleteAll:\n"
        "    def __init__(self, seed):\n        self.done = set()\n"
        "    def decide(self, view):\n"
        "        out = [Action('delete', i.id) for i in view.authored if i.id not in self.done]\n"
        "        self.done.update(a.item for a in out)\n        return out\n",
        encoding="utf-8",
    )
    journal = tmp_path / "own.jsonl"
    result = run(str(FIXTURE), "--player", f"{bot}:DeleteAll", "--journal", str(journal))
    assert result.exit_code == 0, result.output
    assert any(r.get("input", {}).get("verb") == "delete" for r in read_journal(journal).records)


def test_bad_input_is_one_line_and_nothing_is_overwritten(tmp_path):
    journal = tmp_path / "kept.jsonl"
    journal.write_text("precious\n", encoding="utf-8")
    exists = run(str(FIXTURE), "--journal", str(journal))
    assert exists.exit_code == 2 and "never overwritten" in exists.output and len(exists.output.strip().splitlines()) == 1
    assert journal.read_text(encoding="utf-8") == "precious\n"
    nobody = run(str(FIXTURE), "--player", "nobody", "--journal", str(tmp_path / "x.jsonl"))
    assert nobody.exit_code == 2 and "no player 'nobody'" in nobody.output and len(nobody.output.strip().splitlines()) == 1
