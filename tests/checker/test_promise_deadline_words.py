"""Deadlines in the words people write them in, in sentences written for these tests (not taken
from the corpus): 'by 3 pm' (a clock time with am/pm, which a '3' elsewhere in the facts does not
back), the Finnish translative of a day or a part of it ('perjantaiksi', 'illaksi', 'huomiseksi')
and an hour in words after 'ennen' ('ennen kahtatoista'). And the near misses: the same words in
what the customer is asked to do, and the facts' own opening hour."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "business-payroll", "en", "Send the file over and the salaries will be in your staff's accounts by 3 pm.", "by 3 pm"),
    ("fast-good-answer", "refund-public", "fi", "Hoidan palautuksen tilillesi jo perjantaiksi.", "perjantaiksi"),
    ("bank-outage", "first-angry", "fi", "Verkkopankki on kunnossa illaksi.", "illaksi"),
    ("fast-good-answer", "bag-dm", "fi", "Tilaamme taksin, joten laukku on hotellilla ennen kahtatoista.", "ennen kahtatoista"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_a_deadline_in_these_words(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("bank-outage", "first-angry", "en", "Branches open at 10 am today."),
    ("fast-good-answer", "bag-tweet", "fi", "Muista ilmoittaa kuljettajalle ennen kahta, jos laukku jäi kyytiin."),
    ("bank-outage", "business-payroll", "fi", "Toimittakaa aineisto yritysasiakaspalveluun huomiseksi, niin se käsitellään käsin."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_no_deadline_of_ours(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
