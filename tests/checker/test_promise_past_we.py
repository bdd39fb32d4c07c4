"""What we did is no commitment, in sentences written for these tests (not taken from the
corpus): a Finnish verb of ours in the past ('poistimme', 'lähetimme') with a time of day is a
report, though it ends as 'korjaamme' does. And the near misses: the same verbs in the present,
which Finnish uses for the future, still commit."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "first-angry", "fi", "Lähetämme tänään vielä kolme tiedotetta.", "tänään"),
    ("deleted-comment", "price-critic", "fi", "Palautamme poistetun kommentin tänä aamuna.", "tänä aamuna"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_our_present_commits(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("deleted-comment", "price-critic", "fi", "Poistimme tänä aamuna virheellisen vastauksen, ja pahoittelemme sitä."),
    ("bank-outage", "first-angry", "fi", "Lähetimme tänään jo kolme tiedotetta, ja kiitämme kärsivällisyydestä."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_what_we_did_commits_nothing(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
