"""Issue 14, the debrief: what a client and a trainee read wrong in the report, each pinned.

Who a hotwash question is about, how long an unanswered item really waited, improvement
rows said once, clocks and durations that agree, whole labels, a meter chart with axes and
its own colours, marks that do not hide each other, no engine-internal ids, and every
costly rule explained in words of its own.
"""

from __future__ import annotations

import re

import pytest
from debriefkit import ANSWERED_AT, scripted, scripted_record
from reportkit import BOTS, bundled

from drill.i18n import CATALOGUES, t
from drill.report import build_record, render
from drill.report.explain import explain, hhmm
from drill.report.hotwash import hotwash
from drill.report.render import clock
from drill.report.timeline import geometry


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def flat(md: str) -> str:
    """Markdown with its line wrapping undone, for reading sentences across wrapped lines."""
    return " ".join(md.split())


SCENARIOS = [p.stem for p in bundled()]


# --------------------------------------------------------------------------- the hotwash


def _status_moment(**over) -> dict:
    moment = {
        "t": 4020.0, "author": None, "item": None, "role_name": "", "critical": [], "verb": "status", "better": None,
        "chosen": {"short": "Price facts", "quality": 40.0, "id": "price-facts"},
        "judged": [{"value": 30.0, "rule": "status_tone", "text": "Tone of the status update: over-promises."}],
    }
    return {**moment, **over}


def test_a_status_update_question_says_what_it_is_about_not_empty_brackets():
    for lang in ("en", "fi"):
        record = {"lang": lang, "scenario": {"starts": "2026-11-17T08:30:00"}, "escalation": {"expected": []}, "notes": [],
                  "decisions": [_status_moment(), _status_moment(t=5000.0, critical=["personal_data_public"])]}
        questions = [q["question"] for q in hotwash(record)["questions"] if q["kind"] != "standard"]
        assert len(questions) == 2
        for question in questions:
            assert "()" not in question and "( )" not in question, question
        assert t("report.hotwash.status_update", lang) in questions[0]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_hotwash_question_has_an_empty_who(runs, scenario):
    for bot in BOTS:
        record = build_record(runs(scenario, bot).session, runs(scenario, bot).card)
        for q in record["hotwash"]["questions"]:
            assert "()" not in q["question"], (bot, q["question"])


# --------------------------------------------------------------------------- waits and times


def test_an_unanswered_item_is_never_said_to_have_waited_its_target():
    for lang in ("en", "fi"):
        text = explain("unanswered", {"target": 900}, lang)
        assert "15m" in text
        assert not re.search(r"(waited|odotti) 15m", text), text
    record = scripted_record()
    # manager-delete arrived at 08:35 (300 s) and was never answered; the run ended at 9000 s
    md, html = flat(render(record, "md")), text_of(render(record, "html"))
    wait = t("report.waited", "en", wait="2h25m")
    assert wait in md and wait in html
    assert "waited 15m" not in md and "waited 15m" not in html


def test_clock_times_and_durations_round_alike():
    record = scripted_record()
    html, md = text_of(render(record, "html")), flat(render(record, "md"))
    # 08:31:00 → 08:38:24.6: the answer is shown at 08:38:25, after 7m25s
    assert "price-critic 08:31:00 08:38:25 7m25s" in html
    assert "08:38:25" in md and "7m25s" in md
    assert "08:38:24" not in html and "08:38:24" not in md
    starts = record["scenario"]["starts"]
    for seconds in (59.4, 59.6, 119.5, ANSWERED_AT, 3599.5):
        assert hhmm(starts, seconds) == str(clock(seconds, starts))[:5]


def test_every_reply_row_took_what_its_clocks_say():
    record = scripted_record()
    rows = re.findall(r"<tr><td><code>[^<]+</code></td><td>(\d\d):(\d\d):(\d\d)</td><td>(\d\d):(\d\d):(\d\d)</td><td class=\"num\">([0-9hms]+)</td>",
                      render(record, "html"))
    assert len(rows) >= 4
    for h1, m1, s1, h2, m2, s2, took in rows:
        seconds = (int(h2) - int(h1)) * 3600 + (int(m2) - int(m1)) * 60 + int(s2) - int(s1)
        parts = {unit: int(n) for n, unit in re.findall(r"(\d+)([hms])", took)}
        assert seconds == parts.get("h", 0) * 3600 + parts.get("m", 0) * 60 + parts.get("s", 0), (h2, m2, s2, took)


# --------------------------------------------------------------------------- improvement rows


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_area_for_improvement_is_listed_once_per_objective(runs, scenario):
    for bot in BOTS:
        record = build_record(runs(scenario, bot).session, runs(scenario, bot).card)
        for obj in record["objectives"]:
            said = [g["observation"] for g in obj["improvements"]]
            assert len(said) == len(set(said)), (bot, obj["id"], said)
            rules = [g["rule"] for g in obj["improvements"]]
            assert len(rules) == len(set(rules)), (bot, obj["id"], rules)


