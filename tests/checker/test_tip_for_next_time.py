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
