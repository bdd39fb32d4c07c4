"""The HTML debrief as Chromium draws it: text contrast, a 390 px wide phone, and the chart.

Measured on the rendered page, not read from the CSS: every piece of text against the
background it is actually drawn on (WCAG AA, 4.5:1), no sideways scroll of the page at
390 px (wide tables and the chart scroll inside their own boxes), chart text no smaller
than 9 px on screen, labels inside the chart, and meter colours apart from the marks'.
Screenshots land in ci-artifacts/ for people to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from debriefkit import long_record, scripted_record, team_record

from drill.report import render

ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"
AA = 4.5
SMALLEST_PX = 9.0

playwright_api = pytest.importorskip("playwright.sync_api")

CONTRAST_JS = """
() => {
  const rgb = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg')) continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const fg = rgb(getComputedStyle(el).color), bg = background(el);
    out.push({tag: el.tagName, cls: el.className, text: el.textContent.trim().slice(0, 40), ratio: ratio(fg, bg)});
  }
  for (const label of document.querySelectorAll('svg text.obs-l')) {  // a rating letter on its badge
    const badge = label.previousElementSibling;
    out.push({tag: 'svg text', cls: badge.getAttribute('class'), text: label.textContent,
              ratio: ratio(rgb(getComputedStyle(label).fill), rgb(getComputedStyle(badge).fill))});
  }
  for (const label of document.querySelectorAll('svg text.lane, svg text.axis, svg text.yaxis, svg text.count')) {
    out.push({tag: 'svg text', cls: label.getAttribute('class'), text: label.textContent,
              ratio: ratio(rgb(getComputedStyle(label).fill), {r: 255, g: 255, b: 255})});
  }
  return out;
}
"""

LAYOUT_JS = """
() => {
  const vw = document.documentElement.clientWidth;
  const wide = [];
  for (const table of document.querySelectorAll('table')) {
    const box = table.closest('.scroll');
    const r = table.getBoundingClientRect();
    const limit = box ? box.getBoundingClientRect().right : vw;
    if (!box && r.right > vw + 0.5) wide.push(table.querySelector('th') ? table.querySelector('th').textContent : '?');
    if (box && box.getBoundingClientRect().right > vw + 0.5) wide.push('box ' + box.getAttribute('aria-label'));
  }
  const svg = document.querySelector('svg.timeline');
  const scale = svg.getScreenCTM().a;
  let smallest = 1e9, which = '';
  for (const t of svg.querySelectorAll('text')) {
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (px < smallest) { smallest = px; which = t.textContent; }
  }
  let smallestHtml = 1e9;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg') || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    smallestHtml = Math.min(smallestHtml, parseFloat(getComputedStyle(el).fontSize));
  }
  return {scrollWidth: document.documentElement.scrollWidth, vw, wide, smallest, which, smallestHtml,
          boxes: [...document.querySelectorAll('.scroll')].map(b => [b.getAttribute('role'), b.tabIndex, b.getAttribute('aria-label')])};
}
"""

CHART_JS = """
() => {
  const svg = document.querySelector('svg.timeline');
  const width = svg.viewBox.baseVal.width;
  const outside = [];
  for (const t of svg.querySelectorAll('text')) {
    const b = t.getBBox();
    if (b.x < -0.5 || b.x + b.width > width + 0.5) outside.push(t.textContent);
  }
  const stroke = sel => { const el = svg.querySelector(sel); return el ? getComputedStyle(el).stroke : null; };
  const marks = [...new Set([...svg.querySelectorAll('line.act')].map(l => getComputedStyle(l).stroke))];
  const deadline = document.querySelector('.legend .sw-deadline');
  return {outside, marks, sentiment: stroke('polyline.m-sentiment'), heat: stroke('polyline.m-heat'),
          press: stroke('polyline.m-press'), reach: stroke('polyline.m-reach'),
          circle: svg.querySelector('circle.deadline') ? getComputedStyle(svg.querySelector('circle.deadline')).strokeDasharray : null,
          legend: deadline ? [getComputedStyle(deadline).borderTopStyle, deadline.parentElement.textContent.trim()] : null};
}
"""


@pytest.fixture(scope="module")
def browser(chromium):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium[0], args=chromium[1])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("debriefs")
    out = {}
    for name, record in (("scripted", scripted_record()), ("team", team_record()), ("long", long_record()), ("fi", scripted_record("fi"))):
        out[name] = folder / f"{name}.html"
        out[name].write_text(render(record, "html"), encoding="utf-8")
    return out


def _open(browser, path: Path, width: int):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page


def test_every_text_meets_aa_contrast_and_the_m_badge_does(browser, pages):
    for name, path in pages.items():
        page = _open(browser, path, 1100)
        measured = page.evaluate(CONTRAST_JS)
        page.close()
        assert measured, name
        low = [m for m in measured if m["ratio"] < AA]
        assert low == [], (name, low[:10])
        badges = {m["cls"]: m["ratio"] for m in measured if "badge" in str(m["cls"])}
        if name == "team":
            assert "badge r-M" in badges and badges["badge r-M"] >= AA, badges


def test_at_390_px_the_page_does_not_scroll_sideways_and_the_chart_stays_legible(browser, pages):
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in pages.items():
        page = _open(browser, path, 390)
        found = page.evaluate(LAYOUT_JS)
        if name == "scripted":
            page.screenshot(path=str(ARTIFACTS / "report-390.png"), full_page=False)
        page.close()
        assert found["scrollWidth"] <= found["vw"], (name, found["scrollWidth"])
        assert found["wide"] == [], (name, found["wide"])
        assert found["smallest"] >= SMALLEST_PX, (name, found["smallest"], found["which"])
        assert found["smallestHtml"] >= SMALLEST_PX, name
        for role, tabindex, label in found["boxes"]:  # a box that scrolls can be reached and named
            assert role == "region" and tabindex == 0 and label, (name, label)


def test_chart_labels_fit_and_its_colours_and_marks_are_told_apart(browser, pages):
    for name, path in pages.items():
        page = _open(browser, path, 1100)
        chart = page.evaluate(CHART_JS)
        page.close()
        assert chart["outside"] == [], (name, chart["outside"])
        meters = [chart["heat"], chart["reach"], chart["sentiment"], chart["press"]]
        assert len(set(meters)) == 4, (name, meters)
        assert chart["sentiment"] not in chart["marks"], (name, chart)
        if chart["circle"] is None:  # no escalation was expected: nothing to explain in the legend
            assert chart["legend"] is None, name
            continue
        assert chart["circle"] not in ("none", ""), name
        assert chart["legend"] is not None and chart["legend"][0] in ("dashed", "dotted"), (name, chart["legend"])
