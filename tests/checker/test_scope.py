"""Only a few said to be hit where the drill's facts give the outage whole or count those hit in
thousands; sentences written for these tests, not taken from the corpus. Not: a few minutes, a
question, the few denied."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PLAYED_DOWN = [
    ("empty-promise", "first-angry", "en", "The outage only affects a handful of homes in Routavaara, Tuomas.", "a handful of"),
    ("bank-outage", "fsa-news", "en", "A small share of our customers have been affected this morning.", "A small share"),
    pytest.param("bank-outage", "first-angry", "fi", "Katko koskee vain pientä joukkoa sovelluksen käyttäjiä.", "pientä joukkoa", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PLAYED_DOWN)
def test_only_a_few_hit_where_the_facts_give_it_whole_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_PLAYED_DOWN = [
    ("bank-outage", "fsa-news", "en", "Only a few minutes after the outage began we posted a notice at kielopankki.fi/hairio."),
    ("empty-promise", "first-angry", "en", "Does the fault affect only a handful of homes? No: about 17,000 households are without broadband."),
    pytest.param("bank-outage", "first-angry", "fi", "Katko ei koske vain pientä joukkoa, vaan kaikkia verkkopankin käyttäjiä.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PLAYED_DOWN)
def test_a_few_minutes_a_question_or_the_few_denied_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
