"""Several said of what the facts say there is only one of ('the only admin of the Facebook page');
sentences written for these tests, not taken from the corpus. Not: a plan to have more, a
condition, several of another thing."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

SEVERAL = [
    ("single-admin", "journalist-call", "en", "Ville, we have many people with admin rights on our page.", "many", "private"),
    ("single-admin", "news-article", "en", "More than one person in the office can publish on the Facebook page.", "More than one", "public"),
    pytest.param("single-admin", "journalist-call", "fi", "Meillä on useita ylläpitäjiä Facebook-sivulla, Ville.", "useita", "private", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span", "route"), SEVERAL)
def test_several_where_the_facts_say_only_one_is_a_wrong_fact(scenario, inject, lang, text, span, route):
    assert span in spans(review(scenario, inject, text, lang, route), "wrong_fact")


NOT_SEVERAL = [
    ("single-admin", "news-article", "en", "From now on several of us will have admin rights on the page."),
    ("single-admin", "silence-critic", "en", "Several of the shops have put the notice on their doors."),
    pytest.param("single-admin", "news-article", "fi", "Jatkossa sivulla on useampi ylläpitäjä, ettei tämä toistu.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_SEVERAL)
def test_several_ahead_or_of_another_thing_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
