"""A drill split into a folder is the same drill, and its diagnostics name the right file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drill.cli import main
from drill.library import BUNDLED
from drill.scenario.diagnostics import ScenarioError
from drill.scenario.folder import split_file
from drill.scenario.lint import lint
from drill.scenario.load import load

BUNDLED_DRILLS = sorted(BUNDLED.glob("*.yaml"))


@pytest.mark.parametrize("source", BUNDLED_DRILLS, ids=lambda p: p.stem)
def test_every_bundled_drill_splits_to_the_same_model_and_joins_back_byte_for_byte(source: Path, tmp_path: Path) -> None:
    written = split_file(source, tmp_path / source.stem)
    assert len(written) == len(load(source).scenario.injects) + 1
    folder = load(tmp_path / source.stem)
    assert folder.scenario == load(source).scenario
    assert [d.message for d in lint(folder)] == [d.message for d in lint(load(source))]
    result = CliRunner().invoke(main, ["unsplit", str(tmp_path / source.stem), "-o", str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "back.yaml").read_bytes() == source.read_bytes()


SMALL = BUNDLED / "deleted-comment.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    split_file(SMALL, tmp_path / "dc")
    return tmp_path / "dc"


def test_a_type_error_in_an_inject_file_points_at_that_file_and_line(folder: Path) -> None:
    part = folder / "injects" / "03-manager-delete.yaml"
    lines = part.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, ln in enumerate(lines) if ln.startswith("  at: "))
    lines[row] = "  at: soon\n"
    part.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load(folder)
    [diagnostic] = caught.value.diagnostics
    assert (diagnostic.file, diagnostic.line, diagnostic.col, diagnostic.code) == (str(part), row + 1, 7, "D204")


def test_a_wrong_reference_and_an_unknown_key_point_at_their_own_files(folder: Path) -> None:
    part = folder / "injects" / "02-curt-reply.yaml"
    text = part.read_text(encoding="utf-8").replace("inject: price-critic", "inject: price-critik", 1)
    part.write_text(text, encoding="utf-8")
    main_file = folder / "drill.yaml"
    main_file.write_text(main_file.read_text(encoding="utf-8").replace("locale: fi_FI", "locale: fi_FI\nlocal: x", 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load(folder)
    by_code = {d.code: d for d in caught.value.diagnostics}
    assert by_code["D201"].file == str(main_file)
    assert main_file.read_text(encoding="utf-8").splitlines()[by_code["D201"].line - 1] == "local: x"
    # the reference error comes after validation, so fix the key and look again
    main_file.write_text(main_file.read_text(encoding="utf-8").replace("\nlocal: x", ""), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load(folder)
    [ref] = caught.value.diagnostics
    assert ref.code == "D301" and ref.file == str(part)
    assert "price-critik" in part.read_text(encoding="utf-8").splitlines()[ref.line - 1]


def test_an_inject_file_may_hold_one_inject_as_a_mapping(folder: Path) -> None:
    part = folder / "injects" / "01-price-critic.yaml"
    text = part.read_text(encoding="utf-8")
    body = [ln[2:] if ln.startswith(("- ", "  ")) else ln for ln in text.splitlines(keepends=True)]
    part.write_text("".join(body), encoding="utf-8")
    assert not part.read_text(encoding="utf-8").lstrip().startswith("- ")
    assert load(folder).scenario == load(SMALL).scenario


def test_lint_and_the_library_take_a_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from drill import library

    result = CliRunner().invoke(main, ["validate", str(folder.parent)])
    assert result.exit_code == 0 and "1 file(s): 0 error(s)" in result.output
    monkeypatch.setenv("DRILL_SCENARIOS", str(folder.parent))
    assert folder in library.scenario_paths()
    assert library.load_named("dc").scenario == load(SMALL).scenario
    assert library.find(str(folder)) == folder
    [card] = [e for e in library.entries() if e.path == folder]
    assert card.error is None and card.title == load(SMALL).scenario.title
    part = folder / "injects" / "01-price-critic.yaml"  # an edit inside the folder is a new card
    part.write_text(part.read_text(encoding="utf-8").replace("  at: 1m", "  at: soon", 1), encoding="utf-8")
    [card] = [e for e in library.entries() if e.path == folder]
    assert card.error is not None and card.error.startswith(f"{part}:")


def test_split_refuses_to_write_into_a_folder_in_use_in_one_line(folder: Path) -> None:
    result = CliRunner().invoke(main, ["split", str(SMALL), "-o", str(folder)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "--force" in result.output


def test_the_folder_schemas_take_every_split_bundled_drill_and_refuse_a_broken_inject(tmp_path: Path) -> None:
    import json

    import jsonschema

    from drill.scenario.schema import DRILL_SCHEMA_ID, INJECT_SCHEMA_ID, schema_files

    files = schema_files()
    for name in (DRILL_SCHEMA_ID, INJECT_SCHEMA_ID):  # the library's copies are current (`drill schema` writes them)
        assert (BUNDLED / name).read_text(encoding="utf-8") == files[name]
    drill_schema = jsonschema.Draft202012Validator(json.loads(files[DRILL_SCHEMA_ID]))
    inject_schema = jsonschema.Draft202012Validator(json.loads(files[INJECT_SCHEMA_ID]))
    from drill.scenario.files import parts
    from drill.scenario.load import parse_yaml

    for source in BUNDLED_DRILLS:
        main_file, *injects = split_file(source, tmp_path / source.stem)
        assert not list(drill_schema.iter_errors(parse_yaml(main_file.read_bytes(), str(main_file)).data)), main_file
        for part in injects:
            assert not list(inject_schema.iter_errors(parse_yaml(part.read_bytes(), str(part), lists=True).data)), part
    part = parts(tmp_path / SMALL.stem)[1]
    broken = parse_yaml(part.read_bytes().replace(b"channel: facebook", b"channel: myspace", 1), str(part), lists=True).data
    assert "'myspace' is not one of" in jsonschema.exceptions.best_match(inject_schema.iter_errors(broken)).message


def test_a_folder_whose_drill_yaml_and_an_inject_file_do_not_parse_names_both(folder: Path) -> None:
    (folder / "drill.yaml").write_text("format: 1\nid: [oops\n", encoding="utf-8")
    part = folder / "injects" / "05-fair-question.yaml"
    part.write_text("- id: x\n\tat: 1m\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load(folder)
    assert [(d.file, d.code) for d in caught.value.diagnostics] == [(str(folder / "drill.yaml"), "D110"), (str(part), "D110")]
    assert caught.value.diagnostics[1].line == 2


def test_an_inject_file_of_one_value_says_what_an_inject_file_holds(folder: Path) -> None:
    part = folder / "injects" / "05-fair-question.yaml"
    part.write_text("just a sentence\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load(folder)
    [d] = caught.value.diagnostics
    assert (d.file, d.line, d.code) == (str(part), 1, "D114") and "one inject" in d.message
