"""Blame as what the customer asks about said to have been up all along (accuse.been_there):
"it's been pinned at the top of our page for weeks", 'they've been there since Monday's
notice', 'se on ollut kiinnitettynä ylhäällä jo viikon' say they would have found it had they
looked. Beside each, a fault of ours said to have lasted, an apology, a status update, a
short time. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("single-admin", "where-is-it", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Hi Sari, the recall notice has been pinned at the top of our page for weeks.", "The recall page has been down since Monday and we're fixing it."),
    ("The batch numbers are on our website – they've been there since Monday's notice.",
     "The batch numbers have been on our page since Monday, sorry they were hard to find."),
])
def test_what_they_ask_said_to_have_been_up_all_along_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


def test_a_status_update_saying_how_long_a_notice_has_been_up_blames_no_one():
    assert not blames("The recall notice has been pinned on our page since Monday.", "en", "status")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Se on ollut kiinnitettynä sivun ylälaidassa jo viikon, selaa ylös.", "Tiedote on ollut sivulla vasta tunnin, ja päivitämme sitä."),
    ("Eränumerot ovat olleet sivuillamme jo maanantaista asti.", "Sivu on ollut rikki jo maanantaista asti, pahoittelemme."),
])
def test_finnish_what_they_ask_said_to_have_been_up_all_along_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
