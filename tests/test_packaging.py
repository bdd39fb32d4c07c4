"""A wheel carries everything a user needs: the bundled library, the TUI's stylesheet, the
report templates. (An editable install reads them from the source tree, so only a built
wheel shows what `pip install .` or `pipx install` would give a trainer.)"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_wheel_ships_the_library_and_the_package_data(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("drill-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    library = {p.name for p in (REPO / "scenarios").glob("*.yaml")}
    assert {f"drill/_library/{name}" for name in library} <= names
    assert "drill/_library/scenario.schema.json" in names
    assert "drill/tui/drill.tcss" in names
    assert {"drill/report/templates/report.html.j2", "drill/scenario/templates/starter.yaml"} <= names
    assert {"drill/history/migrations/versions/0001_first_release.py", "drill/history/migrations/versions/0002_cohort.py"} <= names  # run on open
    assert not any(name.startswith(("tests/", "bench/", "scenarios/")) for name in names)
