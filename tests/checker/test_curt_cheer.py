"""Curt in an upbeat brand voice (tuning-w): a rebuke with a smiley and no figure ('Maybe scroll up
before commenting? 😉') is a smirk, not warmth, and reads curt in a reply a little longer than a cold
rebuke (drill/checker/tone.py, SMIRK_MAX_WORDS). Beside each, a reply of the same cheer that must not
be curt: a figure given, an offer, or no rebuke at all. Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def curt(text: str, lang: str, scenario: str = "fast-good-answer", inject: str = "cold-coach", route: str = "public") -> bool:
    return review(scenario, inject, text, lang, route).has("curt")


@pytest.mark.parametrize(("text", "fires"), [
    ("Hi Arto! It's all on our page 🙂 Maybe have a quick read before posting next time? 😉", True),
    ("Hey Arto! You should have checked the timetable before heading out, it's all there 😊✨", True),
    ("Hi Arto! Worth reading the travel info before you complain, it's all on the website! 😉", True),
    ("Hi there! Next time please check the FAQ before posting, it's all explained there 🙂🚌", True),
    # cheer with a figure, an offer, or no rebuke
    ("Hi Arto! Sorry about the cold coach 😊 The heating is checked every morning at 6, we'll look at yours tonight!", False),
    ("Hi Arto! So sorry you were cold 🙁 Send us a DM and we'll sort out a refund for you! ✨", False),
    ("Hi Arto! Thanks for letting us know 😊 We'll check the heater on that coach tonight!", False),
])
def test_a_rebuke_with_a_smiley_is_curt_en(text, fires):
    assert curt(text, "en") is fires


@voikko
@pytest.mark.parametrize(("text", "fires"), [
    ("Hei Arto! Kaikki löytyy sivuiltamme 🙂 Kannattaa lukea ne ennen kommentointia 😉", True),
    ("Moi Arto! Aikataulut olis kannattanut tarkistaa ennen lähtöä, ne on nettisivuilla 😊✨", True),
    ("Hei! Tiedote on pinnattu ylös, lue se ensin ennen kuin kysyt 🙂", True),
    ("Hei Arto! Ohjeet olisi kannattanut lukea ensin, niin ei olisi tullut yllätyksiä 😉🚌", True),
    # cheer with a figure, an offer, or no rebuke
    ("Hei Arto! Pahoittelut kylmästä kyydistä 😊 Lämmitys tarkistetaan joka aamu klo 6, katsomme autonne tänään!", False),
    ("Hei Arto! Ikävää että palelsi 🙁 Laita yksärillä viestiä niin hoidetaan hyvitys! ✨", False),
    ("Hei Arto! Kiitos kun kerroit 😊 Tarkistamme auton lämmityksen vielä tänä iltana!", False),
])
def test_a_rebuke_with_a_smiley_is_curt_fi(text, fires):
    assert curt(text, "fi") is fires
