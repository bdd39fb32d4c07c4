"""Denials of what the drill holds true, with sentences written for these tests (not taken from
the corpus): an accusation the item makes and the drill's options accept, denied as an event;
a fact the drill states, denied outright. And the near misses: a rule of ours in the present
('we don't delete fair comments'), an admission ('it should not have been removed'), a refusal
('we can't tell you anything'), a case's own decision, and a rumour's claim denied."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

DENIED = [
    # the item says we deleted it; the drill's good answers admit it
    ("deleted-comment", "erased-reply-question", "en", "Hello Ville, we have not deleted a single comment this week.", "not deleted"),
    ("single-admin", "deleted-screenshot", "en", "To be clear, nothing was deleted from our page today.", "nothing was deleted"),
    pytest.param("empty-promise", "deletion-noticed", "fi", "Satu, emme ole poistaneet yhtään kommenttia tänä iltana.", "emme ole poistaneet",
                 marks=voikko),
    # a fact denied outright
    ("personal-data-complaint", "club-share", "en", "Cycling injuries are fine, but physiotherapy is never covered by accident insurance.",
     "never covered"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DENIED)
def test_denying_what_the_drill_holds_true_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED = [
    # a rule of ours, in the present: not the event denied
    ("deleted-comment", "erased-reply-question", "en", "We don't delete fair comments; this one should have stayed."),
    pytest.param("deleted-comment", "erased-reply-question", "fi", "Emme poista asiallisia kommentteja, ja tämä olisi pitänyt jättää.", marks=voikko),
    # an admission: it should not have been removed
    ("empty-promise", "deletion-noticed", "en", "You're right, Satu: your comment should not have been removed, and we're sorry."),
    # a refusal of ours, and a case's own decision
    ("personal-data-complaint", "relative", "en", "Without a power of attorney we never tell anyone about another person's claim."),
    ("personal-data-complaint", "club-share", "en", "Physiotherapy is covered with a doctor's referral; without one it isn't."),
    # a rumour's claim denied (the drill holds the rumour false)
    ("empty-promise", "hacker-rumour", "en", "No, nothing was hacked: the outage is a fault in the network."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED)
def test_a_rule_an_admission_a_refusal_or_a_rumour_denied_is_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")
