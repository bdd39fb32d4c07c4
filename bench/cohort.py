"""Cohort history benchmark: `drill cohort` over 20,000 runs and `drill sync` of 1,000 journals,
on SQLite and on PostgreSQL.

The history: 50 trainees, the 8 library drills, 20,000 runs (every trainee's runs spread
over a year, a tenth of them practice, a twentieth team runs of two), each with its six
dimension scores and a decision on every inject of its drill (an authored option, or now
and then a written reply's findings, its waiting time and quality): 385,000 decision rows,
bulk-inserted through the history's own tables (a real replay of 20,000 runs would time the
engine, not the history); on PostgreSQL then VACUUM ANALYZE, the statistics a server's
autovacuum would have gathered by the time a trainer asks (SQLite gets no ANALYZE: no
laptop's history file has one). `drill cohort` then runs as a user runs it, a fresh
process writing the HTML report; beside it, in the same run, a plain `SELECT count(*)` over
the same tables (what merely touching the data costs).

`drill sync`: 16 real journals (the ideal and the slow bot on each drill) copied to 1,000
under their own run ids and trainees, imported into an empty history by a fresh
`drill sync` process (each journal replayed and scored), then synced again (all known);
the baseline is reading and parsing the same 1,000 journals. PostgreSQL runs on a throwaway
cluster (tests/pgcluster.py: Debian's server binaries); without them its rows say so.
Goals: cohort < 2 s on each engine, sync of 1,000 journals < 10 s (wall time, best of three
for the cohort). The CPU seconds of each command (with its worker processes) are printed
beside: on a machine shared with other work the wall time grows with the load.

    python bench/cohort.py            # 20,000 runs, 1,000 journals
    python bench/cohort.py --quick    # 500 runs, 50 journals (a smoke run for CI)
    python bench/cohort.py --json     # figures as JSON
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import sqlalchemy as sa  # noqa: E402

from drill.history import History  # noqa: E402
from drill.history import schema as s  # noqa: E402
from drill.library import load_named  # noqa: E402
from drill.scoring.dimensions import option_quality  # noqa: E402

DRILLS = ("bank-outage", "deleted-comment", "empty-promise", "fast-good-answer", "personal-data-complaint", "single-admin", "strike-threat", "viral-video")
DIMENSIONS = ("timeliness", "escalation", "channel_privacy", "tone_strategy", "transparency", "coverage")
FINDINGS = ("acknowledges", "apologises", "thanks", "curt", "promise", "personal_data")
GOAL_COHORT_S, GOAL_SYNC_S = 2.0, 10.0


def fill(where: str, trainees: int, runs: int, seed: int = 1) -> int:
    """A cohort history of `runs` runs; the number of decision rows."""
    rng = random.Random(seed)
    store = History(where)
    scenarios = {d: load_named(d).scenario for d in DRILLS}
    choices = {d: [(i.id, [(o.id, option_quality(sc, i, o)) for o in i.options]) for i in sc.injects if i.options] for d, sc in scenarios.items()}
    people = [{"id": k + 1, "key": f"trainee {k + 1:02d} äö", "name": f"Trainee {k + 1:02d} Äö"} for k in range(trainees)]
    start = datetime(2026, 1, 5, 8, 0)
    run_rows, who, dims, decisions = [], [], [], []
    for n in range(1, runs + 1):
        drill = DRILLS[n % len(DRILLS)]
        members = rng.sample(people, 2) if n % 20 == 0 else [rng.choice(people)]
        skill = rng.random()
        when = start + timedelta(minutes=round(n * 365 * 24 * 60 / runs))
        run_rows.append({"id": n, "run_id": f"bench-{n}", "scenario": drill, "scenario_version": "1", "digest": "0" * 16, "seed": n,
                         "engine": "bench", "lang": "fi", "started": when, "finished": when + timedelta(minutes=40),
                         "sim_seconds": 3600.0, "overall": round(100 * skill, 2), "rating": "PSMU"[min(3, int(4 * (1 - skill)))],
                         "ending": "contained", "critical": [], "practice": n % 10 == 0,
                         "team": ", ".join(sorted(m["key"] for m in members)) if len(members) > 1 else None})
        who += [{"run": n, "trainee": m["id"], "name": m["name"], "role": ("service", "comms")[i] if len(members) > 1 else None} for i, m in enumerate(members)]
        dims += [{"run": n, "name": d, "score": round(min(100.0, max(0.0, rng.gauss(100 * skill, 15))), 2)} for d in DIMENSIONS]
        for number, (inject, options) in enumerate(choices[drill], 1):
            written = rng.random() < 0.05
            option, quality = rng.choice(options)
            decisions.append({"run": n, "n": number, "scenario": drill, "t": 60.0 * number, "verb": "reply", "item": inject, "inject": inject,
                              "option": None if written else option, "findings": rng.sample(FINDINGS, 2) if written else None,
                              "level": None, "role": None, "waited": round(rng.uniform(30, 1800), 1), "score": round(quality, 2)})
    with store.engine.begin() as conn:
        conn.execute(s.trainees.insert(), people)
        for table, rows in ((s.runs, run_rows), (s.participants, who), (s.dimensions, dims), (s.decisions, decisions)):
            for at in range(0, len(rows), 20_000):
                conn.execute(table.insert(), rows[at:at + 20_000])
    if store.engine.dialect.name == "postgresql":  # a server's autovacuum would have its statistics by now; a laptop's SQLite file has none
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    store.close()
    return len(decisions)


def baseline_count(where: str) -> float:
    """A plain count over the tables the report reads: what touching the data costs."""
    store = History(where)
    query = sa.select(*(sa.select(sa.func.count()).select_from(t).scalar_subquery() for t in (s.runs, s.participants, s.dimensions, s.decisions)))
    start = time.perf_counter()
    with store.engine.connect() as conn:
        conn.execute(query).one()
    took = time.perf_counter() - start
    store.close()
    return took


def drill_command(*args: str) -> tuple[float, float]:
    """One `drill …` in a fresh process, as a user runs it: wall seconds, and the CPU seconds
    it and its workers used (on a machine shared with other work, the wall time grows with
    the load; the CPU time much less)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "drill", *args], check=True, capture_output=True, cwd=REPO)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def journals(folder: Path, count: int) -> float:
    """`count` journals in `folder`: real runs copied under new run ids and trainees. The
    baseline: seconds to read and parse them all."""
    from drill.players import make_player
    from drill.runlog import read_journal
    from drill.sim import play_journaled

    seeds = folder / "seeds"
    for drill in DRILLS:
        for bot in ("ideal", "slow"):
            play_journaled(load_named(drill), make_player(bot, 1), 1, seeds / f"{drill}-{bot}.jsonl", trainee=bot)
    originals = [p.read_text(encoding="utf-8").split("\n", 1) for p in sorted(seeds.glob("*.jsonl"))]
    out = folder / "runs"
    out.mkdir()
    for n in range(count):
        first, rest = originals[n % len(originals)]
        header = json.loads(first)
        header["header"].update(run_id=f"sync-{n}", trainee=f"Harjoittelija {n % 50:02d} Ää")
        (out / f"run-{n:04d}.jsonl").write_text(json.dumps(header, ensure_ascii=False) + "\n" + rest, encoding="utf-8")
    shutil.rmtree(seeds)
    start = time.perf_counter()
    for path in sorted(out.glob("*.jsonl")):
        read_journal(path)
    return time.perf_counter() - start


