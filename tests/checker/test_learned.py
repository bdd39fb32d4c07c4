"""The learned reader: what it reads, when it speaks, where it marks, and that it is not stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drill.checker import check_reply, rule_findings
from drill.checker.learned import LEARNED, Reader, _heaviest_sentence, features, readers
from drill.checker.train import OUT, corpus_digest, corpus_files
from drill.scenario.load import load

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def strike():
    scenario = load(REPO / "scenarios" / "strike-threat.yaml").scenario
    return scenario, scenario.injects[0].id


def test_the_shipped_model_was_fitted_on_the_tuning_corpus_as_it_is():
    """A tuning file added or relabelled without `python -m drill.checker.train` fails here."""
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    assert shipped["corpus"] == [f.name for f in corpus_files()]
    assert shipped["corpus_digest"] == corpus_digest(corpus_files())
    assert not any(name.startswith("heldout") for name in shipped["corpus"])


def test_the_shipped_model_records_what_it_is_worth_out_of_fold():
    """Each check's threshold kept the goal's precision on files it had not seen, and bought recall."""
    figures = json.loads(OUT.read_text(encoding="utf-8"))["out_of_fold"]
    assert set(figures) == set(LEARNED) == set(readers())
    for check, f in figures.items():
        alone, both = f["rules_alone"], f["rules_and_model"]
        assert both["recall"] > alone["recall"], check
        assert both["precision"] >= min(0.9, alone["precision"] - 0.02), check
        assert readers()[check].threshold == f["threshold"]


def test_features_fold_digits_and_case_and_keep_one_order():
    one = features("Korjattu KLO 16.30!", "public", "fi")
    assert one == features("korjattu klo 17.45", "public", "fi")
    assert "w:klo" in one and "b:klo 00" in one and "c: kor" in one and "c:attu " in one
    assert one[-2:] == ["r:public", "l:fi"]
    assert features("", "status", "en") == ["r:status", "l:en"]
    assert len(one) == len(set(one))


def test_a_reader_is_logistic_in_its_weights_over_the_root_of_the_feature_count():
    reader = Reader(bias=-1.0, threshold=0.5, weights={"a": 2.0, "b": 2.0})
    assert reader.probability(["a", "b", "c", "d"]) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.0))
    assert reader.probability([]) == 0.0


def test_the_mark_is_the_sentence_that_weighs_most_trimmed():
    reader = Reader(0.0, 0.5, {"w:terms": 3.0, "w:sorry": -1.0})
    text = "Sorry for the wait.  You should have read the terms. Thanks!"
    start, end = _heaviest_sentence(text, "public", "en", reader)
    assert text[start:end] == "You should have read the terms."
    assert _heaviest_sentence("One sentence only", "public", "en", reader) == (0, 17)


@pytest.mark.parametrize(("lang", "text", "check"), [
    ("en", "Don't worry at all, you'll be on another flight the same day and we cover every cost.", "promise"),
    ("en", "Going forward it might be worth reading the notices we send before heading to the airport.", "blame"),
    ("fi", "Tieto lakosta oli sivuillamme jo viikko sitten, sieltä sen olisi nähnyt.", "blame"),
])
def test_it_adds_what_the_rules_miss_marked_as_learned(strike, lang, text, check):
    scenario, inject = strike
    assert check not in {f.check for f in rule_findings(scenario, inject, "public", text, lang)[0]}
    review = check_reply(scenario, inject, "public", text, lang)
    (finding,) = [f for f in review.findings if f.check == check]
    assert finding.detail == "learned" and (finding.start, finding.end) == (0, len(text))
    assert review == check_reply(scenario, inject, "public", text, lang)  # the same text, the same findings


def test_it_says_nothing_of_a_warm_factual_reply_nor_of_an_escalation_note(strike):
    scenario, inject = strike
    warm = "Hei Anna, ymmärrän huolesi. Lakkouhka koskee perjantain lentoja; seuraamme tilannetta ja kerromme täällä, kun tiedämme lisää."
    assert not check_reply(scenario, inject, "public", warm, "fi").checks & set(LEARNED)
    blaming = "Going forward it might be worth reading the notices we send before heading to the airport."
    assert not check_reply(scenario, inject, "escalate", blaming, "en").checks & set(LEARNED)


def test_a_rule_finding_is_not_doubled(strike):
    scenario, inject = strike
    review = check_reply(scenario, inject, "public", "Read the FAQ. It's all there.", "en")
    assert [f.detail for f in review.findings if f.check == "curt"] == [""]
