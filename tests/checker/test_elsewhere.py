"""Curt as handing the matter to someone else (tone._elsewhere): 'not something we can help
with', 'a matter for your doctor', "you'll have to ask the station staff", 'sort it out with
the biller', with nothing after it that helps and no warmth. Each with a reply that must not be
curt: the same pointer said warmly or followed by what we will do, a cause said to be another's
(defence, not a brush-off). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def curt(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("curt")


@pytest.mark.parametrize(("scenario", "inject", "text"), [
    ("bank-outage", "business-payroll", "That's between you and your employees, not something we can help with."),
    ("bank-outage", "double-charge", "Double payments are something you need to sort out with the biller, not us."),
    ("single-admin", "allergic-child", "That's a matter for your doctor, not for us."),
    ("fast-good-answer", "late-coach", "You'll have to ask the station staff about that."),
])
def test_the_matter_handed_to_someone_else_with_nothing_after_it_is_curt(scenario, inject, text):
    assert curt(scenario, inject, text, "en")


@pytest.mark.parametrize(("scenario", "inject", "text"), [
    ("fast-good-answer", "late-coach", "The station screens are run by the city, not us, but I'll post the coach's position here every ten minutes."),
    ("fast-good-answer", "late-coach", "You'll have to ask the station staff about the screens; we'll post the coach's position here every ten minutes."),
    ("single-admin", "allergic-child", "I'm so sorry. Please keep the packaging; our quality team will call you today, and medical questions are a matter for your doctor."),
    ("bank-outage", "business-payroll", "Sorry Sari, that's a lot to carry. Salaries sent this morning will reach the accounts by 11, and we'll confirm it here."),
])
def test_the_same_pointer_said_warmly_or_with_what_we_will_do_is_not_curt(scenario, inject, text):
    assert not curt(scenario, inject, text, "en")
