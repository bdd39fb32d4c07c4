"""Blame as the customer's unofficial post named as the harm (reproof.EN_POSTS_CAUSE,
reproof._posts_cause_fi): 'second-hand recall lists only cause confusion', 'epävirallinen tieto
lisää vain sekaannusta'. Beside each, the same words for our own plan, a sympathy without
'only', our unofficial update. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("single-admin", "allergy-blogger", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Please take the list down – second-hand recall lists only cause confusion.", "Unofficial updates from us will follow at noon."),
    ("Unverified batch numbers in a blog post just add to the worry.",
     "Second-hand information causes confusion, so we post the batch numbers here ourselves."),
])
def test_an_unofficial_post_named_as_the_harm_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Poistathan julkaisun – epävirallinen tieto takaisinvedosta lisää vain sekaannusta.", "Tällaiset tilanteet aiheuttavat hämmennystä, ymmärrämme sen."),
    ("Vahvistamattomat eränumerot aiheuttavat vain turhaa hämmennystä.",
     "Julkaisemme epävirallisen tiedon sijaan viralliset eränumerot, jotta sekaannusta ei synny."),
])
def test_finnish_unofficial_post_named_as_the_harm_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
