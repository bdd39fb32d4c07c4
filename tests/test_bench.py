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
    for part in ("engine", "simulate", "report", "tui: key latency", "tui: feed", "tui: peak memory", "drill --help"):
        assert part in names, (part, names)
    assert all(r["value"] is not None for r in rows), [r for r in rows if r["value"] is None]
