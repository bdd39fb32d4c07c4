"""Blame as the customer's past act called a risk they took (accuse.GERUND_RISKED and
_risked_fi): 'travelling the day after the strike was announced was always going to be a
gamble', 'matkustaminen lakon alla oli aina riski' say the loss was theirs to foresee. Beside
each, the same words said of the present (no one's act), of our own act, or negated. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("strike-threat", "family-trip", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Travelling to a festival the day after the strike was announced was always going to be a gamble.",
     "Travelling during a strike is a risk for everyone, so we rebook free of charge."),
    ("Hi Sanna, flying out on the last day of the holiday was a bit risky, that's what insurance is for.",
     "Selling tickets during the strike threat was a risk on our part, and we're sorry."),
])
def test_their_past_act_called_a_risk_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Festarimatkan varaaminen lakkovaroituksen jälkeen oli aina riski, siihen on matkavakuutus.",
     "Matkustaminen lakon aikana on riski kaikille, joten siirrämme lennon maksutta."),
    ("Lähteminen lomalle viimeisellä lennolla oli vähän uhkapeliä.", "Lippujen myyminen lakon alla oli meiltä riski, pahoittelemme."),
])
def test_finnish_past_act_called_a_risk_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
