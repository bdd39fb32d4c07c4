"""Blame as 'you were answered already', said with no 'as' (accuse.told_already): 'we already
answered you in DM', 'this has been answered above already', 'kerroimme jo yllä', 'oon jo vastannu
sulle', 'ohjeet on jo annettu' tell the customer they were told. Not our workload ('we've already
answered 200 messages'), not what was given that tells nothing ('hyvitys annettiin jo'), not in a
sentence that apologises, not in a note to a colleague. Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("personal-data-complaint", "claimant-angry", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We already answered you in DM, check there.", "We've already answered 200 messages today."),
    ("This has been answered above already.", "The details have already been sent to your email."),
    ("I've already replied to this twice.", "We already replied to the ombudsman on Monday."),
    ("we already covered this in the pinned post", "Hi! We already answered your question in DM, sorry if it got buried."),
    ("The instructions were already given above.", "We have given the instructions to the team."),
])
def test_told_already_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Vastasimme jo yksityisviestillä.", "Olemme jo vastanneet yli 200 viestiin tänään."),
    ("Tähän on jo vastattu ylempänä.", "Hyvitys annettiin jo eilen tilillesi."),
    ("oon jo vastannu sulle dm:ssä", "Vastaamme jo huomenna aamulla."),
    ("Sulle on jo kerrottu, miksi asiaa ei voi hoitaa täällä.", "Kerroimme jo aamulla väärän tiedon, pahoittelut."),
])
def test_finnish_told_already_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@voikko
def test_told_already_in_a_note_to_a_colleague_blames_no_one():
    assert not blames("Vastasin jo ohjaamalla hänet chattiin ja kerroin miksi.", "fi", "private")
