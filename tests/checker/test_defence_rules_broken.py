"""What we removed said to have broken our rules, in any tense and word order, and removal denied
the other way round (sentences written for these tests, not taken from the corpus): 'we only take
down posts that violate our community guidelines', 'comments breaking the rules get deleted',
'content in breach of our house rules is removed', 'poistamme vain sääntöjämme rikkovia viestejä',
'sääntöjä rikkovat kommentit lähtee', 'täältä ei ole poistettu mitään'. And the near misses: the
rules said not broken ('your comment didn't break any rules', 'ei rikkonut sääntöjä'), the rules
pointed to, a removal owned."""

from __future__ import annotations

import pytest
from checkerkit import review


def defensive(text: str, lang: str) -> bool:
    return review("deleted-comment", "erased-reply-question", text, lang).has("defensive")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We only take down posts that violate our community guidelines."),
    ("en", "comments breaking the rules get deleted, thats all"),
    ("en", "Content in breach of our house rules is removed in accordance with our moderation policy."),
    ("en", "Anything removed here was breaking the discussion rules."),
    ("fi", "Poistamme vain keskustelusääntöjämme rikkovia viestejä."),
    ("fi", "sääntöjä rikkovat kommentit lähtee, muut saa jäädä"),
    ("fi", "Kommentti poistettiin, koska se rikkoi sivumme sääntöjä."),
    ("fi", "Täältä ei ole poistettu mitään asiallista."),
    ("fi", "ei täält oo poistettu yhtään kommenttia"),
])
def test_removal_laid_at_the_rules_or_denied_is_defensive(lang, text):
    assert defensive(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Your comment didn't break any rules – we removed it by mistake, and it's back now."),
    ("fi", "Kommenttisi ei rikkonut sääntöjä, ja palautimme sen näkyviin. Pahoittelut."),
    ("en", "The discussion rules are pinned at the top of the page, and criticism is always welcome here."),
    ("fi", "Poistimme vastauksen, ja se oli virhe. Pahoittelemme."),
])
def test_the_rules_kept_pointed_to_or_the_removal_owned_is_not(lang, text):
    assert not defensive(text, lang)
