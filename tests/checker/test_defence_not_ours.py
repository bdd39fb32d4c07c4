"""Ours denied in other words, and our record said to be in order, in the shapes the first rules
missed (sentences written for these tests, not taken from the corpus): 'not from us', 'X, not
customer service', "aren't our responsibility", 'ei oo meidän vastuulla'; 'always fully staffed',
'miehitys oli suunnitelman mukainen', 'no rules were broken'. And the near misses: ours owned ('it
is our responsibility'), 'not yours', 'from the driver, not from us' (who tells it), a rule said in its place, the customer's fee that is theirs."""

from __future__ import annotations

import pytest
from checkerkit import review


def defensive(text: str, lang: str) -> bool:
    return review("fast-good-answer", "cold-coach", text, lang).has("defensive")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "That estimate came from the road authority, not from us."),
    ("en", "The timetable is set by the city, not customer service."),
    ("en", "Connections booked separately aren't our responsibility."),
    ("en", "Sorry, but the heater isn't really our fault, the depot handles it."),
    ("fi", "Tää ei oo meidän vastuulla, soita varikolle."),
    ("fi", "Erikseen varatut jatkoyhteydet eivät ole meidän vastuullamme."),
    ("fi", "Aikataulut päättää kaupunki, eikä asiakaspalvelu."),
    ("en", "Our coaches are always fully staffed, so that's not the issue."),
    ("fi", "Linjan miehitys oli aamulla täysin suunnitelman mukainen."),
    ("en", "He agreed to it in writing, so no rules were broken here."),
])
def test_ours_denied_or_our_record_defended_is_defensive(lang, text):
    assert defensive(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The cold coach is our responsibility, and we're sorry."),
    ("en", "That was our mistake, not yours, and the heater is being fixed today."),
    ("fi", "Tämä on meidän vastuullamme, ja korjaamme lämmityksen tänään."),
    # who tells it, not whose the cause is
    ("en", "You'll hear the new time from the driver first, not from us on the wall, and we're sorry for the cold."),
    ("en", "The rules on refunds are on our site, and this one is covered: you'll get the fare back."),
])
def test_ours_owned_is_not_defensive(lang, text):
    assert not defensive(text, lang)
