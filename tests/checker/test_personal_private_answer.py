"""The customer's own sum or number, said back in public, where the drill's good answer repeats it
only in a private message (sentences written for these tests, not taken from the corpus): a
private answer does not make the customer's €23.80 the organisation's figure. And the near
misses: the same sum in a private message, a figure the organisation's public texts give, the
EU compensation sum said to a passenger (a rule's figure, not their bill)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

FOUND = [
    ("viral-video", "refund-request", "fi", "Maksamasi 23,80 € palautetaan.", "23,80"),
    ("viral-video", "refund-request", "en", "Petra, the €23.80 goes back to your card tonight.", "23.80"),
    ("fast-good-answer", "refund-public", "fi", "Moi! Ne 39,90 € palautetaan kortille.", "39,90"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_their_own_sum_said_back_in_public(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    ("viral-video", "refund-request", "fi", "Maksamasi 23,80 € palautetaan.", "private"),
    ("strike-threat", "compensation-q", "en", "Yes Jani, if your flight is cancelled the EU compensation is €400.", "public"),
    ("deleted-comment", "bill-address", "en", "Pekka, the price per cubic metre goes from €4.60 to €5.15.", "public"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
def test_no_customer_figure_here(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")


CASE_SUMS = [
    # her €640 was in her first post; she answers later, or her husband writes under it
    ("personal-data-complaint", "hanna-resolved", "en", "Great news Hanna, your €640 is on its way!", "640"),
    ("personal-data-complaint", "hanna-resolved", "fi", "Hanna, ne 640 euroa tulee sulle tilille vielä tällä viikolla.", "640"),
    ("personal-data-complaint", "why-no-answer", "en", "sorry for the wait Hanna, ur 640 eur claim is with a handler now", "640"),
    ("personal-data-complaint", "claimant-thanks", "fi", "Kiitos viestistäsi! Korvauksesi 640 € käsitellään chatissa tänään.", "640"),
    ("personal-data-complaint", "relative", "en", "Juha, Hanna's €640 will be looked at again in the review.", "640"),
    ("personal-data-complaint", "relative", "fi", "Juha, Hannan 640 euron korvaus tarkistetaan vielä.", "640"),
    # the customer the address was said of, under the post that gave his bill
    ("deleted-comment", "privacy-callout", "en", "Laura, you're right: we should never have written that Pekka's bill was €186.", "186"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), CASE_SUMS)
def test_the_sum_of_the_case_the_thread_is_about(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


OTHER_CASES = [
    # the same figure in another customer's thread is not her sum
    ("personal-data-complaint", "water-damage-question", "en", "Tuija, a moisture survey can cost you about €640, and we order it where needed.", "public"),
    ("personal-data-complaint", "appeal-question", "fi", "Matti, jos sinulta on jäänyt 640 € korvaamatta, voit pyytää oikaisua.", "public"),
    # her sum in a private message
    ("personal-data-complaint", "hanna-resolved", "en", "Great news Hanna, your €640 is on its way!", "private"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), OTHER_CASES)
def test_a_figure_of_no_case_in_this_thread(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")


SAID_BACK = [
    # the sum of the case, said back with no 'you' beside it: the thread says whose it is
    ("empty-promise", "compensation", "en", "Totally fair – €49.90 a month and a dead line on Christmas Eve.", "49.90"),
    ("empty-promise", "compensation", "fi", "Joo, 49,90 € kuussa eikä netti toimi aattona, ymmärrän hyvin.", "49,90"),
    ("empty-promise", "compensation", "fi", "ne 49,90e palautetaan kyl seuraavalla laskulla", "49,90"),
    ("empty-promise", "compensation", "fi", "Joulukuun kuukausimaksu 49,90 euroa hyvitetään täysimääräisesti seuraavalla laskulla.", "49,90"),
    ("viral-video", "refund-request", "en", "Understood – the €23.80 goes back to the card tonight.", "23.80"),
    ("fast-good-answer", "refund-public", "fi", "Selvä juttu, 39,90 € palautetaan maksukortille parin päivän sisällä.", "39,90"),
    ("bank-outage", "double-charge", "en", "Sorted: the second €184.20 payment will be returned by the biller.", "184.20"),
    ("deleted-comment", "bill-address", "en", "A jump from €120 to €186 is a lot, so a meter check makes sense.", "186"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), SAID_BACK)
def test_the_sum_said_back_with_no_you_beside_it(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


NO_ONES_SUM = [
    ("empty-promise", "compensation", "fi", "Kaikille asiakkaille hyvitetään joulukuun 49,90 € seuraavalla laskulla.", "public"),
    # a status update answers no one's post; another customer's comment gave no sum
    ("empty-promise", None, "fi", "Kuukausimaksu on 49,90 €, ja katkon hyvitykset käsitellään vian korjaamisen jälkeen.", "status"),
    ("empty-promise", "first-angry", "fi", "Tuomas, hyvitykset lasketaan 49,90 € kuukausimaksusta vian jälkeen.", "public"),
    ("empty-promise", "compensation", "en", "Totally fair – €49.90 a month and a dead line on Christmas Eve.", "private"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), NO_ONES_SUM)
def test_a_sum_of_no_one_here(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")
