"""'You' as anyone: a health or money word in a condition ('don't eat them if you're allergic to
nuts', 'jos sulla on pähkinäallergia, älä syö näitä') is advice to every reader, not a detail of the
person answered (sentences written for these tests, not taken from the corpus). And the contrasts:
'your' in a condition still points at the person ('if your wrist fracture still hurts', 'jos sun
eläke ei riitä'), and a 'you' outside the condition still addresses them."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

ANYONE = [
    ("single-admin", "allergy-blogger", "en", "Please don't eat them if you're allergic to nuts.", "public"),
    ("single-admin", "allergy-blogger", "en", "if u have a nut allergy dont eat these, take them back to the shop", "public"),
    ("single-admin", "allergy-blogger", "fi", "Jos sulla on pähkinäallergia, älä syö näitä keksejä.", "public"),
    ("single-admin", "worried-grandma", "fi", "Mikäli teillä on todettu pähkinäallergia, tuotetta ei tule nauttia.", "public"),
    ("deleted-comment", "fair-question", "en", "If you're on a pension, the rise can be paid in instalments.", "public"),
    ("personal-data-complaint", "appeal-question", "en", "In case you need a medical certificate, upload it to Oma Lumme.", "public"),
    ("personal-data-complaint", "appeal-question", "fi", "Ellei sinulla ole lääkärintodistusta vielä, sen voi ladata myöhemmin.", "public"),
    ("single-admin", "worried-grandma", "en", "Whether you have an allergy or not, batch L2607 goes back to the shop.", "public"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), ANYONE)
def test_a_condition_gives_anyone_advice(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")


THE_PERSON = [
    ("personal-data-complaint", "claim-post", "en", "Hanna, if your wrist fracture still hurts, the physio decision can be reviewed.", "fracture"),
    ("deleted-comment", "pensioner-worry", "fi", "Aili, jos sun eläke ei riitä, soita meille niin sovitaan erät.", "eläke"),
    ("single-admin", "allergic-child", "en", "We're so sorry you spent the night in hospital, and if anything changes, call us.", "hospital"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), THE_PERSON)
def test_your_in_a_condition_is_still_the_person(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))
