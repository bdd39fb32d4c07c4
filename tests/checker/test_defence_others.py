"""Ranked with the rest, said as a plea, and not a plea (sentences written for these tests, not
taken from the corpus): 'everyone else does the same', 'other operators charge more', 'other banks
had outages too' are the organisation compared to clear itself; 'for everyone else reading:' turns
to the other readers. ('eikä meidän kuulu puhua noin', which owns a fault, is still read as defensive
by the lexicon's 'ei meidän'; narrowing that entry lost more than it won on the tuning files.)"""

from __future__ import annotations

import pytest
from checkerkit import review


def defensive(text: str, lang: str) -> bool:
    return review("bank-outage", "first-angry", text, lang).has("defensive")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Everyone else does maintenance at night too, so this is nothing unusual."),
    ("en", "Other banks had outages this month as well."),
    ("en", "other providers charge way more for the same app tbh"),
    ("en", "Everyone else is having the same problem with the card network today."),
])
def test_compared_with_the_rest_to_clear_ourselves_is_defensive(lang, text):
    assert defensive(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sorry Tuomas, the app is down. For everyone else reading: cards and cash machines work."),
    ("en", "Thanks for the heads-up! And to everyone else in this thread: the branches open at 9."),
])
def test_turning_to_the_other_readers_is_not(lang, text):
    assert not defensive(text, lang)
