"""The debrief reads back what the trainee wrote: each checker finding marked where it is, a
better sentence beside each fault, the author's model answer, and escalation notes too."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from debriefkit import WRITTEN_HOSTILE, WRITTEN_LEAKY, WRITTEN_MODEL, written_record

from drill.report.render import render

MODEL, LEAKY = WRITTEN_MODEL, WRITTEN_LEAKY


@pytest.fixture(scope="module")
def record():
    return written_record()


def moment(record, verb: str, item: str):
    return next(mo for mo in record["decisions"] if mo["verb"] == verb and mo["item"] == item)


def test_the_written_text_is_read_back_whole_with_each_finding_at_its_place(record):
    w = moment(record, "reply", "complaint")["written"]
    assert "".join(seg["text"] for seg in w["segments"]) == LEAKY
    found = [(f["check"], f["excerpt"]) for f in w["findings"]]
    assert {("personal_data", "040 123 4567"), ("personal_data", "AB-2291"), ("promise", "IMMEDIATELY")} <= set(found)
    for f in w["findings"]:
        if not f["whole"]:
            marked = [seg for seg in w["segments"] if f["n"] in seg["marks"]]
            assert "".join(seg["text"] for seg in marked) == f["excerpt"]
            assert all(seg["fault"] == f["fault"] or seg["fault"] for seg in marked)
    assert [f["n"] for f in w["findings"]] == list(range(1, len(w["findings"]) + 1))
    assert w["faults"] == sum(f["fault"] for f in w["findings"]) >= 2


def test_every_fault_comes_with_a_better_sentence_and_the_model_answer_is_shown(record):
    w = moment(record, "reply", "complaint")["written"]
    faults = [f for f in w["findings"] if f["fault"]]
    assert faults and all(f["better"] for f in faults)
    assert all(f["better"] is None for f in w["findings"] if not f["fault"])
    promise = next(f for f in faults if f["check"] == "promise")
    assert "1h" in promise["better"]  # the ground rules' promised response, not a made-up time
    assert w["model_answer"] == MODEL


def test_a_warm_factual_reply_has_no_faults_and_no_better_option_pushed_on_it(record):
    mo = moment(record, "reply", "question")
    assert mo["written"]["faults"] == 0
    assert {"thanks", "informs"} <= {f["check"] for f in mo["written"]["findings"]}
    assert mo["better"] is None


def test_an_escalation_note_is_read_as_a_situation_report(record):
    mo = moment(record, "escalate", "complaint")
    w = mo["written"]
    assert [(f["check"], f["whole"]) for f in w["findings"]] == [("sitrep_missing", True)]
    assert w["findings"][0]["better"] and w["model_answer"] is None
    assert any(e["rule"] == "note_without_sitrep" for e in mo["judged"])


class Marks(HTMLParser):
    """The text of every <mark>, with its class, in document order."""

    def __init__(self):
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self._open: str | None = None
        self._sup = False

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._open, self._text = dict(attrs).get("class", ""), ""
        self._sup = self._sup or tag == "sup"

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append((self._open, self._text))
            self._open = None
        if tag == "sup":
            self._sup = False

    def handle_data(self, data):
        if self._open is not None and not self._sup:
            self._text += data


def test_the_html_marks_faults_and_strengths_apart(record):
    parser = Marks()
    parser.feed(render(record, "html"))
    assert ("fault", "040 123 4567") in parser.marks and ("fault", "IMMEDIATELY") in parser.marks
    assert ("good", "Thanks") in parser.marks
    assert MODEL in render(record, "html")


def test_the_markdown_bolds_each_marked_span_with_its_numbers(record):
    md = " ".join(render(record, "md").split())
    w = moment(record, "reply", "complaint")["written"]
    phone = next(f for f in w["findings"] if f["excerpt"] == "040 123 4567")
    assert f"**040 123 4567** [{phone['n']}]" in md
    assert re.search(r"\*\*IMMEDIATELY\*\* \[\d+(,\d+)*\]", md)


def test_the_written_section_of_the_debrief_is_stable(record, snapshot):
    """A text snapshot of the HTML for the written moments (update: pytest --snapshot-update)."""
    html = render(record, "html")
    articles = re.findall(r'<article class="moment[^"]*">.*?</article>', html, re.S)
    written = [a for a in articles if 'class="written"' in a]
    assert len(written) == 3
    assert "\n".join(written) == snapshot


def test_markup_in_what_was_written_stays_text(record):
    hostile = written_record("en", WRITTEN_HOSTILE)
    w = moment(hostile, "reply", "complaint")["written"]
    assert "".join(seg["text"] for seg in w["segments"]) == WRITTEN_HOSTILE
    html = render(hostile, "html")
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
