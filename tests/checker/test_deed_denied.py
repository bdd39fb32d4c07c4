"""A deed the drill's best answer owns, denied in another verb of the same deed: 'we gave a time
without grounds' owned, 'we never told anyone nine' or 'we didn't publish any time' denied; 'we
removed the reply' owned, 'we don't delete replies' said as a rule. Sentences written for these
tests. The near misses: the deed owned in the reply itself, what we should have done and did not
('we should have said so openly' owns no saying), the deed said in another verb beside ('we never
promised a time, we gave an estimate'), a denial of another deed, and a rule of ours said of other
things ('we don't delete fair comments')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED = [
    ("empty-promise", "nine-passed", "en", "Ari, nobody here ever told you nine – check the thread.", "nobody here ever told"),
    ("empty-promise", "nine-passed", "en", "We never said it would all work by nine, Ari.", "never said"),
    ("empty-promise", "nine-passed", "en", "Nobody promised you anything about nine o'clock.", "Nobody promised"),
    ("bank-outage", "eta-callout", "en", "Tuomas, we didn't announce any repair time this morning.", "didn't announce"),
    ("deleted-comment", "erased-reply-question", "en", "Ville, we never remove our own replies from this page.", "never remove"),
    pytest.param("empty-promise", "nine-passed", "fi", "Ari, emme ole missään vaiheessa kertoneet yhdeksää.", "emme ole missään vaiheessa kertoneet",
                 marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Ville, me emme piilota täältä mitään.", "emme piilota", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DENIED)
def test_a_deed_owned_denied_in_another_verb_is_a_wrong_fact(scenario, inject, lang, text, span):
    found = spans(review(scenario, inject, text, lang), "wrong_fact")
    assert any(span in f or f in span for f in found), found


NOT_DENIED = [
    # the deed owned in the reply itself
    ("empty-promise", "nine-passed", "en", "Ari, we never should have given that time, and we're sorry."),
    ("deleted-comment", "erased-reply-question", "en", "We don't remove replies quietly any more – this one we did, and that was wrong, sorry."),
    # the deed said in another verb beside the denial, a rule of ours of other things, another deed
    ("empty-promise", "nine-passed", "en", "Ari, we never promised a time, we gave an estimate."),
    pytest.param("empty-promise", "nine-passed", "fi", "Emme luvanneet kellonaikaa, annoimme arvion.", marks=voikko),
    ("deleted-comment", "erased-reply-question", "en", "Ville, we don't delete fair comments from residents."),
    ("empty-promise", "nine-passed", "en", "Ari, we haven't found the broken part yet, but a spare is on its way."),
    ("bank-outage", "eta-callout", "en", "Tuomas, we won't give a new time until IT has confirmed the fix."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_deed_owned_or_another_deed_denied_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")


def test_what_we_should_have_done_is_no_deed_owned():
    """The best answer to the erased reply says we should have said so openly: it owns no saying."""
    text = "Ville, we never said anything about it on the page, and that is on us too."
    assert not spans(review("deleted-comment", "erased-reply-question", text, "en"), "wrong_fact")
