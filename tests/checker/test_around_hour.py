"""An hour said with 'around' or 'after' ('decision expected around 10', 'call after 8 when the
line opens') read as a time of the event the facts time otherwise; sentences written for these
tests, not taken from the corpus. Not: the facts' own time, a duration ('around 20 minutes'),
Finnish times without a clock word (read as before)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG_HOUR = [
    ("strike-threat", "influencer", "en", "We expect the decision around 10, so hang on.", "around 10"),
    ("bank-outage", "rent-due", "en", "Aune, the branches open after 11 today.", "after 11"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG_HOUR)
def test_an_hour_after_around_or_after_that_the_facts_time_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_WRONG_HOUR = [
    ("strike-threat", "phone-post", "en", "Pekka, call after 6 when the phone line opens, or use the chat."),
    ("strike-threat", "influencer", "en", "The queue takes around 20 minutes right now, sorry."),
    pytest.param("strike-threat", "influencer", "fi", "Päätös tulee parin tunnin päästä, kerromme heti.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WRONG_HOUR)
def test_the_facts_hour_or_a_duration_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
