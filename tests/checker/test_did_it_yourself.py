"""Blame as the customer having done it themselves, whatever they did (fault.own_doing): 'you
changed the booking yourself', 'peruit varauksen itse' say the loss is theirs. Not what they
can still do themselves ('you can rebook yourself', 'voit siirtää lennon itse'), nor our own
doing. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("strike-threat", "family-trip", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("You changed the booking yourself, so the old seats were released.", "You can rebook yourself at kajava.fi/lakko, free of charge."),
    ("Since you cancelled the return leg yourself, it can't be restored.", "We cancelled the return leg ourselves by mistake, sorry."),
])
def test_their_own_past_act_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Peruit varauksen itse, joten paikat vapautuivat.", "Voit siirtää lennon itse sivuillamme maksutta."),
    ("Vaihdoit paluulennon itse, eikä vanhaa paikkaa voi palauttaa.", "Vaihdoimme paluulennon itse vahingossa, pahoittelut."),
])
def test_finnish_their_own_past_act_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kommentoija on itse julkaissut puhelinnumeronsa ketjussa.", "Olemme itse julkaisseet tiedotteen ketjussa."),
    ("Numero näkyi, koska hän oli jo aamulla itse lähettänyt sen kommenttiin.", "Numero ei näkynyt, koska hän ei ollut itse lähettänyt sitä."),
    ("Olet kirjoittanut korttisi numeron itse julkiseen kommenttiin.", "Voit itse poistaa kommenttisi milloin vain."),
    ("sä oot ite postannu sun kortin numeron tänne", "Hän on itse kertonut meille, että kortti on jo suljettu."),
])
def test_finnish_made_public_in_the_perfect_blames(fires, quiet):
    """'on itse kirjoittanut', 'oli ite laittanu': the customer made it public, said in the perfect
    or pluperfect, written or spoken; not ours, not negated, not told to us."""
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


def test_their_own_act_is_the_verb_next_to_the_word_of_self():
    """'whoever wrote it probably removed it themselves': removing is the act done oneself, not writing."""
    assert blames("He had shared the number himself in the thread.", "en")
    assert not blames("If it's gone, whoever posted it probably deleted it themselves.", "en")
    assert not blames("We published the notice ourselves first thing.", "en")


@voikko
def test_our_own_past_act_is_no_blame():
    assert not blames("Julkaisimme tiedotteen itse heti aamulla.", "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The booking code was already in her own post before we replied.", "We replied to her own post with the new times."),
    ("Those details were in his own comment first.", "Please edit your own comment to remove the booking code."),
])
def test_already_in_their_own_post_blames(fires, quiet):
    """'already in Minna's own comment before we replied': it was public in their post first."""
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Varauskoodi oli jo Pekan omassa kommentissa ennen vastaustamme.", "Poistamme ensin oman vastauksemme."),
    ("Tiedot näkyivät jo hänen omassa viestissään.", "Voit muokata omaa kommenttiasi."),
])
def test_finnish_already_in_their_own_post_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
