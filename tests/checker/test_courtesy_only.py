"""Curt as a question left unanswered behind a smile (tone._courtesy_only): a reply to a question
whose every sentence is a thanks, a greeting or a wish ('Kiitos viestistä! Mukavaa matkaa 🙂').
Each with a reply that must not be curt: the same courtesy around an answer, or said to praise
that asks nothing. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def curt(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("curt")


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("fast-good-answer", "pet-question", "fi", "Kiitos viestistä! Mukavaa matkaa 🙂"),
    ("fast-good-answer", "student-question", "en", "Thanks for reaching out! Have a great day!"),
    ("fast-good-answer", "wifi-question", "en", "Thanks for your interest in Kiitolinja! Follow us for news and offers."),
    ("single-admin", "worried-grandma", "fi", "Kiitos viestistäsi! Mukavaa viikonloppua 😊"),
])
def test_a_question_answered_with_courtesy_alone_is_curt(scenario, inject, lang, text):
    assert curt(scenario, inject, text, lang)


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), [
    ("fast-good-answer", "praise-driver", "fi", "Kiitos kauniista sanoista! Mukavaa päivänjatkoa 😊"),
    ("fast-good-answer", "pet-question", "fi", "Kiitos kysymyksestä! Koira pääsee mukaan, kunhan se matkustaa sylissä. Mukavaa matkaa 🐶"),
    ("fast-good-answer", "student-question", "en", "Thanks for asking! Students get 30% off with a valid card, show it to the driver. Have a great trip!"),
    ("single-admin", "worried-grandma", "fi", "Hei! Erän L2607 keksit voi palauttaa kauppaan, rahat palautetaan. Kiitos että kysyit 😊"),
])
def test_courtesy_around_an_answer_or_to_praise_is_not_curt(scenario, inject, lang, text):
    assert not curt(scenario, inject, text, lang)
