"""What the organisation's Finnish texts deny as the object of a negated verb ('vesiliiketoiminta
ei maksa kaupungille osinkoa vuonna 2027'), said as so ('osa korotuksesta maksetaan kaupungille
osinkona'); sentences written for these tests, not taken from the corpus. English says the same
denial with 'no' ('pays the town no dividend'), which asserted.py read already. Not: denied, a
condition, a rule of ours."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

OBJECT_SAID = [
    pytest.param("deleted-comment", "councillor-question", "fi", "Osa korotuksesta maksetaan kaupungille osinkona.", "osinkona", marks=voikko),
    pytest.param("deleted-comment", "councillor-question", "fi", "Kaupunki saa vesilaitokselta osinkoa ensi vuonnakin, Pertti.", "osinkoa",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OBJECT_SAID)
def test_what_a_negated_finnish_verb_denies_said_as_so_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_SAID = [
    ("deleted-comment", "councillor-question", "en", "The water business pays the town no dividend in 2027, Pertti."),
    pytest.param("deleted-comment", "councillor-question", "fi", "Kaupungille ei makseta osinkoa vuonna 2027.", marks=voikko),
    pytest.param("deleted-comment", "councillor-question", "fi", "Jos kaupunki saisi osinkoa, se näkyisi vuosikertomuksessa.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_SAID)
def test_the_denial_repeated_or_a_condition_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
