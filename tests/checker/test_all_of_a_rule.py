"""'All' that claims nothing beyond the facts: a rule that applies to all ('the rule applies to all
customers', 'sääntö koskee kaikkia asiakkaita'), and 'all' with the count the facts give ('all
176 flights are affected' where 176 flights are). Sentences written for these tests; 'all our
batches are recalled', with no count, is still a claim beyond the facts."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NOT_CLAIMED = [
    ("personal-data-complaint", "claimant-angry", "en", "Hanna, this rule on health details applies to all customers alike."),
    pytest.param("personal-data-complaint", "claimant-angry", "fi", "Hanna, tämä sääntö koskee kaikkia asiakkaitamme samalla tavalla.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_CLAIMED)
def test_a_rule_for_all_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")


def test_all_with_the_facts_own_count_is_no_claim_beyond_them():
    text = "All 176 Kajava Air flights on Friday and Saturday are affected by the strike threat."
    assert "All" not in spans(review("strike-threat", None, text, "en", "status"), "wrong_fact")


def test_all_recalled_without_a_count_is_still_a_claim():
    text = "All our oat biscuit batches are recalled."
    assert spans(review("single-admin", "worried-grandma", text, "en"), "wrong_fact")
