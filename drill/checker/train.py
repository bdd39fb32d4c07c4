"""Train the second reader on the labelled corpus: `python -m drill.checker.train`.

Reads the tuning files of tests/data/replies (never a held-out one: those say how the checker
does on replies it was not trained on), runs the rules on every reply as the checker does, and
fits one logistic model per check the reader judges (scikit-learn, the `train` extra) on what
reader.features() sees. Writes drill/checker/reader.json, the only place the weights live.

A rule or a label changed means the reader must be trained again: `--check` trains afresh and
exits 1 (naming the check) if the shipped weights differ from the new ones by more than
floating-point noise; the test suite runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from drill.checker import check_reply
from drill.checker.lint import model_answers
from drill.checker.reader import READ, features
from drill.checker.words import tokens
from drill.scenario import model as m
from drill.scenario.load import load

SHIPPED = Path(__file__).with_name("reader.json")
C = 4.0
"""Inverse regularisation; 1 and 4 read the blind registers alike, 4 a little more sharply."""
MIN_REPLIES = 2
"""A feature seen in one reply alone says nothing about the next (and would be most of the file)."""
DIGITS = 3
SMALLEST = 0.005
"""Weights nearer zero are left out of the file: they move no verdict on the corpus."""
TOLERANCE = 0.01
"""How far a freshly trained weight may differ from the shipped one (solvers and BLAS builds
differ in the last digits)."""


def corpus(folder: Path, scenarios: dict[str, m.Scenario]) -> list[dict]:
    """The tuning replies in file order, then the drills' model answers (their authors' best
    replies, faultless by definition), escalation notes aside: the reader never reads them."""
    rows = []
    for file in sorted(folder.glob("tuning-*.jsonl")):
        rows += [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    for sid, s in scenarios.items():
        rows += [{"scenario": sid, "inject": inject.id, "route": route, "lang": lang, "text": text, "expect": []}
                 for _, inject, route, lang, text in model_answers(s)]
    return [row for row in rows if row["route"] != "escalate"]


def train(folder: Path, scenarios_dir: Path) -> dict[str, dict]:
    """One model per check the reader judges: {check: {"bias": b, "weights": {feature: w}}}."""
    from sklearn.feature_extraction import DictVectorizer  # the train extra; never needed to read
    from sklearn.linear_model import LogisticRegression

    scenarios = {file.stem: load(file).scenario for file in sorted(scenarios_dir.glob("*.yaml"))}
    rows = corpus(folder, scenarios)
    seen = [features(tokens(row["text"], row["lang"]), row["route"], row["lang"],
                     check_reply(scenarios[row["scenario"]], row["inject"], row["route"], row["text"], row["lang"], second_reader=False).checks,
                     scenarios[row["scenario"]].id)
            for row in rows]
    vectors = DictVectorizer(sort=True)
    matrix = vectors.fit_transform(seen)
    common = ((matrix > 0).sum(axis=0).A1 >= MIN_REPLIES).nonzero()[0]
    matrix, names = matrix[:, common], vectors.get_feature_names_out()[common]
    models = {}
    for check in READ:
        fitted = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(matrix, [check in row["expect"] for row in rows])
        weights = {str(name): round(float(w), DIGITS) for name, w in zip(names, fitted.coef_[0], strict=True) if abs(w) >= SMALLEST}
        models[check] = {"bias": round(float(fitted.intercept_[0]), DIGITS), "weights": weights}
    return models


def differences(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    """The checks whose weights moved by more than the tolerance."""
    moved = []
    for check in READ:
        a, b = old.get(check, {"bias": 0.0, "weights": {}}), new[check]
        names = set(a["weights"]) | set(b["weights"])
        if abs(a["bias"] - b["bias"]) > TOLERANCE or any(abs(a["weights"].get(n, 0.0) - b["weights"].get(n, 0.0)) > TOLERANCE for n in names):
            moved.append(check)
    return moved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drill.checker.train", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("tests/data/replies"), help="The labelled replies (tuning-*.jsonl).")
    parser.add_argument("--scenarios", type=Path, default=Path("scenarios"), help="The drills the replies answer.")
    parser.add_argument("--check", action="store_true", help="Train afresh and compare with the shipped weights; write nothing.")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("tuning-*.jsonl")):
        print(f"{args.corpus}: no tuning-*.jsonl here; run from the repository or pass --corpus", file=sys.stderr)
        return 2
    models = train(args.corpus, args.scenarios)
    if args.check:
        moved = differences(json.loads(SHIPPED.read_text(encoding="utf-8")) if SHIPPED.exists() else {}, models)
        if moved:
            print(f"{SHIPPED}: the weights for {', '.join(moved)} are stale; run `python -m drill.checker.train`", file=sys.stderr)
            return 1
        return 0
    SHIPPED.write_text(json.dumps(models, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{check} {len(model['weights'])} weights" for check, model in models.items())
    print(f"{SHIPPED}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
