"""The critic's account said to be untrue to what really happened, in the shapes the first rule
missed (sentences written for these tests, not taken from the corpus): 'what the clip doesn't
show', 'thanks for telling everyone what actually happened', 'look at the whole picture', 'paints a
misleading picture', 'hyvä kun joku kertoi, mitä oikeasti tapahtui', 'video näyttää vaan lopun',
'kuvakaappaukset antaa helposti väärän kuvan'. And the near misses: finding out what happened
('we're looking into what actually happened', 'selvitämme, mitä oikeasti tapahtui'), sharing the full
picture once known, our own post owned as misleading."""

from __future__ import annotations

import pytest
from checkerkit import review


def defensive(text: str, lang: str) -> bool:
    return review("viral-video", "fair-witness", text, lang).has("defensive")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What the clip doesn't show is the ten minutes before it."),
    ("en", "Thanks for telling everyone what actually happened at the counter."),
    ("en", "what really happened was he shouted first tbh"),
    ("en", "We'd ask people to look at the whole picture before judging our staff."),
    ("en", "The video paints a misleading picture of our Hervanta team."),
    ("fi", "Hyvä kun joku kertoi, mitä oikeasti tapahtui kassalla."),
    ("fi", "Kiitos että kerroit miten oikeasti kävi!"),
    ("fi", "Video näyttää vaan lopun, alku jää pimentoon."),
    ("fi", "Kuvakaappaukset antaa helposti väärän kuvan koko illasta."),
])
def test_the_critics_account_said_to_miss_what_really_happened_is_defensive(lang, text):
    assert defensive(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We're looking into what actually happened that evening, and we're sorry for the wait Janne had."),
    ("fi", "Selvitämme, mitä oikeasti tapahtui, ja pahoittelemme pitkää odotusta."),
    ("en", "We'll share the full picture once we've spoken to everyone, and the wait was not OK."),
    ("en", "Our first post was wrong, and we're sorry for it."),
])
def test_finding_out_what_happened_is_not(lang, text):
    assert not defensive(text, lang)
