"""A sum by the month or the year that the facts give otherwise for the same one (sentences
written for these tests, not taken from the corpus): the facts' year worked out wrong by the
month, or said by the month; not: the same sum by the month, right within 'about', nor a sum
whose clause names no one the facts give a sum for."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG_RATE = [
    ("deleted-comment", "fair-question", "en", "Sari, for a family of four the rise works out at roughly €3 a month.", "€3"),
    ("deleted-comment", "fair-question", "en", "For a family of four that's €99 per month, I'm afraid.", "€99"),
    pytest.param("deleted-comment", "fair-question", "fi", "Neljän hengen perheelle nousu on noin 8 € vuodessa, ei siis paljon.", "8 €", marks=voikko),
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Yksin asuvalle tämä tekee noin 28 euroa kuukaudessa.", "28 euroa", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG_RATE)
def test_a_sum_by_the_month_that_the_facts_give_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


RIGHT_RATE = [
    ("deleted-comment", "fair-question", "en", "Sari, for a family of four it comes to a little over €8 a month."),
    ("deleted-comment", "pensioner-worry", "en", "Aili, for someone living alone it's a bit over €2 a month."),
    pytest.param("deleted-comment", "fair-question", "fi", "Kahden hengen taloudelle se on vajaat 5 € kuussa.", marks=voikko),
    pytest.param("deleted-comment", "fair-question", "fi", "Neljän hengen perheelle tämä on noin 99 € vuodessa eli reilut kahdeksan euroa kuussa.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT_RATE)
def test_the_facts_sum_by_the_month_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
