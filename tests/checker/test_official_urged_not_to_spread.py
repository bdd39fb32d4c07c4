"""Blame in officialese: the public urged, in the formal register, to refrain from spreading what is
unfounded (reproof._urged_fi, reproof.EN_URGED): 'pyydämme pidättäytymään perusteettomien väitteiden
levittämisestä', 'kehotamme olemaan levittämättä vahvistamattomia tietoja', 'pyydämme, ettei perusteettomia
väitteitä levitetä', 'the public is urged to refrain from circulating unfounded claims'. The nominal
style (a verbal noun in the elative, an infinitive after the verb of urging) and the passive name no
one and still reprove the thread. Beside each, an urging to share what is true, a claim said to be
unfounded with no one told off, or our own restraint. Sentences written for these tests, not taken from
the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("bank-outage", "cyber-rumour", text, lang).has("blame")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Pyydämme pidättäytymään perusteettomien väitteiden levittämisestä verkossa.",
     "Pyydämme jakamaan tätä tiedotetta niille, joita asia koskee."),
    ("Kehotamme olemaan levittämättä vahvistamattomia tietoja palvelun tilasta.",
     "Kehotamme seuraamaan pankin tiedotteita palvelun tilasta."),
    ("Pyydämme, ettei perusteettomia väitteitä levitetä tässä ketjussa.",
     "Väitteet tietomurrosta ovat perusteettomia, ja palvelu toimii jälleen."),
    ("Asiakkaita kehotetaan pidättäytymään virheellisten tietojen jakamisesta.",
     "Asiakkaita kehotetaan tarkistamaan tilitapahtumansa verkkopankista."),
    ("Kehotamme seuraamaan ainoastaan virallisia tiedotteita eikä jakamaan perättömiä väitteitä eteenpäin.",
     "Kehotamme seuraamaan ainoastaan virallisia tiedotteita, sillä tilanne muuttuu nopeasti."),
    ("Toivomme, että keskustelussa pidättäydytään perusteettomista väitteistä.",
     "Pidättäydymme arvioimasta syitä ennen kuin selvitys on valmis."),
])
def test_a_formal_urging_not_to_spread_what_is_unfounded_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The public is urged to refrain from circulating unfounded claims about the incident.",
     "The public is urged to refer to the bank's official channels for updates."),
    ("We would request that users refrain from sharing unsubstantiated reports regarding the outage.",
     "We would request that users share this notice with anyone affected."),
    ("Customers are kindly requested not to disseminate unverified information on this page.",
     "Reports of a data breach are unfounded; the outage was caused by a hardware fault."),
    ("Members of the public are advised against spreading unconfirmed allegations concerning the bank.",
     "We refrain from speculating on the cause until the investigation is complete."),
])
def test_a_formal_urging_in_english_not_to_spread_what_is_unfounded_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")
