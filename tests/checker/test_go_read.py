"""Blame as a rebuttal and an order to go and read it (accuse.go_read): 'Nope. Read the annual
report.', 'Not true, read the minutes', 'Ei pidä paikkaansa, lue vuosikertomus', 'Höpö höpö,
lukekaa tiedote': the claim refuted and the customer sent to educate themselves. A pointer with no
rebuttal, 'read more', and a helpful 'check the app' are no such order. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("deleted-comment", "rumour", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Nope. Read the annual report.", "Read the full notice at koskilanvesi.fi/hinnat."),
    ("Not true, read the minutes of the board meeting.", "Not true that prices doubled – read more at koskilanvesi.fi/hinnat."),
    ("That's simply false. Go read the board's decision.", "That's simply false: pay rose 3%. Check the annual report for the details."),
])
def test_a_rebuttal_with_an_order_to_go_read_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Ei pidä paikkaansa, lue vuosikertomus.", "Lue koko tiedote osoitteessa koskilanvesi.fi/hinnat."),
    ("Höpö höpö, lukekaa tiedote.", "Ei pidä paikkaansa. Lue lisää sivuiltamme."),
])
def test_finnish_a_rebuttal_with_an_order_to_go_read_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
