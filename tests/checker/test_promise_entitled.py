"""What a customer is told they can get, as people on shift say it, in sentences written for these
tests (not taken from the corpus): a price cut or a release from a charge nobody approved
('alennusta', 'vapautuksen', 'a discount', 'a reduced rate'), said as what they can get or are
entitled to ('voivat saada', 'voit hakea', 'sulla on oikeus', 'you qualify for', "you're
entitled to"), and the whole sum where the facts give a part ('your whole ticket', 'koko lipun
hinta'), given back or paid. The near misses: the facts' own student discount, a refusal, a
discount denied, a full refund where the facts give one, and the whole price only named."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("deleted-comment", "pensioner-worry", "en", "Pensioners can get a discount on the water bill, just DM us!", "discount"),
    ("deleted-comment", "pensioner-worry", "en", "As a pensioner living alone you qualify for an exemption from the rise.", "exemption"),
    ("deleted-comment", "pensioner-worry", "en", "you're eligible for a reduced rate, we'll sort it", "reduced rate"),
    ("deleted-comment", "pensioner-worry", "fi", "Eläkeläiset voivat saada alennusta vesimaksusta.", "alennusta"),
    ("deleted-comment", "pensioner-worry", "fi", "Pienituloisena voit hakea vapautusta korotuksesta, laita yksäriä.", "vapautusta"),
    ("deleted-comment", "pensioner-worry", "fi", "sulla on oikeus alennettuun hintaan, hoidetaan se", "alennettuun hintaan"),
    ("fast-good-answer", "cold-coach", "en", "So sorry! We'll refund the entire fare, no questions asked.", "entire fare"),
    ("fast-good-answer", "cold-coach", "fi", "Hyvitämme sulle koko lipun hinnan, pahoittelut!", "koko lipun hinnan"),
    ("strike-threat", "compensation-q", "en", "If it's cancelled you're entitled to the €400, no question.", "no question"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_what_they_can_get_beyond_the_facts_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("fast-good-answer", "student-question", "fi", "Saat 30 %:n alennuksen näyttämällä opiskelijakortin kuljettajalle."),
    ("fast-good-answer", "student-question", "en", "Students can get a 30 % discount with a valid student card."),
    ("deleted-comment", "pensioner-worry", "fi", "Alennuksia emme voi luvata, hinnasta päättää hallitus."),
    ("deleted-comment", "pensioner-worry", "en", "There's no discount for pensioners, I'm afraid, but the social office can help."),
    ("strike-threat", "compensation-q", "en", "If your flight is cancelled you can get a full refund or a free new flight at kajava.fi/lakko."),
    ("bank-outage", "first-angry", "en", "Late fees caused by the outage can be reimbursed on application."),
    ("deleted-comment", "manager-delete", "fi", "Poisto olisi isompi juttu kuin koko hinta, joten kommentti jää."),
    ("fast-good-answer", "student-question", "en", "The full price is shown when you book, and the card is shown to the driver."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_what_the_facts_give_or_nobody_offers_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
