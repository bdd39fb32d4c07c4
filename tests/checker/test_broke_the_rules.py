"""Blame as the customer's comment said to have broken the rules (accuse.broke_rules): 'it
broke our discussion rules', 'its author violated the house rules', 'kommenttisi rikkoi
keskustelusääntöjämme', 'koska rikoit sääntöjä'. The rule said in general, our own breach and a
denial name no act of theirs. 'Not because it was critical' argues for us (defensive), so a
short reply that says both is not read as a bare rebuke. Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def checked(text: str, lang: str):
    return review("deleted-comment", "erased-reply-question", text, lang)


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We took the comment down because it broke our discussion rules.", "Comments are only ever removed if they break our discussion rules."),
    ("Its author violated the house rules twice, so the post is gone.", "We broke our own rules when we deleted it, and we're sorry."),
    ("Your reply went against our community guidelines.", "It didn't break any rules, so it's back up."),
])
def test_their_comment_said_to_have_broken_the_rules_blames(fires, quiet):
    assert checked(fires, "en").has("blame")
    assert not checked(quiet, "en").has("blame")


def test_not_because_it_was_critical_argues_for_us():
    review_ = checked("The post was removed because its writer broke our rules, not because it was critical.", "en")
    assert review_.has("blame") and review_.has("defensive")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kommenttisi rikkoi keskustelusääntöjämme, siksi se poistettiin.", "Poistamme vain keskustelusääntöjä rikkovat viestit."),
    ("Poistimme viestin, koska rikoit sääntöjä.", "Työntekijämme rikkoi ohjeitamme, kun hän poisti kommentin."),
])
def test_finnish_their_comment_said_to_have_broken_the_rules_blames(fires, quiet):
    assert checked(fires, "fi").has("blame")
    assert not checked(quiet, "fi").has("blame")
