"""Blame as advice against what the customer just did, said as a relative clause (reproof.
EN_ADVISED_AGAINST): 'your card number is visible to everyone, which you really should never
do'. The Finnish 'mitä ei kannata koskaan tehdä' was read before (the lexicon's 'ei kannata
koskaan') and is kept beside it. Not what they should do next, nor what they should never have
to. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "rent-due", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Eeva, your account number now shows in a public comment, which you honestly should never do.",
     "The branch staff will tell you what you should do next."),
    ("You posted your PIN here, which nobody should ever do.",
     "Your details are visible here, which is something you should never have to worry about, so we hid them."),
])
def test_their_act_said_to_be_what_one_should_never_do_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
def test_the_finnish_form_still_blames():
    assert blames("Tilinumerosi näkyy nyt julkisessa kommentissa, mitä ei kannata koskaan tehdä.", "fi")
    assert not blames("Konttorissa kerrotaan, mitä kannattaa tehdä seuraavaksi.", "fi")
