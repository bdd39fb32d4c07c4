"""What went wrong laid at the customer's own hands, in the shapes the first rule missed (sentences
written for these tests, not taken from the corpus): the Finnish perfect and pluperfect ('on itse
julkaissut', 'oli itse jakanut'), spoken ('on ite laittanu'), 'itse' before the verb or after it;
a long object between the deed and 'himself'; the detail said to have been in their own post
already ('was already in her own comment', 'oli jo asiakkaan omassa kommentissa'). And the near
misses: we own that we wrote it ('olen itse kirjoittanut', 'I wrote it myself'), advice to remove
it themselves, our own post; the same words to a colleague (a fact the decision rests on) or to the
customer's face ('you put it here yourself': blame, not a plea). And the cause laid elsewhere in
so many words ("please don't blame us", 'älkää syyttäkö meitä')."""

from __future__ import annotations

import pytest
from checkerkit import review


def defensive(scenario: str, inject: str, text: str, lang: str) -> bool:
    return review(scenario, inject, text, lang).has("defensive")


THEIRS = [
    ("bank-outage", "privacy-callout", "fi", "Asiakas on itse julkaissut tilinumeronsa täällä."),
    ("bank-outage", "privacy-callout", "fi", "no se on ite laittanu ne tiedot julki, ei me"),
    ("empty-promise", "privacy-callout", "fi", "Hän oli itse jakanut osoitteensa ketjuun ennen vastaustamme."),
    ("empty-promise", "privacy-callout", "fi", "Tiedot oli kirjoittanut ketjuun asiakas itse."),
    ("bank-outage", "privacy-callout", "en",
     "He put his card number, the expiry date and even the three digits on the back into that comment himself."),
    ("bank-outage", "privacy-callout", "en", "Just so everyone knows, the number was already in her own comment before we replied."),
    ("empty-promise", "privacy-callout", "en", "fwiw the address was in his own post to begin with"),
    ("empty-promise", "privacy-callout", "fi", "Osoite oli jo asiakkaan omassa kommentissa ennen kuin vastasimme."),
    # the cause laid elsewhere in so many words
    ("single-admin", "allergic-child", "en", "The details were shared in this thread, so please don't blame us if people read them."),
    ("single-admin", "allergic-child", "fi", "Älkää syyttäkö meitä, tiedot olivat ketjussa jo ennen vastaustamme."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), THEIRS)
def test_laid_at_their_own_hands(scenario, inject, lang, text):
    assert defensive(scenario, inject, text, lang)


OURS = [
    ("bank-outage", "privacy-callout", "fi", "Olen itse kirjoittanut sen vastauksen, ja se oli virhe. Poistin sen."),
    ("bank-outage", "privacy-callout", "en", "I wrote that reply myself and it was a mistake; it's gone now."),
    ("bank-outage", "privacy-callout", "fi", "Voit itse poistaa tilinumeron kommentistasi, niin se ei näy muille."),
    ("empty-promise", "privacy-callout", "en", "You can edit the address out of your own post, and we've hidden our reply that repeated it."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), OURS)
def test_owned_or_advised_is_not_defensive(scenario, inject, lang, text):
    assert not defensive(scenario, inject, text, lang)


def test_to_a_colleague_who_posted_what_is_the_fact_a_decision_rests_on():
    note = "En piilottaisi: Hanna on itse kirjoittanut tiedot julkaisuunsa, ja piilotus näyttäisi sensuurilta."
    assert not review("personal-data-complaint", "compliance-memo", note, "fi", "private").has("defensive")
    assert review("personal-data-complaint", "privacy-callout", note, "fi", "public").has("defensive")


def test_said_to_the_customers_face_it_is_blame_not_a_plea():
    told = review("bank-outage", "card-number", "You put the card number in this comment yourself.", "en")
    assert told.has("blame") and not told.has("defensive")
