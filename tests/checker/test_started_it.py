"""Blame as the customer being the one who started it, said without a verb of shouting
(reproof._rude_fi, _reacted_fi, EN_RUDE, EN_REACTED): the customer said to have been rude ('Asiakas
oli jo ennen kuvaamista todella epäasiallinen', 'the customer was rude to our staff long before
filming'), or our staff said only to have reacted to how they were spoken to. Each with a reply
that must not blame: our own employee's rudeness owned, a pronoun that may be our employee, a
negation, the customer's feeling recognised. Sentences written for these tests, not taken from
the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("viral-video", "video-post", text, lang).has("blame")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Videolla ei näy, miten keskustelu alkoi. Asiakas oli jo ennen kuvaamista todella epäasiallinen.",
     "Työntekijämme oli epäasiallinen, ja pyydämme sitä anteeksi."),
    ("Työntekijämme vastasi vain siihen, miten häntä ensin puhuteltiin.",
     "Hän oli töykeä asiakkaalle, eikä se ole hyväksyttävää. Pahoittelemme."),
    ("Isä oli kassalla aika aggressiivinen jo ennen videon alkua.",
     "Asiakas oli selvästi pettynyt odotukseen, ja ymmärrämme sen hyvin."),
])
def test_finnish_the_customer_said_to_have_been_rude_or_provoked_our_reaction_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The video doesn't show that the customer was rude to our staff long before filming started.",
     "The customer was not rude at all; our staff member was, and we're sorry."),
    ("Our employee only reacted to the way he was spoken to first.",
     "Our employee is being harassed online, and we ask everyone to keep the discussion respectful."),
])
def test_english_the_customer_said_to_have_been_rude_or_provoked_our_reaction_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")
