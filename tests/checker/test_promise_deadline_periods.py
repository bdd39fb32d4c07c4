"""Deadlines as people on shift say them, in sentences written for these tests (not taken from the
corpus): a bare hour ('back up by 10', 'ennen 11', '10 mennessä') read as a time of the clock,
not as any digit the facts hold; a stretch of the day or the week ('tämän viikon aikana', 'saman päivän
aikana', 'within the day', 'by end of day', 'before the weekend'); a quarter of an hour 'vartin
sisään'; and payroll that 'ehtii kyllä' in time where the fix time is unknown. The near misses: an
hour the facts give ('by 10' where the branches open at 10), a best-before date ('parasta ennen
15.10.', 'best before 15 Oct'), a rise 'by 1 %', the week's work said as hoped for, a week in the
past, 'kahden viikon kuluessa' where the facts give two weeks, and 'ehtii hyvin' where the facts'
times leave room."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "first-angry", "en", "The online bank will be back up by 11, promise!", "by 11"),
    ("bank-outage", "first-angry", "en", "app's fixed before 9 tmrw", "before 9"),
    ("bank-outage", "first-angry", "fi", "Verkkopankki toimii taas 11 mennessä.", "11 mennessä"),
    ("bank-outage", "first-angry", "fi", "Vika korjataan ennen 9, ei hätää.", "ennen 9"),
    ("personal-data-complaint", "why-no-answer", "fi", "Käymme kaikki hylätyt päätökset läpi tämän viikon aikana ja korjaamme virheet.", "tämän viikon aikana"),
    ("personal-data-complaint", "why-no-answer", "fi", "korjataan päätös saman päivän aikana", "saman päivän aikana"),
    ("personal-data-complaint", "why-no-answer", "en", "We'll have your decision corrected within the day.", "within the day"),
    ("bank-outage", "first-angry", "en", "It will be fixed by end of day.", "end of day"),
    ("bank-outage", "first-angry", "en", "Everything will be sorted before the weekend.", "before the weekend"),
    ("single-admin", "silence-critic", "fi", "Tiedote tulee sivulle vartin sisään.", "vartin sisään"),
    ("bank-outage", "business-payroll", "fi", "Palkka-aineisto ehtii kyllä käsittelyyn, älä huoli.", "ehtii kyllä"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_a_time_nobody_gave_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("bank-outage", "first-angry", "en", "The branches open by 10, so you can also visit one."),
    ("single-admin", "silence-critic", "fi", "Erä L2607, parasta ennen 15.10.2026: palauta kauppaan."),
    ("personal-data-complaint", "why-no-answer", "fi", "Pyrimme käymään päätökset läpi tämän viikon aikana."),
    ("personal-data-complaint", "why-no-answer", "fi", "Tämän viikon aikana saimme paljon palautetta päätöksistä."),
    ("single-admin", "hoax-doubt", "en", "It's genuine: batch L2607, best before 15 Oct 2026, will be refunded at the shop."),
    ("deleted-comment", "rumour", "en", "Management pay will rise by 2 % next year, as the board decided."),
    ("personal-data-complaint", "appeal-question", "fi", "Voit pyytää tarkistusta, ja vastaamme kahden viikon kuluessa."),
    ("bank-outage", "first-angry", "en", "We aim to have it fixed within the day, but we don't know yet."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_a_time_given_or_hoped_for_is_no_promise(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
