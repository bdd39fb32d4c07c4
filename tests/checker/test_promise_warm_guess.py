"""Certainty and a time of day that commit to nothing, in sentences written for these tests (not
taken from the corpus): a certainty about how someone will feel ('hän ilahtuu varmasti', 'the
driver will certainly be delighted', 'they'll definitely be thrilled') is a warm guess; 'this
morning' or 'tänä aamuna' in a clause that itself says nothing of what will be ('sorry to
everyone waiting this morning') sets no time. And what still commits: a fix this morning, a fix
today, a refund for sure."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "first-angry", "en", "We'll have the app fixed this morning.", "this morning"),
    ("fast-good-answer", "cold-coach", "fi", "Lämmitys korjataan tänä aamuna.", "tänä aamuna"),
    ("bank-outage", "double-charge", "en", "You'll definitely get the second payment back.", "definitely"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_a_fix_or_a_payment_assured_still_commits(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("fast-good-answer", "praise-driver", "fi", "Kiitos! Välitämme terveiset kuljettajalle, hän ilahtuu varmasti."),
    ("fast-good-answer", "praise-driver", "en", "Thanks! We'll pass it on, the driver will certainly be delighted."),
    ("fast-good-answer", "praise-driver", "en", "passing this on to the team, they'll definitely be thrilled 😊"),
    ("fast-good-answer", "praise-driver", "fi", "Viesti menee perille, kuski on varmasti tosi iloinen."),
    ("fast-good-answer", "late-coach", "en", "Sorry to all of you waiting at the stops this morning – we'll post again if anything changes."),
    ("fast-good-answer", "late-coach", "fi", "Sori kaikille jotka odottaa pysäkeillä tänä aamuna – päivitetään tänne jos jotain muuttuu."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_a_warm_guess_or_a_morning_named_commits_to_nothing(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
