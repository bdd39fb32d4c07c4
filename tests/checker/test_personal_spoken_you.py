"""A health or money detail said to the person in spoken Finnish, or of what they did, in sentences
written for these tests (not taken from the corpus): 'sulle', 'sun', 'sulla' are 'sinulle', 'sinun',
'sinulla' as people on shift type them (a clipped 'lähettämäs' is not read as 'lähettämäsi': spoken
Finnish clips the inessive the same way, 'tilis' for 'tilissä'); a verb in the second person past ('kerroit', 'jouduitte') tells what this
person did, so the detail beside it is theirs. English typed short: 'ur', 'u'. And the near
misses: a present-tense 'you' that gives anyone advice ('voit pyytää', 'jos oot eri mieltä'), an
imperative ('lataa lääkärintodistus'), 'kerroit' in another sentence than the detail, the same
words in a private message."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("empty-promise", "compensation", "fi", "Pekka, hyvitetään sulle se 49,90 € heti kun linja pelaa.", "49,90"),
    ("empty-promise", "compensation", "fi", "no niin, sun 49,90e kuukausimaksu hyvitetään tammikuun laskulla", "49,90"),
    ("personal-data-complaint", "claim-post", "fi", "Sulla on lääkärintodistuksessa merkintä vanhasta vammasta, siks korvausta ei tullu.",
     "lääkärintodistuksessa"),
    ("deleted-comment", "pensioner-worry", "fi", "Aili, tiedetään et sun eläkkeellä joka euro on tärkee.", "eläkkeellä"),
    ("single-admin", "allergic-child", "fi", "Anna, toivottavasti teiän tyttö pääsi jo sairaalasta kotiin.", "sairaalasta"),
    pytest.param("personal-data-complaint", "claim-post", "fi", "Hanna, koska pyysit vastausta tähän: rannemurtuman fysioterapiaa ei korvattu.",
                 "rannemurtuman", marks=voikko),
    pytest.param("single-admin", "allergic-child", "fi", "Kerroitte eilen, että tyttö tarvitsi adrenaliinia, ja se on syy testaukseen.",
                 "adrenaliinia", marks=voikko),
    ("single-admin", "allergic-child", "en", "so sorry ur little one ended up in hospital last night", "hospital"),
    ("deleted-comment", "pensioner-worry", "en", "Aili we know u live on a small pension and this hurts", "pension"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_the_detail_is_said_to_the_person(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    # a present 'you' gives anyone advice; an imperative tells anyone what to do
    ("personal-data-complaint", "pile-on", "fi", "Voit pyytää korvauspäätöksen tarkistamista, vastaamme kahdessa viikossa.", "public"),
    ("personal-data-complaint", "pile-on", "fi", "Jos oot eri mieltä korvauspäätöksestä, pyydä oikaisua Oma Lummessa.", "public"),
    ("personal-data-complaint", "pile-on", "fi", "Lataa lääkärintodistus Oma Lummeen, älä lähetä sitä sähköpostilla.", "public"),
    # what the person did, in another sentence than a detail said of everyone
    ("single-admin", "allergy-blogger", "fi", "Kiitos kun kerroit! Allergiaperheiden kannattaa tarkistaa erä L2607.", "public"),
    # a private message carries it
    ("empty-promise", "compensation", "fi", "Pekka, hyvitetään sulle se 49,90 € heti kun linja pelaa.", "private"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
def test_no_detail_of_the_person_here(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")
