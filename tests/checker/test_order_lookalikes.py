"""What only looks like an order of diligence in English (fault._imperative): a noun or a
gerund that opens a sentence ('Booking KX41 is confirmed…', 'Reading the feedback, we…') and
a heading ('NOTICE: …') tell no one what to do, however many words of reproach ('ahead',
'terms', 'always') the sentence holds; the bare verb still does ('Read the terms first').
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def blames(text: str, route: str = "public") -> bool:
    return review("strike-threat", "family-trip", text, "en", route).has("blame")


@pytest.mark.parametrize("quiet", [
    "Booking ABC123 for the three of you is confirmed, and we'll let you know if the strike goes ahead.",
    "Checking your flight now: it always leaves from gate 12, strike or not.",
])
def test_a_noun_or_gerund_at_the_start_is_no_order(quiet):
    assert not blames(quiet)


def test_a_heading_is_no_order():
    assert not blames("NOTICE: refunds follow the terms of carriage. We'll post the next update at 14.", "status")


@pytest.mark.parametrize("fires", [
    "Read the terms first, they say what a strike means for your flight.",
    "Check the strike page first, it's all there.",
])
def test_the_bare_order_still_blames(fires):
    assert blames(fires)
