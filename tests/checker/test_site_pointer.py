"""Curt as a stock apology and a general pointer to our site, in any words (tone._site_pointers
in _stock_only): 'Pahoittelemme. Lisätietoa löydät sivuiltamme.', 'Sorry for the trouble. More
info on our site.'. Each with a reply that must not be curt: the pointer beside a fact, or a
longer sentence that says what is on the site. Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def curt(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("curt")


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("bank-outage", "first-angry", "fi", "Pahoittelemme. Lisätietoa löydät sivuiltamme."),
    ("fast-good-answer", "bag-angry", "fi", "Pahoittelut tapahtuneesta. Ohjeet löytyvät kotisivuiltamme."),
    ("personal-data-complaint", "why-no-answer", "fi", "Pahoittelut, tutustu ohjeisiin sivuillamme."),
    ("empty-promise", "first-angry", "en", "Sorry for the trouble. More info on our site."),
    ("bank-outage", "where-is-notice", "en", "We apologise for the inconvenience. All updates are on our homepage."),
])
def test_a_stock_apology_and_a_general_pointer_to_our_site_is_curt(scenario, inject, lang, text):
    assert curt(scenario, inject, text, lang)


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("fast-good-answer", "pet-question", "en", "Sorry for the wait! Small dogs ride free on your lap, the rest of the pet rules are on our site."),
    ("bank-outage", "double-charge", "fi", "Pahoittelut! Tuplamaksu palautuu tilille automaattisesti, lisätietoa löydät sivuiltamme."),
    ("bank-outage", "where-is-notice", "en", "Sorry, you're right that it took too long. Our homepage now has the notice with the fix time and what to do meanwhile."),
])
def test_the_pointer_beside_a_fact_or_saying_what_is_there_is_not_curt(scenario, inject, lang, text):
    assert not curt(scenario, inject, text, lang)
