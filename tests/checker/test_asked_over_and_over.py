"""Blame as the customer told off for asking or posting over and over (reproof.repeated): an
order not to with where or how often ('äläkä kysele joka ketjussa', "please don't ask the same
thing in every thread", 'stop posting it everywhere'), 'no need' with spamming or everywhere
('samaa kysymystä ei tarvitse spämmätä', 'no need to post it three times'). Not reassurance ('no
need to ask again, we've got it'), not our own ('we won't spam you'), not spam as a filter's word.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("viral-video", "why-silent", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("No need to spam the same question.", "No need to ask again, we've got your message 🙂"),
    ("Please don't ask the same thing in every thread.", "Please ask us anything in this thread."),
    ("Stop posting this everywhere, we've seen it.", "We won't spam you with updates."),
    ("pls dont spam", "Our filter flagged it as spam, sorry."),
    ("There's no need to post it three times.", "Don't worry, you don't need to post anything else."),
])
def test_told_off_for_asking_over_and_over_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Älä kysele joka ketjussa.", "Kysy vapaasti tässä ketjussa."),
    ("ei tarvii kysyä joka paikassa uudestaan", "Ei tarvitse kysyä uudestaan, hoidamme asian 🙂"),
    ("Turha kysellä samaa moneen kertaan.", "Emme spämmää teitä päivityksillä."),
    ("Älkää postatko samaa kaikkialle.", "Älkää huoliko, vastaamme kaikille."),
    ("Lopeta kyseleminen joka ketjussa.", "Suodatin merkitsi viestin roskapostiksi."),
])
def test_finnish_told_off_for_asking_over_and_over_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
