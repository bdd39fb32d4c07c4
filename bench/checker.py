"""The reply checker against the labelled corpus: precision and recall per check, and time.

Reads tests/data/replies/*.jsonl (each line: scenario, inject, route, lang, text, expect: the
checks a careful reviewer marked, by the definitions in tests/data/replies/LABELS.md). A check counts per reply: found and expected is a true
positive. The `heldout*.jsonl` files were written apart and never used to tune the checker
or train its second reader:
each is printed on its own, beside the tuning files'. Each was written blind (160 replies, 20
per drill), by writers who never saw the checker's code or the other files. A
held-out file whose misses were studied tunes from then on, and says so by its name:
`tuning-d.jsonl` was the blind `heldout-2`; `tuning-e.jsonl` was the blind `heldout-3` (before
its misses were studied it measured pd .81/.81, promise .64/.53, wrong_fact .70/.82, curt
.73/.69, blame .86/.35); `tuning-f.jsonl` was the blind `heldout-4` (160 replies; before its
misses were studied, 2026-12-05, it measured pd .78/.67, promise .73/.61, wrong_fact .81/.65,
curt .64/.80, blame .92/.60); `tuning-g.jsonl` was the blind `heldout-5` (160 replies; before
its misses were studied, 2026-12-05, it measured pd .92/.96, promise .81/.68, wrong_fact
.88/.64, curt .90/.78, blame .90/.74, and before that day's first checker change pd 1.00/.96,
promise .70/.64, wrong_fact .81/.59, curt .64/.78, blame .90/.74); `tuning-h.jsonl` and
`tuning-i.jsonl` were the blind `heldout-6` and `heldout-7` (160 replies each; before their
misses were studied, 2026-12-05, after that day's rounds they measured pd .94/1.00 and .94/.94,
promise .96/.72 and .83/.61, wrong_fact .86/.73 and .91/.65, curt .79/.70 and .95/.69, blame
.93/.52 and .86/.23). `tuning-j.jsonl` and `tuning-k.jsonl` were the blind `heldout-8` and
`heldout-9` (160 replies each; before their misses were studied, 2026-12-06, after that day's
first rounds they measured pd .93/.96 and .97/1.00, promise .89/.89 and .83/.63, wrong_fact
.67/.33 and .60/.40, curt 1.00/.50 and .86/.83, blame 1.00/.75 and 1.00/.63).
`tuning-contrast.jsonl` was written for the hard cases (pairs that look alike and mean
otherwise) by a writer who saw neither the checker nor the tests. `tuning-l.jsonl` and
`tuning-m.jsonl` were the blind `heldout-10` and `heldout-11` (160 replies each, written
2026-12-06 from the label definitions, the domain brief and the drills alone; after that day's
rounds they measured pd .94/.91 and 1.00/.87, promise .84/.64 and .87/.79, wrong_fact .77/.30
and .68/.41, curt .88/.46 and 1.00/.62, blame 1.00/.48 and 1.00/.69). `tuning-n.jsonl` and
`tuning-o.jsonl` were the blind `heldout-12` and `heldout-13`, written blind the same way; measured once on the commit that added
them (pd .90/.87 and .94/.91, promise .92/.67 and .74/.65, wrong_fact .81/.38 and .57/.24,
curt .90/.27 and 1.00/.58, blame .87/.65 and .91/.61); after that session's rounds, before their
misses were studied (2026-12-06), they measured pd .90/.87 and .94/.91, promise .93/.79 and .79/.71,
wrong_fact .83/.44 and .57/.24, curt .94/.46 and 1.00/.64, blame .87/.65 and .91/.65. `tuning-p.jsonl` was the blind `heldout-14`, written
blind during those rounds and read once at their end (pd .92/.79, promise .80/.94, wrong_fact
.84/.70, curt .89/.61, blame .67/.57), and once more the next session before its misses were
studied (2026-12-06, at 8d97f53: pd 1.00/.86, promise .80/.94, wrong_fact .90/.74, curt .80/.61,
blame .67/.57). `tuning-q.jsonl`, `tuning-r.jsonl` and `tuning-s.jsonl` were the blind `heldout-15`, `heldout-16` and
`heldout-17`, written blind during the next session's rounds (2026-12-06, late) and read once at
their end, at d27fbb1: pd .95/.88, .93/.96 and 1.00/.88, promise .79/.70, .67/.67 and .76/.70,
wrong_fact .73/.73, .63/.59 and 1.00/.53, curt .89/.61, .92/.46 and .87/.54, blame .90/.69, .94/.64
and .81/.54; heldout-16 and heldout-17 were read once more the next session before their misses
were studied (2026-12-07, at a5cd2ef): the same but blame .82/.58 on heldout-17. `heldout-18`,
`heldout-19` and `heldout-20` were written blind the same way at the start of that session and
read once at its end, at 470a13e (and with the checker as the session found it, a5cd2ef, for
comparison): pd .95/.75, .96/.96 and 1.00/.88 (the same before), promise .76/.59, .76/.70 and
.76/.79 (before .76/.59, .78/.78, .73/.79), wrong_fact .74/.54, .88/.73 and .80/.61 (before
.68/.50, .88/.70, .78/.54), curt .94/.67, .89/.61 and .90/.68 (before .94/.62, .89/.61, .90/.68),
blame .92/.50, .88/.60 and 1.00/.62 (before .92/.46, .94/.60, 1.00/.58). They were read once
more the next session before their misses were studied (2026-12-07, at 7fd033e): the same but
blame .93/.54 on heldout-18; they became `tuning-t.jsonl`, `tuning-u.jsonl` and `tuning-v.jsonl`.
`heldout-21`, `heldout-22` and `heldout-23` were written blind at the start of that session, each
in a register the corpus had not had (upbeat brand voice, fast phone typing, officialese), and
read once at its end, at 84cc294 (and with the checker as the session found it, 7fd033e, for
comparison): pd .96/.96, .95/.83 and 1.00/.96 (before .92/.96, .90/.75, .96/.92), promise .79/.74,
.79/.76 and .81/.88 (before .79/.74, .80/.80, .77/.83), wrong_fact .71/.55, .81/.56 and .52/.50
(before .74/.55, .81/.56, .55/.50), curt .67/.08, .50/.65 and .83/.42 (before 1.00/.08, .46/.56,
.83/.42), blame .84/.67, .91/.79 and .93/.43 (before .82/.58, .90/.75, .93/.43). They became
`tuning-w.jsonl`, `tuning-x.jsonl` and `tuning-y.jsonl`, studied by register in a short round at
the end of that session. `heldout-24`, `heldout-25` and `heldout-26` were written blind during
that round, in still other registers (a chatty part-time admin, a scripted contractor, a
sarcastic manager), and read once at its end (75c0638), and with the checker as the session found
it (7fd033e): pd .95/.88, .92/.96 and 1.00/.92 (before 1.00/.83, .92/.96, 1.00/.88), promise
.81/.85, .77/.68 and .89/.92 (before .76/.73, .80/.64, .92/.85), wrong_fact .76/.67, .71/.63 and
.67/.54 (before .77/.54, .71/.56, .65/.50), curt 1.00/.65, .72/.59 and .60/.39 (before 1.00/.65,
.69/.50, .54/.30), blame .73/.70, .95/.83 and .79/.44 (before .80/.70, .94/.74, .80/.32).
The next session (2026-12-07) used them, unstudied, to choose the second reader's settings
(trained without them) and then trained it on them: they became `tuning-za.jsonl`,
`tuning-zb.jsonl` and `tuning-zc.jsonl`. `heldout-27`, `heldout-28` and `heldout-29` were
written blind at the start of that session (registers: staff writing in their second language,
a summer intern's slang, an on-call engineer) and read at its end, three times while the
reader's settings settled (at 075869a: pd .96/.96, 1.00/.74, .95/.83, promise .91/.91,
.95/.79, .88/.84, wrong_fact .71/.71, .90/.75, .56/.56, curt .70/.96, .59/.87, .55/1.00, blame
.77/.71, .85/.74, .75/.65); the next session (2026-12-07, late) studied their misses and trained
the reader on them: they became `tuning-zd.jsonl`, `tuning-ze.jsonl` and `tuning-zf.jsonl`.
That session wrote `heldout-30` to `heldout-37` blind at its start (registers: a night shift,
a call-centre veteran, a compliance officer, a small business's owner in dialect, a marketing
voice, an over-explainer, a first-week hire, micro-blogging) and read all eight once with the
checker as it found it (a430250), pooled over their 1,280 replies: pd .98/.91, promise
.88/.86, wrong_fact .80/.73, curt .76/.65, blame .87/.79, defensive .85/.71 (the rules alone:
promise .84/.80, wrong_fact .77/.69, curt .73/.47, blame .86/.63, defensive .88/.35). It then
studied the misses of heldout-30 to -33 and trained the reader on them (`tuning-zg.jsonl` to
`tuning-zj.jsonl`), then trained it on heldout-34 to -37 unstudied (`tuning-zk.jsonl` to
`tuning-zn.jsonl`; at a430250 they measured pd 1.00/1.00, .92/.96, 1.00/.93, 1.00/.92, promise
.82/.89, .79/.79, .89/.96, .95/.76, wrong_fact .77/.77, .88/.54, .91/.81, .91/.80, curt .80/.64,
.80/.33, .71/.58, .58/.84, blame .95/.84, .76/.96, .95/.73, .95/.80). It wrote `heldout-38` to
`heldout-45` blind during its work and read them once at its end (a98dce2), then `heldout-46`,
`-48`, `-50`, `-51` and `-53` (the writers of 47, 49 and 52 did not finish), read once with the
same checker (pooled over the thirteen: pd .98/.92, promise .90/.89, wrong_fact .79/.77, curt
.79/.74, blame .89/.80, defensive .85/.81).

From then on a blind set keeps its number: `tuning-hN.jsonl` was the blind `heldout-N`. The
next session (2026-12-07, evening) trained the reader on those thirteen unstudied (tuning-h38
to -h53), then in three rounds had eight new sets written blind, read them once and trained on
them: heldout-47, -49, -52, -54 to -58 (read with the session's first reader, trained through
heldout-37: promise .86/.85, wrong_fact .75/.69, curt .81/.82, blame .85/.80, defensive .85/.85;
trained through 53: .85/.85, .78/.70, .84/.86, .87/.82, .89/.88), heldout-59 to -66 (trained through 53:
promise .89/.92, wrong_fact .77/.79, curt .85/.85, blame .85/.83, defensive .85/.85; through 58
with promise's bar at .6: .92/.92, .74/.80, .84/.85, .89/.85, .86/.85), and heldout-67 to -74
(trained through 58: promise .91/.87, wrong_fact .82/.79, curt .86/.91, blame .87/.89,
defensive .88/.82; through 66: .92/.86, .82/.79, .86/.92, .87/.90, .91/.86), heldout-75 to -82
(through 66: promise .92/.91, wrong_fact .80/.79, curt .84/.90, blame .83/.89, defensive
.90/.91; through 74: .93/.93, .80/.80, .84/.90, .84/.88, .90/.89), and heldout-83 to -90
(through 74: promise .96/.95, wrong_fact .76/.77, curt .80/.87, blame .78/.85, defensive .89/.84;
through 82: .96/.94, .77/.78, .80/.88, .77/.86, .91/.85). The session after (2026-12-07, night)
trained it on those (tuning-h83 to -h90), read heldout-91 to -98 once (through 82: promise
.92/.91, wrong_fact .83/.78, curt .84/.94, blame .84/.90, defensive .94/.88; through 90: .89/.92,
.82/.77, .83/.94, .85/.90, .94/.89), studied heldout-94's personal-data misses (the
organisation's incident numbers in status updates), trained on all eight (tuning-h91 to -h98),
read heldout-99 to -106 once (through 90: promise .91/.90, wrong_fact .77/.74, curt .86/.87,
blame .83/.85, defensive .91/.87; through 98: .91/.90, .79/.76, .87/.88, .84/.87, .91/.87),
trained on them unstudied (tuning-h99 to -h106) and read heldout-107 to -114 once (through 98:
promise .91/.94, wrong_fact .86/.80, curt .86/.94, blame .87/.92, defensive .94/.89; through
106: .91/.94, .84/.80, .87/.93, .87/.92, .94/.89). The session after (2026-12-07, late night)
trained on those unstudied (tuning-h107 to -h114), chose the reader's new features and bars by
leaving each of the rounds h83-h90 … h107-h114 out in turn, read heldout-115 to -122 once
(through 114: promise .90/.87, wrong_fact .82/.76, curt .89/.88, blame .90/.81, defensive
.93/.86; with the previous features and bars, through 114: .89/.86, .82/.76, .83/.91, .86/.88,
.92/.86), trained on them unstudied (tuning-h115 to -h122), read heldout-123 to -130 once
(through 122: promise .93/.93, wrong_fact .87/.81, curt .91/.87, blame .89/.85, defensive
.93/.91; through 114: .92/.94, .86/.79, .90/.88, .89/.86, .92/.91), trained on them unstudied
(tuning-h123 to -h130), read heldout-131 to -138 once (through 130: promise .95/.91,
wrong_fact .81/.80, curt .96/.82, blame .90/.85, defensive .92/.90; through 122: .95/.91,
.82/.78, .97/.83, .90/.85, .92/.88), trained on them unstudied (tuning-h131 to -h138) and read
heldout-139 to -146 once (through 138: promise .92/.89, wrong_fact .86/.78, curt .885/.854,
blame .924/.850, defensive .91/.84). The next session (2026-12-08) trained on those unstudied
(tuning-h139 to -h146), studied only redirect_reason_missing's misses on the tuning files, read
heldout-147 to -154 once (through 146: promise .91/.94, wrong_fact .80/.80, curt .92/.84, blame
.91/.84, defensive .90/.92, redirect_reason_missing .79/.66), trained on them unstudied
(tuning-h147 to -h154), read heldout-155 to -162 once (through 154: promise .93/.92, wrong_fact
.82/.75, curt .92/.84, blame .91/.88, defensive .92/.94), trained on them unstudied (tuning-h155
to -h162) and read heldout-163 to -170 once (through 162: promise .95/.93, wrong_fact .87/.81, curt
.90/.84, blame .90/.88, defensive .89/.91). The next session (2026-12-08) trained on those unstudied
(tuning-h163 to -h170), studied the rules' curt misses on them, added the drill's own words to the
reader, read heldout-171 to -178 once (through 170: promise .89/.92, wrong_fact .85/.82, curt .89/.90,
blame .91/.84, defensive .95/.90), trained on them (tuning-h171 to -h178, whose curt misses were
studied), read heldout-179 to -186 once (through 178: promise .94/.85, wrong_fact .86/.78, curt
.93/.85, blame .92/.88, defensive .94/.89), trained on them unstudied (tuning-h179 to -h186), read
heldout-187 to -194 once (through 186: promise .90/.90, wrong_fact .88/.81, curt .93/.88, blame
.92/.90, defensive .90/.91), trained on them unstudied (tuning-h187 to -h194) and read heldout-195
to -202 once (the README gives their figures). None of the others
was studied for the rules.

Since then the tuning files' figures are the second reader's training data: near 1.00, they
say nothing; `--rules` measures the rules alone, which is what a rule change moves.

    python bench/checker.py            # the table
    python bench/checker.py --json
    python bench/checker.py --quick    # the first 40 replies of each file (CI: the code runs)
    python bench/checker.py --only tuning --misses   # the tuning files alone (no held-out file is read)
    python bench/checker.py --each tuning-a --each tuning-e   # these files, each on its own
    python bench/checker.py --only tuning --rules   # the rules alone, without the second reader
    python bench/checker.py --only heldout --pooled  # every held-out reply as one set

The time per reply is what Ctrl+S waits for: each reply is timed after `drill.checker.prepare`
has read its drill and item, as the editor does in a worker while the reply is written (the
first item of a drill takes about 0.1 s of that; the largest read-ahead is printed beside).

While tuning, run `--only tuning`: a held-out file's figures are read once, by whoever
measures the work, so that they still say how the checker does on replies it never saw.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drill.checker import CHECKS, check_reply, prepare  # noqa: E402
from drill.scenario.load import load  # noqa: E402

CORPUS = REPO / "tests" / "data" / "replies"
GOALS = {"personal_data": (0.9, 0.85), "promise": (0.9, 0.85), "wrong_fact": (0.9, 0.85), "curt": (0.9, 0.85), "blame": (0.9, 0.85)}
"""Precision and recall each of these must reach (issue 13)."""


def measure(rows: list[dict], scenarios: dict, second_reader: bool = True) -> dict:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    times = []
    ahead = []
    misses = []
    for row in rows:
        scenario = scenarios[row["scenario"]]
        start = time.perf_counter()
        prepare(scenario, row["inject"], row["route"], row["lang"])  # as the editor does while the reply is written
        ahead.append(time.perf_counter() - start)
        start = time.perf_counter()
        review = check_reply(scenario, row["inject"], row["route"], row["text"], row["lang"], second_reader=second_reader)
        times.append(time.perf_counter() - start)
        found, expected = set(review.checks), set(row["expect"])
        for check in CHECKS:
            if check in found and check in expected:
                tp[check] += 1
            elif check in found:
                fp[check] += 1
                misses.append((row["id"], "extra", check))
            elif check in expected:
                fn[check] += 1
                misses.append((row["id"], "missed", check))
    per = {}
    for check in CHECKS:
        if tp[check] + fp[check] + fn[check] == 0:
            continue
        precision = tp[check] / (tp[check] + fp[check]) if tp[check] + fp[check] else 1.0
        recall = tp[check] / (tp[check] + fn[check]) if tp[check] + fn[check] else 1.0
        per[check] = {"precision": round(precision, 3), "recall": round(recall, 3), "expected": tp[check] + fn[check], "found": tp[check] + fp[check]}
    return {"replies": len(rows), "checks": per, "median_ms": round(statistics.median(times) * 1000, 2) if times else None,
            "p95_ms": round(sorted(times)[int(0.95 * (len(times) - 1))] * 1000, 2) if times else None,
            "read_ahead_max_ms": round(max(ahead) * 1000, 1) if ahead else None, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--misses", action="store_true", help="List each wrong or missed check (tuning files only).")
    parser.add_argument("--only", choices=("tuning", "heldout"), help="Read only the tuning files, or only the held-out ones.")
    parser.add_argument("--rules", action="store_true", help="The rules' reading alone, without the second reader (what a rule change moves).")
    parser.add_argument("--each", action="append", metavar="FILE", help="Only this file (its stem, e.g. tuning-a), on its own; repeatable.")
    parser.add_argument("--pooled", action="store_true", help="The files read as one set (e.g. all held-out files: one figure over more replies).")
    args = parser.parse_args()
    if args.each:
        files = [CORPUS / f"{Path(name).stem}.jsonl" for name in args.each]
    else:
        files = [f for f in sorted(CORPUS.glob("*.jsonl")) if args.only is None or f.stem.startswith(args.only)]
    sets: dict[str, list[dict]] = {}
    for file in files:
        rows = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        name = "pooled" if args.pooled else file.stem if args.each or file.stem.startswith("heldout") else "tuning"
        sets.setdefault(name, []).extend(rows[:40] if args.quick else rows)
    ids = {row["scenario"] for rows in sets.values() for row in rows}
    scenarios = {sid: load(REPO / "scenarios" / f"{sid}.yaml").scenario for sid in ids}
    result = {name: measure(rows, scenarios, not args.rules) for name, rows in sets.items() if rows}
    if args.json:
        print(json.dumps({k: {**v, "misses": len(v["misses"])} for k, v in result.items()}, indent=2))
        return
    for name, r in result.items():
        print(f"{name}: {r['replies']} replies, median {r['median_ms']} ms, p95 {r['p95_ms']} ms per reply "
              f"(the editor's read-ahead of a drill and item, at most {r['read_ahead_max_ms']} ms, not counted)")
        print(f"  {'check':<26}{'precision':>10}{'recall':>8}{'expected':>10}{'found':>7}  goal")
        for check, c in r["checks"].items():
            goal = GOALS.get(check)
            mark = "" if goal is None else ("ok" if c["precision"] >= goal[0] and c["recall"] >= goal[1] else "MISSED")
            print(f"  {check:<26}{c['precision']:>10.2f}{c['recall']:>8.2f}{c['expected']:>10}{c['found']:>7}  {mark}")
        if args.misses and name.startswith("tuning"):
            for miss in r["misses"]:
                print("   ", *miss)


if __name__ == "__main__":
    main()
