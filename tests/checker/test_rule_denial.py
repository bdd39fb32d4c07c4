"""A rule of ours that denies the deed the item accuses us of and the drill holds true ('we don't
delete complaints' where a comment was deleted, 'we never hide critical posts' where a post was
hidden); sentences written for these tests, not taken from the corpus. Not: the rule said
beside the deed owned, a promise for later, another verb than the deed's."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

RULE_DENIES = [
    ("fast-good-answer", "deleted-screenshot", "en", "Kiitolinja doesn't work like that: we don't delete complaints.", "don't delete"),
    ("personal-data-complaint", "screenshot-post", "en", "To be clear, we never hide critical posts here.", "never hide"),
    pytest.param("fast-good-answer", "deleted-screenshot", "fi", "Me emme poista asiakkaiden valituksia sivuiltamme.", "emme poista", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), RULE_DENIES)
def test_a_rule_of_ours_that_denies_the_deed_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    ("fast-good-answer", "deleted-screenshot", "en", "We never delete criticism, and this comment shouldn't have gone – we're sorry."),
    ("fast-good-answer", "deleted-screenshot", "en", "We won't delete complaints again; the comment is being restored."),
    ("fast-good-answer", "deleted-screenshot", "en", "We don't comment on screenshots of other people's posts."),
    pytest.param("fast-good-answer", "deleted-screenshot", "fi", "Emme poista kritiikkiä, ja tämä poisto oli virhe – pahoittelemme.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_the_rule_beside_the_deed_owned_or_ahead_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
