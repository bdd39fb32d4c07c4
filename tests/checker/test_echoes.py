"""A reply that says again what the drill's own denying or guessing answer to the item says
beyond the drill's facts (sentences written for these tests, not taken from the corpus); not:
the same words hedged, asked, or turned round (the fact owned up to), nor what the wrong answer
shares with the truth."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

ECHOED = [
    ("single-admin", "worried-grandma", "en", "Pirjo, the nuts are just small traces left from the production line.", "small traces"),
    ("fast-good-answer", "deleted-screenshot", "en", "Sorry, but we don't remove comments from customers.", "don't remove comments from customers"),
    pytest.param("viral-video", "coworker-post", "fi", "Meidän ravintolamme miehitetään aina suunnitelman mukaan, Aleksi.", "ravintolamme miehitetään",
                 marks=voikko),
    pytest.param("single-admin", "worried-grandma", "fi", "Kyse on ihan pienistä jäämistä tuotantolinjalta, Pirjo.", "pienistä jäämistä",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), ECHOED)
def test_saying_what_the_drills_wrong_answer_says_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "wrong_fact"))


NOT_ECHOED = [
    ("single-admin", "worried-grandma", "en", "Pirjo, it may be just small traces from the production line, but we don't know yet."),
    ("fast-good-answer", "deleted-screenshot", "en", "We removed a customer's comment this morning, and we shouldn't have."),
    ("bank-outage", "first-angry", "en", "Tuomas, cards and ATMs work normally in the meantime."),
    pytest.param("viral-video", "coworker-post", "fi", "Vuoroa ei ollut miehitetty suunnitelman mukaan, ja se on meidän vastuullamme.", marks=voikko),
    pytest.param("viral-video", "coworker-post", "fi", "Onko ravintolamme aina miehitetty suunnitelman mukaan? Perjantaina ei ollut.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_ECHOED)
def test_the_wrong_answers_words_hedged_asked_or_owned_are_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
