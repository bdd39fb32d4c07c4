"""Promises said in the present, in sentences written for these tests (not taken from the
corpus): 'we're online all night', as 'we're here all night' was read; a gift after what is given
with a verb between ("your next meal's free", 'your months are free'), as 'a month free' was. And the
near misses: the staffed hours said the same way, 'free of' a thing, a gift the facts give."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

FOUND = [
    ("empty-promise", "still-silent", "en", "We're online all night tonight so just ping us.", "all night"),
    ("viral-video", "video-post", "en", "Your next meal's free, just show this post at the till.", "free"),
    ("deleted-comment", "pensioner-worry", "en", "Don't worry, your next two months are free.", "free"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_this_promises_in_the_present(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


QUIET = [
    ("deleted-comment", "why-no-answer", "en", "We're online on weekdays 8–16 and usually answer within two hours."),
    ("single-admin", "worried-grandma", "en", "Other batches are free of hazelnut; only L2607 is recalled."),
    ("strike-threat", "angry-cancelled", "en", "Moving your flight to another day within 14 days is free of charge."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
def test_this_promises_nothing_new(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
