"""Blame as where the answer was all along (accuse.all_there): the customer's own papers ("it's
all in your decision letter", 'everything is in your booking confirmation', 'kaikki lukee
päätöskirjeessäsi') or our page with a word of 'you could have looked' ("it's all on our FAQ page
tbh", 'honestly, it's all on the website already'). Our page named plainly is a pointer, what we
will send is ours, and a place that is no page is no pointer. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "appeal-question", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Everything's in your booking confirmation.", "Your booking code is in your confirmation email."),
    ("The answer is right there in your contract.", "We'll put it all in your confirmation email."),
    ("it's literally all on our FAQ page", "It's all at lumme.fi/valitus."),
    ("Honestly, it's all on the website already.", "It's on the 8:05 coach though, so it'll be in Oulu by noon."),
    ("It's all in your terms tbh", "It's all in your hands now, we're here if you need us."),
])
def test_where_the_answer_was_all_along_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kaikki lukee päätöskirjeessäsi.", "Päätöksessäsi lukee valitusohje, ja autamme mielellämme."),
    ("Se on kaikki teidän sopimuksessa.", "Lähetämme kaikki tiedot vahvistukseesi."),
    ("Ihan kaikki löytyy jo päätöksestäsi.", "Kaikki tiedot löytyvät sivuiltamme."),
])
def test_finnish_all_in_your_own_papers_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
