"""Wrong facts of the fifth round, with sentences written for these tests (not taken from the
corpus), each family with the near misses that are no wrong fact.

Round-the-clock service said as today's fact where the ground rules staff the channel only part
of the day ('we're on here 24/7 for you', 'täällä päivystetään yötä päivää'); not: the facts' own
round-the-clock line (card blocking), the page's 24/7 quoted or denied, a promise for the future,
a phone line's hours, work on the fault through the night (no channel said to answer)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

ROUND_THE_CLOCK = [
    ("empty-promise", "first-angry", "en", "Hang in there, Tuomas – our team is on here 24/7 for you, so just keep asking.", "24/7"),
    ("bank-outage", "rent-due", "en", "Hi Aune, no stress: we answer questions here round the clock, so ask whatever you need.", "round the clock"),
    pytest.param("empty-promise", "promise-callout", "fi", "Moi Satu, kyllä täällä päivystetään somessa yötä päivää, viestejä on vain paljon.",
                 "yötä päivää", marks=voikko),
    pytest.param("viral-video", "video-post", "fi", "Janne, me vastataan täällä ympäri vuorokauden, joten kerro lisää.", "ympäri vuorokauden",
                 marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), ROUND_THE_CLOCK)
def test_round_the_clock_against_staffed_hours_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_ROUND_THE_CLOCK = [
    ("bank-outage", "card-number", "en", "Jari, block the card with our blocking line – it takes calls round the clock, even with the app down."),
    pytest.param("bank-outage", "card-number", "fi", "Kortin sulkupalvelu on auki ympäri vuorokauden, sinne voi soittaa heti.", marks=voikko),
    ("empty-promise", "promise-callout", "en", "Satu, fair point: the 24/7 line on our page is wrong, we're here 9–23 over the holidays."),
    ("empty-promise", "promise-callout", "en", "From now on we'll be answering here around the clock."),
    pytest.param("empty-promise", "promise-callout", "fi", "Sivun 24/7-lupaus ei valitettavasti pidä, pyhinä päivystämme klo 9–23.", marks=voikko),
    ("strike-threat", "elderly-relative", "en", "Our phone line 09 4242 5000 takes calls round the clock during the strike."),
    ("empty-promise", "first-angry", "en", "We're working on the fault all night, Tuomas, and the mobile network works."),
    pytest.param("empty-promise", "first-angry", "fi", "Asentajat ja me olemme töissä koko yön, mobiiliverkko toimii.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_ROUND_THE_CLOCK)
def test_round_the_clock_backed_quoted_or_ahead_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


DENIED_DEED = [
    ("bank-outage", "eta-callout", "en", "Tuomas, we never gave you any repair time this morning.", "never gave"),
    pytest.param("bank-outage", "eta-callout", "fi", "Emme ole antaneet mitään korjausaikaa, Tuomas.", "Emme ole antaneet", marks=voikko),
    ("viral-video", "censorship-post", "en", "Janne, nobody at Kuikka has asked for your clip to be taken down.", "nobody at Kuikka has asked"),
    ("empty-promise", "nine-passed", "en", "Ari, no one here ever gave out a time for the repair.", "no one here ever gave"),
]
"""What the item's best answer owns up to ('we gave an estimate we hadn't confirmed, and we
shouldn't have'; 'we shouldn't have asked'; 'poistimme sen'), denied as a deed of ours, of
anybody's or in the passive."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DENIED_DEED)
def test_a_deed_the_best_answer_owns_denied_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED_DEED = [
    ("bank-outage", "eta-callout", "en", "We gave a time we couldn't keep, Tuomas, and we're sorry."),
    ("bank-outage", "eta-callout", "en", "The estimate didn't hold, and that's on us."),
    ("viral-video", "censorship-post", "en", "Janne, we don't ask anyone to take videos down, and we withdraw what we said."),
    pytest.param("viral-video", "video-post", "fi", "Kaksi neljästä oli sairaana, eikä sijaisia saatu. Anteeksi.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED_DEED)
def test_an_owned_deed_admitted_or_a_rule_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


OUR_SERIES = [
    ("strike-threat", "journalist-call", "en", "Our press desk answers on 040 555 0109, Laura.", "040 555 0109"),
    pytest.param("bank-outage", "business-payroll", "fi", "Sanna, yritysasiakkaiden linja on 010 555 2010.", "010 555 2010", marks=voikko),
]
"""A number of the organisation's own series that it does not give: a line misremembered."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OUR_SERIES)
def test_a_number_of_our_series_we_do_not_give_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang, "redirect"), "wrong_fact")


NOT_OUR_SERIES = [
    ("strike-threat", "journalist-call", "en", "Our media line is 040 555 0190, Laura."),
    ("bank-outage", "business-payroll", "fi", "Sanna, yritysasiakkaiden linja on 010 555 2100."),
    ("strike-threat", "phone-post", "en", "Pekka, we'll ring you back on the number you gave us, 040 718 2291."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_OUR_SERIES)
def test_our_own_number_or_another_series_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang, "redirect"), "wrong_fact") == []


PROMISED_AT_ANOTHER_TIME = [
    ("strike-threat", "elderly-relative", "en", "We'll text every passenger by 9:00 at the latest.", "9:00"),
    pytest.param("strike-threat", "elderly-relative", "fi", "Tekstiviestit lähtevät kaikille matkustajille viimeistään klo 8.15.", "klo 8.15",
                 marks=voikko),
]
"""A time the facts give for the very event a promise times ('texts by 07:45'), said otherwise:
a promise and a wrong fact."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PROMISED_AT_ANOTHER_TIME)
def test_a_promise_at_another_time_than_the_facts_event_is_also_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_PROMISED_AT_ANOTHER_TIME = [
    ("strike-threat", "elderly-relative", "en", "Every passenger gets a text by 07:45 at the latest."),
    pytest.param("empty-promise", "nine-passed", "fi", "Korjaus valmistuu viimeistään klo 21, lupaan sen.", marks=voikko),
]
"""The facts' own time; a fix time, whose facts are an estimate (a promise only)."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PROMISED_AT_ANOTHER_TIME)
def test_the_facts_time_or_a_promised_fix_time_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


DENIED_BY_FACTS = [
    ("strike-threat", "false-rumour", "en", "Sadly the Friday flights have been cancelled already, Riikka.", "cancelled"),
    pytest.param("strike-threat", "false-rumour", "fi", "Valitettavasti perjantain lennot on jo peruttu, Riikka.", "peruttu", marks=voikko),
    ("deleted-comment", "councillor-question", "en", "Around a third of it ends up with the town as a dividend, Pertti.", "dividend"),
]
"""What the facts and good answers deny ('no Friday flight has been cancelled', 'pays the town no
dividend'), said as so."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DENIED_BY_FACTS)
def test_what_the_facts_deny_said_as_so_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_DENIED_BY_FACTS = [
    ("strike-threat", "false-rumour", "en", "So far not a single Friday flight has been cancelled, Riikka."),
    ("strike-threat", "false-rumour", "en", "If the Friday flights are cancelled, you'll get a text straight away."),
    pytest.param("strike-threat", "false-rumour", "fi", "Jos perjantain lennot perutaan, saat siitä tekstiviestin.", marks=voikko),
    ("deleted-comment", "councillor-question", "en", "Pertti, the town takes no dividend from the water business in 2027."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DENIED_BY_FACTS)
def test_what_the_facts_deny_denied_or_conditional_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


OTHER_DAY = [
    ("strike-threat", "stranded-abroad", "en", "Juha, we've put on extra flights home on Saturday.", "Saturday"),
    ("strike-threat", "strike-on", "en", "The six extra flights are on Friday and Sunday, so ask us about a seat.", "Friday"),
]
"""A weekday other than the facts give for the same thing ('six extra flights on Sunday and
Monday'), though the facts name that day for something else (the strike on Friday and Saturday).
English only: the Finnish facts give these days abbreviated ('su ja ma'), which no rule reads as days."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OTHER_DAY)
def test_another_day_for_the_same_thing_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_OTHER_DAY = [
    ("strike-threat", "stranded-abroad", "en", "Juha, we've put on extra flights on Sunday and Monday to fly people home."),
    ("strike-threat", "family-trip", "en", "If Friday's flight to Las Palmas is cancelled, we'll look for seats on a Saturday flight for you."),
    ("viral-video", "coworker-post", "en", "Aleksi, you're right: two of the four people on Friday evening's shift were off sick."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_OTHER_DAY)
def test_the_facts_day_or_a_planned_day_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


GUESSED_CAUSE = [
    ("empty-promise", "first-angry", "en", "Sorry Tuomas, it seems a power outage knocked the network over.", "power outage"),
    ("empty-promise", "first-angry", "en", "Hi Tuomas, it appears to be the storm over Routavaara.", "storm"),
    pytest.param("empty-promise", "hacker-rumour", "fi", "Ei mikään hyökkäys 🙂 tavallinen sähkökatko Peuralahdessa.", "sähkökatko", marks=voikko),
    ("empty-promise", "hacker-rumour", "en", "No hacker here 🙂 just a power cut over in Peuralahti.", "power cut"),
]
"""A cause against the facts' cause, guessed as good as given ('it looks like a power cut' where
the core router failed after an update), or put in the place of one it dismisses ('not a hack,
just a power cut')."""


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), GUESSED_CAUSE)
def test_a_cause_guessed_or_put_instead_against_the_facts_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


NOT_GUESSED_CAUSE = [
    ("empty-promise", "hacker-rumour", "en", "No, it wasn't a hacker: a core router failed after a software update."),
    pytest.param("empty-promise", "hacker-rumour", "fi", "Ei ollut hyökkäys 🙂 reititin kaatui ohjelmistopäivityksen jälkeen.", marks=voikko),
    ("bank-outage", "first-angry", "en", "We don't know yet whether it looks like anything more than the database fault."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_GUESSED_CAUSE)
def test_the_facts_cause_after_a_dismissed_one_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


def test_an_admission_a_degree_and_a_without_are_no_denials():
    """From the bundled model answers: an estimate we had not confirmed is not a deed we own,
    answering less quickly than we should is a degree, not a denial, and 'without promising'
    asserts no promise."""
    from checkerkit import review

    owned = "Hi Tuomas, you're right: we gave an estimate nobody had confirmed, and that was a mistake."
    assert not review("bank-outage", "eta-callout", owned, "en").has("wrong_fact")
    degree = "This morning we didn't answer our customers as quickly as we should have, and we apologise."
    assert not review("bank-outage", "news-story", degree, "en").has("wrong_fact")
    assert not review("bank-outage", "news-story", "Emme vastanneet asiakkaille tänä aamuna niin nopeasti kuin olisi pitänyt.", "fi").has("wrong_fact")
    without = "I'm posting the extra flights now, without promising everyone a seat."
    assert not review("strike-threat", "strike-on", without, "en", "private").has("wrong_fact")


def test_a_short_word_is_not_a_longer_one_it_begins():
    """'can' begins 'cancelled': 'you can move a Friday flight' asserts no cancelled Friday flight
    (the facts deny that one has been cancelled)."""
    from checkerkit import review

    assert not review("strike-threat", "family-trip", "Hi Hanna, you can already move a Friday flight free of charge.", "en").has("wrong_fact")
    assert review("strike-threat", "family-trip", "Hi Hanna, the Friday flights have been cancelled.", "en").has("wrong_fact")
