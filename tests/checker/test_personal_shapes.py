"""Personal data in the shapes a hurried hand gives it, in sentences written for these tests (not
taken from the corpus): the item's own booking code in lower case or spaced, a street in a
Finnish case ending or with its number first, an account by its last digits or an IBAN with a
wrong check digit, an e-mail address with '(at)', an injury or painkillers said of the person.
And the near misses: the organisation's own roads, flights and addresses written the same ways,
an injury said of no one."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    # the item's own code, as written in a hurry
    ("strike-threat", "family-trip", "en", "Hi Hanna, booking k7qx2m is on our list, we'll DM you.", "k7qx2m"),
    ("strike-threat", "phone-post", "fi", "Pekka, varauksesi HLB 8T4 on meillä tiedossa, laitan viestiä.", "HLB 8T4"),
    ("fast-good-answer", "refund-public", "fi", "Moi! Varaus KL 58214 näkyy meillä peruttuna, laita viestiä.", "KL 58214"),
    # a street in any case, or the number first
    pytest.param("empty-promise", "safety-phone", "fi", "Kaarnatiellä 7 asuvan äitisi turvapuhelin on meillä tiedossa.", "Kaarnatiellä 7", marks=voikko),
    ("deleted-comment", "bill-address", "fi", "Pekka, Koivukujalle 3 B 12 tullut lasku tarkistetaan.", "Koivukujalle 3 B 12"),
    ("empty-promise", "safety-phone", "en", "We'll send someone to 7 Kaarnatie in Kuusiniemi.", "7 Kaarnatie"),
    # an account by its tail, an IBAN mistyped
    ("bank-outage", "iban-salary", "en", "Your account ending 4571 is fine.", "4571"),
    ("bank-outage", "iban-salary", "fi", "Tili FI2157800720034571 näkyy kyllä meillä.", "FI2157800720034571"),
    # an address written to dodge harvesters
    ("fast-good-answer", "bag-tweet", "fi", "Lähetin tiedot osoitteeseen sanni.rautio(at)gmail.com, katso posti!", "sanni.rautio(at)gmail.com"),
    # an injury or a painkiller said of the person
    ("personal-data-complaint", "claim-post", "en", "Hanna, your broken wrist and the physio bills will be reviewed.", "broken wrist"),
    pytest.param("personal-data-complaint", "relative", "fi", "Toivottavasti Hannan kivut helpottavat ja kipulääkkeet auttavat.", "kivut", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_this_shape_identifies_the_person(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    ("fast-good-answer", "late-coach", "fi", "Valtatiellä 5 on tietöitä Mikkelin eteläpuolella, viive 15–30 min."),
    ("strike-threat", "family-trip", "fi", "Hei Hanna, kj412 lentää toistaiseksi aikataulussa."),
    ("fast-good-answer", "bag-tweet", "fi", "Laita viestiä osoitteeseen asiakaspalvelu(at)kiitolinja.fi niin selvitetään."),
    ("bank-outage", "first-angry", "fi", "Tilit ovat turvassa, ja kortin sulku toimii numerossa 010 555 2999."),
    ("personal-data-complaint", "pile-on", "en", "Broken bones after a bike fall are a common claim; the claims line 010 555 4040 can help."),
    ("empty-promise", "first-angry", "fi", "Vika koskee noin 17 000 taloutta Routavaarassa, Kuusiniemessä ja Peuralahdella."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
def test_this_shape_identifies_no_one(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("personal_data")


def test_a_private_message_carries_the_code_as_it_is_written():
    assert not review("strike-threat", "family-trip", "Hi Hanna, booking k7qx2m is on our list.", "en", "private").has("personal_data")
