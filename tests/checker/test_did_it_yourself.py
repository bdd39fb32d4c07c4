"""Blame as the customer having done it themselves, whatever they did (fault.own_doing): 'you
changed the booking yourself', 'peruit varauksen itse' say the loss is theirs. Not what they
can still do themselves ('you can rebook yourself', 'voit siirtää lennon itse'), nor our own
doing. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("strike-threat", "family-trip", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("You changed the booking yourself, so the old seats were released.", "You can rebook yourself at kajava.fi/lakko, free of charge."),
    ("Since you cancelled the return leg yourself, it can't be restored.", "We cancelled the return leg ourselves by mistake, sorry."),
])
def test_their_own_past_act_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Peruit varauksen itse, joten paikat vapautuivat.", "Voit siirtää lennon itse sivuillamme maksutta."),
    ("Vaihdoit paluulennon itse, eikä vanhaa paikkaa voi palauttaa.", "Vaihdoimme paluulennon itse vahingossa, pahoittelut."),
])
def test_finnish_their_own_past_act_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
