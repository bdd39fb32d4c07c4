"""Blame as the customer told to mind their manners (reproof.mind_manners): 'keep it civil and
we'll help', 'mind your tone', 'polite questions get answers', 'if you ask nicely', 'kysy
asiallisesti, niin vastataan', 'asiallisiin kysymyksiin vastataan': their tone is the fault. Not a
thanks for it, not our own manner ('we'll ask the shops politely', 'vastaamme asiallisesti').
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("single-admin", "deleted-screenshot", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Keep it civil and we'll be happy to help.", "Thanks for asking so politely!"),
    ("Polite questions get answers.", "We'll ask the shops politely to take the notice down."),
    ("If you ask nicely, we'll look into it.", "If you ask the shop, they'll refund you."),
    ("Please mind your tone.", "Please mind the batch number on the pack."),
])
def test_told_to_mind_their_manners_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kysy asiallisesti, niin vastataan.", "Kiitos asiallisesta kysymyksestä!"),
    ("Asiallisiin kysymyksiin vastataan.", "Vastaamme asiallisesti kaikkiin viesteihin."),
    ("Kirjoita vähän kohteliaammin, niin autetaan.", "Palautamme tuotteet asiallisesti kauppaan."),
])
def test_finnish_told_to_mind_their_manners_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
