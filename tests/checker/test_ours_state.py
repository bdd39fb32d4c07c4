"""A state said of nothing but us ('meillä ei ole miehitysongelmia', 'we're fully staffed') is said
of all of ours, so it contradicts the state the facts give of one of our places (two of four off
sick on the evening shift). Sentences written for these tests, not taken from the corpus. Not: the
state said of our other places, or denied."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

SAID_OF_US = [
    ("viral-video", "coworker-post", "en", "Aleksi, we're fully staffed, as always.", "fully staffed"),
    pytest.param("viral-video", "coworker-post", "fi", "Aleksi, meillä ei ole minkäänlaisia miehitysongelmia.", "ei ole minkäänlaisia miehitysongelmia",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), SAID_OF_US)
def test_a_state_said_of_us_against_the_facts_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_SAID_OF_US = [
    ("viral-video", "coworker-post", "en", "Aleksi, our other restaurants are fully staffed tonight."),
    pytest.param("viral-video", "coworker-post", "fi", "Aleksi, muissa ravintoloissamme ei ole miehitysongelmia.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_SAID_OF_US)
def test_the_state_of_our_other_places_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
