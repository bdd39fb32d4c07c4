"""What the organisation's good answers say is not needed, with its object before the verb
('putkimiehen lausuntoa ei tarvita'), said as a requirement ('tarvitset ensin putkimiehen
lausunnon') contradicts them. Sentences written for these tests, not taken from the corpus. Not:
the requirement denied as the drill denies it, another step asked for, or what the facts say is
not there ('merkkejä tietomurrosta ei ole')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

REQUIRED = [
    pytest.param("personal-data-complaint", "water-damage-question", "fi",
                 "Moi Tuija, ilmoitusta varten pyydämme ensin putkimiehen lausunnon vahingosta.", "lausunnon", marks=voikko),
    pytest.param("personal-data-complaint", "water-damage-question", "fi",
                 "Tuija, putkimiehen kirjallinen lausunto on pakollinen osa korvaushakemusta.", "lausunto", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), REQUIRED)
def test_a_requirement_the_good_answers_deny_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_REQUIRED = [
    pytest.param("personal-data-complaint", "water-damage-question", "fi",
                 "Moi Tuija, putkimiehen lausuntoa ei tarvita, ilmoita vahinko Oma Lummessa.", marks=voikko),
    pytest.param("personal-data-complaint", "water-damage-question", "fi",
                 "Tuija, ota kuvia lattiasta ja koneesta ja ilmoita vahinko Oma Lummessa.", marks=voikko),
    # what the facts say is not there ('merkkejä ei ole') is no requirement denied
    pytest.param("bank-outage", "cyber-rumour", "fi", "Vika on tietokannassa, eikä IT:n mukaan merkkejä tietomurrosta ole.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_REQUIRED)
def test_the_requirement_denied_or_another_step_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
