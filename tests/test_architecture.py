"""The house rules that a machine can check: the domain never imports Textual."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    """import-linter (pyproject [tool.importlinter]) keeps Textual out of the domain packages."""
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--config", str(REPO / "pyproject.toml")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def test_domain_modules_load_without_textual():
    """Importing the engine, scoring and scenario code in a fresh process never loads Textual."""
    code = (
        "import sys; import drill.scenario.load, drill.scenario.lint, drill.engine.session, drill.scoring.scorecard,"
        " drill.players, drill.sim, drill.runlog, drill.history; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
