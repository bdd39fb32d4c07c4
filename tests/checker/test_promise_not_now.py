"""Words of time and certainty that commit to nothing, in sentences written for these tests (not
taken from the corpus): 'right now' or 'heti' in a negated clause (how things are now: "data won't
work right now"), a certainty denied as an adjective ("that's not certain", 'ei oo varmaa'), a
forward to a colleague at once so that she can call back (the 'back' of 'call you back' fixes
nothing), and spoken Finnish's hedge 'toistaseks'. And what still commits: a certainty said as
an adverb after the negation ('ei varmasti toistu', 'certainly won't happen again'), a call
'right now', a fix 'heti'."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("viral-video", "video-post", "fi", "Tällainen ei varmasti toistu meillä.", "varmasti"),
    ("viral-video", "video-post", "en", "This will certainly not happen again.", "certainly"),
    ("strike-threat", "phone-post", "en", "I'll call you back right now, hang on.", "right now"),
    ("bank-outage", "first-angry", "fi", "Verkkopankki korjataan heti.", "heti"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_an_assurance_still_commits(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("empty-promise", "first-angry-again", "en", "Sorry, mobile data won't work right now either; the technicians are on it."),
    ("empty-promise", "first-angry-again", "fi", "Mobiilidatakaan ei valitettavasti toimi heti, asentajat on paikalla."),
    ("empty-promise", "nine-passed", "en", "Between 21:30 and 22:30 if the card works. That's not certain, and we'll say so here."),
    ("empty-promise", "nine-passed", "fi", "Aika ei oo varmaa, kerrotaan täällä lisää."),
    ("deleted-comment", "journalist-call", "en", "I'll forward your question to her right now so she can call you back."),
    ("deleted-comment", "journalist-call", "en", "Passing this on at once so Mari can ring you back before your deadline."),
    ("strike-threat", "family-trip", "fi", "KJ412 on toistaseks aikataulussa, päätös tulee aamulla."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_now_or_not_certain_commits_to_nothing(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
