"""Blame as the commenter told off for spreading, in more words (reproof): 'stuff like this',
'such claims', 'this kind of thing' are what is spread as a rumour is; a compound rumour
('sisäpiirihuhu', 'somehuhu') is a rumour; 'ei kannata' in any word order ('eikä tällaisia huhuja
kannata levittää') and 'ei kyllä auta' said of spreading ('huhujen levittely ei kyllä yhtään auta').
Not a welcome sharing, not a worry waved away, not our own caution, not a fault of ours that does
not help. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "cyber-rumour", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("pls don't spread stuff like this", "Feel free to share this post so others know."),
    ("Kindly refrain from sharing such claims.", "Thank you for spreading the word!"),
    ("Stop spreading this kind of thing.", "Don't worry about stuff like this, your money is safe."),
    ("don't go spreading things like that around", "Don't go anywhere, we'll post the next update here."),
])
def test_spreading_what_is_named_by_pointing_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Huhujen levittely ei kyllä yhtään auta.", "Ei kyllä auta, että verkkopankki on alhaalla."),
    ("Tuollaisten juttujen jakaminen ei oikeasti auta ketään.", "Jakaminen ei kyllä haittaa, kiitos!"),
    ("Ei tällaisia somehuhuja kannata jakaa eteenpäin.", "Ei meidän kannata jakaa arvailuja."),
    ("Korttitietoja ei kyllä kannata laittaa julkisesti.", "Ei sinun kannata huolestua, rahat ovat tallessa."),
    ("Älä levitä sisäpiirihuhuja.", "Älä huoli sisäpiirin asioista."),
])
def test_finnish_spreading_in_other_word_orders_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
