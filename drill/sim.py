"""Trainer tools on top of the engine: scripted runs, embedded `tests:` blocks, `drill simulate`.

These answer an author's two questions: does my scenario play the way I wrote it (tests),
and does its scoring tell good play from bad (bots over many seeds, with the content that
no run ever reached).
"""

from __future__ import annotations

import gc
import os
import statistics
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from drill.engine.flood import slot_pools
from drill.engine.log import HeaderFields
from drill.engine.session import Session, prepared
from drill.i18n import refusal
from drill.players import BLIND, PLAYERS, REFERENCE, Player, make_player, play
from drill.runlog import JournalWriter
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB, Action, parse_step
from drill.scenario.types import format_duration
from drill.scoring.scorecard import Scorecard, score

if TYPE_CHECKING:
    from drill.scenario.load import Loaded


def play_journaled(loaded: Loaded, player: Player, seed: int, journal: Path, /, **header: Unpack[HeaderFields]) -> tuple[Session, JournalWriter]:
    """A player's whole run journaled as the TUI journals a trainee's: the same header (the
    scenario's path and digest, so `drill report`, `drill replay` and `drill play --resume`
    find it), one fsynced line per decision, clock checkpoints, the end."""
    full: HeaderFields = {"scenario_digest": loaded.digest, "scenario_path": str(Path(loaded.path).resolve()),
                          "started": datetime.now(UTC).isoformat(timespec="seconds"), **header}
    session = Session(loaded.scenario, seed, **full)
    writer = JournalWriter.start(session.log, journal)
    play(loaded.scenario, player, seed, session=session)
    writer.close()
    return session, writer


def resolve(scenario: m.Scenario, action: Action) -> Action:
    """'choose INJECT.OPTION' becomes the verb the option's route calls for."""
    if action.verb != "choose":
        return action
    option = scenario.option_for(Action("reply", action.item, action.option))
    verb = ROUTE_VERB[option.route] if option else "reply"
    return Action(verb, action.item, action.option, action.level, action.note, action.role)


def run_steps(scenario: m.Scenario, steps: list[str], seed: int = 1, refused: list[str] | None = None) -> Session:
    """Play written steps at their times, then run the clock out.

    A `fire` step goes through the facilitator's door (`Session.fire_held`), as the panel's
    would; a fire the engine refuses is added to `refused` (refused actions are in the log)."""
    session = Session(scenario, seed)
    for step in sorted((parse_step(s) for s in steps), key=lambda st: st.at):
        session.advance_to(step.at)
        if step.fire is not None:
            outcome = session.fire_held(step.fire)
            if not outcome.ok and refused is not None:
                refused.append(f"fire {step.fire} refused at {format_duration(int(session.now))}: {refusal(outcome.reason, outcome.params)}")
        elif step.action is not None:
            session.act(resolve(scenario, step.action))
    session.advance_to(float("inf"))
    return session


def reached(session: Session) -> set[str]:
    """Ids of injects, triggers, floods and the ending this run reached."""
    found = {i.id for i in session.authored} | set(session.fired)
    found |= {f for f, st in session.floods.items() if st.count or st.running}
    if session.ended:
        found.add(session.ended)
    return found


# --------------------------------------------------------------------- embedded tests


@dataclass
class TestResult:
    test: str
    passed: bool
    problems: list[str]
    card: Scorecard


def run_test(scenario: m.Scenario, test: m.ScenarioTest) -> TestResult:
    fires: list[str] = []
    if test.player:
        session = play(scenario, make_player(test.player, test.seed), test.seed)
    else:
        session = run_steps(scenario, test.steps, test.seed, fires)
    card = score(session)
    expect = test.expect
    problems = []
    if expect.ending and session.ended != expect.ending:
        problems.append(f"ending {session.ended!r}, expected {expect.ending!r}")
    if expect.score_at_least is not None and card.overall < expect.score_at_least:
        problems.append(f"score {card.overall:.1f} below {expect.score_at_least}")
    if expect.score_at_most is not None and card.overall > expect.score_at_most:
        problems.append(f"score {card.overall:.1f} above {expect.score_at_most}")
    if expect.rating and card.rating != expect.rating:
        problems.append(f"rating {card.rating}, expected {expect.rating}")
    if expect.critical is not None:
        got = sorted({e.critical for e in card.critical if e.critical})
        if got != sorted(set(expect.critical)):
            problems.append(f"critical errors {got}, expected {sorted(set(expect.critical))}")
    hit = reached(session)
    problems += [f"{x!r} was not reached" for x in expect.reached if x not in hit]
    problems += [f"{x!r} was reached" for x in expect.not_reached if x in hit]
    refused = [e for e in session.log.events if e.kind == "action" and not e.data["ok"]]
    problems += [f"step refused at {format_duration(int(e.t))}: {refusal(e.data['reason'], e.data.get('params'))}" for e in refused if not test.player]
    problems += fires
    return TestResult(test.id, not problems, problems, card)


# --------------------------------------------------------------------- simulate


_WORKER_SCENARIO: m.Scenario | None = None


