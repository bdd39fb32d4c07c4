"""No one harmed, said where the drill's items tell of someone harmed (an allergic reaction that
ended in A&E); sentences written for these tests, not taken from the corpus. Not: a condition, a
question, or a drill where nobody was harmed."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NOBODY_HARMED = [
    ("single-admin", "news-article", "en", "No one has been taken to hospital because of the biscuits.", "No one has been taken to hospital"),
    ("single-admin", "journalist-call", "en", "And to your second question: nobody got sick.", "nobody got sick"),
    pytest.param("single-admin", "news-article", "fi", "Kukaan ei ole saanut oireita kekseistä.", "Kukaan ei ole saanut oireita", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), NOBODY_HARMED)
def test_nobody_harmed_where_the_drill_tells_of_harm_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang, "private" if inject == "journalist-call" else "public"), "wrong_fact")


NOT_DENIED = [
    ("single-admin", "news-article", "en", "If anyone has symptoms, contact health care; in an emergency call 112."),
    ("bank-outage", "fsa-news", "en", "Nobody has been hurt by the outage, and salaries are safe."),
    pytest.param("single-admin", "news-article", "fi", "Jos kukaan perheestä saa oireita, soittakaa 112.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_a_condition_or_a_drill_without_harm_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
