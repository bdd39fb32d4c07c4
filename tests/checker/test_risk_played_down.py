"""A danger the drill's facts state (the biscuits are dangerous to people allergic to nuts, and
nobody knows how much hazelnut is in them) played down: 'only small traces', 'vain hivenen', 'the
risk is low', 'no real danger', 'just a precaution' (risk.py). Sentences written for these tests.
Not: the danger stressed ('even small traces can be dangerous'), denied played down ('this is not
just a precaution'), asked, a guess said as one, or a drill whose facts state no danger."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PLAYED_DOWN = [
    ("single-admin", "worried-grandma", "en", "Pirjo, the risk is very low, it's a labelling matter more than anything.", "risk is very low"),
    ("single-admin", "hoax-doubt", "en", "Hi Tiina, it's real, though it's just a precaution on our part.", "just a precaution"),
    ("single-admin", "worried-grandma", "en", "The biscuits may contain tiny amounts of hazelnut, Pirjo.", "tiny amounts"),
    pytest.param("single-admin", "worried-grandma", "fi", "Pirjo, keksit sisältävät hasselpähkinää vain pieniä määriä.", "pieniä määriä", marks=voikko),
    pytest.param("single-admin", "hoax-doubt", "fi", "Tiina, takaisinveto on pelkkä varotoimi, riski on pieni.", "pelkkä varotoimi", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PLAYED_DOWN)
def test_a_stated_danger_played_down_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "wrong_fact"))


NOT_PLAYED_DOWN = [
    ("single-admin", "worried-grandma", "en", "Pirjo, for a child with a nut allergy even small amounts can be dangerous, so please don't give them."),
    ("single-admin", "hoax-doubt", "en", "Tiina, this is not just a precaution: batch L2607 is being recalled."),
    pytest.param("single-admin", "worried-grandma", "fi", "Pirjo, pienikin määrä voi olla allergiselle vaarallinen, joten älä tarjoa niitä.", marks=voikko),
    ("single-admin", "worried-grandma", "en", "Pirjo, maybe there are only traces, but nobody knows yet how much, so please don't risk it."),
    ("bank-outage", "first-angry", "en", "Tuomas, the risk is low that any payment is lost: salaries are safe."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PLAYED_DOWN)
def test_the_danger_stressed_or_no_danger_stated_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
