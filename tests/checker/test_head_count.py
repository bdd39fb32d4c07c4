"""A range of people ('3–4 henkeä', '3–4 people per shift') is a head count, not opening hours:
said as the facts count the shift it is right, said otherwise it is wrong. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from checkerkit import review


@pytest.mark.parametrize(("lang", "text", "wrong"), [
    ("fi", "Viikonloppuna Hervannassa on vuorossa 3–4 henkeä kerrallaan.", False),
    ("en", "At the weekend there are 3–4 people on each shift in Hervanta.", False),
    ("en", "At the weekend there are 8–9 people on each shift in Hervanta.", True),
])
def test_a_range_of_people_is_a_head_count(lang, text, wrong):
    assert review("viral-video", "weekend-question", text, lang).has("wrong_fact") is wrong
