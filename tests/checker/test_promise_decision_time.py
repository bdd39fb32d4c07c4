"""An answer promised a day or more away, in sentences written for these tests (not taken from the
corpus): 'get back to you within 24 hours', 'palaamme asiaan 48 tunnin kuluessa', 'we'll reply
within three days' is the time of a decision, which the facts do not give (the reply time of the
page is an hour or two). The near misses: the published reply time, and the facts' own two weeks
for a review."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("personal-data-complaint", "appeal-question", "en", "We'll look at it again and get back to you within 24 hours.", "within 24 hours"),
    ("personal-data-complaint", "appeal-question", "fi", "Palaamme asiaan 48 tunnin kuluessa, lupaan.", "48 tunnin kuluessa"),
    ("personal-data-complaint", "appeal-question", "en", "we'll reply with the new decision within 3 days", "3 days"),
    ("deleted-comment", "bill-address", "fi", "Vastaamme laskuasiaan kolmen päivän sisällä.", "kolmen päivän"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_a_decision_time_nobody_gave_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("personal-data-complaint", "appeal-question", "en", "We answer here on weekdays 8–18, usually within an hour."),
    ("personal-data-complaint", "appeal-question", "fi", "Voit pyytää tarkistusta, ja vastaamme kahden viikon kuluessa."),
    ("personal-data-complaint", "appeal-question", "en", "We aim to get back to you within 24 hours."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_the_published_or_given_time_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
