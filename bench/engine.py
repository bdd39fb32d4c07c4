"""Engine benchmarks: a 100,000-comment flood advanced and scored, and `drill simulate --runs N`.

Prints figures beside their goals, with a ratio against a baseline measured in the same run
(drawing each flood comment's slots from Faker directly, the obvious design this engine
avoids). No assertions: CI runs `--quick` only so the code cannot rot.

    python bench/engine.py            # full figures
    python bench/engine.py --quick    # small sizes, seconds
    python bench/engine.py --json     # the same figures as JSON
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drill.engine.session import Session  # noqa: E402
from drill.library import find  # noqa: E402
from drill.scenario.load import load  # noqa: E402
from drill.scoring.scorecard import score  # noqa: E402


def flood_scenario(comments: int):
    """The engine fixture with its flood rate set so the run makes `comments` comments."""
    base = load(REPO / "tests" / "data" / "engine.yaml").scenario
    flood = base.floods[0]
    minutes = ((flood.until or base.clock.length) - (flood.start or 0)) / 60
    per_minute = comments / minutes
    new_flood = flood.model_copy(update={"rate": per_minute / 60})
    return base.model_copy(update={"floods": [new_flood]}), per_minute


def bench_flood(comments: int) -> dict:
    """Warm: the Faker slot pools are built once per process first, as in the app."""
    from drill.engine.flood import slot_pools

    scenario, per_minute = flood_scenario(comments)
    pools_started = time.perf_counter()
    slot_pools(scenario.locale)
    pools_s = time.perf_counter() - pools_started
    started = time.perf_counter()
    session = Session(scenario, 1)
    session.advance_to(float("inf"))
    advanced = time.perf_counter()
    card = score(session)
    done = time.perf_counter()
    made = sum(st.count for st in session.floods.values())
    handled = made + len(session.log.events)
    return {
        "comments": made,
        "pools_once_s": round(pools_s, 3),
        "rate_per_minute": round(per_minute, 1),
        "advance_s": round(advanced - started, 3),
        "score_s": round(done - advanced, 3),
        "total_s": round(done - started, 3),
        "events_per_s": round(handled / (advanced - started)),
        "overall": round(card.overall, 1),
    }


def bench_faker_baseline(comments: int) -> dict:
    """Baseline: Faker called for every comment's slots (name, city)."""
    from faker import Faker

    fake = Faker("fi_FI")
    fake.seed_instance(1)
    started = time.perf_counter()
    texts = [f"Where is my parcel, {fake.name()} from {fake.city()} asks" for _ in range(comments)]
    elapsed = time.perf_counter() - started
    return {"comments": len(texts), "seconds": round(elapsed, 3)}


SIMULATED = ("deleted-comment", "strike-threat")
"""The two flagships: a typical drill, and the heaviest (about 3,000 flood comments a run)."""


def bench_simulate(name: str, runs: int) -> dict:
    """`drill simulate NAME --runs N --bots ideal`, wall time of the whole command."""
    path = find(name)
    command = [sys.executable, "-m", "drill", "simulate", str(path), "--runs", str(runs), "--bots", "ideal", "--json"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        return {"scenario": name, "runs": runs, "error": result.stderr.strip()[-300:]}
    return {"scenario": name, "runs": runs, "wall_s": round(elapsed, 2), "one_process_s": one_process(name, runs)}


def one_process(name: str, runs: int, sample: int = 20) -> float:
    """Baseline: the same runs played one after another in this process (CPU time of `sample`
    runs, scaled to `runs`): what the command would take on one core."""
    from drill.sim import _one_run

    scenario = load(find(name)).scenario
    _one_run(scenario, "ideal", 1)
    sample = min(sample, runs)
    started = time.process_time()
    for seed in range(1, sample + 1):
        _one_run(scenario, "ideal", seed)
    return round((time.process_time() - started) / sample * runs, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    comments = 5_000 if args.quick else 100_000
    runs = 10 if args.quick else 1000
    baseline_n = 2_000 if args.quick else 10_000
    flood = bench_flood(comments)
    baseline = bench_faker_baseline(baseline_n)
    ours_per_comment = flood["advance_s"] / max(1, flood["comments"])
    faker_per_comment = baseline["seconds"] / max(1, baseline["comments"])
    simulate = [bench_simulate(name, runs) for name in SIMULATED]
    figures = {
        "flood": flood,
        "faker_baseline": baseline,
        "faker_vs_engine_per_comment": round(faker_per_comment / ours_per_comment, 1) if ours_per_comment else None,
        "simulate": simulate,
        "goals": {"flood_total_s": 1.0, "simulate_1000_s": 10.0},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"engine: flood of {flood['comments']:,} comments ({flood['rate_per_minute']}/min), advanced and scored")
    print(f"  advance {flood['advance_s']:.3f} s + score {flood['score_s']:.3f} s = {flood['total_s']:.3f} s   (goal < 1 s at 100,000)")
    print(f"  {flood['events_per_s']:,} comments+events per second; Faker slot pools built once per process in {flood['pools_once_s']:.3f} s")
    print(f"  baseline, Faker per comment: {baseline['seconds']:.3f} s for {baseline['comments']:,}; "
          f"the whole engine is {figures['faker_vs_engine_per_comment']}x faster per comment than Faker alone")
    for sim in simulate:
        if "error" in sim:
            print(f"simulate {sim['scenario']}: failed: {sim['error']}")
        else:
            print(f"simulate: {sim['runs']} runs of {sim['scenario']} (ideal bot) in {sim['wall_s']:.2f} s wall"
                  f"   (goal <= 10 s for 1,000 on 2 cores; baseline, one process: {sim['one_process_s']:.2f} s)")


if __name__ == "__main__":
    main()
