"""A case moved out of a public thread without a reason, written for these tests (not taken
from the corpus): the channel's own name is no reason ('private message', 'secure chat'), what
happens next is no reason ('and we'll look into it'); and the near misses: a call that came in
by phone is answered in the call, a status update asks no one to move, we calling the customer
back moves nothing of theirs."""

from __future__ import annotations

import pytest
from checkerkit import review


def moved(scenario: str, inject: str, text: str, lang: str, route: str) -> bool:
    return review(scenario, inject, text, lang, route).has("redirect_reason_missing")


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Petri, could you send us a private message?", "en"),
    ("Hi Petri, please continue in the online bank's secure chat.", "en"),
    ("Hi Petri, please ring customer service and we'll look into it.", "en"),
    ("Moi Petri, laita meille yksityisviesti.", "fi"),
])
def test_a_move_with_only_the_channel_named_or_what_happens_next_has_no_reason(text, lang):
    assert moved("bank-outage", "double-charge", text, lang, "redirect")


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Petri, please use the secure chat, because your payments are covered by bank secrecy.", "en"),
    ("Moi Petri, jatketaan suojatussa chatissa, koska maksusi kuuluvat pankkisalaisuuden piiriin.", "fi"),
])
def test_a_move_that_says_why_is_fine(text, lang):
    assert not moved("bank-outage", "double-charge", text, lang, "redirect")


def test_a_call_is_answered_in_the_call_not_moved():
    text = "Thanks for calling. I'll put you through to our head of communications."
    assert not moved("bank-outage", "journalist-call", text, "en", "redirect")


def test_a_status_update_asks_no_one_to_move():
    text = "The online bank is down. Call customer service if you have questions about a payment."
    assert not moved("bank-outage", None, text, "en", "status")


@pytest.mark.parametrize(("text", "lang"), [
    ("Pekka, soitamme sulle numeroon 040 123 4567 kymmenen minuutin päästä.", "fi"),
    ("Pekka, soitetaan sulle tunnin sisällä.", "fi"),
])
def test_calling_the_customer_back_moves_nothing_of_theirs(text, lang):
    assert not moved("strike-threat", "family-trip", text, lang, "public")


@pytest.mark.parametrize(("text", "lang"), [
    ("Thanks Petri! The payments team will send you a private message about the second charge.", "en"),
    ("Kiitos Petri, lähetämme sulle yksityisviestin toisesta veloituksesta.", "fi"),
])
def test_a_message_we_send_them_moves_nothing_of_theirs(text, lang):
    assert not moved("bank-outage", "double-charge", text, lang, "public")


@pytest.mark.parametrize(("text", "lang"), [
    ("Hi Petri, bank secrecy means we can't look at accounts here. Please call us.", "en"),
    ("Hi Petri, please send us a private message, as a public feed is no place for your account.", "en"),
    ("Moi Petri, pankkisalaisuuden takia tiliasioita ei katsota täällä. Laita yksityisviesti.", "fi"),
])
def test_secrecy_and_a_public_feed_are_reasons(text, lang):
    assert not moved("bank-outage", "double-charge", text, lang, "public")


@pytest.mark.parametrize(("text", "lang"), [
    ("Korttiasioita ei käsitellä täällä. Soita 010 555 2000.", "fi"),
    ("Petri, ei onnistu täällä. Laita yksityisviesti.", "fi"),
])
def test_a_finnish_no_is_no_reason(text, lang):
    """'ei' is not 'ettei' (so that not): a refusal says where, not why."""
    assert moved("bank-outage", "double-charge", text, lang, "public")


@pytest.mark.parametrize(("text", "lang"), [
    ("Glad it's sorted, Petri. A DM would have reached us quicker than a thread.", "en"),
    ("Hyvä että selvisi, Petri. Ensi kerralla yksityisviesti tavoittaa meidät nopeammin.", "fi"),
    ("Turn off the water, take photos and report the damage in the app or by phone.", "en"),
    ("Messenger-viestit käsitellään saapumisjärjestyksessä, ja jonossa on nyt noin 140 viestiä.", "fi"),
    ("Jos äidillesi sattuu jotain, soita 112 kännykällä.", "fi"),
])
def test_a_channel_named_without_moving_this_case(text, lang):
    """Hindsight, a procedure's steps, the channel as a topic and an emergency number move
    nothing of this case out of the thread."""
    assert not moved("bank-outage", "double-charge", text, lang, "public")


def test_three_digits_of_a_phone_number_are_not_the_emergency_number():
    assert moved("bank-outage", "double-charge", "Petri, soita numeroon 010 112 3456.", "fi", "public")
