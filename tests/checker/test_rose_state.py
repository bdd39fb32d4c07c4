"""Pay said to be frozen where the facts say it rose (lexicon.OPPOSITE_STATES 'rose', read by
states.py); sentences written for these tests, not taken from the corpus. Not: the rise said
right, a condition, another thing that does not change."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

SAID_FROZEN = [
    ("deleted-comment", "rumour", "en", "Management pay was frozen last year, Markku.", "frozen"),
    ("deleted-comment", "rumour", "en", "There was no pay rise for management in 2026.", "no pay rise"),
    pytest.param("deleted-comment", "rumour", "fi", "Johdon palkat jäädytettiin vuonna 2026.", "jäädytettiin", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), SAID_FROZEN)
def test_frozen_where_the_facts_say_it_rose_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_FROZEN = [
    ("deleted-comment", "rumour", "en", "Management salaries rose by about 3 % in 2026, Markku."),
    ("deleted-comment", "rumour", "en", "Even if management pay had been frozen, the rise would go into the pipes."),
    pytest.param("deleted-comment", "fair-question", "fi", "Perusmaksu ei nouse, vain kuutiohinta.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_FROZEN)
def test_the_rise_said_right_or_a_condition_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
