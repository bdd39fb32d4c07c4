"""Blame as what the customer did said to break what everyone knows (reproof.basics): "that's
basic stuff", 'common knowledge', 'everyone knows not to', 'it goes without saying', 'tää on ihan
perusjuttu', 'kaikkihan sen tietää', 'maalaisjärjellä sen tajuaa'. Not negated ('ei ole mikään
itsestäänselvyys' sympathises), not ours ('it goes without saying that we're sorry'), not a word
that only looks alike ('perusmaksu', 'our basic package'). Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "card-number", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("That's basic stuff.", "Our basic package includes free withdrawals."),
    ("It's common knowledge that you never post card numbers.", "It's common for payments to show up late today."),
    ("Everyone knows not to share their PIN.", "Everyone knows the Hervanta team, they're great."),
    ("It goes without saying you don't post card details.", "It goes without saying that we're sorry."),
])
def test_what_everyone_knows_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("tää on ihan perusjuttu", "Tämä on perusjuttu, jonka me hoidamme heti."),
    ("Kaikkihan sen tietää.", "Kaikki tietävät jo, että vika on korjattu."),
    ("Maalaisjärjellä tuon tajuaa.", "Perusmaksu on viisi euroa."),
    ("Se on itsestäänselvyys, ettei korttinumeroa laiteta julki.", "Tämä ei ole mikään itsestäänselvyys, hyvä kysymys."),
])
def test_finnish_what_everyone_knows_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
