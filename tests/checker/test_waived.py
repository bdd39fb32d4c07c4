"""A requirement the drill waives, said as needed (waived.py): a refund at the shop without a
receipt, no plumber's report needed first. Sentences written for these tests. Not: the thing
waived too ('no receipt needed'), a condition ('if you still have the receipt'), a question, or
a word of needing beside something else."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NEEDED = [
    ("single-admin", "worried-grandma", "en", "Pirjo, take the pack back to the shop; you'll need the receipt for the refund.", "need the receipt"),
    ("single-admin", "hoax-doubt", "en", "Tiina, the shop refunds it, but a receipt is required.", "receipt is required"),
    ("personal-data-complaint", "water-damage-question", "en", "Tuija, we require a plumber's statement before the claim can start.",
     "require a plumber's"),
    pytest.param("single-admin", "worried-grandma", "fi", "Pirjo, kauppa palauttaa rahat kuittia vastaan.", "kuittia vastaan", marks=voikko),
    pytest.param("personal-data-complaint", "water-damage-question", "fi", "Tuija, korvaushakemukseen tarvitaan putkimiehen lausunto.",
                 "tarvitaan putkimiehen lausunto", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), NEEDED)
def test_a_waived_requirement_said_as_needed_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_NEEDED = [
    ("single-admin", "worried-grandma", "en", "Pirjo, return it to the shop for a refund, no receipt needed."),
    ("single-admin", "worried-grandma", "en", "Pirjo, bring the pack back to the shop; if you still have the receipt, bring it along too."),
    ("personal-data-complaint", "water-damage-question", "en", "Tuija, you don't need a plumber's report first; we'll order a moisture survey."),
    pytest.param("single-admin", "worried-grandma", "fi", "Pirjo, rahat saa kaupasta takaisin, etkä tarvitse kuittia.", marks=voikko),
    ("personal-data-complaint", "water-damage-question", "en", "Tuija, we need photos of the floor and the machine."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_NEEDED)
def test_the_requirement_waived_too_or_a_condition_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
