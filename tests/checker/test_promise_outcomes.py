"""Commitments said without a committing verb or in a family the earlier rounds missed, in
sentences written for these tests (not taken from the corpus): a deadline word with a plain
Finnish present ('on tilillä maanantaihin mennessä'), 'niin' joining an instruction to what
we then do, 'ehdit vielä ihan hyvin', a fix 'any minute now' where the fix time is unknown,
'the first ones fixed', 'you get the full compensation', 'it never drops', 'we always reply'. And the near misses: the same
deadline hedged as an estimate, a state said of today, 'make sure you get accurate
information' (no outcome), a feeling that it never ends, the card line's round-the-clock
hours the facts give, in other words or by its number; a call at once after the customer's
own step ('laita numerosi, niin soitan heti'); compensation as the terms give it; certainty in a
condition ('kun se on varma'), a night of past work, the page's pledge reported, a refund looked into."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

PROMISES = [
    ("bank-outage", "business-payroll", "fi", "Palkat on työntekijöiden tileillä maanantaihin mennessä.", "maanantaihin mennessä"),
    pytest.param("bank-outage", "business-payroll", "fi", "Lähetä tiedosto yrityspalveluun niin summat on perillä iltapäivään mennessä.",
                 "iltapäivään mennessä", marks=voikko),
    pytest.param("fast-good-answer", "late-coach", "fi", "Pieni viive vaan, ehdit ihan hyvin junaan.", "ehdit ihan hyvin", marks=voikko),
    ("empty-promise", "nine-passed", "en", "The crew is on site, so the service is back any minute now.", "any minute now"),
    ("empty-promise", "nine-passed", "fi", "Asentajat on paikalla, enää hetki ja yhteys toimii.", "enää hetki"),
    ("empty-promise", "safety-phone", "en", "Your mum's street will be among the first ones fixed, I've made sure of it.", "first ones fixed"),
    ("strike-threat", "compensation-q", "en", "If they cancel, you get the €400 EU compensation with no need to apply.", "compensation"),
    ("fast-good-answer", "wifi-question", "en", "Sure, the wifi is quick on every coach and it never drops.", "it never"),
    ("empty-promise", "first-angry", "en", "We always reply within half an hour, whatever the day.", "always"),
    ("bank-outage", "card-number", "en", "Your card is fine now and we'll be watching it for you around the clock.", "around the clock"),
    ("empty-promise", "safety-phone", "en", "We'll call you straight away to check everything is fine.", "straight away"),
    # tuning-q (the blind heldout-15) studied: every claim accepted
    ("personal-data-complaint", "pile-on", "en", "From today every physio claim for a cycling injury will be accepted.", "will be accepted"),
    # where the page's round-the-clock promise is empty, saying it holds makes it again
    ("empty-promise", "journalist", "en", "Yes, our promise still stands, and the team is answering everyone tonight.", "promise still stands"),
    ("empty-promise", "promise-callout", "fi", "Lupaus on edelleen voimassa, vastaamme kaikille.", "Lupaus on edelleen voimassa"),
    # an emoji before a capital ends a sentence: the promise is not read as part of the instruction after it
    pytest.param("fast-good-answer", "bag-tweet", "fi", "Laukku on sulla ennen haastattelua, lupaan 🙏 Laita meille viestillä lipun numero.", "lupaan",
                 marks=voikko),
    ("personal-data-complaint", "club-share", "en", "Group policies have their own terms, but we'll refund your club's fee this season.", "refund"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PROMISES)
def test_a_commitment_in_these_words_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise")), spans(
        review(scenario, inject, text, lang), "promise")


NOT_PROMISES = [
    ("bank-outage", "business-payroll", "fi", "Arviomme mukaan palkat voisivat olla tileillä maanantaihin mennessä, vahvistamme kun tiedämme."),
    ("bank-outage", "journalist-call", "en", "Our press team can answer on the record and make sure you get accurate information."),
    ("empty-promise", "nine-passed", "fi", "Ymmärrän, että tuntuu ettei tämä lopu ikinä. Kerromme heti kun korjausaika tiedetään."),
    ("fast-good-answer", "late-coach", "en", "The coach left Lahti at 7.10 and is running about ten minutes late because of roadworks."),
    # the facts give the card line's hours: said in other words, or by its number, they are backed
    ("bank-outage", "card-number", "en", "Card blocking works day or night on its own number."),
    ("bank-outage", "card-number", "en", "Card gone missing: 010 555 2999, round the clock."),
    # the promise said not to hold is owned, not made
    ("empty-promise", "promise-callout", "en", "You're right: the promise on our page doesn't hold over the holidays, and we're changing it."),
    # what a credit is for ('for tonight') is no time we answer; the facts' free rebooking in other words
    ("empty-promise", "compensation", "en", "Any credit for tonight is worked out under the contract terms after the fault is fixed."),
    ("strike-threat", "connection", "en", "You can rebook the flight to another day for free at kajava.fi/lakko."),
    # a call at once after the customer's own step is an offer whose time they set
    ("empty-promise", "safety-phone", "fi", "Lähetä mulle numerosi viestillä, niin soitan sulle heti."),
    ("empty-promise", "safety-phone", "en", "Send us your number in a message and I'll ring you straight away."),
    # compensation as the terms give it is the rule, not a new commitment
    ("personal-data-complaint", "pile-on", "fi", "Maksamme korvauksen, kun ehdot sen kattavat."),
    ("personal-data-complaint", "pile-on", "en", "We refund whatever the policy terms cover, nothing less."),
    # certainty inside a condition, a night of past work, the page's pledge reported, a refund looked into
    ("bank-outage", "eta-callout", "fi", "Korjausaikaa ei tiedetä, ja kerromme sen heti kun se on varma."),
    ("bank-outage", "cyber-rumour", "en", "It began when the database failed to come back up after overnight maintenance."),
    ("empty-promise", "promise-callout", "fi", "Päivystäjiä on yksi, emmekä ehdi vastata kaikille puolessa tunnissa, vaikka sivullamme niin luvataan."),
    ("fast-good-answer", "refund-public", "en", "Could you send the booking to us by private message? We'll check the refund there."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PROMISES)
def test_these_commit_to_nothing(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
