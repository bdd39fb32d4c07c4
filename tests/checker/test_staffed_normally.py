"""A shift said to have run on its normal or planned staffing where the drill's facts say two of
four were off sick (states.py, lexicon.OPPOSITE_STATES 'understaffed'), including a clause said of
all of ours ('every one of our restaurants'). Not: the weekend or tomorrow (a time ahead, which
the facts staff otherwise), nor a count the customer gave of their own said back in another
case ('14 lasta', '14 lapsen porukka'). Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NORMAL = [
    ("viral-video", "coworker-post", "en", "Aleksi, Hervanta was normally staffed on Friday evening.", "normally staffed"),
    ("viral-video", "news-article", "en", "All of our restaurants run on their usual staffing, Friday included.", "usual staffing"),
    pytest.param("viral-video", "coworker-post", "fi", "Hervannan iltavuoro toimi perjantaina normaalilla miehityksellä.", "normaalilla miehityksellä",
                 marks=voikko),
    pytest.param("viral-video", "news-article", "fi", "Kaikissa ravintoloissamme on normaali miehitys, myös Hervannassa.", "normaali miehitys", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), NORMAL)
def test_normal_staffing_where_two_were_off_sick_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_WRONG = [
    ("viral-video", "weekend-question", "en", "Heidi, at the weekend Hervanta runs on normal staffing, three to four per shift."),
    pytest.param("viral-video", "weekend-question", "fi", "Heidi, viikonloppuna Hervannassa on normaali miehitys, kolmesta neljään vuorossa.",
                 marks=voikko),
    pytest.param("viral-video", "weekend-question", "fi", "Tervetuloa, 14 lapsen joukkueelle riittää viikonloppuna väkeä vuorossa.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WRONG)
def test_the_weekend_staffed_or_the_customers_own_count_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
