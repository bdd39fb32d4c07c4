"""Blame said in the third person (fault.counterfactuals with the customer's kin,
reproof._named_duty_fi, accuse.neglects of customers at large): 'your father could have added
his number', 'äitisi olisi pitänyt antaa numero', 'the trouble starts when people haven't read
their terms', 'kun ihmiset eivät ole lukeneet ehtojaan'. Beside each, what the kin were owed,
what our staff should have done, what people did not notice or have not done yet. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, drill: str = "strike-threat", item: str = "elderly-relative") -> bool:
    return review(drill, item, text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Hi Pirjo, your father could have added his mobile number to the booking.", "Your father should have had a text from us, and we're sorry."),
    ("Your mother should really have given us a phone number when she booked.", "Our agent should have asked your mother for a phone number."),
])
def test_the_customers_kin_as_the_one_who_should_have_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Hei Pirjo, isäsi olisi pitänyt lisätä puhelinnumero varaukseen.", "Isäsi olisi pitänyt saada meiltä tekstiviesti, pahoittelemme."),
    ("Äitinne olisi pitänyt ilmoittaa matkapuhelinnumero varatessaan.", "Virkailijan olisi pitänyt kysyä äidiltänne puhelinnumero."),
])
def test_the_customers_kin_as_the_one_who_should_have_blames_in_finnish(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Most claims are paid; the trouble usually starts when customers haven't read their policy terms.",
     "People didn't notice the outage until nine, so the first calls came late."),
    ("en", "Customers simply don't open the e-mails they get, that's the whole story.", "Some passengers haven't checked in yet, so the gate is open."),
    pytest.param("fi", "Suurin osa korvauksista maksetaan; ongelmat alkavat, kun asiakkaat eivät ole lukeneet ehtojaan.",
                 "Ihmiset eivät ole huomanneet katkosta ennen yhdeksää.", marks=voikko),
])
def test_customers_at_large_said_not_to_read_what_they_were_given_blames(lang, fires, quiet):
    assert blames(fires, lang, "personal-data-complaint", "pile-on")
    assert not blames(quiet, lang, "personal-data-complaint", "pile-on")
