"""The SVG timeline's geometry: every happening drawn where it belongs, and bounded in size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from drill.report import build_record, render
from drill.report.timeline import LEFT, WIDTH, geometry, rows

REPO = Path(__file__).resolve().parents[2]


def test_meters_injects_actions_replies_and_escalations_are_drawn(runs):
    run = runs("demo", "random", seed=3)
    record = build_record(run.session, run.card)
    geo = geometry(record)
    ticks = [e for e in run.session.log.events if e.kind == "tick"]
    heat = next(line for line in geo["meters"]["lines"] if line["name"] == "heat")
    assert len(heat["points"].split()) == len({round(e.t, 3) for e in ticks} | {round(run.session.now, 3)})
    assert len(geo["injects"]) == len(run.session.authored)
    assert sum(mark["count"] for mark in geo["actions"]) == len(run.session.actions)
    assert [r["label"] for r in geo["replies"]] == ["late-parcel", "new-address", "news-call"]
    reply = geo["replies"][0]
    assert reply["target_x"] == reply["bar_x"] and reply["target_w"] > 0
    assert geo["escalation"]["path"].count("V") == len(run.session.escalations)
    for x in [m["x"] for m in geo["actions"]] + [t["x"] for t in geo["ticks"]]:
        assert LEFT <= x <= WIDTH
    html = render(record, "html")
    assert html.count('<polyline class="m-') == 4
    assert html.count('<line class="act v-') == len(geo["actions"])


def test_text_formats_carry_the_timeline_as_a_table(runs):
    run = runs("demo", "deleter")
    record = build_record(run.session, run.card)
    table = rows(record)
    assert [r["text"] for r in table] == [
        "Inject late-parcel arrived (facebook)", "Delete: late-parcel",
        "Inject new-address arrived (instagram)", "No answer: new-address",
        "Inject news-call arrived (phone)", "No answer: news-call",
        "Trigger ignored", "Trigger no-callback",
    ]
    assert all(len(r["meters"]) == 4 for r in table)
    assert "| 09:05:00 | 5m | Inject late-parcel arrived (facebook) |" in render(record, "md")


def test_a_run_of_ten_thousand_actions_stays_small_and_fast():
    """bench/report.py --quick runs (1,000 actions) and the dedupe keeps the chart small at 10,000."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import report as bench
    finally:
        sys.path.pop(0)
    session = bench.busy_run(10_000)
    assert len(session.actions) == 10_000
    from drill.scoring.scorecard import score

    record = build_record(session, score(session))
    geo = geometry(record)
    assert sum(m["count"] for m in geo["actions"]) == 10_000
    assert len(geo["actions"]) <= (WIDTH - LEFT) * 5
    html = render(record, "html")
    assert len(html.encode()) < 2 * 1024 * 1024
    assert html.count("<tr") > 10_000
    out = subprocess.run([sys.executable, str(REPO / "bench" / "report.py"), "--quick", "--json"], capture_output=True, text=True, check=True)
    assert '"actions": 1000' in out.stdout
