"""Enough staff, staffed to plan, absences covered: the shift said to have been as it should where
the drill's facts say two of four were off sick and no cover was found (lexicon.OPPOSITE_STATES
'understaffed', read by states.py), in many words and word orders, and said of all of ours by the
plural alone ('our restaurants', 'ravintoloissamme') or with 'always' (which takes in tonight).
Sentences written for these tests, not taken from the corpus. Not: the state denied, promised
for later ('from now on', 'jatkossa', 'going forward'), an aim, a time ahead, or a noun phrase
that says whose job staffing is ('riittävä miehitys on meidän vastuullamme')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

ENOUGH = [
    ("en", "Aleksi, Hervanta had enough staff on that evening."),
    ("en", "Staffing at Hervanta was adequate on Friday."),
    ("en", "There were plenty of staff on at Hervanta, it was simply a very busy night."),
    ("en", "the hervanta shift was well staffed tbh"),
    ("en", "We can confirm that the Hervanta evening shift was at full strength."),
    ("en", "Absences at Hervanta were covered as usual on Friday."),
    ("en", "Staffing at Hervanta was totally fine that night! 😊"),
    ("en", "Our restaurants are always staffed as planned, Hervanta included."),
    pytest.param("fi", "Hervannassa oli perjantaina riittävästi väkeä.", marks=voikko),
    pytest.param("fi", "Hervannassa oli ihan tarpeeks porukkaa perjantaina", marks=voikko),
    pytest.param("fi", "Hervannan miehitys oli perjantaina kunnossa.", marks=voikko),
    pytest.param("fi", "Ravintoloissamme miehitys on aina suunnitelman mukainen.", marks=voikko),
    pytest.param("fi", "Poissaolot paikattiin Hervannassa tavalliseen tapaan.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), ENOUGH)
def test_enough_staff_where_two_of_four_were_off_sick_is_a_wrong_fact(lang, text):
    assert spans(review("viral-video", "coworker-post", text, lang), "wrong_fact")


NOT_SAID = [
    ("en", "Hervanta did not have enough staff on Friday, and that's on us."),
    ("en", "From 19:00 there are enough people on at Hervanta."),
    ("en", "At the weekend our restaurants are staffed to plan, three to four per shift."),
    ("en", "Going forward Hervanta will always have enough staff."),
    ("en", "We always aim to staff our restaurants to plan, and on Friday we fell short."),
    ("en", "We try to have enough staff on every shift, and on Friday we fell short."),
    ("en", "Adequate staffing is our job, and on Friday we failed at it."),
    pytest.param("fi", "Hervannassa ei ollut perjantaina tarpeeksi väkeä.", marks=voikko),
    pytest.param("fi", "Jatkossa huolehdimme, että vuorossa on aina riittävästi henkilökuntaa.", marks=voikko),
    pytest.param("fi", "Lupaan, että Hervannassa on tästä lähtien tarpeeksi porukkaa.", marks=voikko),
    pytest.param("fi", "Viikonloppuna ravintoloissamme on tarpeeksi väkeä, kolmesta neljään vuorossa.", marks=voikko),
    pytest.param("fi", "Riittävä miehitys on meidän vastuullamme, ja perjantaina se petti.", marks=voikko),
    pytest.param("fi", "Miehitys ei ollut suunnitelman mukainen.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SAID)
def test_the_state_denied_promised_or_ahead_is_no_wrong_fact(lang, text):
    assert not spans(review("viral-video", "coworker-post", text, lang), "wrong_fact")
