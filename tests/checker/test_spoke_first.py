"""Blame as the customer told to look before they speak up (reproof.spoke_first): a verb of
looking or diligence with 'before' and a verb of speaking up ('scroll up before you comment',
'prior to commenting', 'selaa ylös ennen kuin kommentoit', 'ennen kommentointia', spoken 'ennenku
jakaa'): they spoke before they looked. Not ours ('we'll check before we post'), not a subject's of
its own after 'ennen kuin' ('ennen kuin toimittaja kirjoittaa'). Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("deleted-comment", "rumour", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Maybe scroll up before you comment?", "We always double-check before we post anything."),
    ("Kindly consult the announcement prior to commenting.", "Kindly note the announcement from this morning."),
    ("A quick look at our page before tweeting would have answered that 😊", "A quick look at our page: the new prices are listed there 😊"),
    ("Before you accuse us of anything, have a look at the facts.", "Before you ask: yes, the rise applies to every household."),
])
def test_told_to_look_before_speaking_up_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Vilkaise sivua ennenku kyselet.", "Vilkaise sivua, siellä on uudet hinnat."),
    ("Kannattaa lukea tiedote ennen kommentointia.", "Tiedote luetaan ääneen ennen kokousta."),
    ("Kantsii tsekata faktat ennen ku postaa", "Katsomme asian ennen kuin toimittaja kirjoittaa jutun."),
    ("Ennen kuin twiittaatte, katsokaa sivumme.", "Katsomme tiedot ennen kuin kommentoimme julkisesti."),
    ("Tutustu päätökseen ennen kysymistä.", "Soitamme sinulle ennen kuin juttu julkaistaan."),
])
def test_finnish_told_to_look_before_speaking_up_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
