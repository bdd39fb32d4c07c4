"""Any text a trainer writes or a trainee types comes out of every report as text.

Hypothesis puts arbitrary strings (with `<script>`, `{{ 7*7 }}`, `{% raw %}`, Markdown and
HTML syntax, RTL marks and very long runs) into the scenario's titles, inject, option and
feedback texts, endings and ladder names, and strings with control characters and terminal
escapes into the trainee's name, an escalation note and an observation. Compared with the
same run of a benign twin: the HTML has the same element structure and no `<script` at all,
the Markdown no more unescaped `<`, neither has a raw control character or one "49" more
(template code is never evaluated), and the JSON record round-trips.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import yaml
from hardkit import RAW_CONTROL
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from drill.engine.session import Session
from drill.report import build_record, render
from drill.scenario.actions import Action
from drill.scenario.diagnostics import ScenarioError
from drill.scenario.load import load_bytes
from drill.scenario.starter import starter_text
from drill.scenario.types import printable, text_in
from drill.scoring.scorecard import score

PIECES = [
    "<script>alert(1)</script>", "</title><script>", "<SCRIPT SRC=//x>", "{{ 7*7 }}", "{% raw %}", "{% endraw %}",
    "{#", "#}", "{%- if 1 %}", "${7*7}", "<!--", "-->", "]]>", "&amp;", "&#x3C;script&#x3E;", "\u202e", "\u200f",
    "\u2066", "\u061c", "| --- |", "\\", "`", "*", "_", "#", "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>",
    "'\"", " ", "ä", "😀", "\u0301", "\ufeff",
]
"""Pieces a hostile or clumsy scenario text is made of."""
ESCAPES = ["\x1b[31m", "\x1b]0;pwned\x07", "\x1b[2J", "\x9b6n", "\x00", "\r", "\x7f", "\x08", "\x1bP+q\x1b\\", "\n", "\t"]
"""Control characters and terminal escapes: the loader refuses them in a scenario, but a
trainee's name and notes come from the command line, a paste or a hand-edited journal."""

NO_49 = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="49")
"""Free characters without the digits of 49: a "49" in a report can then only be the score's
own or template code evaluated."""
scenario_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(NO_49, max_size=12)), max_size=8).map("".join)
typed_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(ESCAPES), st.text(NO_49, max_size=8)), max_size=8,
).map("".join)

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = yaml.safe_load(starter_text("fuzz"))


def scenario(t) -> bytes:
    """The starter with `t(i)` in every text a trainer writes (i tells the places apart)."""
    data = json.loads(json.dumps(BASE))
    data["title"] = {"en": "T" + t(0), "fi": "T" + t(0)}
    data["summary"] = "S" + t(1)
    data["role"] = "R" + t(2)
    data["organisation"]["name"] = "O" + t(3)
    for n, rung in enumerate(data["ground_rules"]["ladder"].values()):
        rung["name"] = f"L{n}" + t(4)
    data["objectives"][0]["text"] = "J" + t(5)
    inject = data["injects"][0]
    inject["author"] = "A" + t(6)
    inject["text"] = {"en": "I" + t(7), "fi": "I" + t(7)}
    for n, option in enumerate(inject["options"]):
        option["text"] = f"X{n}" + t(8)
        option["feedback"] = f"F{n}" + t(9)
        option["label"] = f"B{n}" + t(10)
    for n, ending in enumerate(data["endings"]):
        ending["title"] = f"E{n}" + t(11)
        ending["text"] = f"N{n}" + t(12)
    data["tests"] = []
    return json.dumps(data, ensure_ascii=False).encode()


def run(raw: bytes, trainee: str, note: str, observation: str):
    """One recorded run: a reply, an escalation with a note, an observation, the end."""
    loaded = load_bytes(raw, "fuzz.yaml")
    session = Session(loaded.scenario, 1, trainee="Aino " + trainee, started="2026-03-02T10:15:00")
    session.advance_to(6 * 60)
    session.act(Action("reply", "late-parcel", "ask-dm"))
    session.act(Action("escalate", level="comms", note="note " + note))
    session.observe("seen " + observation, rating="M", objective="answer-fast")
    session.advance_to(float("inf"))
    return loaded, build_record(session, score(session))


class Structure(HTMLParser):
    """The element structure of a page: tag names and attribute names, in order. What is
    inside a written text or its findings (`p.written`, `div.findings`) depends on what the
    reply checker found, so it is kept apart, in `marked`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple] = []
        self.marked: list[tuple] = []
        self.text: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        names = tuple(name for name, _ in attrs)
        if self.depth:
            self.marked.append((tag, names))
        else:
            self.tags.append((tag, names))
        if tag not in VOID and (self.depth or {("class", "written"), ("class", "findings")} & set(attrs)):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        (self.marked if self.depth else self.tags).append(("/" + tag,))

    def handle_data(self, data):
        self.text.append(data)


def structure(html: str) -> Structure:
    parser = Structure()
    parser.feed(html)
    parser.close()
    return parser


def unescaped_lt(md: str) -> int:
    return len(re.findall(r"(?<!\\)<", md))


BENIGN = run(scenario(lambda i: "x"), "x", "x", "x")[1]
FINDING_TAGS = {"mark", "sup", "h4", "ol", "li", "q", "br", "span", "p"}
"""The elements the debrief shows a written text's findings with: a marked span and its
number, a list of findings, each quoting its sentence and a better one."""
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}
BENIGN_HTML, BENIGN_MD = render(BENIGN, "html"), render(BENIGN, "md")
LONG = "<script>" + "{{ 7*7 }}" * 200 + "\u202e" + "x" * 20000


@FUZZ
@given(texts=st.lists(scenario_text, min_size=13, max_size=13), trainee=typed_text, note=typed_text, observation=typed_text)
@example(texts=[LONG] * 13, trainee=LONG + "\x1b[31m", note="\x1b]0;pwned\x07" * 50, observation="\x00" * 100)
@example(texts=["{% raw %}{{ 7*7 }}{% endraw %}<script>"] * 13, trainee="{{ 7*7 }}", note="{% raw %}", observation="</script>")
def test_every_text_comes_out_of_every_report_as_text(texts, trainee, note, observation):
    try:
        loaded, record = run(scenario(lambda i: texts[i]), trainee, note, observation)
    except ScenarioError:  # e.g. a text the loader refuses (a byte-order mark mid-file): not ours here
        assume(False)
        raise

    html = render(record, "html")
    assert "<script" not in html.lower()
    assert RAW_CONTROL.search(html) is None
    assert html.count("49") == BENIGN_HTML.count("49")
    page = structure(html)
    assert page.tags == structure(BENIGN_HTML).tags  # no text became an element or an attribute…
    assert {tag[0].lstrip("/") for tag in page.marked} <= FINDING_TAGS  # …nor inside a written text and its findings
    title = text_in(loaded.scenario.title, "en")
    assert str(escape(title)) in html and title in "".join(page.text)  # shown, escaped, whole
    assert printable("Aino " + trainee) in "".join(page.text)

    md = render(record, "md")
    assert RAW_CONTROL.search(md) is None
    assert unescaped_lt(md) == unescaped_lt(BENIGN_MD)
    assert md.count("49") == BENIGN_MD.count("49")
    assert "{{ 7*7 }}" not in md or "{{ 7\\*7 }}" in md

    text = render(record, "json")
    assert RAW_CONTROL.search(text) is None
    back = json.loads(text)
    assert back == json.loads(json.dumps(record))
    assert back["scenario"]["title"] == title
    assert json.loads(render(record, "xapi"))[0]["actor"]["name"] == printable("Aino " + trainee)