def test_the_scripted_run_lists_its_silence_once_per_objective():
    html = render(scripted_record(), "html")
    objectives = html.split('<div class="objective">')[1:]
    assert objectives
    for part in objectives:
        rows = re.findall(r"<tr><td[^>]*>.*?</tr>", part.split("</div>", 1)[0])
        assert len(rows) == len(set(rows))
    assert sum("No answer" in part.split("</div>", 1)[0] for part in objectives) >= 1


# --------------------------------------------------------------------------- the chart


def test_reply_labels_are_whole_and_fit_the_margin():
    record = scripted_record()
    geo = geometry(record)
    labels = [r["label"] for r in geo["replies"]]
    assert "councillor-question" in labels
    svg = render(record, "html")
    assert ">councillor-question</text>" in svg
    longest = max(len(label) for label in labels)
    assert geo["left"] - geo["label_gap"] >= longest * geo["label_char"]


def test_the_meter_chart_has_y_axes_for_both_scales():
    geo = geometry(scripted_record())
    left = [tick["label"] for tick in geo["meters"]["axis_left"]]
    right = [tick["label"] for tick in geo["meters"]["axis_right"]]
    assert left[0] == "0" and left[-1] == "100"
    assert right[0] == "−100" and right[-1] == "+100" and "0" in right
    top, bottom = geo["meters"]["top"], geo["meters"]["bottom"]
    assert next(tick["y"] for tick in geo["meters"]["axis_left"]) == bottom
    assert [tick["y"] for tick in geo["meters"]["axis_left"]][-1] == top
    html = render(scripted_record(), "html")
    assert html.count('class="yaxis') == len(left) + len(right)


def test_the_legend_names_the_expected_escalation_circles():
    record = scripted_record()
    assert record["escalation"]["expected"]
    html = render(record, "html")
    assert '<circle class="deadline"' in html
    assert t("report.legend.deadline") in text_of(html.split("</svg>", 1)[1])
    fi = render(build_record(*scripted("fi")), "html")
    assert t("report.legend.deadline", "fi") in fi


def test_two_actions_within_a_minute_are_two_marks_or_a_counted_one():
    record = scripted_record()
    geo = geometry(record)
    marks = geo["actions"]
    assert sum(m["count"] for m in marks) == len(record["timeline"]["actions"])
    for a in marks:
        for b in marks:
            if a is not b and abs(a["x"] - b["x"]) < 4:  # would touch: then they are stacked, not drawn over each other
                assert a["y2"] <= b["y1"] or b["y2"] <= a["y1"], (a, b)
    # the status update 21 s after a reply: its own mark, beside the reply's
    near = [m for m in marks if abs(m["x"] - marks[0]["x"]) < 40 and m["verb"] in ("reply", "status")]
    assert {m["verb"] for m in near} >= {"reply", "status"}
    # two replies 10 s apart: one mark that says 2
    double = [m for m in marks if m["count"] == 2 and m["verb"] == "reply"]
    assert double and double[0]["label"] == "2"
    assert '<text class="count"' in render(record, "html")


# --------------------------------------------------------------------------- words, not ids


def test_flood_comments_are_named_not_shown_by_internal_id():
    record = scripted_record()
    md, html = render(record, "md"), render(record, "html")
    for text in (md, html):
        assert "price-flood#" not in text and "price-flood\\#" not in text
    assert t("report.flood_comment", "en", flood="price-flood", n=2) in flat(md).replace("\\", "")


def test_every_rule_that_can_cost_points_explains_why_in_its_own_words():
    always_good = {
        "reply_on_time", "status_on_time", "escalated_on_time", "no_escalation_needed", "right_channel", "nothing_to_route",
        "kept_promise", "criticism_answered", "answered", "nothing_to_answer", "told_service", "notified", "note_sitrep", "hid_by_rules",
        "nothing_to_judge",
    }
    for lang, strings in CATALOGUES.items():
        rules = {key[5:] for key in strings if key.startswith("rule.")}
        missing = sorted(r for r in rules - always_good if f"report.why.{r}" not in strings or f"report.do.{r}" not in strings)
        assert missing == [], lang


def test_the_costliest_moment_says_why_it_matters(runs):
    run = runs("deleted-comment", "deleter")
    record = build_record(run.session, run.card)
    lesson = record["summary"]["lines"][4]
    assert lesson.startswith("Costliest moment: Criticism was deleted or hidden.")
    assert t("report.why.deleted_criticism") in lesson
    md, html = flat(render(record, "md")), text_of(render(record, "html"))
    assert t("report.why.deleted_criticism") in html
    # the deletion's own moment in the decision review explains the critical error too
    moment = html.split("Delete: price-critic", 1)[1].split("Transparency", 1)[0]
    assert t("report.why.deleted_criticism") in moment
    assert flat(t("report.why.deleted_criticism")) in md.replace("\\", "")
