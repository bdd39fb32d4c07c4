"""Money given back as people on shift say it, in sentences written for these tests (not taken
from the corpus): a payment 'returned to you' or put 'back on your account', 'rahat palautuu',
'palautamme summan', spoken Finnish's 'takas' for 'takaisin' ('takasin', which Voikko reads as 'I guaranteed', pledges nothing), a fee credited to everyone, and a
gift said after a turn ('mut') where the part before leaves refunds to the terms. The near
misses: the service coming back ('verkkopankki palautuu'), returning a product to the shop where
the facts give the money back, a refund the facts give said in spoken words, a refusal, and a
decision left for later with no gift made."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "double-charge", "en", "Don't worry, the extra €52 will be returned to your account.", "returned to your"),
    ("bank-outage", "double-charge", "en", "we'll put the double charge back on your account asap", "back on your account"),
    ("bank-outage", "double-charge", "en", "We will return the money to you as soon as the system is up.", "return the money"),
    ("bank-outage", "double-charge", "en", "The second payment goes back to your card, no worries!", "back to your card"),
    ("bank-outage", "double-charge", "fi", "Toinen veloitus palautetaan tilillesi.", "veloitus palautetaan"),
    ("bank-outage", "double-charge", "fi", "Palautamme ylimääräisen summan sinulle.", "summan"),
    ("bank-outage", "double-charge", "fi", "rahat palautuu tilille ihan itestään", "rahat palautuu"),
    ("bank-outage", "double-charge", "fi", "saat sen tuplamaksun takas, ei hätää", "tuplamaksun takas"),
    ("empty-promise", "compensation", "en", "As a thank-you, every affected customer gets a month's fee credited on the next bill.", "fee credited"),
    ("empty-promise", "compensation", "fi", "Hyvityksistä päätetään ehtojen mukaan, mut sulle tulee kuun maksu takas.", "maksu takas"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_money_given_back_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("bank-outage", "first-angry", "fi", "Verkkopankki palautuu käyttöön, kun vika on korjattu."),
    ("bank-outage", "first-angry", "en", "Salaries show on your account once the online bank is back."),
    ("single-admin", "silence-critic", "fi", "Palauta tuote kauppaan, niin saat rahat takas."),
    ("single-admin", "silence-critic", "fi", "Vie paketti kauppaan, saat rahat takasin ilman kuittia."),
    ("strike-threat", "compensation-q", "fi", "Jos lento perutaan, saat rahat takas kajava.fi/lakko -sivulta."),
    ("strike-threat", "compensation-q", "en", "If your flight is cancelled, you can get your money back at kajava.fi/lakko."),
    ("bank-outage", "double-charge", "en", "We can't return the money here in public, please call 010 555 2000."),
    ("bank-outage", "double-charge", "fi", "Emme voi palauttaa rahoja täällä somessa, soita 010 555 2000."),
    ("empty-promise", "compensation", "fi", "Hyvitykset käsitellään sopimusehtojen mukaan vian jälkeen."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_no_money_given_back_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
