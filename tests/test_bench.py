"""The benchmarks still run (quick mode). No timing is asserted: figures come from bench/, not tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_benchmark_runs_in_quick_mode():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "all.py"), "--quick", "--json"], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    names = " ".join(r["benchmark"] for r in rows)
    for part in ("engine", "simulate", "report", "tui: key latency", "tui: feed", "tui: peak memory", "seats: ", "seats: host CPU", "drill --help", "drill cohort", "drill sync"):
        assert part in names, (part, names)
    missing = [r for r in rows if r["value"] is None and "not installed" not in r["note"]]  # PostgreSQL's binaries may be missing: said so
    assert not missing, missing


def test_the_checker_benchmark_runs_on_the_labelled_corpus():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "checker.py"), "--quick", "--json"], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "tuning" in data and data["tuning"]["replies"] > 0
    heldout = sorted(name for name in data if name != "tuning")
    assert heldout and all(name.startswith("heldout") and data[name]["replies"] > 0 for name in heldout), heldout
    assert {"personal_data", "promise", "wrong_fact", "curt", "blame"} <= set(data["tuning"]["checks"])


def test_the_labelled_corpus_is_well_formed():
    """Every labelled reply (half Finnish) names a real scenario and inject (a status update may
    name none) and only known checks."""
    from drill.checker import CHECKS, ROUTES
    from drill.scenario.load import load

    rows = [json.loads(line) for file in sorted((REPO / "tests" / "data" / "replies").glob("*.jsonl"))
            for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 300 and len({r["id"] for r in rows}) == len(rows)
    assert abs(sum(r["lang"] == "fi" for r in rows) - len(rows) / 2) <= len(rows) * 0.05
    scenarios = {sid: load(REPO / "scenarios" / f"{sid}.yaml").scenario for sid in {r["scenario"] for r in rows}}
    assert len(scenarios) >= 5
    for r in rows:
        # a status update may answer no one item (it is said to everyone), as in the game
        assert r["inject"] in scenarios[r["scenario"]].injects_by_id or (r["inject"] is None and r["route"] == "status"), r["id"]
        assert r["route"] in ROUTES and set(r["expect"]) <= set(CHECKS), r["id"]


def test_the_checker_benchmark_reads_only_the_tuning_files_when_asked():
    """While tuning, no held-out file's figures are printed (`--only tuning`); `--each` names files."""
    only = subprocess.run([sys.executable, str(REPO / "bench" / "checker.py"), "--only", "tuning", "--quick", "--json"],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert only.returncode == 0, only.stderr
    assert set(json.loads(only.stdout)) == {"tuning"}
    each = subprocess.run([sys.executable, str(REPO / "bench" / "checker.py"), "--each", "tuning-a", "--each", "tuning-e", "--quick", "--json"],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert each.returncode == 0, each.stderr
    assert set(json.loads(each.stdout)) == {"tuning-a", "tuning-e"}


def test_agreement_between_two_labellers_is_counted_per_label(tmp_path):
    """bench/agreement.py: the second labeller's precision and recall against the first, and
    Cohen's kappa (here 0 for blame: they agree on half the replies, as chance would)."""
    def write(name: str, labels: list[list[str]]) -> Path:
        path = tmp_path / name
        path.write_text("\n".join(json.dumps({"id": f"r{i}", "expect": e}) for i, e in enumerate(labels)), encoding="utf-8")
        return path
    first = write("first.jsonl", [["blame", "curt"], ["blame"], [], ["curt"]])
    second = write("second.jsonl", [["blame", "curt"], [], ["blame"], ["curt"]])
    result = subprocess.run([sys.executable, str(REPO / "bench" / "agreement.py"), str(first), str(second), "--json"],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)["first"]
    assert data["blame"] == {"first": 2, "second": 2, "both": 1, "precision": 0.5, "recall": 0.5, "kappa": 0.0}
    assert data["curt"]["kappa"] == 1.0
    other = write("other.jsonl", [["blame"]])
    mismatch = subprocess.run([sys.executable, str(REPO / "bench" / "agreement.py"), str(first), str(other)],
                              capture_output=True, text=True, cwd=REPO, timeout=60)
    assert mismatch.returncode != 0 and "label the same replies" in mismatch.stderr and "Traceback" not in mismatch.stderr


def test_each_second_reader_labels_the_same_replies_as_its_tuning_file():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "agreement.py"), "--json"], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {f.stem for f in (REPO / "tests" / "data" / "replies" / "second-reader").glob("*.jsonl")} and data
    assert all({"personal_data", "promise", "wrong_fact", "curt", "blame"} <= set(per_file) for per_file in data.values())
