"""The house rules that a machine can check: the layers (cli > tui > report > sim > players >
journal > scoring > engine > checker > scenario), the domain never imports Textual, and the
engine does no I/O."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    """import-linter (pyproject [tool.importlinter]): the layers contract and Textual kept out of the domain."""
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--config", str(REPO / "pyproject.toml")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout
    assert "Layers: each part imports only the parts below it" in result.stdout


def test_ruff_is_clean():
    """ruff with the rules in pyproject [tool.ruff] finds nothing in the package, the tests or the benchmarks."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean():
    """mypy with the settings in pyproject [tool.mypy] (drill/, check_untyped_defs, unused ignores
    warned) reports no error: the header, the flood queue and the run record keep their types."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


IO_MODULES = {"os", "io", "pathlib", "shutil", "tempfile", "sqlite3", "socket", "subprocess", "urllib", "http", "json"}


def test_the_engine_does_no_io():
    """No module under drill/engine opens a file or imports a module that reaches the disk or
    the network: it hands its records to a sink (drill.runlog.JournalWriter writes the journal)."""
    found = []
    for path in sorted((REPO / "drill" / "engine").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [f"{path.name}: import {a.name}" for a in node.names if a.name.split(".")[0] in IO_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in IO_MODULES:
                found.append(f"{path.name}: from {node.module}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("open", "print", "input"):
                found.append(f"{path.name}:{node.lineno}: {node.func.id}()")
    assert found == []


def test_domain_modules_load_without_textual():
    """Importing the engine, scoring and scenario code in a fresh process never loads Textual."""
    code = (
        "import sys; import drill.scenario.load, drill.scenario.lint, drill.engine.session, drill.scoring.scorecard,"
        " drill.players, drill.sim, drill.runlog, drill.history; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
