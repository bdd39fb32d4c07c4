"""Seats or a plane said to be waiting for them, in Finnish, where the outcome is still open
(sentences written for these tests, not taken from the corpus): 'paikkanne odottavat teitä',
'kone odottaa teitä' assure what 'waiting for you' does in English. And the near miss: the
customer asked to wait ('odottakaa rauhassa')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("strike-threat", "changed-back", "fi", "Vanhat paikkanne odottavat teitä, vaihdetaan ne heti takaisin!", "odottavat teitä"),
    ("strike-threat", "family-trip", "fi", "Lauantain kone odottaa teitä, ei hätää.", "odottaa teitä"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_waiting_for_you_assures(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


@voikko
def test_asked_to_wait_is_no_assurance():
    assert not review("strike-threat", "changed-back", "Odottakaa rauhassa, kerromme päätöksestä heti kun se tulee.", "fi").has("promise")
