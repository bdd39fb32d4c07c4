"""A cause other than the facts' said as so (claims.py SLOTS 'cause'): where the bank's facts say
the database did not start after the night's maintenance, a hardware or server fault, or a
provider named after a hyphenated first part ('IT-palveluntarjoajamme'), and a sentence that
says where the fault is ('vika on…', 'the problem's…'). Sentences written for these tests, not
taken from the corpus. Not: the other cause denied or asked about, the facts' own cause, a
provider named as helping with the fix."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

OTHER_CAUSE = [
    ("en", "It's a hardware fault in our server room, the techs are on it."),
    ("en", "The problem's a failed server at our IT provider."),
    ("en", "The outage is down to our IT provider's broken server."),
    ("en", "Quick update: the issue is a disk failure, we're replacing it now."),
    pytest.param("fi", "Syy on palvelinvika konesalissa, korjaus on käynnissä.", marks=voikko),
    pytest.param("fi", "Vika on IT-toimittajan laitteissa, ei meillä.", marks=voikko),
    pytest.param("fi", "Häiriö on pilvi-palveluntarjoajan päässä, odotellaan.", marks=voikko),
    pytest.param("fi", "kyse on laitteistoviasta palvelinkeskuksessa", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_CAUSE)
def test_a_cause_other_than_the_facts_said_as_so_is_a_wrong_fact(lang, text):
    assert spans(review("bank-outage", "cyber-rumour", text, lang), "wrong_fact")


NOT_SAID = [
    ("en", "Some ask if it's a hardware fault: it isn't, the database didn't start after the night's maintenance."),
    ("en", "Is it a server failure? We don't know more than the notice says yet."),
    ("en", "Our IT provider is working on the fix with us."),
    pytest.param("fi", "Kyse ei ole laitteistoviasta eikä hyökkäyksestä, vaan tietokannasta, joka ei käynnistynyt huollon jälkeen.", marks=voikko),
    pytest.param("fi", "IT-palveluntarjoajamme auttaa korjauksessa.", marks=voikko),
    pytest.param("fi", "Vika on tietokannassa, joka ei käynnistynyt yön huoltotöiden jälkeen.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SAID)
def test_the_cause_denied_asked_or_the_facts_own_is_no_wrong_fact(lang, text):
    assert not spans(review("bank-outage", "cyber-rumour", text, lang), "wrong_fact")
