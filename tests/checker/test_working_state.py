"""A service said to be down where the drill's facts say it works normally (lexicon.OPPOSITE_STATES
'working', read by states.py), also on an item that comes by a trigger, where another thing's
outage said in the drill turns no state of this one ('the app is down' says nothing of the
ATMs). Sentences written for these tests, not taken from the corpus. Not: the thing that is
down said to be down, a condition."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

SAID_DOWN = [
    ("bank-outage", "first-angry", "en", "Tuomas, the ATMs are out of order across town this morning.", "out of order"),
    ("bank-outage", "comms-call", "en", "For the text: the ATMs aren't working today either.", "aren't working"),
    pytest.param("bank-outage", "first-angry", "fi", "Tuomas, pankkiautomaatit eivät toimi tänä aamuna.", "eivät toimi", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), SAID_DOWN)
def test_down_where_the_facts_say_it_works_normally_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang, "private" if inject == "comms-call" else "public"), "wrong_fact")


NOT_SAID_DOWN = [
    ("bank-outage", "first-angry", "en", "Cards and ATMs work normally; only the app is down."),
    ("bank-outage", "first-angry", "en", "If the ATMs are down anywhere, we'll post it here."),
    pytest.param("bank-outage", "first-angry", "fi", "Verkkopankki ei toimi, mutta kortit ja automaatit toimivat normaalisti.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_SAID_DOWN)
def test_what_is_down_said_down_or_a_condition_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
