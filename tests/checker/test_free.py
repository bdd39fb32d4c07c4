"""Free said of what the facts price ('a bigger dog travels on a leash with a €5 pet ticket'
beside 'one small pet in a carrier travels free'); sentences written for these tests, not taken
from the corpus. Not: the free thing said free, a seat kept free, a condition."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PRICED_SAID_FREE = [
    ("fast-good-answer", "pet-question", "en", "Dogs ride with us at no cost, Tuula.", "at no cost"),
    ("fast-good-answer", "pet-question", "en", "Your dachshund travels free on a leash on the floor.", "free"),
    pytest.param("fast-good-answer", "pet-question", "fi", "Koira kulkee meillä maksutta, Tuula.", "maksutta", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PRICED_SAID_FREE)
def test_free_said_of_what_the_facts_price_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_PRICED = [
    ("fast-good-answer", "pet-question", "en", "A small dog in a carrier travels free; bigger dogs need the €5 pet ticket."),
    ("fast-good-answer", "pet-question", "en", "Bring him along – the driver will keep a seat free next to you."),
    pytest.param("fast-good-answer", "pet-question", "fi", "Pieni koira kuljetuskopassa matkustaa maksutta.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PRICED)
def test_the_free_thing_or_a_free_seat_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
