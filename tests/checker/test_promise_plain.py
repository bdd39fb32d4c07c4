"""Promises in the plain words the earlier rounds missed, in sentences written for these tests
(not taken from the corpus): round the clock as '24 hrs a day' or '24 tuntia vuorokaudessa',
answering 'läpi yön', a call 'right now' as 'ring you', an app 'up again immediately', and a
gift everyone gets ('jokainen saa 20 € hyvityksen'). And the near misses: the card blocking line
the facts give round the clock, 'as soon as it's up again', 'ring us' (the customer's call),
the facts' own free rebooking and shop refund said of everyone, the night denied."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("deleted-comment", "why-no-answer", "en", "We're here 24 hrs a day for you.", "24 hrs a day"),
    ("bank-outage", "first-angry", "fi", "Päivystämme täällä läpi yön.", "läpi yön"),
    ("viral-video", "why-silent", "fi", "Me päivystetään täällä läpi yön.", "läpi yön"),
    ("strike-threat", "phone-post", "en", "I'll ring you right now!", "right now"),
    ("bank-outage", "first-angry", "en", "The app will be up again immediately.", "immediately"),
    ("empty-promise", "compensation", "fi", "Jokainen saa 20 € hyvityksen tammikuun laskuun.", "hyvityksen"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_this_promises_in_plain_words(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("bank-outage", "card-number", "fi", "Kortin sulkupalvelu 010 555 2999 palvelee 24 tuntia vuorokaudessa."),
    ("bank-outage", "card-number", "en", "The card blocking line 010 555 2999 is open 24 hours a day."),
    ("bank-outage", "first-angry", "en", "We'll post here as soon as it's up again."),
    ("strike-threat", "elderly-relative", "en", "Ring us on 09 4242 5000 from 06:00 and press 2 for a callback."),
    ("strike-threat", "angry-cancelled", "fi", "Jokainen saa siirtää lennon maksutta toiseen päivään 14 päivän sisällä."),
    ("single-admin", "worried-grandma", "fi", "Kaikki saavat rahat takaisin kaupasta ilman kuittia."),
    ("empty-promise", "first-angry", "fi", "Emme päivystä läpi yön, mutta korjaajat tekevät töitä koko illan."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_this_promises_nothing_new(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
