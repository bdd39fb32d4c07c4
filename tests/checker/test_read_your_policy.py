"""Blame as the bare order to read one's own insurance policy (the lexicon's 'read your policy',
beside 'read your contract' and 'read the terms'): the answer is in what they signed. Checking
our privacy policy, or the policy named as what covers them, lectures no one. The Finnish 'lue
vakuutusehtosi' was read before (an imperative with 'vakuutusehto' as reproach) and is kept
beside it. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "claimant-angry", text, lang).has("blame")


def test_read_your_policy_blames():
    assert blames("Please read your policy before posting again.", "en")
    assert blames("Read your policy, Mira.", "en")
    assert not blames("Your policy covers the physiotherapy, and we'll pay it this week.", "en")
    assert not blames("Our privacy policy says how we handle your data.", "en")


@voikko
def test_the_finnish_order_still_blames():
    assert blames("Lue vakuutusehtosi, Mira.", "fi")
    assert not blames("Vakuutuksesi kattaa fysioterapian, ja maksamme sen tällä viikolla.", "fi")
