"""Facts and commitments said in words, with sentences written for these tests (not taken from the
corpus): a cause said by what went wrong ('the update went wrong', 'a storm cut the cable'), a
cause of another kind than the facts give (a till fault where staff were off sick), half price
where the discount is 30 %, a treat 'on us', an outcome made sure of ('varmistetaan että').
And their near misses: the facts' own cause, an update of ours, the right discount, 'that's on
us' (owning a fault), a call back within the published hour."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

WRONG = [
    pytest.param("bank-outage", "first-angry", "fi", "Vika löytyi: eilinen päivitys meni pieleen, ja korjaus on käynnissä.", "päivitys", marks=voikko),
    ("bank-outage", "first-angry", "en", "We found it: last night's update went wrong, and a fix is under way.", "update"),
    ("empty-promise", "first-angry", "en", "A storm cut the cable near Kuusiniemi this evening.", "storm"),
    ("viral-video", "video-post", "en", "The long wait was down to a fault in our till system that evening.", "till system"),
    pytest.param("viral-video", "video-post", "fi", "Odotus johtui kassajärjestelmän viasta.", "kassajärjestelmän", marks=voikko),
    ("fast-good-answer", "student-question", "en", "Students travel at half price with a valid card.", "half price"),
    ("fast-good-answer", "student-question", "fi", "Opiskelijat matkustavat puoleen hintaan.", "puoleen hintaan"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_a_cause_or_a_discount_the_facts_give_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


RIGHT = [
    ("bank-outage", "first-angry", "en", "The database failed to start after last night's maintenance; we'll update this page."),
    ("viral-video", "video-post", "en", "Two of the four on shift were off sick, and that is why the wait was so long."),
    ("fast-good-answer", "student-question", "en", "Students get 30 % off with a valid student card."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_the_facts_own_cause_and_discount_are_no_wrong_fact(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "wrong_fact")


PROMISED = [
    ("viral-video", "janne-update", "en", "Sorry again, and the kids' ice creams are on us for the rest of the year.", "on us", "private"),
    pytest.param("strike-threat", "phone-post", "fi", "Soitamme sinulle tunnin sisällä ja varmistetaan että pääset lauantaina perille.",
                 "varmistetaan että", "public", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span", "route"), PROMISED)
def test_a_treat_or_an_outcome_made_sure_of_is_a_promise(scenario, inject, lang, text, span, route):
    assert span in spans(review(scenario, inject, text, lang, route), "promise")


NOT_PROMISED = [
    ("viral-video", "fair-witness", "en", "You're right, and that part is on us: a 50-minute wait is far too long."),
    ("viral-video", "fair-witness", "en", "That's on us, and we're sorry."),
    ("strike-threat", "phone-post", "en", "We'll call you back within the hour; the line opens at 06:00."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PROMISED)
def test_owning_a_fault_or_the_published_reply_time_is_no_promise(scenario, inject, lang, text):
    assert not spans(review(scenario, inject, text, lang), "promise")


def test_the_next_update_within_the_published_hour_is_no_promise():
    assert not spans(review("bank-outage", "first-angry", "The next update comes within the hour at kielopankki.fi/hairio.", "en"), "promise")
