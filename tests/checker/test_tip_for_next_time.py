"""Blame as a tip for next time (fault._for_next_time): 'tip for the future: keep a leak alarm',
'for next time it's good to have a second way to pay', 'next time turn the valve off',
'vinkki tulevaisuuteen: asenna vuotohälytin', 'ensi kertaa varten kannattaa…' tell the customer
what they did wrong this time. Beside each, the same time words with our plans or a time
clause. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "water-damage-question", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Please send us the photos. Tip for the future: keep a leak alarm under the washing machine.",
     "We have big plans for the future: claims will be handled in the app."),
    ("For next time it is good to have a leak alarm under the sink.", "For future claims, we'll add a photo upload to the app."),
    ("First thing: next time turn the main valve off as soon as you see a leak.", "Next time you call, the claims team will have your photos."),
])
def test_a_tip_for_next_time_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Lähetä kuvat meille. Vinkki tulevaisuuteen: asenna vuotohälytin pesukoneen alle.", "Tulevaisuuteen panostamme nopeampaan korvauskäsittelyyn."),
    ("Ensi kertaa varten kannattaa asentaa vuotohälytin tiskikoneen alle.", "Ensi kertaa varten olemme lisänneet sovellukseen kuvien latauksen."),
])
def test_a_finnish_tip_for_next_time_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("A phone call gets through faster than a Facebook post, just so you know for next time.", "Next time we'll answer faster than today."),
    ("Messaging us is quicker than tagging us in a post, for next time.", "The coach will be warmer than today, next time."),
])
def test_a_better_way_said_before_the_time_that_ends_it_blames(fires, quiet):
    """'…quicker than a tweet, for next time': the next time closes the sentence, and the better way before it
    is the advice; our own progress ('faster than today') is none."""
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
def test_finnish_a_better_way_before_the_closing_time_blames():
    assert blames("Yksärillä saa vastauksen nopeammin kuin kommentilla, ensi kertaa ajatellen.", "fi")
    assert not blames("Vastaamme nopeammin kuin tänään, ensi kerralla.", "fi")
