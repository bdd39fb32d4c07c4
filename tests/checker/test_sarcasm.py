"""Curt as sarcasm (tone.sarcasm): an eye rolled (🙄, 😒), a sneering thanks, a scoff or a praise
said as a clause of its own ('Niin varmaan.', 'Yeah right, because…', 'Kiitos, tosi
rakentavaa.'). Each with a reply of the same words that must not be curt: the words inside a
longer clause, a sincere thanks, a reply that says what we will do. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def curt(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("curt")


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("fast-good-answer", "bag-angry", "fi", "Kiitos taas tästä ihanasta palautteesta 🙄"),
    ("fast-good-answer", "bag-angry", "en", "Thanks for the lovely tweet 🙄"),
    ("personal-data-complaint", "pile-on", "fi", "Niin varmaan. Ei me koskaan mitään makseta 😒"),
    ("deleted-comment", "neighbour-pile-on", "en", "Yeah right, because a 12% rise is the end of the world."),
    ("empty-promise", "still-silent", "fi", "Kiitos, tosi rakentavaa."),
    ("empty-promise", "still-silent", "en", "Wow, thanks for sharing that with the whole village. Very helpful."),
    ("empty-promise", "still-silent", "en", "Well, thanks for nothing, I suppose."),
])
def test_a_rolled_eye_a_sneering_thanks_or_a_scoff_said_alone_is_curt(scenario, inject, lang, text):
    assert curt(scenario, inject, text, lang)


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("fast-good-answer", "praise-driver", "fi", "Kiitos tosi paljon! Välitämme terveiset kuljettajalle 😊"),
    ("fast-good-answer", "praise-driver", "en", "Very helpful of the driver, we'll pass your thanks on! 😊"),
    ("bank-outage", "praise", "fi", "Kiitos, tosi hyödyllistä palautetta meille!"),
    ("fast-good-answer", "wifi-question", "fi", "Joo joo, wifi ja pistorasiat löytyy kaikista Helsinki–Tampere-vuoroista 🙂"),
    ("fast-good-answer", "bag-angry", "fi", "Niin varmaan tuntuu pahalta, anteeksi! Laukku on löytynyt ja tulee hotellille ennen yhtätoista."),
    ("bank-outage", "first-angry", "en", "Yeah, right now the app is down for everyone, sorry. We'll post the next update here by 9."),
])
def test_the_same_words_in_a_longer_clause_or_a_sincere_thanks_are_not_curt(scenario, inject, lang, text):
    assert not curt(scenario, inject, text, lang)


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("strike-threat", "false-rumour", "fi", "Riikka, mitään lentoja ei ole peruttu 🙄 päätös tulee noin klo 7.15."),
    ("strike-threat", "false-rumour", "en", "No Friday flights are cancelled 🙄 the decision comes about 7:15."),
])
def test_an_eye_rolled_beside_a_fact_given_right_sneers_around_an_answer_not_a_brush_off(scenario, inject, lang, text):
    result = review(scenario, inject, text, lang)
    assert result.has("informs") and not result.has("curt")
