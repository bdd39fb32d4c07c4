"""Blame as the customer mixing things up (accuse.EN_ERROR): 'you must be mixing us up with
another bank', "you're probably mixing up the days". The Finnish 'sekoitat meidät…', 'olet
varmaan sekoittanut…' were read before (FI_ERRING) and are kept here beside the English.
Beside each, our own mix-up, a condition, a denial. Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("deleted-comment", "erased-reply-question", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We have no record of that reply, Aino – you must be mixing us up with another utility.", "We were mixing up the two threads ourselves, sorry about that."),
    ("You're probably mixing up the days, our reply came on Tuesday.", "You aren't mixing anything up: the reply was removed by mistake."),
])
def test_the_customer_mixing_things_up_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
def test_the_finnish_mix_up_still_blames():
    assert blames("Olet varmaan sekoittanut meidät toiseen laitokseen.", "fi")
    assert not blames("Sekoitimme itse kaksi ketjua keskenään, pahoittelut.", "fi")
