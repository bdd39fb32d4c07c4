"""Try again from any decision: a fork reproduces its parent exactly up to just before the
decision it branched at, then goes its own way; forks of forks; a killed fork resumes; the
compare report on a known pair; the trainer's rule that holds forking back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.engine.session import Session
from drill.fork import ForkError, fork_point, inputs, open_fork
from drill.history import History
from drill.players import View, make_player
from drill.report.record import build_record
from drill.runlog import JournalWriter, read_journal, replay
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score

REPO = Path(__file__).resolve().parents[2]
DELETED = REPO / "scenarios" / "deleted-comment.yaml"


def state(session: Session) -> dict:
    """What a trainee could see and what the engine holds: events, meters, the feed, the clock."""
    return {
        "now": session.now, "events": [e.to_json() for e in session.log.events], "meters": session.meters.as_dict(),
        "feed": [(i.id, i.time, i.answered_at, i.removed) for i in session.feed], "level": session.level,
        "fired": sorted(session.fired),
    }


def parent_run(tmp_path: Path, bot: str = "deleter", seed: int = 2) -> tuple[Path, list[dict]]:
    """A finished run of deleted-comment journaled, and the state just before each decision
    as the live run had it (captured by a player that watches before it acts)."""
    loaded = load(DELETED)
    journal = tmp_path / f"{bot}.jsonl"
    session = Session(loaded.scenario, seed, scenario_digest=loaded.digest, scenario_path=str(DELETED))
    writer = JournalWriter.start(session.log, journal)
    player, before = make_player(bot, seed), []
    view = View(session)
    while session.ended is None:
        for action in player.decide(view):
            before.append(state(session))
            session.act(action)
        session.advance_to(session.now + 60)
        session.log.checkpoint(session.now)
    writer.close()
    return journal, before


@pytest.mark.parametrize("at", [1, 2, 4])
def test_a_fork_at_decision_n_is_the_parent_just_before_n(tmp_path, at):
    journal, before = parent_run(tmp_path)
    _, fork, writer = open_fork(journal, at, tmp_path / f"fork{at}.jsonl")
    writer.close()
    assert state(fork) == before[at - 1]
    assert fork.log.header["fork_of"] == str(journal.resolve()) and fork.log.header["fork_at"] == at


def test_another_choice_at_the_fork_changes_what_follows(tmp_path):
    journal, _ = parent_run(tmp_path)
    parent = replay(load(DELETED).scenario, read_journal(journal))
    _, fork, writer = open_fork(journal, 1, tmp_path / "fork.jsonl")
    assert fork.act(Action("reply", "price-critic", "apologise-and-explain")).ok
    fork.advance_to(float("inf"))
    writer.close()
    assert parent.ended == "deletion-headline" and fork.ended != parent.ended
    assert "comment-deleted" in parent.fired and "comment-deleted" not in fork.fired
    # the fork's own journal replays to the same run, needing nothing of the parent
    again = replay(load(DELETED).scenario, read_journal(tmp_path / "fork.jsonl"))
    assert state(again) == state(fork) and score(again).overall == score(fork).overall


def test_forks_of_forks_number_their_decisions_through(tmp_path):
    journal, _ = parent_run(tmp_path)
    _, first, writer = open_fork(journal, 2, tmp_path / "a.jsonl")
    first.act(Action("reply", "neighbour-pile-on", "own-the-tone"))
    first.advance_to(float("inf"))
    writer.close()
    assert [r["input"]["verb"] for r in read_journal(tmp_path / "a.jsonl").records if "input" in r][:2] == ["delete", "reply"]
    _, second, writer = open_fork(tmp_path / "a.jsonl", 2, tmp_path / "b.jsonl")
    writer.close()
    assert second.log.header["fork_of"] == str((tmp_path / "a.jsonl").resolve())
    assert [a.verb for _, a in second.actions] == ["delete"]  # decision 1 of the first fork, copied from the parent
    with pytest.raises(ForkError, match="no decision 9"):
        fork_point(read_journal(tmp_path / "a.jsonl"), tmp_path / "a.jsonl", 9)


CHILD = """
import sys, time
from drill.fork import open_fork
from drill.scenario.actions import Action
_, session, writer = open_fork(sys.argv[1], 1, sys.argv[2])
session.act(Action("reply", "price-critic", "apologise-and-explain"))
session.advance_to(session.now + 600)
session.act(Action("escalate", "price-critic", level="comms", note="kill me now"))
print("ACTED", flush=True)
time.sleep(60)
"""


def test_a_fork_killed_mid_run_resumes_with_nothing_lost(tmp_path):
    journal, _ = parent_run(tmp_path)
    target = tmp_path / "killed.jsonl"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(journal), str(target)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert child.stdout.readline().strip() == "ACTED"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    recorded = read_journal(target)
    assert not recorded.ended and recorded.header["fork_at"] == 1
    verbs = [r["input"]["verb"] for r in recorded.records if "input" in r]
    assert verbs == ["reply", "escalate"]
    resumed = replay(load(DELETED).scenario, recorded)
    assert [a.verb for _, a in resumed.actions] == ["reply", "escalate"] and resumed.escalations[0].note == "kill me now"


def test_the_compare_section_on_a_known_pair(tmp_path):
    """Deleting the critic's comment (the deleter's decision 1) against answering it with the
    reasons, then doing nothing more. Worked out by hand from deleted-comment.yaml: deleting
    fires comment-deleted (the screenshot, the forum thread and the journalist follow, then
    story-runs brings the news article and front-page); the answer fires critic-answered-well
    (the critic thanks) and tone-corrected, and with the deletion never made, manager-insists
    (the manager's reminder) once the manager's message waits 20 minutes."""
    journal, _ = parent_run(tmp_path)
    _, fork, writer = open_fork(journal, 1, tmp_path / "fork.jsonl")
    fork.act(Action("reply", "price-critic", "apologise-and-explain"))
    fork.advance_to(float("inf"))
    writer.close()
    parent = replay(load(DELETED).scenario, read_journal(journal))
    p_card, f_card = score(parent), score(fork)
    cmp = build_record(fork, f_card, "en", parent=(parent, p_card, "deleter"))["compare"]
    assert cmp["at"] == 1 and cmp["t"] == inputs(read_journal(journal))[0]["t"]
    overall = cmp["dimensions"][0]
    assert (overall["parent"], overall["fork"]) == (round(p_card.overall), round(f_card.overall))  # whole points, as shown
    assert overall["diff"] == overall["fork"] - overall["parent"] > 0
    assert cmp["triggers"] == {"parent_only": ["comment-deleted", "more-criticism-removed", "story-runs", "front-page"],
                               "fork_only": ["critic-answered-well", "tone-corrected", "manager-insists"]}
    assert cmp["injects"] == {"parent_only": ["screenshot-post", "forum-thread", "journalist-call", "news-article"],
                              "fork_only": ["critic-thanks", "manager-reminder", "praise-crew", "councillor-question", "pensioner-worry"]}
    assert cmp["endings"] == {"parent": "The deletion became the story", "fork": "The wall is still smouldering", "same": False}
    heat = next(m for m in cmp["meters"] if m["meter"] == "heat")
    assert heat["gap"] < 0 and heat["when"] > cmp["t"]  # the answered wall ran cooler for a while


def test_drill_report_compares_a_fork_with_its_parent_by_itself(tmp_path):
    journal, _ = parent_run(tmp_path)
    fork_journal = tmp_path / "fork.jsonl"
    result = CliRunner().invoke(main, ["run", "--fork", str(journal), "--at", "1", "--player", "ideal", "--journal", str(fork_journal)])
    assert result.exit_code == 0, result.output
    html = tmp_path / "fork.html"
    assert CliRunner().invoke(main, ["report", str(fork_journal), "-o", str(html)]).exit_code == 0
    text = html.read_text(encoding="utf-8")
    assert 'id="compare"' in text and "This try against the run it came from" in text
    unrelated = tmp_path / "other.jsonl"
    assert CliRunner().invoke(main, ["run", str(REPO / "tests" / "data" / "engine.yaml"), "--journal", str(unrelated)]).exit_code == 0
    refused = CliRunner().invoke(main, ["report", str(fork_journal), "--compare", str(unrelated), "-o", str(tmp_path / "x.html")])
    assert refused.exit_code == 2 and "not a run of the same drill" in refused.output


def test_an_assessed_drill_forbids_forks_until_the_first_attempt_is_recorded(tmp_path, monkeypatch, history_db):
    journal, _ = parent_run(tmp_path)
    monkeypatch.setenv("DRILL_FORKING", "after_first_attempt")
    db = history_db
    with pytest.raises(ForkError, match="only after the first attempt"):
        open_fork(journal, 1, tmp_path / "early.jsonl", history=db)
    assert not (tmp_path / "early.jsonl").exists()
    parent = replay(load(DELETED).scenario, read_journal(journal))
    store = History(db)
    store.record(parent, score(parent), str(journal))
    _, fork, writer = open_fork(journal, 1, tmp_path / "later.jsonl", history=db)
    fork.advance_to(float("inf"))
    writer.close()
    store.record(fork, score(fork), str(tmp_path / "later.jsonl"))
    runs = store.runs()
    assert [bool(r["fork_of"]) for r in runs] == [False, True]
    [progress] = store.progress()
    assert progress.runs == 1 and progress.last == round(score(parent).overall, 2)  # the fork is practice
    store.close()


def test_a_fork_of_a_run_without_the_scenario_says_so_in_one_line(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"header":{"scenario":"no-such-drill","seed":1}}\n{"t":5,"input":{"verb":"delete","item":"x"}}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--fork", str(broken), "--at", "1"])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1 and "no-such-drill" in result.output
