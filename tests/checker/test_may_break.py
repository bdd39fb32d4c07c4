"""A connection the facts say may drop ('wifi may drop in sparsely populated stretches'), said to
run 'without interruptions' or 'ilman keskeytyksiä': a noun of breaking denies the 'may' as the
verb's own noun does (states.py, lexicon.BREAKS). Sentences written for these tests. Not: the
break admitted, or 'without' of another thing."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NEVER_BREAKS = [
    ("fast-good-answer", "wifi-question", "en", "Elina, the wifi on board runs the whole trip without any interruptions.", "without any interruptions"),
    ("fast-good-answer", "wifi-question", "en", "Yes, every coach has wifi, so you can stream without outages.", "without outages"),
    pytest.param("fast-good-answer", "wifi-question", "fi", "Elina, wifi toimii koko matkan ilman keskeytyksiä.", "ilman keskeytyksiä", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), NEVER_BREAKS)
def test_a_connection_that_may_drop_said_never_to_break_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_WRONG = [
    ("fast-good-answer", "wifi-question", "en", "Elina, the wifi may have short interruptions in sparsely populated stretches."),
    ("fast-good-answer", "wifi-question", "en", "Elina, every seat has a socket, so you can charge without paying extra; the wifi can drop now and then."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WRONG)
def test_the_break_admitted_or_another_without_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
