"""The page's round-the-clock promise talked about, not made again, in sentences written for
these tests (not taken from the corpus): what the page's '24/7' means or refers to ('viittaa',
'refers to'), the words reported after 'lukee, että' or explained in a 'which' clause, and the
'24/7 claim' named as a thing to take off the bio. And the near misses: the promise made anew,
whatever follows it ('joka ikinen päivä', 'which is what our page says')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("empty-promise", "promise-callout", "fi", "Olemme täällä 24/7, joka ikinen päivä.", "24/7"),
    ("empty-promise", "promise-callout", "en", "We answer here 24/7, which is what our page says.", "24/7"),
    ("empty-promise", "promise-callout", "en", "Rest easy: we're online 24/7 for you.", "24/7"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_the_promise_made_again(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("empty-promise", "promise-callout", "fi", "Sivun 24/7 viittaa vikailmoituslomakkeeseen, joka toimii ympäri vuorokauden.", "public"),
    ("empty-promise", "promise-callout", "fi", "Esittelytekstissämme lukee, että vastaamme ympäri vuorokauden, ja se oli virhe.", "public"),
    ("empty-promise", "promise-callout", "en", "The 24/7 refers to the fault form, which is open round the clock.", "public"),
    ("empty-promise", "marketing-keep", "en", "I'll ask the web team to take the 24/7 claim off our bio.", "private"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
@voikko
def test_the_page_words_talked_about(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("promise")
