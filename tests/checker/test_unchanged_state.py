"""A thing the facts say does not change, said to rise ('the basic fee goes up too' where the
basic fee does not change: lexicon.OPPOSITE_STATES 'unchanged', read by states.py); a word the
facts say both states of ('fee': the basic fee does not change, the water fee rises) tells
neither. Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

RISES = [
    ("deleted-comment", "price-critic", "en", "Kaisa, the basic fee rises as well from January.", "rises"),
    pytest.param("deleted-comment", "fair-question", "fi", "Sari, myös perusmaksu nousee vuodenvaihteessa.", "nousee", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), RISES)
def test_what_the_facts_keep_unchanged_said_to_rise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_WRONG = [
    ("deleted-comment", "price-critic", "en", "Kaisa, the water fee goes up 12 % from January; the basic fee stays the same."),
    pytest.param("deleted-comment", "fair-question", "fi", "Sari, vesimaksu nousee 12 %, mutta perusmaksu pysyy samana.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WRONG)
def test_the_fee_that_does_rise_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
