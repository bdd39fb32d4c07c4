"""`drill msel`: a drill's MSEL goes to a spreadsheet and back without losing its injects, times,
channels or expectations, and a planner's mistakes come back as located diagnostics."""

from __future__ import annotations

import pytest
from authoringkit import DATA, LIBRARY
from click.testing import CliRunner
from openpyxl import Workbook

from drill.authoring.msel import export, headers
from drill.authoring.mselimport import parse, to_yaml
from drill.cli import main
from drill.library import load_named
from drill.scenario.lint import lint
from drill.scenario.load import load
from drill.scenario.types import text_in


def _round_trip(name: str, suffix: str, tmp_path):
    original = load_named(name)
    sheet = tmp_path / f"{name}.{suffix}"
    export(original.scenario, sheet)
    parsed = parse(sheet, "imported")
    assert parsed.diagnostics == []
    target = tmp_path / f"{name}-{suffix}.yaml"
    target.write_text(to_yaml(parsed), encoding="utf-8")
    return original, load(target)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
@pytest.mark.parametrize("name", LIBRARY)
def test_export_then_import_keeps_injects_times_channels_and_expectations(name, suffix, tmp_path):
    original, imported = _round_trip(name, suffix, tmp_path)
    s, back = original.scenario, imported.scenario
    assert [i.id for i in back.injects] == [i.id for i in s.injects]
    spawned = {then.spawn for t in s.triggers for then in t.then if hasattr(then, "spawn")}
    for old, new in zip(s.injects, back.injects):
        assert (new.at, new.after, new.channel, new.kind) == (old.at, old.after, old.channel, old.kind), old.id
        # a sheet cannot carry a trigger's condition: what a trigger spawns comes back held, for the facilitator
        assert new.held == (old.held or (old.id in spawned and old.at is None and old.after is None)), old.id
        assert new.expect == old.expect, old.id
        for lang in s.languages:
            assert text_in(new.text, lang) == text_in(old.text, lang)
            assert text_in(new.model_answer, lang) == text_in(old.model_answer, lang)
        persona = s.personas.get(old.persona) if old.persona else None
        assert new.author == (persona.name if persona else old.author)
    assert back.languages == s.languages
    assert {o.id for o in back.objectives} <= {o.id for o in s.objectives}
    assert lint(imported) == []  # the skeleton is a clean drill: `drill lint` has nothing to say


