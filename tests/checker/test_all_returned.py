"""Every pack said to go back, in the bin or uneaten where the facts recall one batch (claims.py
ALL and HIT): what we tell people to do with all of a product says all of it is hit, as
'all are recalled' does. Sentences written for these tests, not taken from the corpus. Not: the
one batch, other batches said safe, 'all' of the batch the facts name, or a rule said of all."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

ALL_HIT = [
    ("en", "Tiina, please return all your oat biscuits to the shop for now."),
    ("en", "to be safe throw out every pack of Kaurakeksi you have"),
    ("en", "Please don't eat all those oat biscuits you have, return them instead."),
    ("en", "All Kaurakeksi packs should be returned to the store, whatever the batch."),
    pytest.param("fi", "Heittäkää kaikki kaurakeksit roskiin varmuuden vuoksi.", marks=voikko),
    pytest.param("fi", "palauttakaa kauppaan ihan kaikki kaurakeksipaketit", marks=voikko),
    pytest.param("fi", "Palauttakaa kaikki Kaurakeksi-paketit kauppaan, erästä riippumatta.", marks=voikko),
    pytest.param("fi", "Älkää syökö kaikkia kaurakeksejä, hävittäkää ne.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), ALL_HIT)
def test_every_pack_said_to_go_back_where_one_batch_is_recalled_is_a_wrong_fact(lang, text):
    assert spans(review("single-admin", "hoax-doubt", text, lang), "wrong_fact")


NOT_ALL = [
    ("en", "Only batch L2607 needs to go back to the shop; other batches are fine."),
    ("en", "Please return all packs from batch L2607, best before 15.10.2026."),
    ("en", "We'll return to every question here once the notice is out."),
    pytest.param("fi", "Palauta vain erän L2607 paketit kauppaan, muut erät ovat turvallisia.", marks=voikko),
    pytest.param("fi", "Muita eriä ei tarvitse palauttaa, ne ovat kunnossa.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ALL)
def test_the_one_batch_or_the_others_said_safe_is_no_wrong_fact(lang, text):
    assert not spans(review("single-admin", "hoax-doubt", text, lang), "wrong_fact")
