"""Blame as advice on dressing for the cold (fault.lectures, with 'lämpimästi' and 'warmly' as
words of reproach): told after a cold ride to dress warmly, the customer hears that the cold
was their own doing, as 'dress for the weather' and 'pukekaa lämpimämmin' already say. Each
beside a sentence with the same word that lectures no one: our thanks, our own staff, a
welcome. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("fast-good-answer", "cold-coach", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("In November it's worth dressing warmly, the mornings are chilly.", "We warmly thank you for the feedback, the heater is being fixed."),
    ("Dress warmly, the early coaches take a while to heat up.", "Our drivers dress warmly too, and the heater is being fixed."),
])
def test_advice_to_dress_warmly_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Marraskuussa kannattaa pukeutua lämpimästi, aamut ovat koleita.", "Kiitos, otamme palautteen lämpimästi vastaan ja korjaamme lämmityksen."),
    ("Kannattaa kyllä pukea lapset lämpimästi, autot lämpenevät hitaasti.", "Lämmitys korjataan, ja kuljettajatkin pukeutuvat lämpimästi."),
    ("Pukeutukaa lämpimästi, aamulla on pakkasta.", "Toivotamme teidät lämpimästi tervetulleiksi uudelle reitille."),
])
def test_finnish_advice_to_dress_warmly_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
