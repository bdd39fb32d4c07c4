"""Words that only look like a claim: a cause people have asked about ('several have asked about
a hack', 'moni on kysellyt tietomurrosta') is their question, not our cause; 'at one of our
restaurants' is no time. Sentences written for these tests; the cause said as ours still is one."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

NOT_WRONG = [
    ("bank-outage", "comms-call", "en", "Jussi, a few customers have asked about a cyber attack; I'd say no signs of one.", "private"),
    ("bank-outage", "comms-call", "en", "Some customers enquired about ransomware this morning, worth a line in the text.", "private"),
    pytest.param("bank-outage", "comms-call", "fi", "Jussi, moni on kysellyt tietomurrosta, ehkä se kannattaa mainita.", "private", marks=voikko),
    ("viral-video", None, "en", "We know about a video filmed at one of our restaurants on Friday evening, and we're looking into it.", "status"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), NOT_WRONG)
def test_a_cause_asked_about_or_at_one_of_is_no_wrong_fact(scenario, inject, lang, text, route):
    assert not spans(review(scenario, inject, text, lang, route), "wrong_fact")


def test_a_cause_said_as_ours_still_is_one():
    text = "Jussi, the outage was caused by a cyber attack on the app servers."
    assert spans(review("bank-outage", "comms-call", text, "en", "private"), "wrong_fact")
