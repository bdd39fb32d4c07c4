"""Blame as a polite request that the commenters stop spreading or believing what is false
(reproof.EN_ASKED_NOT, reproof._asked_not, and 'everything you read' as a falsehood): 'we'd
appreciate it if people didn't spread rumours', 'toivoisimme, ettei huhuja levitettäisi', "don't
believe everything you read", 'äläkä usko kaikkea'. The politeness and the passive name no one,
and still reprove the thread. Beside each, a request to share what is true, our own wish, or
'kaikkea' that is no hearsay. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "cyber-rumour", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We'd appreciate it if people didn't spread rumours about a data breach this morning.",
     "We'd appreciate it if you shared this notice with anyone who is worried."),
    ("We would ask that unverified claims not be shared in this thread.", "We hope the rumours stop soon, and we're sorry for the worry."),
    ("Follow our updates and don't believe everything you read in group chats.", "Don't believe everything is lost: your money is safe."),
])
def test_a_polite_request_not_to_spread_a_falsehood_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Toivoisimme, ettei tällaisia perättömiä huhuja levitettäisi aamulla, kun moni on huolissaan.",
     "Toivomme, että tiedote jaetaan mahdollisimman laajasti."),
    ("Pyydämme, ettei vahvistamattomia tietoja jaeta tässä ketjussa.", "Emme halua, että huhuja levitetään, joten kerromme tilanteen itse."),
    ("Seuraa tiedotteitamme äläkä usko kaikkea, mitä somessa kirjoitetaan.", "Älä huoli, kaikkea ei tarvitse hoitaa tänään."),
])
def test_a_finnish_polite_request_not_to_spread_a_falsehood_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
