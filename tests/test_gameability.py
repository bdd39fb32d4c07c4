"""A score that a player who knows nothing cannot win (issue 20's bounds), on every bundled
drill and on drills written by trainers who never saw the scoring rules (tests/data/trainer).

Each drill is played 30 times by the reference bots and by every blind player
(`drill simulate --blind --runs 30`); the README's table quotes the same figures.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.engine.session import Session
from drill.players import BLIND, View, make_player, play
from drill.scenario.actions import Action
from drill.scenario.load import load, load_bytes
from drill.scenario.model import Scenario
from drill.scenario.starter import starter_text
from drill.sim import GAMEABILITY_PLAYERS, gameability, simulate

REPO = Path(__file__).resolve().parent.parent
LIBRARY = sorted((REPO / "scenarios").glob("*.yaml"))
TRAINER = sorted((REPO / "tests" / "data" / "trainer").glob("*.yaml"))
RUNS = 30


def means_of(scenario: Scenario) -> dict[str, float]:
    result = simulate(scenario, RUNS, 1, GAMEABILITY_PLAYERS)
    return {b["bot"]: b["overall"]["mean"] for b in result["bots"]} | {"_problems": gameability(result)}  # type: ignore[dict-item]


@functools.cache
def results(path: Path) -> dict[str, float]:
    return means_of(load(path).scenario)


def assert_judgement_wins(means: dict[str, float]) -> None:
    assert means["ideal"] >= 85, means
    blind = {b: means[b] for b in BLIND}
    assert max(blind.values()) <= 60, blind
    assert means["slow"] < 85, means
    assert means["_problems"] == []


def management_called_early(path: Path) -> bool:
    """Whether anything in the first 30 minutes of the ideal run calls for top management."""
    scenario = load(path).scenario
    session = play(scenario, make_player("ideal", 1), 1)
    return any(
        item.time <= 30 * 60 and (inject := scenario.injects_by_id[item.id]).expect and inject.expect.escalate == "management"
        for item in session.authored
    )


DRILLS = [pytest.param(p, id=p.stem) for p in LIBRARY] + [pytest.param(p, id=f"trainer-{p.stem}") for p in TRAINER]


@pytest.mark.parametrize("path", DRILLS)
def test_judgement_wins_and_habits_do_not(path):
    assert_judgement_wins(results(path))


def test_the_starter_of_drill_new_is_won_by_judgement_not_habit():
    """The drill a trainer copies first: the same bounds as the library's, and a full score
    for the ideal player (each of its items has one best reply, and no reply is the same
    blind pick on every item: the best is the longest text on one, not on the others)."""
    means = means_of(load_bytes(starter_text("starter").encode(), "starter.yaml").scenario)
    assert_judgement_wins(means)
    assert means["ideal"] == 100, means


@pytest.mark.parametrize("path", DRILLS)
def test_waking_management_at_the_start_costs_ten_points(path):
    if management_called_early(path):
        pytest.skip("something in the first 30 minutes calls for management")
    means = results(path)
    assert means["ideal-management-at-start"] <= means["ideal"] - 10, means


@pytest.mark.parametrize("path", DRILLS)
def test_a_flood_without_status_updates_is_not_a_p(path):
    if not load(path).scenario.floods:
        pytest.skip("no flood")
    assert results(path)["ideal-no-status"] < 85


# ---------------------------------------------------------------------- order means nothing


def test_the_best_option_lands_in_each_position_about_equally_often():
    scenario = load(REPO / "scenarios" / "strike-threat.yaml").scenario
    places: Counter[tuple[int, int]] = Counter()
    for seed in range(400):
        session = Session(scenario, seed)
        for inject in scenario.injects:
            if len(inject.options) == 4:
                order = [o.id for o in session.options_for(inject.id)]
                best = next(o.id for o in inject.options if o.value == 2)
                places[(len(order), order.index(best))] += 1
                break
    counts = [places[(4, i)] for i in range(4)]
    assert sum(counts) == 400
    assert all(70 <= c <= 130 for c in counts), counts  # 100 each expected; outside this is p < 0.001


def test_the_order_is_the_seeds_and_a_replay_sees_the_same(fixture_scenario, tmp_path):
    from drill.runlog import JournalWriter, read_journal, replay

    first = Session(fixture_scenario, 7)
    first_writer = JournalWriter.start(first.log, tmp_path / "run.jsonl")
    first.advance_to(15 * 60)
    again = Session(fixture_scenario, 7)
    again.advance_to(15 * 60)
    order = [o.id for o in first.options_for("complaint")]
    assert order == [o.id for o in again.options_for("complaint")]
    first.act(Action("private", "complaint", "dm"))
    first_writer.close()
    rebuilt = replay(fixture_scenario, read_journal(tmp_path / "run.jsonl"))
    assert [o.id for o in rebuilt.options_for("complaint")] == order
    shown = next(e for e in first.log.events if e.kind == "inject" and e.data["item"] == "complaint")
    assert shown.data["order"] == order  # the journal says what the trainee saw
    differ = {tuple(o.id for o in Session(fixture_scenario, s).options_for("complaint")) for s in range(20)}
    assert len(differ) > 5


# ---------------------------------------------------------------------- the player API


PLAYER = '''
from drill.scenario.actions import Action


class Careful:
    """Answers each item with the option whose text mentions sorry, else the first."""

    def __init__(self, seed):
        self.done = set()

    def decide(self, view):
        out = []
        for item in view.authored:
            if item.id in self.done or not item.needs_reply:
                continue
            self.done.add(item.id)
            options = view.options_for(item.id)
            if options:
                pick = next((o for o in options if "Sorry" in str(o.text)), options[0])
                verb = {"public": "reply", "private": "private"}.get(pick.route, "redirect")
                out.append(Action(verb, item.id, pick.id))
        return out
'''


def test_a_player_from_a_file_plays_through_the_cli(tmp_path, fixture_path):
    (tmp_path / "careful.py").write_text(PLAYER, encoding="utf-8")
    out = CliRunner().invoke(main, ["simulate", str(fixture_path), "--player", f"{tmp_path / 'careful.py'}:Careful", "--runs", "3", "--jobs", "1", "--json"])
    assert out.exit_code == 0, out.output
    [bot] = json.loads(out.output)["bots"]
    assert bot["bot"].endswith("careful.py:Careful") and bot["runs"] == 3
    assert bot["dimensions"]["channel_privacy"]["mean"] > 0  # it answered


@pytest.mark.parametrize(("spec", "says"), [("nobody", "no player 'nobody'"), ("missing.py:X", "no such file"), ("{file}:Nope", "no class 'Nope'")])
def test_a_player_that_cannot_be_loaded_is_one_line(tmp_path, fixture_path, spec, says):
    (tmp_path / "p.py").write_text(PLAYER, encoding="utf-8")
    out = CliRunner().invoke(main, ["simulate", str(fixture_path), "--player", spec.format(file=tmp_path / "p.py"), "--runs", "1"])
    assert out.exit_code == 2 and says in out.output and "Traceback" not in out.output


def test_the_view_is_read_only(fixture_scenario):
    view = View(Session(fixture_scenario, 1))
    with pytest.raises(AttributeError):
        view.now = 5  # type: ignore[misc]
    assert not hasattr(view, "act") and not hasattr(view, "advance_to")


def test_simulate_blind_prints_the_best_blind_player_and_exits_1_when_a_habit_wins(fixture_path):
    out = CliRunner().invoke(main, ["simulate", str(fixture_path), "--blind", "--runs", "2", "--jobs", "1"])
    assert "gameability: ideal" in out.output and "best blind" in out.output
    assert out.exit_code in (0, 1)
    assert (out.exit_code == 1) == ("problem:" in out.output)


def test_blind_players_follow_their_habit(fixture_scenario):
    """The longest-text player sends the longest offered text on every item it answers."""
    session = play(fixture_scenario, make_player("longest", 3), 3)
    complaint = fixture_scenario.injects_by_id["complaint"]
    [(_, action)] = [(t, a) for t, a in session.actions if a.item == "complaint"]
    assert action.option == max(complaint.options, key=lambda o: len(str(o.text))).id
