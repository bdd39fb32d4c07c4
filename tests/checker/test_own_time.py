"""A time the customer gave in an item for their own appointment ('job interview at 13:00') is
theirs, not a fact the reply gets wrong: wishing them luck at it, or saying the bag comes before
it, contradicts nothing. Sentences written for these tests, not taken from the corpus. Not: a time
the facts give otherwise for what the reply times (the bag reaching Oulu), and a made-up time for
something the items never timed."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

OWN_TIME = [
    ("fast-good-answer", "sanni-viral", "en", "Your bag is at the hotel reception in good time for the 13:00 interview, Sanni!"),
    ("fast-good-answer", "sanni-viral", "fi", "Laukkusi odottaa hotellin vastaanotossa hyvissä ajoin ennen klo 13 haastattelua, Sanni!"),
    ("fast-good-answer", "sanni-viral", "en", "Sanni, the suitcase is at your hotel now, well ahead of your interview at 13:00."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), OWN_TIME)
def test_the_customers_own_appointment_time_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")


WRONG_TIME = [
    ("fast-good-answer", "sanni-viral", "en", "Sanni, your suitcase reached Oulu bus station at 13:00.", "at 13:00"),
    ("fast-good-answer", "sanni-viral", "fi", "Sanni, laukkusi oli Oulun linja-autoasemalla klo 13.", "klo 13"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG_TIME)
def test_a_time_the_facts_give_otherwise_is_still_wrong(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


def test_a_time_of_ours_beside_their_appointment_is_still_a_promise():
    result = review("fast-good-answer", "sanni-viral", "Sanni, the taxi will have your bag at the hotel by 12:40, before your 13:00 interview.", "en")
    assert spans(result, "promise") == ["by 12:40"]
    assert not spans(result, "wrong_fact")


def test_their_appointment_said_back_promises_no_time():
    result = review("fast-good-answer", "sanni-viral", "Sanni, the taxi brings the bag to your hotel before your 13:00 interview.", "en")
    assert not spans(result, "promise")
