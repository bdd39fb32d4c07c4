"""The format guide's tutorial does what it says: its sheet imports to a drill that lints clean,
dropping `after:` leaves a D401 in red on the map, and its trigger takes the red away."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from click.testing import CliRunner
from test_graph import drawn

from drill.authoring import page
from drill.authoring.graph import build
from drill.cli import main
from drill.scenario.lint import lint
from drill.scenario.load import load, load_bytes

GUIDE = (Path(__file__).resolve().parents[2] / "scenarios" / "README.md").read_text(encoding="utf-8")
TUTORIAL = GUIDE.split("## Tutorial: from a planner's spreadsheet to a drill", 1)[1].split("\n## ", 1)[0]


def test_the_tutorial_builds_its_drill(tmp_path):
    sheet_text = re.findall(r"```text\n(.*?)```", TUTORIAL, re.S)[0]
    sheet, target = tmp_path / "late-delivery.csv", tmp_path / "late-delivery.yaml"
    sheet.write_text(sheet_text, encoding="utf-8")
    result = CliRunner().invoke(main, ["msel", "import", str(sheet), "-o", str(target)])
    assert result.exit_code == 0 and "0 lint warning(s)" in result.output, result.output
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    del next(i for i in data["injects"] if i["id"] == "still-waiting")["after"]
    step2 = load_bytes(yaml.safe_dump(data).encode(), "step2.yaml")
    assert {"warn", "code-D401"} <= drawn(page.html(build(step2, runs=0)))["inject-still-waiting"]
    data["triggers"] = yaml.safe_load(re.findall(r"```yaml\n(.*?)```", TUTORIAL, re.S)[0])["triggers"]
    step3 = load_bytes(yaml.safe_dump(data).encode(), "step3.yaml")
    assert lint(step3) == []
    graph = build(step3, runs=1)
    assert not any(n.warn for n in graph.nodes)
    assert graph.node("inject-still-waiting").at == 25 * 60
    assert load(target).scenario.id == "late-delivery"
