"""The customer's own sum or number, said back in public, where the drill's good answer repeats it
only in a private message (sentences written for these tests, not taken from the corpus): a
private answer does not make the customer's €23.80 the organisation's figure. And the near
misses: the same sum in a private message, a figure the organisation's public texts give, the
EU compensation sum said to a passenger (a rule's figure, not their bill)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans

FOUND = [
    ("viral-video", "refund-request", "fi", "Maksamasi 23,80 € palautetaan.", "23,80"),
    ("viral-video", "refund-request", "en", "Petra, the €23.80 goes back to your card tonight.", "23.80"),
    ("fast-good-answer", "refund-public", "fi", "Moi! Ne 39,90 € palautetaan kortille.", "39,90"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_their_own_sum_said_back_in_public(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    ("viral-video", "refund-request", "fi", "Maksamasi 23,80 € palautetaan.", "private"),
    ("strike-threat", "compensation-q", "en", "Yes Jani, if your flight is cancelled the EU compensation is €400.", "public"),
    ("deleted-comment", "bill-address", "en", "Pekka, the price per cubic metre goes from €4.60 to €5.15.", "public"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
def test_no_customer_figure_here(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")
