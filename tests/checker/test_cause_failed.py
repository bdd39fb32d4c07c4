"""An invented cause said as what happened: a failed update or a third party's system where the
facts say the core database failed to start after maintenance ('failed', 'what happened is'
give a cause as 'caused by' does; a service provider, a third party, 'ulkopuolinen yritys' is
another party). Not: the facts' own cause with a server that 'crashed' (no road accident), a
cause asked about. And a coach crash is still an accident where the facts say roadworks.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

INVENTED = [
    ("bank-outage", "first-angry", "en", "Tuomas, a failed system update last night took everything down.", "system update"),
    ("bank-outage", "cyber-rumour", "en", "Kim, what happened is that our hosting provider lost a data centre.", "hosting provider"),
    ("bank-outage", "first-angry", "en", "It is not a hack: a third-party system failed overnight.", "third-party"),
    pytest.param("bank-outage", "first-angry", "fi", "Tuomas, taustalla on ulkopuolisen yrityksen järjestelmä, joka kaatui yöllä.", "ulkopuolisen yrityksen",
                 marks=voikko),
    ("fast-good-answer", "late-coach", "en", "Jari, the coaches are late because of a coach crash near Mikkeli.", "coach crash"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), INVENTED)
def test_an_invented_cause_said_as_what_happened_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "wrong_fact"))


NOT_INVENTED = [
    ("bank-outage", "first-angry", "en", "Tuomas, the app crashed at 06:12 when the core banking database failed to start after maintenance."),
    ("bank-outage", "comms-call", "en", "Jussi, people keep asking whether a third-party provider is behind it.", ),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_INVENTED)
def test_the_facts_cause_or_a_cause_asked_about_is_no_wrong_fact(scenario, inject, lang, text):
    route = "private" if inject == "comms-call" else "public"
    assert not spans(review(scenario, inject, text, lang, route), "wrong_fact")
