"""personal_data: numbers that tell a customer's case in other shapes than the drill's codes (a
card's last four and expiry, a short order number, the customer's own figures said back), and
numbers that only look like a customer's (the organisation's own phone series, a coach line the
drill's flood names)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

FOUND = [
    ("bank-outage", "card-number", "en", "Thanks Jari! Your card ending 5520 (exp 08/29) isn't frozen.", ["5520", "08/29"]),
    ("bank-outage", "card-number", "fi", "Kiitos Jari! Korttisi, joka päättyy numeroihin 5520, toimii normaalisti.", ["5520"]),
    ("bank-outage", "card-number", "en", "Hi Jari, the card **** 5520 valid until 08/29 works.", ["5520", "08/29"]),
    ("viral-video", "refund-request", "en", "Petra, please email your order 4471 to us and we'll refund it.", ["4471"]),
    ("viral-video", "refund-request", "fi", "Petra, tilausnumero 4471 on hyvitetty.", ["4471"]),
    ("bank-outage", "business-payroll", "en", "Sanna, we'll get your eight employees' €21,000 through by noon.", ["21,000"]),
    ("personal-data-complaint", "claim-post", "fi", "Hanna, maksamme 640 euron fysioterapiat vielä tällä viikolla.", ["640"]),
    # an order number in a drill whose item has none: named as the order's
    ("deleted-comment", "fair-question", "en", "Hi Sari, your customer number 55231 shows the meter was read.", ["55231"]),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "found"), FOUND)
def test_numbers_that_tell_the_case_are_personal_data(scenario, inject, lang, text, found):
    assert spans(review(scenario, inject, text, lang), "personal_data") == found


NOT_FOUND = [
    ("bank-outage", "card-number", "en", "Thanks Jari! Cards work normally; a card expires at the end of its validity."),
    ("bank-outage", "card-number", "fi", "Kiitos Jari! Kortit toimivat, ja korttimaksut näkyvät tililläsi 2–3 päivässä."),
    ("viral-video", "refund-request", "en", "Petra, we'll refund your order, and the 45 minutes' wait is on us."),
    ("viral-video", "refund-request", "en", "Petra, orders since 2019 are kept on file."),
    ("viral-video", "refund-request", "fi", "Petra, tilaukset 1000 euroon asti hyvitetään kortille."),
    # a figure of the customer's said back on an item that carries no personal data
    ("fast-good-answer", "late-coach", "fi", "Moi Jari! KL412 on arviolta Helsingissä klo 9.05."),
    # the organisation's own number misremembered is a wrong fact, not a customer's phone
    ("personal-data-complaint", "claimant-thanks", "en", "Thanks Hanna! If you'd rather talk, call 010 555 4400 on weekdays 8–16."),
    # the age of a customer's mother: two digits say little of whom
    ("strike-threat", "phone-post", "en", "Hi Pekka, we know how much your mum's 90th means to you."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_FOUND)
def test_numbers_that_do_not_tell_a_customer_are_not_personal_data(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "personal_data") == []


def test_a_customers_own_phone_in_the_organisations_area_code_is_still_personal_data():
    found = spans(review("personal-data-complaint", "claimant-thanks", "Thanks Hanna! We'll call you on 040 555 4400.", "en"), "personal_data")
    assert found == ["040 555 4400"]
