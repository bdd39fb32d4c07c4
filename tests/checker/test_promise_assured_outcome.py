"""An outcome assured, as people on shift say it, in sentences written for these tests (not taken
from the corpus): a decision that will 'go your way' or be settled 'in your favour', 'menee läpi',
'kumotaan', 'eduksesi'; something due 'any minute' where the facts leave it open; safety assured
in full ('100% secure', 'sataprosenttisesti turvassa') and 'nobody can touch your money'; a fix
before the customer gets somewhere ('before you reach Helsinki', 'ennen kuin olet perillä'); and a
commitment made after a refusal in the same sentence ("we can't share it here, but it'll go her
way", 'but a technician will be there tonight'). The near misses: the refusal itself, a hundred
per cent denied, advice to look before one leaves, a forecast hedged, and others' work in the
evening after a refusal ('mutta asentajat tekevät töitä koko illan')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("personal-data-complaint", "relative", "en", "Don't worry, the review will go her way.", "go her way"),
    ("personal-data-complaint", "why-no-answer", "en", "Your appeal is with us and it'll be settled in your favour.", "in your favour"),
    ("personal-data-complaint", "why-no-answer", "fi", "Oikaisupyyntö menee läpi, ei huolta.", "menee läpi"),
    ("personal-data-complaint", "why-no-answer", "fi", "Päätös kumotaan ja asia ratkaistaan eduksesi.", "kumotaan"),
    ("single-admin", "journalist-call", "en", "The notice goes up on our page any minute.", "any minute"),
    ("bank-outage", "cyber-rumour", "en", "Relax, our systems are 100% secure.", "100% secure"),
    ("bank-outage", "cyber-rumour", "fi", "Rahasi ovat sataprosenttisesti turvassa.", "sataprosenttisesti turvassa"),
    ("bank-outage", "cyber-rumour", "en", "nobody can touch your money, promise", "nobody can touch"),
    ("fast-good-answer", "cold-coach", "en", "The heater will be fixed before you reach Lahti.", "before you reach"),
    ("fast-good-answer", "cold-coach", "fi", "Lämmitys korjataan ennen kuin olet perillä.", "ennen kuin olet perillä"),
    ("personal-data-complaint", "relative", "en", "We can't discuss it here, but the claim will go her way.", "go her way"),
    ("empty-promise", "safety-phone", "en", "We can't give a fix time, but a technician will be at her door tonight.", "tonight"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_an_outcome_assured_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("personal-data-complaint", "relative", "en", "We can't promise how the review will go, but a specialist is looking at it."),
    ("bank-outage", "cyber-rumour", "en", "Nobody can say anything is 100% secure, but IT sees no signs of a breach."),
    ("fast-good-answer", "late-pileon", "fi", "Autojen sijainnit näkyvät sivulla, ne voi tarkistaa ennen kuin lähtee pysäkille."),
    ("fast-good-answer", "cold-coach", "en", "Check the live map before you leave for the stop."),
    ("personal-data-complaint", "why-no-answer", "en", "We hope the review goes your way, and we'll tell you as soon as it's decided."),
    ("empty-promise", "first-angry", "fi", "Emme päivystä somessa yöllä, mutta asentajat tekevät töitä koko illan."),
    ("empty-promise", "first-angry", "en", "We can't answer through the night, but the crew is working all evening."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_a_refusal_or_a_hope_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
