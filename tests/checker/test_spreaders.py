"""Blame as telling commenters off for spreading a falsehood (reproof._spreading_fi, EN_SPREAD):
said of them in the third person ('osa kommentoijista levittää täällä valheita', 'some people
here are spreading nonsense again'), or told to stop the spreading named as a noun ('lopettakaa
huhujen levittely'). Each with a reply that must not blame: a rumour said to go round with
no one named, a falsehood corrected, a welcome spreading. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "cyber-rumour", text, lang).has("blame")


@voikko
@pytest.mark.parametrize("text", [
    "Osa kommentoijista levittää täällä valheita.",
    "Jotkut lietsoo täällä turhaa paniikkia.",
    "Lopettakaa perättömien huhujen levittely.",
    "Lopeta jo tuo pelottelu ja huhujen levittely.",
])
def test_finnish_commenters_said_to_spread_or_told_to_stop_the_spreading_blames(text):
    assert blames(text, "fi")


@voikko
@pytest.mark.parametrize("text", [
    "Somessa leviää huhu tietomurrosta – se ei pidä paikkaansa, kyse on teknisestä viasta.",
    "Huhua tietomurrosta levitetään nyt monessa ryhmässä, mutta tietomurtoa ei ole tapahtunut.",
    "Kiitos kaikille, jotka levittävät tietoa puhelinpalvelusta naapureille.",
    "Emme halua, että kukaan lietsoo paniikkia, joten kerromme kaiken minkä tiedämme.",
])
def test_finnish_a_rumour_going_round_or_a_welcome_spreading_does_not_blame(text):
    assert not blames(text, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Some people here are spreading nonsense again.", "A false claim about a breach is being shared around: it isn't true, the cause is a technical fault."),
    ("Certain commenters keep spreading rumours about a break-in.", "Thanks to everyone spreading the word about the phone service!"),
])
def test_english_commenters_said_to_spread_a_falsehood_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")
