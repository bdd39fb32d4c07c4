"""A denial ended by an emoji, as the brand voice writes it: the smiley stands where the full stop
was, and the next sentence starts with a capital ('We haven't deleted a thing 😊 Could you
check…?'). The emoji ends the sentence (words.SENTENCE_END), so the denial is not read as part of
the question, hedge or 'only' that follows ('If you can't find it…', 'Kannattaa katsoa vielä…').
Sentences written for these tests, not taken from the corpus. Not: the deed owned or promised for
later around an emoji; an emoji before a small letter, which does not end a question."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "We haven't deleted a thing 😊 Could you check the thread again?"),
    ("deleted-comment", "erased-reply-question", "en", "Nothing was removed 🙏 If you can't find it, send us the link."),
    ("deleted-comment", "erased-reply-question", "en", "We never delete replies ✨ Only spam gets filtered by the platform."),
    ("personal-data-complaint", "screenshot-post", "en", "Nothing has been hidden from this page 💙 Should you spot a problem, tell us!"),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Emme ole poistaneet mitään 😊 Kannattaa katsoa vielä uudestaan!", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Yhtään vastausta ei ole poistettu 🙂 Onkohan se toisen julkaisun alla?", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Emme ole poistaneet vastauksia ☀️ Jos et löydä omaasi, laita linkki!", marks=voikko),
    pytest.param("personal-data-complaint", "screenshot-post", "fi", "Emme ole piilottaneet kommentteja 💬 Vain henkilötietoja sisältävät viestit siirretään yksityiseen.",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), DENIED)
def test_a_denial_ended_by_an_emoji_is_a_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    ("deleted-comment", "erased-reply-question", "en", "The reply was deleted, and it shouldn't have been 😔 We're sorry, Ville."),
    ("deleted-comment", "erased-reply-question", "en", "We won't delete anything again 🙏 Thanks for calling it out."),
    ("deleted-comment", "erased-reply-question", "en", "Haven't we deleted anything 🤔 or was it the filter? We're checking."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Vastaus poistettiin, eikä niin olisi pitänyt tehdä 😔 Pahoittelut, Ville.", marks=voikko),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Emme poista enää yhtään vastausta 🙏 Kiitos, että huomautit.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_deed_owned_or_promised_around_an_emoji_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
