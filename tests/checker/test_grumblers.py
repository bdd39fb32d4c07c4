"""Blame as the critics sneered at as people who look for something to complain about
(reproof.grumblers): 'some folks will complain about anything', "there's always someone looking for
something to complain about", 'aina löytyy joku, joka valittaa kaikesta', 'kaikesta sitä näköjään
valitetaan'. Not what some of them rightly said, not a question asked, not ours, not an appeal's
'valittaa'. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("viral-video", "regular-defends", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Some folks will complain about anything.", "Some of you complained about the wait, and you're right."),
    ("There's always someone looking for something to complain about.", "Some people have asked about the opening hours: we're open till 22."),
    ("Some people just love to be outraged.", "We know some people are never happy with a long queue, and we're sorry."),
])
def test_critics_sneered_at_as_grumblers_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Aina löytyy joku, joka valittaa kaikesta.", "Osa teistä valitti jonosta, ja olette oikeassa."),
    ("Kaikesta sitä näköjään valitetaan.", "Jos haluat valittaa päätöksestä, ohjeet ovat päätöksessä."),
    ("Osa porukasta kitisee ihan mistä vaan.", "Emme valita kaikesta, vaan korjaamme asian."),
])
def test_finnish_critics_sneered_at_as_grumblers_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
