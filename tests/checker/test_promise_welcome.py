"""'Always' said of an open door, in sentences written for these tests (not taken from the corpus):
'palaute on aina tervetullutta', 'kysymykset ovat aina tervetulleita', 'questions are always
welcome here', "you're always welcome to message us" invite, they promise no service. What still
commits: 'we'll always answer within the hour', 'vastaamme aina heti'."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("deleted-comment", "fair-question", "en", "We'll always answer within the hour, day or night.", "always"),
    ("deleted-comment", "fair-question", "fi", "Vastaamme jatkossa aina saman päivän aikana.", "aina"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_always_as_a_service_commits(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("deleted-comment", "fair-question", "fi", "Pahoittelemme tylyä vastausta – palaute on aina tervetullutta täällä."),
    ("deleted-comment", "fair-question", "fi", "Kysymykset ovat aina tervetulleita, ja vastaamme arkisin 8–16."),
    ("deleted-comment", "fair-question", "en", "Questions are always welcome here, and we answer on weekdays 8–16."),
    ("deleted-comment", "fair-question", "en", "you're always welcome to message us, we'll reply on weekdays"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_an_open_door_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
