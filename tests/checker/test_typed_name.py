"""Replies typed fast on a phone (tuning-x): a name in lower case opens a reply as a capitalised one
does (tone._addressed: 'laura, …' speaks to Laura; 'joo, …' or 'ok, …' is no name, and the same short
pointer after it is still clipped), and a short answer with a figure that trails off unstopped answers
(tone._figured), while the same said flat with a full stop, or in a few words, is curt. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def curt(text: str, lang: str) -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, "public").has("curt")


@voikko
@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("laura, tilauksen hyvitys tulee kortille huomenna, soitan sulle 040 765 4321", "fi", False),
    ("anne pls soita meille niin katsotaan se lippu kuntoon 010 555 1234", "fi", False),
    ("timo: hyvitystä voi hakea lomakkeella osoitteessa esimerkki.fi/palaute vielä tämän viikon ajan", "fi", False),
    ("ville, refund goes to ur card, ill call u on 040 222 3344", "en", False),
    ("minna, pls call us on 010 555 1234 and we can sort the booking out", "en", False),
    ("katja, the new prices for the student card are all at esimerkki.fi/hinnat", "en", False),
    # the same short pointers after a word that is no name are still sent away
    ("joo, soita vaikka huomenna iltapäivällä asiakaspalveluun numeroon 040 123 4567", "fi", True),
    ("ok, hyvitystä voi hakea lomakkeella osoitteessa esimerkki.fi/palaute vielä tämän viikon ajan", "fi", True),
    ("selvä, tilausasioissa soita asiakaspalveluun arkisin numeroon 010 555 1234", "fi", True),
    ("ok pls call customer service on weekdays on 010 555 1234", "en", True),
    ("yes, the new prices for the student card are all at esimerkki.fi/hinnat", "en", True),
])
def test_a_name_typed_in_lower_case_speaks_to_them(text, lang, fires):
    assert curt(text, lang) is fires


@voikko
@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("eläkeläisalennus on 30 % kun näytät kortin", "fi", False),
    ("seuraava vuoro lähtee klo 14.20 laiturilta kolme", "fi", False),
    ("hyvitys tulee tilille 5 arkipäivän sisään", "fi", False),
    ("koiralippu maksaa 5 € ja se ostetaan kuskilta", "fi", False),
    ("next bus leaves 14.20 from stop three", "en", False),
    ("student discount is 30 % w card in the app", "en", False),
    ("refund lands in ur account within 5 days", "en", False),
    ("update on the site in 15 min max promise", "en", False),
    # the same said flat, closed by a full stop, or in fewer words, or only a number to call
    ("Eläkeläisalennus on 30 % kun näytät kortin.", "fi", True),
    ("Next bus leaves 14.20 from stop three.", "en", True),
    ("alennus 30 %", "fi", True),
    ("refund in 5 days", "en", True),
    ("soita meidän asiakaspalveluun numeroon 010 555 1234 arkisin", "fi", True),
])
def test_a_figure_typed_without_a_stop_answers(text, lang, fires):
    assert curt(text, lang) is fires
