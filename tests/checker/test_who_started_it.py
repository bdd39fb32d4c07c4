"""Blame as who started it (reproof.EN_PROVOKED, reproof._provoked_fi): 'the man in the clip was
yelling at her before…', 'filming only began once he had already been swearing', 'video alkoi
vasta, kun asiakas oli jo huutanut', 'kuvaus alkoi vasta, kun mies oli jo ehtinyt kiroilla'.
Beside each, our own staff as the one who shouted, someone reporting it, a call for help.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("viral-video", "fair-witness", text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The man in the clip was yelling at our cashier long before the phone came out.", "The man in the clip was yelling for help, and our cashier called 112."),
    ("Filming only began once he had already been swearing at the staff.", "The recording started when our employee was shouting, and we're sorry."),
])
def test_the_customer_as_the_one_who_started_it_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Video alkoi vasta, kun asiakas oli jo huutanut kassalle.", "Mies oli huutanut apua, ja kassamme soitti hätänumeroon."),
    ("Kiitos Sanna, kuvaus alkoi vasta, kun mies oli jo ehtinyt kiroilla.",
     "Kuvaus alkoi vasta, kun työntekijämme oli jo ehtinyt huutaa, ja pahoittelemme sitä."),
])
def test_finnish_the_customer_as_the_one_who_started_it_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Janne Salmi raised his voice first, and our cashier reacted.", "Our cashier raised her voice first, and we're sorry."),
    ("The customer had already raised his voice before filming.", "The customer raised a fair point about the queue."),
])
def test_the_customer_raising_their_voice_first_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Pekka Laine korotti ensin ääntään, ja myyjämme vastasi siihen.", "Emma korotti ensin ääntään, ja pahoittelemme sitä."),
    ("Asiakas korotti ensin ääntään kassalla.", "Työntekijämme korotti ensin ääntään kassalla."),
    ("Se äijä huusi ekana myyjälle.", "Kaupan hinnat korotti ensin kilpailija."),
])
def test_finnish_a_full_name_or_a_voice_raised_first_starts_it(fires, quiet):
    """'korotti ensin ääntään': the voice may come after 'ensin'; a full name is the customer's, a first
    name alone may be our staff's; spoken 'ekana' is 'ensin'."""
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
