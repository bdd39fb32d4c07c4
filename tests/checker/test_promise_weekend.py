"""Answering at the weekend where the organisation's own texts give weekday hours only, said as
people write it, in sentences written for these tests (not taken from the corpus): 'all weekend',
'this weekend'. And the near misses: the weekend wished ('enjoy the weekend') or past ('we were
answering all weekend')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

FOUND = [
    ("single-admin", "worried-grandma", "en", "We'll be replying to comments here all weekend.", "all weekend"),
    ("single-admin", "worried-grandma", "en", "Our team will answer your messages this weekend too.", "this weekend"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_answering_at_the_weekend(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("single-admin", "worried-grandma", "en", "Enjoy the weekend, and return the pack to the shop for a refund."),
    ("single-admin", "worried-grandma", "en", "We were answering questions all weekend, and the recall notice stays up."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
def test_no_weekend_answer_promised(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