def test_csv_has_a_byte_order_mark_so_spreadsheets_read_finnish_letters(tmp_path):
    target = tmp_path / "msel.csv"
    export(load_named("deleted-comment").scenario, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Mihin nämä rahat" in raw.decode("utf-8-sig")
    assert raw.decode("utf-8-sig").splitlines()[0] == ",".join(headers(["fi", "en"]))


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_text_that_looks_like_a_formula_stays_text(suffix, tmp_path):
    from openpyxl import load_workbook

    loaded = load_named(str(DATA / "dead-ends.yaml"))
    hostile = '=HYPERLINK("http://evil.example","click")'
    scenario = loaded.scenario.model_copy(update={"injects": [loaded.scenario.injects[0].model_copy(update={"text": hostile, "author": "+358 40 123"})]})
    sheet = tmp_path / f"msel.{suffix}"
    export(scenario, sheet)
    if suffix == "xlsx":
        cell = load_workbook(sheet)["MSEL"]["G2"]
        assert (cell.value, cell.data_type) == (hostile, "s")
    else:
        assert "'=HYPERLINK" in sheet.read_text(encoding="utf-8-sig")
    parsed = parse(sheet, "x")
    assert parsed.data["injects"][0]["text"] == {"en": hostile} and parsed.data["injects"][0]["author"] == "+358 40 123"


def _planner_sheet(path, mistakes: bool = True) -> None:
    """A hand-made MSEL; with `mistakes`, five kinds of them, one in each of rows 3–6 and one in the header."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Time", "Inject", "Channel", "From", "Text (en)", "Reply within", "Expected route", "Priority" if mistakes else "Escalation"])  # H1: unknown column
    sheet.append(["5m", "complaint", "facebook", "Matti", "My order never came.", "15m", "private", "high" if mistakes else "service"])
    sheet.append(["12 minutes" if mistakes else "12m", "question", "twitter", "", "Open on Sunday?", "", "public", ""])  # A3: a time without units
    sheet.append(["20m", "complaint" if mistakes else "again", "email", "", "Again: where is it?", "", "", ""])  # B4: the same id twice
    sheet.append(["25m", "silence", "forum", "", None if mistakes else "…", "", "", ""])  # E5: no text
    sheet.append(["after complaint-2 +5m" if mistakes else "after complaint +5m", "follow-up", "facebook", "", "Still waiting.", "", "", ""])  # A6: after an inject not in the sheet
    book.save(path)


def test_five_kinds_of_mistakes_give_five_located_diagnostics(tmp_path):
    path = tmp_path / "planner.xlsx"
    _planner_sheet(path)
    found = parse(path, "planner").diagnostics
    assert [(d.line, d.col, d.code) for d in found] == [(1, 8, "D201"), (3, 1, "D204"), (4, 2, "D302"), (5, 5, "D202"), (6, 1, "D301")]
    assert all(d.file == str(path) for d in found)
    assert "did you mean 'complaint'" in found[-1].message and "row 2" in found[2].message
    assert str(found[1]).startswith(f"{path}:3:1: D204 column A (Time): ")


def test_cli_import_prints_the_diagnostics_and_writes_nothing(tmp_path):
    sheet, target = tmp_path / "planner.xlsx", tmp_path / "drill.yaml"
    _planner_sheet(sheet)
    result = CliRunner().invoke(main, ["msel", "import", str(sheet), "-o", str(target)])
    assert result.exit_code == 2
    assert [line.split(": ")[1].split()[0] for line in result.output.splitlines()[:5]] == ["D201", "D204", "D302", "D202", "D301"]
    assert not target.exists() and "Traceback" not in result.output


def test_a_csv_sheet_with_typos_gets_suggestions(tmp_path):
    sheet = tmp_path / "typos.csv"
    sheet.write_text("Time,Inject,Channel,Text (fi),Escalation\n10m,valitus,facebok,Missä tilaukseni on?,comm\n", encoding="utf-8-sig")
    found = parse(sheet, "typos").diagnostics
    assert [(d.line, d.col, d.code) for d in found] == [(2, 3, "D204"), (2, 5, "D204")]
    assert "did you mean 'facebook'" in found[0].message and "did you mean 'comms'" in found[1].message


def test_cli_round_trip_and_one_line_errors(tmp_path):
    runner = CliRunner()
    sheet, target = tmp_path / "msel.xlsx", tmp_path / "new-drill.yaml"
    assert runner.invoke(main, ["msel", "export", "deleted-comment", "-o", str(sheet)]).exit_code == 0
    result = runner.invoke(main, ["msel", "import", str(sheet), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert load(target).scenario.id == "new-drill"
    # the skeleton validates; `drill lint` warns only where a model answer names facts and
    # ground rules the sheet cannot carry (the checker's D417), which the author adds next
    linted = runner.invoke(main, ["lint", str(target)])
    assert linted.exit_code == 1 and {line.split(": ")[1].split()[0] for line in linted.output.splitlines()[:-1]} == {"D417"}, linted.output
    clean_sheet, clean = tmp_path / "clean.xlsx", tmp_path / "clean.yaml"
    _planner_sheet(clean_sheet, mistakes=False)
    assert runner.invoke(main, ["msel", "import", str(clean_sheet), "-o", str(clean)]).exit_code == 0
    assert runner.invoke(main, ["lint", str(clean)]).exit_code == 0
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    for args in (["msel", "import", str(broken), "-o", str(tmp_path / "x.yaml")],
                 ["msel", "import", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "y.yaml")],
                 ["msel", "import", str(sheet), "-o", str(target)],  # exists, no --force
                 ["msel", "export", "deleted-comment", "-o", str(tmp_path / "msel.ods")],
                 ["msel", "export", "no-such-drill", "-o", str(tmp_path / "m.csv")],
                 ["msel", "export", str(DATA / "dead-ends.yaml"), "-o", str(tmp_path / "nowhere" / "m.csv")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output
