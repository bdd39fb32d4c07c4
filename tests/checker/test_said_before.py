"""Blame as a pointer back at what was said before (accuse.said_before): 'as I said', 'as
stated on our page', 'kuten jo kerroimme', 'kuten tiedotteessa kerrotaan' tell the customer they
were told already. Each beside a reply of the same shape that must not blame: our word kept,
an error owned, a promise recalled, a pointer in a status update. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("As I said, refunds are applied for on the feedback form.", "As promised, refunds are applied for on the feedback form."),
    ("Refunds go through the feedback form, as stated on our website.", "We did as we said and passed the refund on to the office."),
    ("As already mentioned, the heating is checked every morning.", "As we said, we're sorry: the heating should have been checked."),
    ("As our timetable page says, the 7.10 coach runs on weekdays only.", "Our timetable page says the 7.10 coach runs on weekdays only."),
])
def test_a_pointer_back_at_what_was_said_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


def test_a_pointer_back_in_a_status_update_blames_no_one():
    assert not blames("As we said this morning, the next update comes at noon.", "en", "status")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kuten jo kerroimme, hyvitystä haetaan palautelomakkeella.", "Kuten lupasimme, hyvitys on nyt maksettu tilillesi."),
    ("Kuten aiemmin kerroin, lämmitys tarkistetaan joka aamu.", "Kuten kerroimme eilen, lämmitys tarkistetaan joka aamu."),
    ("Hyvitystä haetaan lomakkeella, kuten sivuillamme lukee.", "Kuten sivuillamme virheellisesti lukee, hyvitystä haetaan lomakkeella."),
    ("Kuten tiedotteessamme kerrotaan, aamuvuoro ajetaan pienemmällä autolla.", "Tiedotteessamme kerrotaan pian, millä autolla aamuvuoro ajetaan."),
])
def test_a_finnish_pointer_back_at_what_was_said_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Like I already said, the heating is checked every morning.", "Just like we said this morning, the heating is checked every morning."),
    pytest.param("fi", "Kuten jo sanottiin, lämmitys tarkistetaan joka aamu.", "Kuten lupasimme, lämmitys tarkistetaan joka aamu.", marks=voikko),
    pytest.param("fi", "Niin kuin sivullamme lukee, lämmitys tarkistetaan joka aamu.", "Niin kuin lupasimme, lämmitys tarkistetaan joka aamu.", marks=voikko),
])
def test_spoken_like_the_impersonal_past_and_niin_kuin_point_back_too(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We reply within two hours on weekdays, like it says on our page.", "Sorry for the wait! We reply within two hours on weekdays, like it says on our page."),
    ("just like the timetable says, the 7.10 runs on weekdays only", "We checked the timetable: the 7.10 runs on weekdays only."),
    ("As per our website, refunds are applied for on the feedback form.", "As per your request, the refund is on its way."),
    ("yep we're open till 10 like it said in the update", "It looks like the update page is down, sorry."),
])
def test_the_page_pointed_at_as_saying_it_blames_unless_the_reply_apologises(fires, quiet):
    """'like it says on our page', 'like the notice says', 'as per our website': the customer could have
    read it there; said in a reply that apologises it backs our word."""
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Lämmitys tarkistetaan joka aamu niinku sivulla lukee.", "Lämmitys tarkistetaan joka aamu niinku luvattiin."),
    ("Hyvitys haetaan lomakkeella, kuten sivuillamme lukee.", "Pahoittelut odotuksesta! Hyvitys haetaan lomakkeella, kuten sivuillamme lukee."),
])
def test_finnish_spoken_niinku_points_at_the_page_too(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
