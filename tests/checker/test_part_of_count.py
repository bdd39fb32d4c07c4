"""A part of a count said with two numbers ('neljästä kaksi', 'two of the four') is no count of the
second number: sentences written for these tests, not taken from the corpus. A count the facts
give otherwise stays wrong."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PART_OF_COUNT = [
    pytest.param("viral-video", "fair-witness", "fi", "Hervannan vuorosta neljästä kaksi oli sairaana, ja sijaista ei löytynyt.", marks=voikko),
    ("viral-video", "fair-witness", "en", "Two of the four on the Hervanta shift were off sick, and no cover was found."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), PART_OF_COUNT)
def test_two_of_four_is_no_wrong_count(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


@voikko
def test_a_count_the_facts_give_otherwise_stays_wrong():
    assert "viisi" in spans(review("viral-video", "fair-witness", "Klo 19 alkaen Hervannassa on viisi ihmistä vuorossa.", "fi"), "wrong_fact")
