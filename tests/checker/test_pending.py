"""Before a decision the facts time ('Friday's flights are decided around 07:15'), the outcome
said as settled ('Friday flies as normal', 'perjantai on peruttu') is a wrong fact, to an item
that comes before that time. Sentences written for these tests, not taken from the corpus. Not:
the outcome hedged or set as a condition, the day said pending, another day the facts settle
('today's flights operate normally'), and an item that comes after the decision."""

from __future__ import annotations

import pytest
from checkerkit import drill, review, spans

SETTLED = [
    ("strike-threat", "false-rumour", "en", "Relax, Riikka – Friday's flights are operating normally.", "operating normally"),
    ("strike-threat", "false-rumour", "en", "Sadly your friend is right: Friday has been cancelled.", "cancelled"),
    ("strike-threat", "false-rumour", "fi", "Riikka, perjantain lennot lentävät ihan normaalisti.", "lentävät ihan normaalisti"),
    ("strike-threat", "false-rumour", "fi", "Valitettavasti perjantai on jo peruttu, Riikka.", "peruttu"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), SETTLED)
def test_the_outcome_said_before_the_decision_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "wrong_fact"))


NOT_SETTLED = [
    ("strike-threat", "false-rumour", "en", "If Friday is cancelled, you can move your flight free of charge."),
    ("strike-threat", "false-rumour", "en", "Nothing about Friday is decided yet; today's flights are operating normally."),
    ("strike-threat", "false-rumour", "fi", "Perjantaita ei ole peruttu, päätös tulee noin klo 7.15."),
    ("strike-threat", "false-rumour", "fi", "Tänään lennot lentävät normaalisti, perjantaista päätetään aamulla."),
    ("strike-threat", "false-rumour", "fi", "Jos perjantai perutaan, saat tekstiviestin."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_SETTLED)
def test_a_hedge_a_condition_or_another_day_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")


def test_after_the_decision_the_outcome_may_be_said():
    items = [i for i in drill("strike-threat").injects if i.at is None or i.at > 2 * 3600]
    assert items  # items that come by a trigger or after 07:15 may say what was decided
    assert not spans(review("strike-threat", items[0].id, "Friday's flights are operating normally.", "en"), "wrong_fact")
