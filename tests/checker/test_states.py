"""A state said that contradicts the state the drill's facts give, with no figure in it, written
for these tests (not taken from the corpus): the phone line open as usual where it is closed over
the holidays, the coaches on schedule where they are late, the wifi that never drops where it may,
the app working again where it is down, the biscuits safe to eat where they are dangerous. And the
near misses: the state the facts give, the state of another thing, a hedge or a promise ('should
be back soon'), a question, and an item that comes after the state changed."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG = [
    ("empty-promise", "first-angry", "en", "Our customer service phone line is open as usual over the holidays.", "open as usual"),
    pytest.param("empty-promise", "first-angry", "fi", "Asiakaspalvelun puhelin palvelee pyhinäkin ihan normaalisti.", "palvelee pyhinäkin ihan normaalisti",
                 marks=voikko),
    ("fast-good-answer", "late-coach", "en", "Hi! The Kuopio services are running on schedule this morning.", "on schedule"),
    pytest.param("fast-good-answer", "late-coach", "fi", "Moi! Mikkelin vuorot ovat tänään aikataulussa.", "aikataulussa", marks=voikko),
    ("fast-good-answer", "wifi-question", "en", "Hi Elina, the wifi on our coaches never drops.", "never drops"),
    pytest.param("fast-good-answer", "wifi-question", "fi", "Hei Elina, wifi ei katkea koskaan.", "ei katkea koskaan", marks=voikko),
    ("bank-outage", "first-angry", "en", "Morning! The mobile app works again.", "works again"),
    pytest.param("bank-outage", "first-angry", "fi", "Huomenta! Mobiilisovellus toimii taas.", "toimii taas", marks=voikko),
    ("single-admin", "worried-grandma", "en", "Hi Pirjo, only a few packs have traces of hazelnut, so most are fine to eat.", "fine to eat"),
    pytest.param("single-admin", "worried-grandma", "fi", "Hei Pirjo, keksit ovat ihan turvallisia.", "turvallisia", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_a_state_the_facts_give_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


def test_a_state_said_as_certain_is_a_wrong_fact_as_well_as_a_promise():
    result = review("fast-good-answer", "late-coach", "Kaikki vuorot ovat Helsingissä aikataulussa.", "fi", "status")
    assert "aikataulussa" in spans(result, "wrong_fact")


RIGHT = [
    ("empty-promise", "first-angry", "en", "Our customer service phone line is closed over the holidays, but faults can be reported online."),
    ("empty-promise", "first-angry", "en", "Is the customer service phone line open as usual?"),
    ("fast-good-answer", "late-coach", "en", "The Kuopio services should be on schedule again after 9:30."),
    pytest.param("fast-good-answer", "late-coach", "fi", "Mikkelin vuorot ovat 15–30 min myöhässä.", marks=voikko),
    ("fast-good-answer", "wifi-question", "en", "Hi Elina, every coach has free wifi, though it may drop in sparsely populated stretches."),
    ("bank-outage", "first-angry", "en", "The app should be back soon; cards and ATMs work normally."),
    pytest.param("bank-outage", "first-angry", "fi", "Sovelluksen pitäisi toimia taas pian.", marks=voikko),
    ("bank-outage", "first-angry", "en", "The card blocking line is open round the clock."),
    ("bank-outage", "double-charge", "en", "Good to hear the app works again, Petri."),
    ("single-admin", "worried-grandma", "en", "Other batches are safe to eat; only L2607 is recalled."),
    pytest.param("single-admin", "worried-grandma", "fi", "Muut erät ovat turvallisia, vain erä L2607 vedetään takaisin.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_the_state_given_or_another_things_or_a_hedge_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []
