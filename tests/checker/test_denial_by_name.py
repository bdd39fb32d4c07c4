"""A denial in officialese names the organisation instead of saying 'we': 'Koskilan Vesi has not
deleted any comments', 'Lumme Vakuutus ei ole piilottanut kommentteja', 'the company has not
removed…' (denials._by_us reads the organisation's name, or 'the company'/'yhtiö', before the
negation as the first person). Sentences written for these tests, not taken from the corpus. Not:
another party named ('the platform has not deleted…' said of the platform is no denial of our deed),
the deed owned, or a rule for later."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "Koskilan Vesi has not deleted any replies from its page."),
    ("deleted-comment", "erased-reply-question", "en", "Please note that Koskilan Vesi ja Energia has not removed any comments."),
    ("deleted-comment", "erased-reply-question", "en", "The company has not deleted a single reply."),
    ("personal-data-complaint", "screenshot-post", "en", "Lumme Vakuutus has not hidden any comments on this page."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Koskilan Vesi ei ole poistanut sivultaan vastauksia.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Yhtiö ei ole poistanut yhtään vastausta.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Todettakoon, että Koskilan Vesi ja Energia Oy ei ole poistanut kommentteja.", marks=voikko),
    pytest.param("personal-data-complaint", "screenshot-post", "fi", "Lumme Vakuutus ei ole piilottanut sivultaan asiakkaiden kommentteja.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), DENIED)
def test_a_denial_in_the_organisations_name_is_a_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "Koskilan Vesi has deleted the reply, and it should not have done so. We apologise."),
    ("deleted-comment", "erased-reply-question", "en", "Koskilan Vesi will not delete criticism again."),
    ("deleted-comment", "erased-reply-question", "en", "The platform has not removed anything on its own; the reply was deleted by us."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Koskilan Vesi poisti vastauksen, eikä niin olisi pitänyt tehdä.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Yhtiö ei jatkossa poista kriittisiä kommentteja.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_deed_owned_or_another_party_named_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
