"""E-mail offered for what the facts say must not go by e-mail (asserted.ruled_out): where
receipts and medical certificates are uploaded to Oma Lumme 'not sent by ordinary e-mail', a
reply that has people e-mail them. Sentences written for these tests, not taken from the corpus.
Not: e-mail ruled out too, asked about, offered for something else (a journalist's questions),
or where no fact rules it out."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

OFFERED = [
    ("en", "You can also e-mail your receipts and the medical certificate straight to us."),
    ("en", "pls email the receipts + doctor's certificate, we'll take it from there"),
    ("en", "Kindly submit the medical certificate and receipts to our claims team by email."),
    ("en", "Just email the medical certificate over with your receipts 😊"),
    pytest.param("fi", "Kuitit ja lääkärintodistuksen voi lähettää meille sähköpostilla.", marks=voikko),
    pytest.param("fi", "laita kuitit ja lääkärintodistus sähköpostiin nii katotaan", marks=voikko),
    pytest.param("fi", "Lääkärintodistus ja kuitit toimitetaan sähköpostitse korvauspalveluun.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), OFFERED)
def test_e_mail_offered_for_what_must_not_go_by_e_mail_is_a_wrong_fact(lang, text):
    assert spans(review("personal-data-complaint", "water-damage-question", text, lang), "wrong_fact")


NOT_OFFERED = [
    ("en", "Upload receipts and medical certificates to Oma Lumme, please don't e-mail them."),
    ("en", "Receipts and medical certificates go to Oma Lumme instead of e-mail."),
    ("en", "Can I e-mail the receipts? No: upload them and the medical certificate to Oma Lumme."),
    ("en", "Journalists can e-mail our head of communications, Olli Vartiainen."),
    pytest.param("fi", "Kuitit ja lääkärintodistukset ladataan Oma Lummeen, ei sähköpostilla.", marks=voikko),
    pytest.param("fi", "Älä lähetä kuitteja tai lääkärintodistusta sähköpostilla, vaan lataa ne Oma Lummeen.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OFFERED)
def test_e_mail_ruled_out_asked_or_for_another_thing_is_no_wrong_fact(lang, text):
    assert not spans(review("personal-data-complaint", "water-damage-question", text, lang), "wrong_fact")


def test_e_mail_where_no_fact_rules_it_out_is_no_wrong_fact():
    text = "Ville, please e-mail your booking number to asiakaspalvelu@kiitolinja.fi and the refund team will check it."
    assert not spans(review("fast-good-answer", "refund-public", text, "en"), "wrong_fact")
