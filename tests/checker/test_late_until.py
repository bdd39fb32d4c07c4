"""A state the facts say lasts until a time ('15–30 min late until about 9:30'), said otherwise
for before then: 'you will be in Helsinki on time' is a wrong fact as well as a promise
(states.py, _lasting); 'everyone' stands for what the sentence named before. Sentences written
for these tests. Not: a state that lasts to no time said will be otherwise ('the app will work
again' is a promise matter), nor other hedges ('should be on time')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG = [
    ("fast-good-answer", "late-coach", "en", "Jari, the roadworks are nothing serious and the Kuopio coach will be on time.", "on time"),
    ("fast-good-answer", None, "en", "Roadworks on highway 5 today, but everyone will arrive in Helsinki on schedule.", "on schedule"),
    pytest.param("fast-good-answer", "late-coach", "fi", "Jari, tietöistä huolimatta Kuopion vuoro on Helsingissä ajallaan.", "ajallaan", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_on_time_before_the_delay_ends_is_a_wrong_fact(scenario, inject, lang, text, span):
    route = "status" if inject is None else "public"
    assert span in spans(review(scenario, inject, text, lang, route), "wrong_fact")


NOT_WRONG = [
    ("fast-good-answer", "late-coach", "en", "Jari, the Kuopio coach should be on time again after 9:30."),
    ("bank-outage", "first-angry", "en", "Tuomas, the online bank will work again once IT has fixed the database."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WRONG)
def test_a_hedge_or_a_state_with_no_end_said_ahead_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
