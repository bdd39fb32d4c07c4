"""An outcome assured in the upbeat voice, in sentences written for these tests (not taken from the
corpus): the thing 'tulee kyllä varmasti', 'tulee takuulla kuntoon' (here 'tulee' comes, it does not
order: no infinitive follows), and 'ehditään kyllä', 'ehditään hyvin' (spoken 'we' for 'you'll make
it'). The near misses: 'tulee' with an infinitive (an order: 'hyvitys tulee hakea', 'sinun tulee
varmasti toimittaa'), certainty that waits on a condition, and a hope."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("empty-promise", "compensation", "fi", "Ei hätää, hyvitys tulee kyllä ihan takuulla! 🙌", "takuulla"),
    ("empty-promise", "compensation", "fi", "Joulukuun maksusta en osaa sanoa, mutta hyvitys tulee varmasti 😊", "varmasti"),
    ("empty-promise", "compensation", "fi", "Hyvitys tulee sulle kyllä takuulla, ei huolta! 💸", "takuulla"),
    ("personal-data-complaint", "claim-post", "fi", "Käsittelijä katsoo asian uudestaan ja korvaus tulee varmasti kuntoon 💪", "varmasti"),
    ("personal-data-complaint", "claim-post", "fi", "Päätös tulee taatusti sulle suotuisana, ei huolta!", "taatusti"),
    ("fast-good-answer", "bag-tweet", "fi", "Laukku on jäljillä ja haastatteluun ehditään kyllä! 😊", "ehditään kyllä"),
    ("fast-good-answer", "bag-tweet", "fi", "ei stressiä, ehditään hyvin ennen sun haastattelua", "ehditään hyvin"),
    ("fast-good-answer", "bag-tweet", "fi", "Hyvä uutinen: ehditään kyllä, laukku on jo tulossa! 🧳", "ehditään kyllä"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_an_outcome_that_surely_comes_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("empty-promise", "compensation", "fi", "Hyvitys tulee hakea lomakkeella vian jälkeen."),
    ("personal-data-complaint", "claim-post", "fi", "Sinun tulee varmasti toimittaa uusi lääkärinlausunto käsittelijälle."),
    ("empty-promise", "compensation", "fi", "Kerromme sinulle, kun hyvityksen summa on varma."),
    ("fast-good-answer", "bag-tweet", "fi", "Toivottavasti ehditään, selvitämme laukun reitin nyt."),
    ("fast-good-answer", "bag-tweet", "fi", "Ehditäänkö haastatteluun? Selvitämme laukun reitin."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_an_order_a_condition_or_a_hope_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")


@voikko
def test_their_own_day_said_with_tulee_is_no_deadline():
    text = "Ymmärrän hyvin, kun vieraat tulee jo huomenna. Tämä erä kuuluu takaisinvetoon."
    assert not review("single-admin", "worried-grandma", text, "fi").has("promise")
