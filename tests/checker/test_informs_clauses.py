"""A fact given while a fear is denied in a clause of its own, and a fact of two words given
whole. The variants are written for these tests (not taken from the corpus): terse, formal,
upbeat and spoken, English and Finnish, in other word orders; the near misses deny the fact
itself, deny it from the clause before ('we can't say that …'), or ask."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FEAR_DENIED = [
    ("en", "e-invoices due today go thru with today's date once service is back, so no late fees 👍"),
    ("en", "Direct debits and e-invoices falling due today will be paid with today's date when the service returns, and no penalty will arise."),
    ("en", "Good news – anything due today gets paid with today's date the moment the service returns, so nothing ends up late!"),
    ("en", "Once the service returns, e-invoices due today are paid with today's date: you don't need to do a thing."),
    pytest.param("fi", "tänää erääntyvät e-laskut maksetaan tän päivän päiväyksellä ku palvelu palaa eli ei mee myöhäseks", marks=voikko),
    pytest.param("fi", "Tänään erääntyvät suoramaksut veloitetaan tämän päivän päiväyksellä palvelun palattua, eikä viivästyskuluja synny.",
                 marks=voikko),
    pytest.param("fi", "Palvelun palattua tänään erääntyvät e-laskut maksetaan tämän päivän päiväyksellä – mikään ei myöhästy.", marks=voikko),
    pytest.param("fi", "E-laskut ja suoramaksut, jotka erääntyvät tänään, maksetaan tämän päivän päiväyksellä, joten sinun ei tarvitse tehdä mitään.",
                 marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), FEAR_DENIED)
def test_a_fact_with_a_fear_denied_after_it_informs(lang, text):
    assert spans(review("bank-outage", "first-angry", text, lang), "informs")


FACT_DENIED = [
    ("en", "E-invoices due today will not be paid with today's date once the service returns."),
    ("en", "We can't say that e-invoices due today are paid with today's date when the service returns."),
    ("en", "Will e-invoices due today be paid with today's date once the service returns, or not?"),
    pytest.param("fi", "Tänään erääntyviä e-laskuja ei makseta tämän päivän päiväyksellä palvelun palattua.", marks=voikko),
    pytest.param("fi", "Emme voi luvata, että tänään erääntyvät e-laskut maksetaan tämän päivän päiväyksellä.", marks=voikko),
    pytest.param("fi", "Maksetaanko tänään erääntyvät e-laskut tämän päivän päiväyksellä, ei kai myöhästy?", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), FACT_DENIED)
def test_the_fact_itself_denied_or_asked_gives_no_fact(lang, text):
    assert spans(review("bank-outage", "first-angry", text, lang), "informs") == []


SHORT_GIVEN = [
    ("bank-outage", "first-angry", "Korjausaikaa ei valitettavasti vielä tiedetä."),
    ("bank-outage", "first-angry", "korjausaikaa ei tiedetä viel, sori"),
    ("bank-outage", "first-angry", "Pahoittelemme häiriötä. Tarkkaa korjausaikaa ei tällä hetkellä tiedetä."),
    ("empty-promise", "first-angry", "Hei Tuomas, tosi harmillista. Mobiiliverkko toimii normaalisti, joten videopuhelu onnistuu datalla."),
    ("empty-promise", "first-angry", "mobiiliverkko toimii koko ajan 👍"),
    ("empty-promise", "first-angry", "Ymmärrän, ikävä ilta. Hyvä uutinen: mobiiliverkko toimii edelleen!"),
]


@pytest.mark.parametrize(("scenario", "inject", "text"), SHORT_GIVEN)
@voikko
def test_a_fact_of_two_words_said_whole_informs(scenario, inject, text):
    assert spans(review(scenario, inject, text, "fi"), "informs")


SHORT_NOT_GIVEN = [
    ("bank-outage", "first-angry", "Korjausaika tiedetään jo."),
    ("bank-outage", "first-angry", "Tiedetäänkö korjausaikaa?"),
    ("empty-promise", "first-angry", "Mobiiliverkko ei toimi alueella."),
    ("empty-promise", "first-angry", "Toimiiko mobiiliverkko?"),
    ("empty-promise", "first-angry", "Verkko toimii taas."),
]


@pytest.mark.parametrize(("scenario", "inject", "text"), SHORT_NOT_GIVEN)
@voikko
def test_a_short_fact_denied_asked_or_half_said_gives_no_fact(scenario, inject, text):
    assert spans(review(scenario, inject, text, "fi"), "informs") == []
