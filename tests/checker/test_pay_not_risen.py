"""Management pay said not to have risen where the facts say it rose about 3 % in 2026
(lexicon.OPPOSITE_STATES 'rose', read by states.py): 'hasn't gone up', 'stayed flat', 'zero
increase', 'pysyneet ennallaan', 'ei oo tullut korotuksia', 'samalla tasolla'. Sentences written
for these tests, not taken from the corpus. Not: the rise said right, the 30 % rumour denied
with the rise given, or the water fee (another thing)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NOT_RISEN = [
    ("en", "Management salaries haven't gone up in years, Markku."),
    ("en", "Management pay stayed flat in 2026."),
    ("en", "There was zero increase in management salaries."),
    ("en", "mgmt salaries remained the same, see the annual report"),
    ("en", "For the record, management received no pay rises in 2026."),
    pytest.param("fi", "Johdon palkat ovat pysyneet ennallaan.", marks=voikko),
    pytest.param("fi", "Johdolle ei oo tullu palkankorotuksia vuosiin", marks=voikko),
    pytest.param("fi", "johdon palkat on samalla tasolla ku ennenki", marks=voikko),
    pytest.param("fi", "Johdon palkkoihin tuli vuonna 2026 nollakorotus.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RISEN)
def test_pay_said_not_to_have_risen_is_a_wrong_fact(lang, text):
    assert spans(review("deleted-comment", "rumour", text, lang), "wrong_fact")


RIGHT = [
    ("en", "Markku, management salaries rose about 3 % in 2026, not 30 %."),
    ("en", "It's not true that management pay went up 30 %; the annual report shows about 3 %."),
    pytest.param("fi", "Johdon palkat nousivat vuonna 2026 noin 3 %, eivät 30 %.", marks=voikko),
    pytest.param("fi", "Perusmaksu pysyy ennallaan, vain kuutiohinta nousee.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), RIGHT)
def test_the_rise_said_right_or_another_thing_is_no_wrong_fact(lang, text):
    assert not spans(review("deleted-comment", "rumour", text, lang), "wrong_fact")
