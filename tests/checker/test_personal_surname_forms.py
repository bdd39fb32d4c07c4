"""A customer's surname whose stem changes as Finnish inflects it ('Rinne' → 'Rinteen', 'Lehto' →
'Lehdon'), in sentences written for these tests (not taken from the corpus): the first letters of
the base form miss it, Voikko's base form finds it. And the near misses: a first-name greeting,
the surname of a journalist (whose name is public) in the same inflection."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("bank-outage", "iban-salary", "fi", "Hei Tuomas! Rinteen palkka näkyy, kun palvelu palaa.", "Rinteen"),
    ("viral-video", "video-post", "fi", "Pahoittelemme Lehdon perheelle pitkää odotusta.", "Lehdon"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_an_inflected_surname_names_the_customer(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "personal_data")


QUIET = [
    ("bank-outage", "iban-salary", "fi", "Hei Tuomas! Palkat kirjautuvat taustalla ja näkyvät, kun palvelu palaa."),
    ("bank-outage", "fsa-news", "fi", "Luimme Nurmen jutun, ja se pitää paikkansa: katko on kestänyt liian kauan."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_no_customer_surname_here(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("personal_data")


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("fi", "tiina virtanen, ei oo huijaus, takaisinveto on totta", "virtanen"),
    ("en", "thanks tiina virtanen for the heads-up, the recall is real", "virtanen"),
])
def test_a_full_name_typed_in_lower_case_names_the_customer(lang, text, span):
    assert span in spans(review("single-admin", "hoax-doubt", text, lang), "personal_data")


@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "tiina, virtanen vie kaiken mukanaan, mutta takaisinveto on totta"),
    ("fi", "hei tiina, virta katkesi hetkeksi mutta takaisinveto on totta"),
])
def test_a_lower_case_word_like_a_surname_is_no_name_unless_it_follows_the_first_name(lang, text):
    assert not review("single-admin", "hoax-doubt", text, lang).has("personal_data")
