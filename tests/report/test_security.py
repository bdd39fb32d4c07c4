"""Untrusted text stays text: escaping in HTML and Markdown, and a sandbox for trainers' templates."""

from __future__ import annotations

import json
import os

import pytest
from jinja2.exceptions import SecurityError
from reportkit import EVIL

from drill.engine.session import Session
from drill.report import build_record, render
from drill.report.render import FolderLoader, environment
from drill.scenario.actions import Action
from drill.scoring.scorecard import score


@pytest.fixture(scope="module")
def evil_record(evil_loaded):
    """A run of the hostile scenario with a hostile trainee name, escalation note and observation."""
    session = Session(evil_loaded.scenario, 1, trainee=f"<b>Aino</b> {EVIL}", started="2026-03-02T10:15:00")
    session.advance_to(6 * 60)
    session.act(Action("reply", "late-parcel", "curt"))
    session.act(Action("escalate", level="comms", note=f"note {EVIL}"))
    session.observe(f"observed {EVIL}", rating="M", objective="answer-fast")
    session.advance_to(8 * 60)
    session.act(Action("delete", "late-parcel"))
    session.advance_to(float("inf"))
    return build_record(session, score(session))


def test_html_shows_hostile_text_as_text(evil_record):
    html = render(evil_record, "html")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in html
    assert "<b>Aino</b>" not in html and "&lt;b&gt;Aino&lt;/b&gt;" in html
    assert "{{ 7*7 }}" in html and "{% if 1 %}x{% endif %}" in html
    assert "href=" not in html and "src=" not in html
    assert '<a ' not in html
    for where in ("Evil", "Org", "Complaint", "Feedback curt", "Curt", "note", "observed", "Answer fast"):
        assert f"{where} &lt;script&gt;" in html, where


def test_markdown_escapes_its_own_syntax(evil_record):
    md = render(evil_record, "md")
    assert "<script>" not in md and "<b>" not in md
    assert "\\<script\\>window.\\_\\_pwned=1;alert(1)\\</script\\>" in md
    assert "{{ 7\\*7 }}" in md
    assert "\\[link\\](javascript:alert(1))" in md
    assert "\\*bold\\*" in md
    for line in md.splitlines():
        if line.startswith("| ") and "Complaint" in line:
            assert "\\|" in line


def test_json_and_xapi_keep_the_text_as_data(evil_record):
    record = json.loads(render(evil_record, "json"))
    assert record["scenario"]["title"] == f"Evil {EVIL}"
    statements = json.loads(render(evil_record, "xapi"))
    assert statements[0]["actor"]["name"] == f"<b>Aino</b> {EVIL}"


def _templates(tmp_path, files: dict[str, str]):
    folder = tmp_path / "tpl"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_override_templates_replace_bundled_ones_by_name(evil_record, tmp_path):
    folder = _templates(tmp_path, {
        "report.md.j2": "Custom {{ record.scenario.title }} {{ t('report.s.summary') }}\n",
        "report.css.j2": "body { color: rebeccapurple; }",
    })
    md = render(evil_record, "md", folder)
    assert md.startswith("Custom Evil \\<script\\>")
    html = render(evil_record, "html", folder)
    assert "rebeccapurple" in html and "<h2>1 " in html


@pytest.mark.parametrize("name", ["../secret.j2", "/etc/passwd", "sub/../../secret.j2", "..\\secret.j2", "C:/x.j2"])
def test_template_names_leaving_the_folder_are_refused(tmp_path, name):
    (tmp_path / "secret.j2").write_text("SECRET")
    folder = _templates(tmp_path, {"report.md.j2": "{% include record.name %}"})
    with pytest.raises(SecurityError):
        render({"lang": "en", "name": name}, "md", folder)
    with pytest.raises(SecurityError):
        FolderLoader(folder).get_source(environment("md"), name)


def test_a_link_out_of_the_folder_is_refused(tmp_path):
    (tmp_path / "secret.j2").write_text("SECRET")
    folder = _templates(tmp_path, {})
    os.symlink(tmp_path / "secret.j2", folder / "report.md.j2")
    with pytest.raises(SecurityError):
        render({"lang": "en"}, "md", folder)


@pytest.mark.parametrize("code", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ t.__globals__ }}",
    "{{ record.__class__.__init__.__globals__ }}",
])
def test_templates_run_in_a_sandbox(evil_record, tmp_path, code):
    folder = _templates(tmp_path, {"report.md.j2": code})
    with pytest.raises(SecurityError):
        render(evil_record, "md", folder)


def test_scenario_text_is_never_compiled(evil_record, tmp_path):
    """Even a trainer's template that prints a text prints it; it is not rendered again."""
    folder = _templates(tmp_path, {"report.md.j2": "{{ record.scenario.organisation.name }}"})
    assert render(evil_record, "md", folder) == "Org \\<script\\>window.\\_\\_pwned=1;alert(1)\\</script\\> {{ 7\\*7 }} {% if 1 %}x{% endif %} \\| \\*bold\\* \\[link\\](javascript:alert(1))"


def test_a_record_key_is_read_as_jinja_reads_it():
    """`row.name` on a record dict reads the key at once (the debrief's speed); a name that is also
    a dict attribute still goes the attribute's way, as in plain Jinja, and the sandbox still guards
    attributes."""
    row = {"name": "N", "get": "G", "items": "I", "x": 1}
    template = environment("html").from_string("{{ row.name }}|{{ row.get('x') }}|{{ row.items is callable }}|{{ row.missing is defined }}")
    assert template.render(row=row) == "N|1|True|False"
    with pytest.raises(SecurityError):
        environment("html").from_string("{{ row.__class__.__subclasses__() }}").render(row=row)
