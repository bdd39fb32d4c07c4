"""A gift the facts give, said in other words, in sentences written for these tests (not taken
from the corpus): 'your money back' or 'rahat takaisin' where a fact refunds the same thing,
'ilmaiseksi' where the facts move it 'maksutta', costs 'reimbursed' where the facts 'cover'
them. And the near misses: the same words of a thing no fact gives back."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "first-angry", "en", "Everyone gets their money back for this month's account fees.", "money back"),
    ("bank-outage", "first-angry", "fi", "Saatte tämän kuun tilimaksut ilmaiseksi.", "ilmaiseksi"),
    ("viral-video", "refund-request", "en", "We'll give you a free burger for every order this autumn.", "free"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_a_gift_no_fact_gives_is_promised(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("strike-threat", "compensation-q", "en", "If your flight is cancelled, you can take your money back at kajava.fi/lakko."),
    ("strike-threat", "compensation-q", "fi", "Jos lento perutaan, saat rahat takaisin kajava.fi/lakko-sivulla."),
    ("strike-threat", "angry-cancelled", "fi", "Lennon voi siirtää ilmaiseksi toiseen päivään."),
    ("strike-threat", "compensation-q", "en", "Stuck abroad? We'll reimburse reasonable hotel and meal costs, just keep the receipts."),
    ("viral-video", "refund-request", "en", "The restaurant manager can give you your money back for the late order."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_a_gift_the_facts_give_in_other_words_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
