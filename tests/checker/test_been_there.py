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


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Scroll up, it's been on our page all day.", "We haven't been silent: it's been on our page all day."),
    ("Please see the notice, it has been pinned since 6 am.", "The crews have been there since 6 am. Check the map for updates."),
    ("Everything is at vaskela.fi/takaisinveto and has been all afternoon.", "The recall page has been down all afternoon, check back soon."),
    ("it's all on the website and has been since early morning", "it's on the website now and has been updated twice since noon"),
])
def test_up_since_today_blames_beside_an_order_to_look_or_said_as_all_there(fires, quiet):
    """'up all afternoon', 'since 6 am': a reproach beside 'check', 'scroll up', or in 'it's all at … and has
    been all morning'; said alone it answers 'you've been silent', and a fault of ours that lasted is no pointer."""
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Tiedote on ollut sivulla koko aamun, katso sieltä.", "Emme ole vaienneet, tiedote on ollut sivullamme koko aamun."),
    ("kato sivulta, se on ollu siellä yhdeksästä asti", "Verkkosivu on ollut poissa käytöstä koko aamun. Katso tiedote somesta."),
])
def test_finnish_up_since_today_blames_beside_an_order_to_look(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
