"""A time or date said of the event the facts time under a plain word for it ('strike start:
00:01 on Friday 16 Oct'; the service 'toimii taas', 'works again' from a time): the facts' own
value is no wrong fact, another value for that event still is (sentences written for these
tests, not taken from the corpus)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

RIGHT = [
    ("strike-threat", "where-is-update", "en", "The walkout begins on 16 October, one minute past midnight."),
    ("strike-threat", "where-is-update", "fi", "Lakon on määrä alkaa 16.10. heti puolenyön jälkeen."),
    ("empty-promise", "noc-fixed", "fi", "Hyviä uutisia: laajakaista ja IPTV ovat toimineet taas klo 21.35 alkaen."),
    ("empty-promise", "noc-fixed", "en", "Good news: broadband and TV have been working again since 21:35."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_the_facts_time_for_the_event_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang, "status"), "wrong_fact") == []


WRONG = [
    ("strike-threat", "where-is-update", "en", "The walkout begins on 18 October, one minute past midnight.", "18 October"),
    ("strike-threat", "where-is-update", "fi", "Lakon on määrä alkaa 18.10. heti puolenyön jälkeen.", "18.10."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_another_time_for_the_event_is_still_wrong(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang, "status"), "wrong_fact")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Here's what we know: talks at the National Conciliator's began at 06:30.", False),
    ("Here's what we know: talks at the National Conciliator's began at 08:30.", True),
])
def test_a_time_the_facts_give_for_the_same_thing_by_another_event_word_is_right(text, wrong):
    assert review("strike-threat", "influencer", text, "en").has("wrong_fact") is wrong
