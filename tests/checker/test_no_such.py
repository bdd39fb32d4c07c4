"""What the drill's author says, in an answer's feedback, does not exist ('no such exemption
exists', 'tällaista vapautusta ei ole olemassa'), offered as so in a reply ('pensioners on a small
income are exempted from the rise', 'eläkeläiset vapautetaan korotuksesta') is a wrong fact.
Sentences written for these tests, not taken from the corpus. Not: the thing denied, asked about,
set as a condition, or pledged ('we'll make sure you're exempted': a promise)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

OFFERED = [
    ("deleted-comment", "pensioner-worry", "en", "Aili, as a pensioner living alone you qualify for an exemption from the new price.", "exemption"),
    ("deleted-comment", "pensioner-worry", "fi", "Aili, pienituloiset eläkeläiset on vapautettu hinnankorotuksesta kokonaan.", "vapautettu"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OFFERED)
def test_what_the_author_says_does_not_exist_offered_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_OFFERED = [
    ("deleted-comment", "pensioner-worry", "en", "Aili, there's no exemption for pensioners, but we can agree a payment plan with you."),
    ("deleted-comment", "pensioner-worry", "fi", "Aili, korotuksesta ei valitettavasti voi saada vapautusta, mutta maksuaikaa voi sopia."),
    ("deleted-comment", "pensioner-worry", "en", "If you were hoping for an exemption, call us and we'll look at a payment plan together."),
    # pledged: a promise, not a fact said
    ("deleted-comment", "pensioner-worry", "en", "Don't worry, Aili – we'll make sure you're exempted from the new price."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_OFFERED)
def test_the_thing_denied_or_in_a_condition_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
