"""Round-the-clock service reported in a clause of its own: 'the page says that we answer 24/7' and
'esittelytekstissä lukee, että vastaamme ympäri vuorokauden' quote the page, they say nothing as
so (hours.py reads a clause opening with 'that' or 'että' with what reports it). Sentences written
for these tests; the same words said as ours still are a wrong fact."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

REPORTED = [
    ("empty-promise", None, "en", "A correction: our page text says, that we answer here 24/7 within half an hour. That is not so."),
    pytest.param("empty-promise", None, "fi", "Oikaisu: sivumme tekstissä lukee, että vastaamme somessa 24/7. Näin ei ole.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), REPORTED)
def test_the_page_quoted_in_a_that_clause_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang, "status"), "wrong_fact")


def test_round_the_clock_said_as_ours_still_is_one():
    assert spans(review("empty-promise", None, "We answer you here 24/7, whatever the hour.", "en", "status"), "wrong_fact")
