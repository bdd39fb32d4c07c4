"""Boilerplate: a stock phrase and nothing specific to this case. Sentences written for these
tests: the stock phrase alone is boilerplate; the same phrase closing a specific answer is not
(a reply of more than STOCK_MAX_WORDS words, or one without the phrase)."""

from __future__ import annotations

import pytest
from checkerkit import review


def stock(text: str, lang: str) -> bool:
    return review("bank-outage", "first-angry", text, lang).has("boilerplate")


@pytest.mark.parametrize(("text", "lang"), [
    ("We apologise for the disruption. We take your concerns very seriously.", "en"),
    ("Thanks for reaching out. We're looking into it.", "en"),
    ("Kielo Pankki is committed to providing reliable services to all its customers.", "en"),
    ("Pahoittelemme katkon aiheuttamaa haittaa. Teemme kaikkemme tilanteen ratkaisemiseksi.", "fi"),
    ("Kiitos yhteydenotostanne. Asiaa käsitellään.", "fi"),
])
def test_a_stock_phrase_with_nothing_specific_is_boilerplate(text, lang):
    assert stock(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Sorry, Tuomas: the online bank has been down since 06:12 and the fix time is not known yet. Cards and ATMs work, "
     "and salaries are credited in the background, so nothing is lost. We take this seriously and post updates at kielopankki.fi/hairio.", "en"),
    ("Moi Tuomas, verkkopankki on ollut poissa käytöstä klo 6.12 alkaen. Kortit ja automaatit toimivat normaalisti.", "fi"),
])
def test_a_specific_answer_is_not(text, lang):
    assert not stock(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Our experts are on it. Updates will follow.", "en"),
    ("We are looking into the matter. Thank you for your understanding.", "en"),
    ("Your question is being handled in turn. Please follow our channels.", "en"),
    ("Hi! Information on the outage can be found on our website.", "en"),
    ("Vastaamme kaikkiin viesteihin. Seuraa virallisia kanaviamme.", "fi"),
    ("Työskentelemme asian parissa ja tiedotamme, kun kerrottavaa on.", "fi"),
])
def test_other_stock_formulas_with_nothing_specific_are_boilerplate(text, lang):
    assert stock(text, lang)
