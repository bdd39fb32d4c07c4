"""A denial of what the drill says we did, typed as people type it (denials.negates, words'
spoken participles): "nothing's been hidden", "nobody's deleted anything", "we havent removed
anything" (no apostrophe), 'en oo poistanu mitään', 'kukaan ei oo poistanu' (spoken participles
less their -t). Sentences written for these tests, not taken from the corpus. Not: the deed
owned, promised for later, or said in a question; a spoken participle of another verb."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "Nobody's deleted anything here, Ville."),
    ("deleted-comment", "erased-reply-question", "en", "Nothing's been removed from this page."),
    ("deleted-comment", "erased-reply-question", "en", "we havent deleted anything"),
    ("deleted-comment", "erased-reply-question", "en", "Honestly, we didnt remove any replies."),
    ("personal-data-complaint", "screenshot-post", "en", "Nothing's been hidden from our page, Aleksi."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Moi Ville, en oo poistanu mitään.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Kukaan ei oo poistanu mitään, Ville.", marks=voikko),
    pytest.param("personal-data-complaint", "screenshot-post", "fi", "En oo piilottanu mitään, Aleksi.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), DENIED)
def test_a_typed_or_spoken_denial_of_the_deed_is_a_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "The reply was deleted, and it shouldnt have been. Sorry, Ville."),
    ("deleted-comment", "erased-reply-question", "en", "We wont delete anything again, promise."),
    ("deleted-comment", "erased-reply-question", "en", "Nothing's more important to us than an honest answer: yes, we deleted it, and that was wrong."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Vastaus poistettiin, eikä sitä ois pitäny poistaa. Anteeks.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Ollaanko me muka poistettu jotain?", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_deed_owned_promised_or_asked_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
