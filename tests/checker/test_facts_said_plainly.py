"""Facts said in ways the first rounds misread, with sentences written for these tests (not taken
from the corpus): an hour things start from without 'at' ('from 8 this morning', 'jo
yhdeksästä'), snow given as the cause of a delay the drill puts down to roadworks. And the near
misses: the right hour said so, 'it was a human' (who, not why), 'the cause is somewhere else'
(no cause named), 'every passenger whose flight is cancelled' (which ones, not that all were),
'we don't declare it force majeure' (the term denied, as the drill does)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG = [
    ("bank-outage", "rent-due", "en", "Our branches are open from 8 this morning if you'd like to pay in person.", "from 8"),
    pytest.param("bank-outage", "rent-due", "fi", "Konttorit palvelevat jo kahdeksasta, sinne voi mennä maksamaan.", "jo kahdeksasta", marks=voikko),
    pytest.param("fast-good-answer", "late-coach", "fi", "Vuorot ovat myöhässä lumisateen vuoksi.", "lumisateen", marks=voikko),
    ("fast-good-answer", "late-coach", "en", "The coaches are running late because of heavy snow on the highway.", "heavy snow"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_a_fact_said_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


RIGHT = [
    ("bank-outage", "rent-due", "en", "Our branches are open from 10 this morning if you'd like to pay in person."),
    pytest.param("bank-outage", "rent-due", "fi", "Konttorit palvelevat kymmenestä alkaen.", marks=voikko),
    ("viral-video", "mocking-reply", "en", "It was a human. We read every comment."),
    pytest.param("deleted-comment", "bill-address", "fi", "Korotus tulee voimaan vasta ensi vuonna, joten syy on jossain muualla.", marks=voikko),
    ("deleted-comment", "bill-address", "en", "The rise only starts next year, so the reason must be something else."),
    pytest.param("strike-threat", "compensation-q", "fi", "Jokainen matkustaja, jonka lento perutaan, saa ohjeet tekstiviestillä.", marks=voikko),
    ("strike-threat", "compensation-q", "en", "Every passenger whose flight is cancelled gets instructions by text."),
    pytest.param("strike-threat", "compensation-q", "fi", "Emme julista lakkoa etukäteen ylivoimaiseksi esteeksi.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_a_fact_said_right_or_no_fact_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
