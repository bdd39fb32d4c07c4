"""Commitments said in ways the first rounds missed, with sentences written for these tests (not
taken from the corpus): a guarantee in any tense, 'voimme taata', a fix by lunchtime, 'netti
pelaa taas' as a fix, 'you'll make it' where the drill's coaches run late, covering 'them', 'ei
peritä', a payment sooner than the facts give to this customer, 24/7 said in its own clause
beside the word 'promise'. And the near misses: a time of day that says which hour ('from 8
this morning'), 'we never said…', a general claim of how long claims take, advice."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PROMISES = [
    ("fast-good-answer", "wifi-question", "en", "Hi! The onboard wifi is excellent and stays up the whole trip, guaranteed.", "guaranteed"),
    pytest.param("bank-outage", "cyber-rumour", "fi", "Voimme taata, että säästöillenne ei tapahdu mitään.", "taata", marks=voikko),
    ("bank-outage", "eta-callout", "en", "Our IT team says the app will be back up by lunchtime.", "by lunchtime"),
    pytest.param("empty-promise", "first-angry", "fi", "Asentajat on matkalla ja netti pelaa taas puolessa tunnissa.", "puolessa tunnissa",
                 marks=voikko),
    pytest.param("fast-good-answer", "late-coach", "fi", "Moi! Pientä hidastelua, mutta ehdit hyvin kokoukseen.", "ehdit hyvin", marks=voikko),
    ("fast-good-answer", "late-coach", "en", "A few minutes behind, but don't worry, you'll make it to your meeting.", "you'll make it"),
    ("strike-threat", "angry-cancelled", "en", "Send us the taxi and theatre receipts and we'll cover them.", "cover them"),
    pytest.param("bank-outage", "rent-due", "fi", "Älä huoli, sinulta ei peritä viivästyskorkoa.", "ei peritä", marks=voikko),
    ("personal-data-complaint", "water-damage-question", "en", "Send the photos and we'll pay the claim to your account in 2 days.", "2 days"),
    ("empty-promise", "promise-callout", "en", "The promise is real – we're here for you 24/7, every evening.", "24/7"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PROMISES)
def test_a_commitment_nobody_backs_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NOT_PROMISES = [
    # the day part says which hour: the hour is the figure (and here the wrong one)
    ("bank-outage", "rent-due", "en", "You can visit a branch from 8 this morning."),
    # what we never said is reported, not promised
    ("empty-promise", "nine-passed", "en", "We never said the network would be back by nine."),
    # a general claim of how long claims take, and advice to the customer: no payment promised
    ("personal-data-complaint", "pile-on", "en", "Most claims are settled within two working days."),
    pytest.param("bank-outage", "rent-due", "fi", "Laskut kannattaa maksaa pari päivää ennen eräpäivää.", marks=voikko),
    # the page's 24/7 named in its own clause, as marketing's words
    ("empty-promise", "promise-callout", "en", "You're right, the 24/7 promise on our page was wrong – we're staffed 8–16."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PROMISES)
def test_no_commitment_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


def test_a_payment_sooner_than_the_facts_give_is_also_a_wrong_fact():
    found = review("personal-data-complaint", "water-damage-question", "Send the photos and we'll pay you within 2 days.", "en")
    assert "2 days" in spans(found, "promise") and "2 days" in spans(found, "wrong_fact")
