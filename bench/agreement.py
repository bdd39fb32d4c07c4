"""How far two people labelling the same replies agree, label by label: the ceiling any reader of
the replies (the checker included) can be measured against.

The checker's goal (precision .9, recall .85 on the hard checks) is judged against one writer's
labels. If two careful people reading LABELS.md and the drill disagreed on a label often, no
reader could meet it, and the gap would be in the labels, not the checker. So a second person labelled
`tuning-t.jsonl` and `tuning-u.jsonl` (the blind `heldout-18` and `heldout-19`) from their texts
alone, with LABELS.md, DOMAIN.md and the drills, never seeing the first labels or the checker:
`second-reader/tuning-t.jsonl`, `second-reader/tuning-u.jsonl`. Measured 2026-12-07, Cohen's
kappa on tuning-t and tuning-u: personal_data 1.00 and 1.00, promise .98 and 1.00, wrong_fact
.91 and .85, curt 1.00 and .91, blame .91 and .98. The second readers were the same kind of
writer as the first, so this is an upper bound on how far any two people would agree.

    python bench/agreement.py                      # each file in second-reader/ against its namesake
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
    """Each reply's labels by its id; a file that cannot be read ends the run with one line saying why."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        sys.exit(f"{path}: {error.strerror}: give a JSONL file of labelled replies")
    found = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            found[row["id"]] = set(row["expect"])
        except (ValueError, KeyError, TypeError) as error:
            sys.exit(f"{path}:{number}: not a labelled reply ({error}): each line is JSON with 'id' and 'expect'")
    return found


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
    parser.add_argument("first", nargs="?", type=Path, help="The first labels (default: every file second-reader/ has a namesake of).")
    parser.add_argument("second", nargs="?", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if (args.first is None) != (args.second is None):
        sys.exit("give two label files, or none (every file in second-reader/ against its namesake)")
    pairs = [(args.first, args.second)] if args.first else [(CORPUS / f.name, f) for f in sorted((CORPUS / "second-reader").glob("*.jsonl"))]
    results = {}
    for first_path, second_path in pairs:
        first, second = labels(first_path), labels(second_path)
        if first.keys() != second.keys():
            sys.exit(f"{second_path}: labels {len(second)} replies, {first_path} {len(first)}; "
                     f"{len(first.keys() ^ second.keys())} ids are in one only: label the same replies")
        results[first_path.stem] = (len(first), second_path, agreement(first, second))
    if args.json:
        print(json.dumps({name: result for name, (_, _, result) in results.items()}, indent=2))
        return
    for name, (replies, second_path, result) in results.items():
        print(f"{replies} replies, {name} (first) against {second_path.parent.name}/{second_path.name} (second)")
        print(f"  {'label':<26}{'first':>6}{'second':>7}{'both':>6}{'precision':>10}{'recall':>8}{'kappa':>7}")
        for label, r in result.items():
            print(f"  {label:<26}{r['first']:>6}{r['second']:>7}{r['both']:>6}{r['precision']:>10.2f}{r['recall']:>8.2f}{r['kappa']:>7.2f}")


if __name__ == "__main__":
    main()
