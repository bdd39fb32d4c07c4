"""What the facts say may happen ('wifi may drop', 'wifi voi katkeilla'), said not to happen by
its noun ('without any drops', 'ilman yhtään katkoa'), also in a clause a relative opens ('wifi,
which works … without drops') or after the clause that names the thing ('every coach has wifi, so
… without a single drop'); sentences written for these tests, not taken from the corpus.
Not: without another thing, or hedged."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WITHOUT_IT = [
    ("fast-good-answer", "wifi-question", "en", "Yes, the wifi runs the whole trip without any drops.", "without any drops"),
    ("fast-good-answer", "wifi-question", "en", "Every coach has free wifi, which works all the way without drops.", "without drops"),
    pytest.param("fast-good-answer", "wifi-question", "fi", "Wifi pelaa koko matkan ilman yhtään katkoa.", "ilman yhtään katkoa", marks=voikko),
]

NAMED_A_CLAUSE_BEFORE = [
    ("fast-good-answer", "wifi-question", "en", "Every coach has wifi, so you can stream the whole way without a single drop.", "without a single drop"),
    pytest.param("fast-good-answer", "wifi-question", "fi", "Autoissa on wifi, joten palaverit onnistuvat koko matkan ilman katkoja.", "ilman katkoja",
                 marks=voikko),
]
"""The thing the 'may' is said of, named a clause before the noun said absent."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WITHOUT_IT + NAMED_A_CLAUSE_BEFORE)
def test_what_may_happen_said_never_to_by_its_noun_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_WITHOUT_IT = [
    ("fast-good-answer", "wifi-question", "en", "The wifi can drop on quiet stretches, so keep a copy of your files without relying on it."),
    ("fast-good-answer", "wifi-question", "en", "The wifi should run without drops most of the way."),
    pytest.param("fast-good-answer", "wifi-question", "fi", "Wifi toimii ilman salasanaa, mutta voi katkeilla harvaan asutuilla osuuksilla.", marks=voikko),
    ("fast-good-answer", "wifi-question", "en", "The wifi can drop on quiet stretches, so download files first; the sockets work without interruptions."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WITHOUT_IT)
def test_without_another_thing_or_hedged_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
