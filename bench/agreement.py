"""How far two people labelling the same replies agree, label by label: the ceiling any reader of
the replies (the checker included) can be measured against.

The checker's goal (precision .9, recall .85 on the hard checks) is judged against one writer's
labels. If two careful people reading LABELS.md and the drill disagreed on a label often, no
reader could meet it, and the gap would be in the labels, not the checker. So a second person
labelled `tuning-u.jsonl` (the blind `heldout-19`) from its texts alone, with LABELS.md, DOMAIN.md
and the drills, never seeing the first labels or the checker: `second-reader/tuning-u.jsonl`.
Measured 2026-12-07: Cohen's kappa 1.00 on personal_data and promise, .98 blame, .91 curt, .85
wrong_fact (the second reader found 25 of the writer's 30 wrong facts and 2 others). The two
were written by the same kind of writer, so this is an upper bound on agreement between people.

    python bench/agreement.py                      # tuning-u against its second reader
    python bench/agreement.py FIRST.jsonl SECOND.jsonl [--json]

Per label: how many replies each gave it, how many both did, the second's precision and recall
against the first, and Cohen's kappa (agreement beyond chance: 1 is full, 0 is chance).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "replies"


def labels(path: Path) -> dict[str, set[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: set(row["expect"]) for row in rows}


def agreement(first: dict[str, set[str]], second: dict[str, set[str]]) -> dict[str, dict[str, float | int]]:
    """Per label, over the replies both files hold."""
    ids = sorted(first.keys() & second.keys())
    n = len(ids)
    result = {}
    for label in sorted(set().union(*first.values(), *second.values())):
        a = {i for i in ids if label in first[i]}
        b = {i for i in ids if label in second[i]}
        both = len(a & b)
        observed = (n - len(a ^ b)) / n
        chance = (len(a) * len(b) + (n - len(a)) * (n - len(b))) / (n * n)
        result[label] = {"first": len(a), "second": len(b), "both": both,
                         "precision": round(both / len(b), 3) if b else 1.0, "recall": round(both / len(a), 3) if a else 1.0,
                         "kappa": round((observed - chance) / (1 - chance), 3) if chance < 1 else 1.0}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path, default=CORPUS / "tuning-u.jsonl")
    parser.add_argument("second", nargs="?", type=Path, default=CORPUS / "second-reader" / "tuning-u.jsonl")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    first, second = labels(args.first), labels(args.second)
    if first.keys() != second.keys():
        sys.exit(f"{args.second}: labels {len(second)} replies, {args.first} {len(first)}; "
                 f"{len(first.keys() ^ second.keys())} ids are in one only: label the same replies")
    result = agreement(first, second)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{len(first)} replies, {args.first.name} (first) against {args.second.parent.name}/{args.second.name} (second)")
    print(f"  {'label':<26}{'first':>6}{'second':>7}{'both':>6}{'precision':>10}{'recall':>8}{'kappa':>7}")
    for label, r in result.items():
        print(f"  {label:<26}{r['first']:>6}{r['second']:>7}{r['both']:>6}{r['precision']:>10.2f}{r['recall']:>8.2f}{r['kappa']:>7.2f}")


if __name__ == "__main__":
    main()
