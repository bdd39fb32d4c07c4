"""A shift said to have been fully staffed where the drill's facts say people were off sick and
the shift was short (lexicon.OPPOSITE_STATES 'understaffed', read by states.py); sentences
written for these tests, not taken from the corpus. Not: the state denied, set in a time ahead
or after the facts' new staffing, or hedged."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FULLY_STAFFED = [
    ("viral-video", "coworker-post", "en", "Aleksi, the Hervanta team was fully staffed that evening.", "fully staffed"),
    ("viral-video", "news-article", "en", "To set the record straight: there was no understaffing at Hervanta on Friday.", "no understaffing"),
    pytest.param("viral-video", "coworker-post", "fi", "Hervannan iltavuoro oli perjantaina täydellä miehityksellä.", "täydellä miehityksellä", marks=voikko),
    pytest.param("viral-video", "why-silent", "fi", "Hervannan iltavuorossa ei ole ollut vajaamiehitystä, Teemu.", "ei ole ollut vajaamiehitystä", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FULLY_STAFFED)
def test_a_full_shift_where_the_facts_say_people_were_off_sick_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_FULLY_STAFFED = [
    ("viral-video", "coworker-post", "en", "Aleksi, Hervanta was not fully staffed on Friday, and that's on us."),
    ("viral-video", "weekend-question", "en", "From 19:00 Hervanta is fully staffed again, with three on shift."),
    pytest.param("viral-video", "coworker-post", "fi", "Hervannan vuoro ei ollut täydellä miehityksellä, ja se on meidän vastuullamme.", marks=voikko),
    pytest.param("viral-video", "weekend-question", "fi", "Hervannan pitäisi olla viikonloppuna täydellä miehityksellä.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_FULLY_STAFFED)
def test_the_short_shift_owned_or_staffing_ahead_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
