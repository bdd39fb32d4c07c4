"""Blame as pointing at where it was plainly said (accuse.pointed_out, the lexicon's rules_said):
in Finnish a verb of saying or writing with 'selvästi' or 'selkeästi' in its clause, in any
word order, says the customer was told already. Each with a reply of the same words that must not
blame: negated (we did not say it clearly), what should have been said, a promise of clarity, a
sentence that owns the error. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("blame")


@voikko
@pytest.mark.parametrize(("scenario", "inject", "text"), [
    ("bank-outage", "eta-callout", "Kuten tiedotteessa selvästi sanottiin, aika oli arvio."),
    ("fast-good-answer", "pet-question", "Tämä lukee ihan selvästi meidän sivuilla."),
    ("deleted-comment", "price-critic", "Laskun liitteessä kerrottiin korotuksesta hyvin selkeästi."),
    ("empty-promise", "promise-callout", "Pyhäaikojen palveluajat on ilmoitettu sivuillamme ihan selvästi."),
])
def test_finnish_said_plainly_in_any_word_order_blames(scenario, inject, text):
    assert blames(scenario, inject, text, "fi")


@voikko
@pytest.mark.parametrize("text", [
    "Emme kertoneet tarpeeksi selvästi, että aika oli arvio – pahoittelut.",
    "Kerromme selvästi heti, kun tiedämme enemmän.",
    "Meidän olisi pitänyt kertoa selvemmin, että aika oli vain arvio.",
    "Tiedotteessa luki selvästi väärä aika, se oli meidän virhe.",
    "Selvästi tämä harmittaa, ja ymmärrän sen hyvin: korjaus on yhä kesken.",
])
def test_finnish_said_plainly_negated_owed_promised_or_owned_does_not_blame(text):
    assert not blames("bank-outage", "eta-callout", text, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The notice plainly said 9 was an estimate.", "We should have said more plainly that 9 was only an estimate, sorry."),
    ("It's plainly marked on the ticket that the 7.00 may run late.", "We'll mark it more plainly on the tickets that the 7.00 may run late."),
])
def test_english_said_plainly_blames_said_of_what_we_owe_it_does_not(fires, quiet):
    assert blames("bank-outage", "eta-callout", fires, "en")
    assert not blames("bank-outage", "eta-callout", quiet, "en")
