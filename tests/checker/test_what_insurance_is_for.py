"""Blame as the precaution the customer did not take said to be for exactly this (reproof.unbought):
"that's exactly what travel insurance is for", 'cancellation cover is there for situations like
this', 'this is why people take out cancellation cover', 'sitä varten on matkavakuutus',
'matkavakuutus on just tätä varten'. Not advice to ask the insurer, not ours. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("strike-threat", "angry-cancelled", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("That's exactly what travel insurance is for.", "Your travel insurance may cover the hotel; check with your insurer."),
    ("Cancellation cover is there for situations like this.", "We don't sell travel insurance, but many cards include it."),
    ("This is why people take out cancellation cover.", "This is why we refund the flight in full."),
])
def test_the_precaution_not_taken_said_to_be_for_this_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Sitä varten on matkavakuutus.", "Matkavakuutuksesi voi korvata hotellin, kysy vakuutusyhtiöltä."),
    ("matkavakuutus on just tätä varten", "Emme myy matkavakuutuksia, mutta monessa kortissa on sellainen."),
])
def test_finnish_the_precaution_not_taken_said_to_be_for_this_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
