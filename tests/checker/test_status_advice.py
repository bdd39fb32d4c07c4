"""A status update is said to everyone (fault.blame's update): advice in it against posting
account or card numbers in the comments warns, and reproves no one who did it. The same words
said in a reply to a customer still blame. Sentences written for these tests, not taken from the
corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str) -> bool:
    return review("bank-outage", "cyber-rumour", text, lang, route).has("blame")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Online banking is down since 6. Nobody should post card numbers in the comments; we hide them to protect you."),
    pytest.param("fi", "Verkkopankki on poissa käytöstä. Korttinumeroita ei kannata laittaa kommentteihin, piilotamme ne suojaksenne.",
                 marks=voikko),
])
def test_advice_against_posting_in_a_status_update_blames_no_one(lang, text):
    assert not blames(text, lang, "status")
    assert blames(text, lang, "public")
