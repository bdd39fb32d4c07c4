"""Promises as people on shift write them, in sentences written for these tests (not taken from
the corpus): spoken Finnish's passive 'we' of l-, n- and r-stem verbs ('palvellaan', 'mennään'),
the round-the-clock with its words turned ('vuorokauden ympäri'), late into the night, a
delivery or a fix 'heti' ('toimitetaan', 'saadaan toimimaan'), a treat on the house in Finnish
('talon piikkiin'), paying the customer's costs for them ('maksamme … puolestanne'), and an
answer at a clock time outside staffed hours ('palaan asiaan klo 23'). And the near misses: the
staffed promise itself, 'heti kun' (as soon as), 'takaisin' (back, not 'I would guarantee'),
'ollaan pahoillaan', sorrow on their behalf ('pahoittelen puolestasi'), getting back within
staffed hours, an apology that the service is not round the clock. An outcome the facts leave open
assured in plain words ('lentonne lähtee kyllä', 'your flight will go'), not one supposed or asked
('if the flight will go', 'whether her flight will leave')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("viral-video", "weekend-question", "fi", "Lauantaina teidät palvellaan kyllä varmasti ilman jonoa.", "varmasti"),
    ("bank-outage", "first-angry", "fi", "Päivystämme somessa vuorokauden ympäri kunnes vika on korjattu.", "vuorokauden ympäri"),
    ("viral-video", "why-silent", "fi", "Vastaamme tänään myöhään yöhön asti kaikkiin.", "yöhön asti"),
    ("viral-video", "video-post", "fi", "Jatkossa jokainen asiakas palvellaan aina ystävällisesti ja nopeasti.", "aina"),
    ("bank-outage", "first-angry", "fi", "Verkkopankki saadaan heti toimimaan.", "heti"),
    ("fast-good-answer", "bag-tweet", "fi", "Laukkusi toimitetaan sinulle välittömästi.", "välittömästi"),
    ("bank-outage", "rent-due", "fi", "Maksamme mahdolliset viivästyskorot puolestanne.", "Maksamme mahdolliset viivästyskorot puolestanne"),
    ("viral-video", "video-post", "fi", "Tarjoamme koko perheelle seuraavan aterian talon piikkiin.", "talon piikkiin"),
    ("viral-video", "why-silent", "fi", "Palaan tähän vielä klo 23 jälkeen.", "klo 23"),
    ("deleted-comment", "price-critic", "en", "I'll reply to you at 9 pm tonight.", "9 pm"),
    # an outcome the facts leave open, assured in plain words
    ("strike-threat", "family-trip", "fi", "Lentonne lähtee kyllä perjantaina, älkää huoliko.", "lähtee kyllä"),
    ("strike-threat", "family-trip", "en", "Don't worry, your flight will go on Friday.", "flight will go"),
    ("strike-threat", "connection", "fi", "Pääset kyllä Tokion jatkolennolle, ei hätää.", "Pääset kyllä"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
@voikko
def test_this_commits_to_what_the_rules_do_not_back(scenario, inject, lang, text, span):
    assert any(span in found or found in span for found in spans(review(scenario, inject, text, lang), "promise"))


QUIET = [
    ("deleted-comment", "fair-question", "fi", "Palvellaan somessa arkisin 8–16, yleensä kahden tunnin sisällä."),
    ("bank-outage", "first-angry", "fi", "Tullaan tänne takaisin heti kun tiedetään enemmän."),
    ("bank-outage", "first-angry", "fi", "Ollaan tosi pahoillaan, tämä on kurjaa palkkapäivänä."),
    ("bank-outage", "first-angry", "fi", "Pahoittelen puolestasi, tämä on todella harmillista."),
    ("strike-threat", "family-trip", "fi", "Mennään yksityisviestin puolelle, jotta varaustietonne eivät näy täällä."),
    ("deleted-comment", "price-critic", "fi", "Palaamme asiaan maanantaina klo 8 jälkeen."),
    ("empty-promise", "praise-honesty", "fi", "Pyhinä päivystämme klo 9–23, emme vuorokauden ympäri."),
    ("fast-good-answer", "bag-tweet", "fi", "Laukku toimitetaan taksilla hotelliin, kun se on Oulussa 11.50."),
    # the outcome supposed or asked, not assured
    ("strike-threat", "family-trip", "en", "If the flight will go, you'll get a text by 07:45."),
    ("strike-threat", "elderly-relative", "en", "We don't know yet whether her flight will leave on Friday; the decision comes around 07:15."),
    ("strike-threat", "family-trip", "fi", "Jos KJ412 lähtee, kerromme sen tekstiviestillä klo 7.45 mennessä."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), QUIET)
@voikko
def test_this_commits_to_nothing_new(scenario, inject, lang, text):
    assert not review(scenario, inject, text, lang).has("promise")