def _init_worker(scenario: m.Scenario) -> None:
    """Each worker process receives the scenario once, not with every run.

    A run allocates some 10^4 short-lived objects (feed items, events) and hardly any
    cycles; with default settings the collector runs every 700 allocations and keeps walking
    what lives all along (the scenario, the Faker pools). Those are frozen out of its sight and
    young collections made rarer: about 15 % off a flood-heavy run."""
    global _WORKER_SCENARIO
    _WORKER_SCENARIO = scenario
    slot_pools(scenario.locale)
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)


def _worker_run(args: tuple[str, int]) -> dict[str, Any]:
    assert _WORKER_SCENARIO is not None
    return _one_run(_WORKER_SCENARIO, *args)


def _one_run(scenario: m.Scenario, bot: str, seed: int) -> dict[str, Any]:
    session = play(scenario, make_player(bot, seed), seed)
    card = score(session)
    return {
        "overall": card.overall,
        "dimensions": {name: d.score for name, d in card.dimensions.items()},
        "critical": [e.critical for e in card.critical],
        "ending": session.ended,
        "reached": sorted(reached(session)),
    }


@dataclass
class BotSummary:
    bot: str
    runs: int
    overall: dict[str, float]
    dimensions: dict[str, dict[str, float]]
    critical: dict[str, int]
    endings: dict[str, int]
    ratings: dict[str, int] = field(default_factory=dict)


def _stats(values: list[float]) -> dict[str, float]:
    return {"mean": round(statistics.fmean(values), 2), "min": round(min(values), 2), "max": round(max(values), 2)}


def simulate(scenario: m.Scenario, runs: int, seed: int, bots: list[str], jobs: int | None = None) -> dict[str, Any]:
    """Play every bot `runs` times (seeds seed…seed+runs−1); summarise scores and content reached."""
    from drill.scoring.evidence import rating

    jobs = jobs or min(os.cpu_count() or 1, 8)
    work = [(bot, seed + i) for bot in bots for i in range(runs)]
    if jobs > 1 and len(work) >= 8:
        # drawn here, before the workers fork, so each inherits them instead of drawing its own;
        # the reply checker too, which scoring loads to read an escalation note
        from drill.checker import is_sitrep

        slot_pools(scenario.locale)
        prepared(scenario)
        is_sitrep("")
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(scenario,)) as pool:
            results = list(pool.map(_worker_run, work, chunksize=max(1, len(work) // (jobs * 8))))
    else:
        results = [_one_run(scenario, *w) for w in work]
    summaries = []
    seen: set[str] = set()
    for b, bot in enumerate(bots):
        mine = results[b * runs : (b + 1) * runs]
        for r in mine:
            seen.update(r["reached"])
        dims = {d: _stats([r["dimensions"][d] for r in mine]) for d in mine[0]["dimensions"]}
        summaries.append(BotSummary(
            bot, runs, _stats([r["overall"] for r in mine]), dims,
            dict(Counter(c for r in mine for c in r["critical"])),
            dict(Counter(r["ending"] for r in mine)),
            dict(Counter(rating(r["overall"]) for r in mine)),
        ))
    content = {
        "injects": [i.id for i in scenario.injects],
        "triggers": [t.id for t in scenario.triggers],
        "endings": [e.id for e in scenario.endings],
        "floods": [f.id for f in scenario.floods],
    }
    coverage = {kind: {"reached": [x for x in ids if x in seen], "never": [x for x in ids if x not in seen]} for kind, ids in content.items()}
    return {"scenario": scenario.id, "runs": runs, "seed": seed, "bots": [s.__dict__ for s in summaries], "coverage": coverage}


BOTS = list(PLAYERS)

BLIND_MEAN_MAX = 60.0
"""No blind player's mean may exceed this: a fixed habit earns an average score at best."""
BLIND_FAIL = 65.0
"""`drill test` fails a drill where a blind player's mean reaches S."""
SLOW_FAIL = 85.0
"""…or where the slow player's mean reaches P."""
IDEAL_MIN = 85.0
"""The ideal player must reach P: the drill is winnable by reading it."""
GAMEABILITY_PLAYERS = [*REFERENCE, *BLIND]


def gameability(result: dict[str, Any]) -> list[str]:
    """What a `simulate` result over the reference and blind players says is wrong with a
    drill's scoring: each problem as a sentence (empty: the drill tells judgement from habit)."""
    means = {b["bot"]: b["overall"]["mean"] for b in result["bots"]}
    problems = []
    if "ideal" in means and means["ideal"] < IDEAL_MIN:
        problems.append(f"the ideal player scores {means['ideal']:.1f}, below P ({IDEAL_MIN:.0f}): the drill cannot be won by reading it")
    if "slow" in means and means["slow"] >= SLOW_FAIL:
        problems.append(f"the slow player scores {means['slow']:.1f}, a P: time does not count enough")
    for bot in BLIND:
        if bot in means and means[bot] >= BLIND_FAIL:
            problems.append(f"the blind player '{bot}' ({PLAYERS[bot].__doc__}) scores {means[bot]:.1f}, an S or better without reading a word")
    return problems
