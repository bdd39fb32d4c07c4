"""Blame as the customer's choice set against the right way (accuse.chose_instead): 'this
customer chose to go to the papers instead of using our chat', 'you went to Facebook rather than
calling us', 'asiakas vei asian lehteen sen sijaan, että…', 'päätit kirjoittaa radioon puhelimen
sijaan'. Our own choice of channel and our staff's are not read. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "pile-on", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Most claims go smoothly; this customer chose to go to the papers instead of using our chat.",
     "We chose to answer here instead of sending a private message."),
    ("You went to the radio show rather than calling our claims line.", "Our agent decided to call instead of writing, sorry about the wait."),
])
def test_their_choice_set_against_the_right_way_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Asiakas vei asian lehteen sen sijaan, että olisi käyttänyt turvallista chattia.",
     "Päätimme vastata täällä sen sijaan, että lähettäisimme yksityisviestin."),
    ("Päätit kirjoittaa radio-ohjelmaan korvauspuhelimen sijaan.", "Työntekijämme päätti soittaa kirjoittamisen sijaan."),
])
def test_finnish_their_choice_set_against_the_right_way_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
