"""The second reader (drill/checker/reader.py): where it adds a check, where it drops a rule's,
what it never reads, and that the shipped weights are what the corpus trains. Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from checkerkit import drill

from drill.checker import check_reply, reader
from drill.checker.reader import Reader
from drill.checker.train import differences, main
from drill.checker.words import tokens

REPO = Path(__file__).resolve().parents[2]
GOAL = {"promise", "wrong_fact", "curt", "blame", "defensive"}


def by_reader(text: str, lang: str, route: str = "public") -> dict[str, str]:
    review = check_reply(drill("fast-good-answer"), "cold-coach", route, text, lang)
    return {f.check: text[f.start:f.end] for f in review.findings if f.detail == "reader"}


@pytest.mark.parametrize(("text", "check", "sentence"), [
    ("Honestly, a bit of planning on your side would go a long way next winter.", "blame",
     "Honestly, a bit of planning on your side would go a long way next winter"),
    ("Lol chill, it's one cold bus ride, you'll survive.", "curt", "Lol chill, it's one cold bus ride, you'll survive"),
])
def test_a_register_the_rules_were_never_shown_is_read_on_its_heaviest_sentence(text, check, sentence):
    rules = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en", second_reader=False)
    assert not rules.has(check)
    assert by_reader(text, "en")[check].strip() == sentence


def test_a_warm_factual_answer_gets_nothing_from_the_reader():
    text = ("Hi Sanna, sorry about the cold ride: the heating on that coach failed, and the driver has reported it. "
            "We'll refund the ticket if you send us the booking in a private message.")
    assert GOAL.isdisjoint(by_reader(text, "en"))


def stub(weights: dict[str, dict[str, float]]) -> Reader:
    return Reader.of({check: (-3.0, weights.get(check, {})) for check in reader.READ})


def test_the_reader_adds_a_check_on_the_sentence_that_weighs_most(monkeypatch):
    monkeypatch.setattr(reader, "shipped", lambda: stub({"blame": {"w:purple": 5.0, "w:again": 1.0}}))
    text = "We looked into it again. The purple coach was the late one. Have a good day."
    review = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en")
    found = [f for f in review.findings if f.check == "blame"]
    assert [(text[f.start:f.end].strip(), f.detail) for f in found] == [("The purple coach was the late one", "reader")]
    assert "blame_customer" in review.tags


def test_a_rule_finding_the_reader_does_not_bear_out_is_dropped(monkeypatch):
    text = "Nothing we can do."
    assert check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en", second_reader=False).has("curt")
    monkeypatch.setattr(reader, "shipped", lambda: stub({"curt": {"rule:curt": 8.0, "w:nothing": -10.0}}))
    review = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en")
    assert not review.has("curt") and "curt" not in review.tags
    monkeypatch.setattr(reader, "shipped", lambda: stub({"curt": {"rule:curt": 8.0}}))
    assert check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en").has("curt")


@pytest.mark.parametrize(("check", "kept"), [("curt", False), ("promise", True)])
def test_a_curt_finding_needs_more_than_an_even_chance_to_stay(monkeypatch, check, kept):
    """Curt's rules fire on short warm replies too, so the reader must be surer to keep a curt
    finding than a promise: at an even chance the first goes, the second stays."""
    monkeypatch.setattr(reader, "shipped", lambda: stub({check: {f"rule:{check}": 6.0}}))  # -3 + 0.5 * 6 = 0
    assert reader.verdicts(tokens("Nothing we can do.", "en"), "public", "en", {check})[check] is kept


@pytest.mark.parametrize(("text", "added"), [
    ("Purppurainen bussi tuli myöhässä.", True),
    ("Purppuraisella bussilla oli kylmä.", True),  # other endings, the same pair of stems
    ("Purppurainen juna tuli myöhässä.", False),
])
def test_a_pair_of_stems_is_read_whatever_the_endings(monkeypatch, text, added):
    monkeypatch.setattr(reader, "shipped", lambda: stub({"blame": {"sb:purpp bussi": 8.0}}))
    review = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "fi")
    assert any(f.check == "blame" and f.detail == "reader" for f in review.findings) is added


@pytest.mark.parametrize(("scenario", "inject", "added"), [
    ("fast-good-answer", "cold-coach", True),
    ("strike-threat", "union-notice", False),  # the same words in another drill: its own weights, none here
])
def test_a_drills_own_weights_are_read_in_that_drill_alone(monkeypatch, scenario, inject, added):
    monkeypatch.setattr(reader, "shipped", lambda: stub({"wrong_fact": {"d:fast-good-answer|sb:pisto etuos": 8.0}}))
    text = "Pistorasiat etuosassa, muualla ei."
    review = check_reply(drill(scenario), inject, "public", text, "fi")
    assert [(f.check, text[f.start:f.end]) for f in review.findings if f.detail == "reader"] == ([("wrong_fact", text[:-1])] if added else [])


@pytest.mark.parametrize(("text", "band"), [
    ("Ok.", "len:3"),
    ("Thanks, we will look into the heating.", "len:10"),
    (" ".join(["word"] * 41), "len:>40"),
])
def test_the_reply_is_read_in_a_band_of_its_length(text, band):
    seen = reader.features(tokens(text, "en"), "public", "en", ())
    assert [name for name in seen if name.startswith("len:")] == [band]


def test_an_escalation_note_is_never_read():
    assert reader.verdicts([], "escalate", "en", {"curt"}) == {}
    note = "Honestly, a bit of planning on the customers' side would go a long way. Lol."
    assert by_reader(note, "en", route="escalate") == {}


def test_a_moved_weight_is_named_and_noise_is_not():
    shipped = {check: {"bias": 0.1, "weights": {"w:a": 0.2}} for check in reader.READ}
    noise = {check: {"bias": 0.1004, "weights": {"w:a": 0.2003}} for check in reader.READ}
    moved = {**shipped, "blame": {"bias": 0.1, "weights": {"w:a": 0.2, "w:b": 0.5}}}
    assert differences(shipped, noise) == []
    assert differences(shipped, moved) == ["blame"]


def test_the_shipped_weights_are_what_the_corpus_trains(capsys):
    """A rule, a label or a model answer changed without training again fails here (about 30 s)."""
    assert main(["--check", "--corpus", str(REPO / "tests/data/replies"), "--scenarios", str(REPO / "scenarios")]) == 0, capsys.readouterr().err


def test_training_needs_the_corpus(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path)]) == 2
    assert "no tuning-*.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_a_reader_finding_says_it_was_read_from_the_whole_reply(lang):
    from drill.i18n import finding_message, t

    whole = t("check.detail.reader", lang)
    assert all(whole in finding_message(check, "reader", lang) for check in reader.READ)
    assert whole not in finding_message("curt", "", lang) and whole not in finding_message("promise", "absolute", lang)
    assert finding_message("promise", "reader", lang).count(whole) == 1


def test_a_reply_of_thousands_of_words_is_read_without_overflow():
    read = Reader.of({"curt": (0.0, {"w:x": -1.0}), "blame": (0.0, {"w:x": 1.0})}).probabilities({"w:x": 5000.0})
    assert read["curt"] == 0.0 and read["blame"] == 1.0
    long = " ".join(["Thanks, we will look into it and come back to you with the schedule."] * 800)
    review = check_reply(drill("fast-good-answer"), "cold-coach", "public", long, "en")
    assert review.text == long


@pytest.mark.parametrize(("text", "kept"), [
    ("We will fix it IMMEDIATELY, guaranteed.", True),  # two places: 'IMMEDIATELY' and 'guaranteed'
    ("We will fix it IMMEDIATELY.", False),
])
def test_a_check_the_rules_find_in_two_places_is_not_dropped(monkeypatch, text, kept):
    monkeypatch.setattr("drill.checker.verdicts", lambda toks, route, lang, checks, drill: {"promise": False})
    rules = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en", second_reader=False)
    assert sum(f.check == "promise" for f in rules.findings) == (2 if kept else 1)
    review = check_reply(drill("fast-good-answer"), "cold-coach", "public", text, "en")
    assert review.has("promise") is kept


@pytest.mark.parametrize(("text", "added"), [
    ("Students get 30 % off with a valid student card.", False),  # the facts give 30 %: nothing for the reader to add
    ("Students get 30 % off with a valid student card. The card must be under two years old.", True),  # a figure outside what the facts confirm
    ("Students get a discount with a valid student card.", True),  # no figure at all
])
def test_the_reader_adds_no_wrong_fact_where_the_facts_confirm_every_figure(monkeypatch, text, added):
    monkeypatch.setattr("drill.checker.verdicts", lambda toks, route, lang, checks, drill: {"wrong_fact": True})
    rules = check_reply(drill("fast-good-answer"), "student-question", "public", text, "en", second_reader=False)
    assert not rules.has("wrong_fact")
    assert check_reply(drill("fast-good-answer"), "student-question", "public", text, "en").has("wrong_fact") is added


def test_the_models_side_by_side_read_as_each_on_its_own():
    """The shipped table gives each check exactly its own model's sum (reader.json, one model per check)."""
    import json
    import math

    raw = json.loads((REPO / "drill" / "checker" / "reader.json").read_text(encoding="utf-8"))
    seen = reader.features(tokens("Read the terms before you post, the bus was on time.", "en"), "public", "en", {"blame"}, "fast-good-answer")
    for check, p in reader.shipped().probabilities(seen).items():
        z = raw[check]["bias"] + math.fsum(w * seen[name] for name, w in raw[check]["weights"].items() if name in seen)
        assert p == pytest.approx(1.0 / (1.0 + math.exp(-z)), abs=1e-12)
