"""Blame as a lecture on paying in good time (fault.lectures, paying as a verb of diligence with
'hyvissä ajoin', 'in good time', 'days before the due date' as reproach): 'bills are best paid a
few days before the due date', 'laskut kannattaa maksaa hyvissä ajoin' say the outage hurt them
for paying late. Paying is what everyone owes on some day: with a must alone ('kun vuokra pitäisi
maksaa') it says what is due, and a tip for today ('pay at the branch before the due date') does
not lecture. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "rent-due", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Hi Onni, invoices are best paid a few days before the due date, so a bad morning doesn't matter.",
     "You can pay at the branch before the due date today if the app is still down."),
    ("It's worth paying the rent in good time, outages do happen.", "Today's e-invoices are paid with today's date, so nothing is late."),
])
def test_a_lecture_on_paying_in_good_time_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Vuokra kannattaa maksaa pari päivää ennen eräpäivää, niin katkot eivät haittaa.",
     "Ymmärrän, että tilanne stressaa, kun vuokra pitäisi maksaa tänään."),
    ("Laskut kannattaa maksaa hyvissä ajoin eikä viime hetkellä.", "Maksa lasku konttorissa ennen eräpäivää, jos sovellus ei vielä toimi."),
])
def test_a_finnish_lecture_on_paying_in_good_time_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
