"""A sequence of steps is no lecture (fault._first_step): 'ensin' / 'first' with a 'sitten' / 'then'
after it in its sentence says what to do in order ('hanki lausunto ensin ja tee sitten ilmoitus',
'check the valve first, then take photos'), not that the customer should have looked first; 'first'
alone still reproaches ('check your facts first'). Sentences written for these tests, not taken from
the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "water-damage-question", text, lang).has("blame")


def test_first_then_is_a_sequence_of_steps():
    assert not blames("Check the water valve first, then take photos of the floor.", "en")
    assert not blames("Read the meter first and after that send us the figure.", "en")
    assert blames("Check the water valve first.", "en")


@voikko
@pytest.mark.parametrize(("quiet", "fires"), [
    ("Hanki ensin putkimiehen lausunto ja tee sitten ilmoitus.", "Hanki ensin putkimiehen lausunto."),
    ("Tarkista ensin vesihana, sen jälkeen ota kuvat lattiasta.", "Tarkista vesihana ensin."),
])
def test_finnish_ensin_sitten_is_a_sequence_of_steps(quiet, fires):
    assert not blames(quiet, "fi")
    assert blames(fires, "fi")
