"""Blame in officialese: the customer told to look before they get in touch or pass things on, said in
the nominal and passive style of the formal register (reproof.spoke_first): 'toivomme asiakkaiden
perehtyvän ehtoihin ennen yhteydenottoa', 'toivomme, että jatkossa tarkistatte ehdot ennen tiedotteiden
jakamista', 'asiakkaita kehotetaan lukemaan tiedote ennen kuin tietoja jaetaan', 'kindly consult the terms
before contacting us', 'please check the notice prior to submitting an enquiry'. Beside each, our own
checking before we get in touch, or a plain step with no looking first. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("personal-data-complaint", "club-share", text, lang).has("blame")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Toivomme asiakkaiden perehtyvän vakuutusehtoihin ennen yhteydenottoa.",
     "Perehdymme vakuutusehtoihin ennen yhteydenottoa."),
    ("Toivomme, että jatkossa tarkistatte ehdot ennen tiedotteiden jakamista.",
     "Tarkistamme ehdot ennen tiedotteiden jakamista."),
    ("Asiakkaita kehotetaan lukemaan tiedote huolellisesti ennen kuin tietoja jaetaan eteenpäin.",
     "Tiedot tarkistetaan aina ennen kuin ne jaetaan eteenpäin."),
    ("Pyydämme tutustumaan ehtoihin ennen yhteydenottoa asiakaspalveluun.",
     "Asiakaspalvelu palvelee arkisin klo 8–16, ja yhteydenoton voi tehdä myös verkossa."),
])
def test_a_formal_look_before_contact_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Kindly consult the policy terms before contacting us.",
     "We will consult the policy terms before contacting you."),
    ("Please check the notice prior to submitting an enquiry.",
     "You may submit an enquiry through the online form at any time."),
    ("Customers are advised to read the terms before contacting customer service.",
     "Customer service can be contacted on weekdays from 8 to 16."),
])
def test_a_formal_look_before_contact_in_english_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")