def engines(folder: Path):
    """(name, where, cleanup) for SQLite and, where its binaries are, PostgreSQL."""
    from pgcluster import Cluster, binaries

    yield "sqlite", str(folder / "cohort.sqlite"), str(folder / "sync.sqlite"), None
    if binaries() is None:
        yield "postgresql", None, None, "PostgreSQL's server binaries are not installed (apt-get install postgresql)"
        return
    with Cluster() as pg:
        yield "postgresql", pg.create_database("cohort"), pg.create_database("sync"), None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="500 runs, 50 journals, one pass (a smoke run for CI)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    trainees, runs, count, repeat = (5, 500, 50, 1) if args.quick else (50, 20_000, 1000, 3)
    figures: dict[str, object] = {"trainees": trainees, "drills": len(DRILLS), "runs": runs, "journals": count,
                                  "goal_cohort_s": GOAL_COHORT_S, "goal_sync_s": GOAL_SYNC_S, "engines": {}}
    with tempfile.TemporaryDirectory(prefix="drill-bench-cohort-") as tmp:
        folder = Path(tmp)
        figures["read_journals_s"] = round(journals(folder, count), 3)
        for name, cohort_db, sync_db, skipped in engines(folder):
            if skipped:
                figures["engines"][name] = {"skipped": skipped}
                continue
            start = time.perf_counter()
            decisions = fill(cohort_db, trainees, runs)
            fill_s = time.perf_counter() - start
            report = folder / f"cohort-{name}.html"
            cohort_s, cohort_cpu_s = min(drill_command("cohort", "--db", cohort_db, "-o", str(report)) for _ in range(repeat))
            sync_s, sync_cpu_s = drill_command("sync", str(folder / "runs"), "--db", sync_db)
            again_s, _ = drill_command("sync", str(folder / "runs"), "--db", sync_db)
            store = History(sync_db)
            synced = len(store.runs())
            store.close()
            figures["engines"][name] = {
                "decisions": decisions, "fill_s": round(fill_s, 2), "cohort_s": round(cohort_s, 3), "cohort_cpu_s": round(cohort_cpu_s, 3), "count_baseline_s": round(baseline_count(cohort_db), 4),
                "report_bytes": report.stat().st_size, "sync_s": round(sync_s, 2), "sync_cpu_s": round(sync_cpu_s, 2), "sync_again_s": round(again_s, 2), "synced_runs": synced,
                "ok": cohort_s < GOAL_COHORT_S and sync_s < GOAL_SYNC_S and synced == count,
            }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"history: {trainees} trainees, {len(DRILLS)} drills, {runs:,} runs; sync of {count:,} journals (reading them alone: {figures['read_journals_s']:.2f} s)")
    for name, f in figures["engines"].items():
        if "skipped" in f:
            print(f"{name:<11} skipped: {f['skipped']}")
            continue
        print(f"{name:<11} drill cohort {f['cohort_s']:.2f} s, CPU {f['cohort_cpu_s']:.2f} s (goal < {GOAL_COHORT_S:.0f} s; a plain count over the same tables {1000 * f['count_baseline_s']:.1f} ms;"
              f" {f['decisions']:,} decisions, report {f['report_bytes'] / 1024:.0f} KiB)")
        print(f"{'':<11} drill sync   {f['sync_s']:.2f} s, CPU {f['sync_cpu_s']:.2f} s on {os.cpu_count()} cores, for {f['synced_runs']:,} journals (goal < {GOAL_SYNC_S:.0f} s; again, all known: {f['sync_again_s']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
