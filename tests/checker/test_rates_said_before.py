"""A sum by the month or year whose clause names no one, read for whom by what its sentence says
before it ('For a household of two, it comes out at about €55 a month' where the facts say €55 a
year), the one-letter abbreviation no sentence end ('n. 180 m³'); a range near where any of it is
('2–3 € kuussa' for €28 a year), a sum as near as its rounding. Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG = [
    ("deleted-comment", "fair-question", "en", "For a household of two, it comes out at about €55 a month.", "€55"),
    ("deleted-comment", "fair-question", "en", "Sari, for a family of four using 180 m³, that works out at €55 a year.", "€55"),
    pytest.param("deleted-comment", "fair-question", "fi", "Nelihenkiselle perheelle (n. 180 m³) korotus on noin 55 € vuodessa.", "55 €", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_a_sum_for_whom_its_sentence_says_before_is_read_against_theirs(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


RIGHT = [
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Aili, yksin asuvalle korotus on noin 2–3 € kuussa.", marks=voikko),
    ("deleted-comment", "pensioner-worry", "en", "Aili, living alone it comes to roughly €2 a month, about €28 a year."),
    ("deleted-comment", "fair-question", "en", "For a family of four it's about €8 a month, and for two people about €55 a year."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_a_range_a_rounded_sum_or_anothers_sum_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
