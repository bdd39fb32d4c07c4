"""Round-the-clock service said as so with the page's words behind it (hours.py ENDORSED): 'as it
says on our page', 'kuten sivulla lukee', 'as promised' say the 24/7 again as true, where 'our
page says' alone reports it at a distance. Sentences written for these tests, not taken from the
corpus. Not: the page reported and denied, its wording apologised for, the staffed hours said
with 'kuten sivulla lukee', the facts' own round-the-clock line."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

AS_THE_PAGE_SAYS = [
    ("en", "We are here for you 24/7 as it says on our page."),
    ("en", "We answer round the clock just as our page says."),
    ("en", "As stated on our website our social media team serves you around the clock."),
    ("en", "we answer 24/7 as promised on the page!"),
    pytest.param("fi", "Palvelemme somessa ympäri vuorokauden kuten sivullamme lukee.", marks=voikko),
    pytest.param("fi", "niinku sivulla lukee ollaan täällä 24/7", marks=voikko),
    pytest.param("fi", "Somessa vastataan 24/7 niin kuin sivuillamme kerrotaan.", marks=voikko),
    pytest.param("fi", "Kuten sivulla luvataan, päivystämme somessa 24/7 👍", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), AS_THE_PAGE_SAYS)
def test_round_the_clock_as_the_page_says_is_a_wrong_fact(lang, text):
    assert spans(review("empty-promise", "first-angry", text, lang), "wrong_fact")


REPORTED = [
    ("en", "Our page says we answer 24/7, but that is not true over the holidays."),
    ("en", "The page text about 24/7 is wrong, sorry."),
    ("en", "As our page should say, we answer 9–23 over the holidays."),
    pytest.param("fi", "Sivullamme lukee, että vastaamme 24/7, mutta se ei pidä paikkaansa.", marks=voikko),
    pytest.param("fi", "Kuten sivulla lukee, vastaamme pyhinä klo 9–23.", marks=voikko),
    pytest.param("fi", "Pahoittelemme sivun 24/7-lupausta, se on virheellinen.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_the_page_reported_or_the_staffed_hours_are_no_wrong_fact(lang, text):
    assert not spans(review("empty-promise", "first-angry", text, lang), "wrong_fact")


def test_the_facts_own_round_the_clock_line_as_the_page_says_is_right():
    text = "As our page says, the card blocking line 010 555 2999 is open round the clock."
    assert not spans(review("bank-outage", "first-angry", text, "en"), "wrong_fact")
