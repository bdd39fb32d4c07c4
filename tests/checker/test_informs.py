"""A fact of the drill given in the reply's own words, written for these tests (not taken from
the corpus): no figure or address in them, so only the restatement rule can find them. And
the near misses: a complaint said back, a fact denied, a question, and a fact used to argue."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

GIVEN = [
    ("bank-outage", "first-angry", "en", "Good morning Tuomas. Salaries will be credited in the background as usual, so nothing is lost.",
     "Salaries will be credited in the background"),
    ("bank-outage", "first-angry", "en", "Hi! Card payments, contactless and cash machines keep working normally while we fix it.",
     "contactless and cash machines keep working normally"),
    pytest.param("bank-outage", "first-angry", "fi", "Huomenta Tuomas! Palkat kirjautuu tileille taustalla, eli mitään ei katoa.",
                 "Palkat kirjautuu tileille taustalla", marks=voikko),
    pytest.param("bank-outage", "first-angry", "fi", "Moi, kortit, lähimaksu ja automaatit toimii ihan normaalisti koko ajan.",
                 "kortit, lähimaksu ja automaatit toimii", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "part"), GIVEN)
def test_a_fact_restated_in_other_words_informs(scenario, inject, lang, text, part):
    assert any(part in said for said in spans(review(scenario, inject, text, lang), "informs"))


NOT_GIVEN = [
    # the complaint said back shares the topic's words, not a fact's
    ("bank-outage", "first-angry", "en", "I understand how annoying it is when the online bank is down on payday."),
    ("bank-outage", "first-angry", "fi", "Ymmärrän, tosi ikävää että verkkopankki on nurin juuri palkkapäivänä."),
    # a fact the drill affirms, denied
    ("bank-outage", "first-angry", "en", "Cards, contactless payments and ATMs do not work at the moment."),
    # asked, not told
    ("bank-outage", "first-angry", "en", "Are cards, contactless payments and ATMs working normally for you?"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_GIVEN)
def test_the_topic_a_denial_or_a_question_gives_no_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "informs") == []


def test_a_fact_used_to_blame_gives_no_fact():
    text = "Salaries are credited in the background and nothing is lost, as you should have read on our outage page before posting."
    result = review("bank-outage", "first-angry", text, "en")
    assert result.has("blame")
    assert not result.has("informs")


def test_a_code_the_facts_give_informs_a_customers_own_does_not():
    """The recalled batch (the organisation's code, asked about by a customer) is a fact given;
    the family's booking reference repeated back is their data, not a fact of ours."""
    batch = review("single-admin", "worried-grandma", "Hi Pirjo, the recall covers Kaurakeksi batch L2607 only.", "en")
    assert "L2607" in spans(batch, "informs")
    booking = review("strike-threat", "family-trip", "Hi Hanna, booking K7QX2M is noted.", "en")
    assert "K7QX2M" not in spans(booking, "informs")


def test_a_note_to_comms_counts_the_live_wall():
    """A count of comments in an escalation note is what the trainee sees on the wall as the
    floods run; the drill's facts cannot contradict it."""
    note = ("Mari: Kaisa Lehtonen's comment was deleted this morning; screenshots are spreading and 40 comments came in an "
            "hour. I've apologised publicly. We need a statement by noon.")
    assert not review("deleted-comment", "price-critic", note, "en", "escalate").has("wrong_fact")


@pytest.mark.parametrize("text", [
    "Hi Ari, good news on one front: mobile network works as normal, so use your phone's data for now.",
    "Quick one Ari, the mobile network works fine, fixed lines are the issue.",
])
def test_a_fact_after_a_clock_time_in_the_drill_is_a_sentence_of_its_own(text):
    """'…since 18:40. The mobile network works.': the fact after a time ending a sentence is read on its own,
    not drowned in the long sentence before it; a date's full stop ('2.12.') still ends none."""
    assert review("empty-promise", "first-angry", text, "en").has("informs")
