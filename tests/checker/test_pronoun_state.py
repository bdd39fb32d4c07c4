"""A fact's state said of a pronoun ('…; in 2026 they rose by about 3 %', '…; vuonna 2026 ne
nousivat') is said of what the sentence named before it, so a reply that denies it of that thing
('management pay was not raised this year', 'johdon palkkoja ei tänä vuonna nostettu') contradicts
it. Sentences written for these tests, not taken from the corpus. Not: the rise said right,
another thing's rise denied."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED_RISE = [
    ("deleted-comment", "rumour", "en", "Markku, management salaries were not raised at all this year.", "not raised"),
    pytest.param("deleted-comment", "rumour", "fi", "Markku, johdon palkkoja ei viime vuonna nostettu lainkaan.", "ei viime vuonna nostettu",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DENIED_RISE)
def test_a_rise_the_facts_give_of_a_pronoun_denied_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    ("deleted-comment", "rumour", "en", "Markku, management salaries went up by about 3 % in 2026, not 30 %."),
    pytest.param("deleted-comment", "rumour", "fi", "Markku, johdon palkat nousivat vuonna 2026 noin 3 %, eivät 30 %.", marks=voikko),
    pytest.param("deleted-comment", "fair-question", "fi", "Perusmaksua ei tänä vuonna nostettu, vain kuutiohintaa.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_rise_said_right_or_another_thing_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
