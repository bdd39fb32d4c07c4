"""Round 6's rules for promises and wrong facts, each with sentences written for these tests (not
taken from the corpus), in Finnish and English, with a reply that must fire and one that must
not: assurances of an open outcome, waivers, reply times 'right away', decisions left for later,
repair times the facts do not give; figures in words, times read for the same event, the value
of a slot (the cause, the allergen), weekdays and waits."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

from drill.checker.figures import _events, figures

PROMISES = [
    # an outcome the facts leave open, assured
    ("strike-threat", "family-trip", "fi", "Hei! Perjantain lento Las Palmasiin lähtee ihan aikataulussa, nauttikaa lomasta.", "aikataulussa"),
    ("strike-threat", "family-trip", "en", "Hi! Your Friday flight to Las Palmas leaves on time, enjoy the holiday.", "on time"),
    ("fast-good-answer", "late-coach", "fi", "Kuski kirii viiveen kiinni, joten olet perillä ajoissa.", "ajoissa"),
    # a payment waived that nobody waived
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Teidän ei tarvitse maksaa uutta hintaa, hoidamme asian.", "ei tarvitse maksaa",
                 marks=voikko),
    ("deleted-comment", "pensioner-worry", "en", "You won't have to pay the new price, we'll sort it.", "won't have to pay"),
    # round the clock said in other words
    ("bank-outage", "first-angry", "en", "We'll answer your messages day or night.", "day or night"),
    # a call or an answer at once, in the clause that promises it
    ("bank-outage", "first-angry", "en", "We'll call you right away.", "right away"),
    ("bank-outage", "first-angry", "fi", "Soitamme sinulle heti maksustasi.", "heti"),
    # a repair time no fact gives for a repair (the same digit elsewhere backs nothing)
    ("single-admin", "silence-critic", "en", "The recall notice will be up on our page within 10 minutes.", "within 10 minutes"),
    ("empty-promise", "first-angry", "en", "The fault will be fixed within an hour.", "within an hour"),
    # a promise never to repeat it, a promise by the word, a clock in words
    ("viral-video", "influencer-share", "en", "We will never let a shift run short like that again.", "never let"),
    ("bank-outage", "first-angry", "en", "The app will be working again by ten.", "by ten"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PROMISES)
def test_a_commitment_the_facts_do_not_back_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NO_PROMISES = [
    # how things stand now, not an assurance
    ("strike-threat", "family-trip", "fi", "Lento on toistaiseksi aikataulussa, ja päätös perjantaista tulee aamulla."),
    ("strike-threat", "family-trip", "en", "Your flight is on schedule for now; the decision on Friday comes in the morning."),
    # not a payment waived
    ("empty-promise", "promise-callout", "en", "You don't need to send your fault report again."),
    # a decision left for later neither commits nor backs
    ("empty-promise", "compensation", "en", "Credits are handled under the contract terms after the fault."),
    ("empty-promise", "compensation", "fi", "Hyvitykset käsitellään sopimusehtojen mukaan vian jälkeen."),
    # a forward to a colleague is at once; the call is theirs
    ("viral-video", "journalist-call", "fi", "Välitän kysymyksesi hänelle heti, ja hän soittaa sinulle tänään."),
    # a refund denied earlier in the clause
    ("empty-promise", "compensation", "en", "A short outage isn't grounds for a refund of the whole month."),
    # advice sets no deadline of ours
    pytest.param("bank-outage", "first-angry", "fi", "Laskut kannattaa maksaa pari päivää ennen eräpäivää.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NO_PROMISES)
def test_what_commits_to_nothing_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


WRONG = [
    # Finnish teens and tens in words
    ("deleted-comment", "rumour", "fi", "Johdon palkat nousivat noin viisitoista prosenttia.", "viisitoista prosenttia"),
    # an hour in words with its time of day
    ("bank-outage", "first-angry", "fi", "Konttorit avautuvat jo aamuyhdeksältä.", "aamuyhdeksältä"),
    # one unit without its number
    ("personal-data-complaint", "appeal-question", "fi", "Käräjäoikeuteen asian voi viedä vuoden sisällä päätöksestä.", "vuoden sisällä"),
    ("personal-data-complaint", "appeal-question", "en", "You can take it to court within a year of the decision.", "within a year"),
    # a count as a part of a whole
    ("viral-video", "news-article", "en", "We are reviewing staffing in all 45 of our restaurants.", "45"),
    # a time read against the facts' time for the same event, whatever the other words
    ("bank-outage", "first-angry", "fi", "Verkkopankki kaatui vasta klo 7 aamulla.", "klo 7"),
    ("bank-outage", "first-angry", "en", "The outage began at 7:00 this morning.", "at 7:00"),
    # another value of a slot the facts give, or one they deny
    ("single-admin", "allergic-child", "en", "The biscuits in that batch may contain almonds.", "almonds"),
    ("single-admin", "allergic-child", "fi", "Erässä voi olla maapähkinää.", "maapähkinää"),
    ("bank-outage", "cyber-rumour", "en", "The outage was caused by a cyber attack on our servers.", "cyber attack"),
    ("bank-outage", "cyber-rumour", "fi", "Syy löytyy alihankkijamme järjestelmästä.", "alihankkijamme"),
    # the wrong day, the wrong wait
    ("strike-threat", "stranded-abroad", "en", "We have added extra flights on Tuesday.", "Tuesday"),
    ("viral-video", "fair-witness", "en", "The family waited about 20 minutes, which is still too long.", "20 minutes"),
    ("viral-video", "fair-witness", "fi", "Perhe odotti noin kaksikymmentä minuuttia.", "kaksikymmentä minuuttia"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WRONG)
def test_a_value_the_facts_give_otherwise_is_a_wrong_fact(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "wrong_fact")


RIGHT = [
    ("deleted-comment", "rumour", "fi", "Johdon palkat nousivat noin kolme prosenttia."),
    ("bank-outage", "first-angry", "fi", "Konttorit avautuvat kymmeneltä."),
    ("personal-data-complaint", "appeal-question", "en", "You can take it to court within three years of the decision."),
    ("viral-video", "news-article", "en", "We are reviewing staffing in all 38 of our restaurants."),
    ("bank-outage", "first-angry", "fi", "Verkkopankki kaatui klo 6.12 aamulla."),
    ("bank-outage", "first-angry", "en", "The outage began at 06:12 this morning."),
    ("single-admin", "allergic-child", "en", "The biscuits in that batch may contain hazelnut."),
    # a value named as a rumour, a question or a denial is not asserted
    ("bank-outage", "cyber-rumour", "en", "The rumour of a cyber attack is false: the database failed after maintenance."),
    ("bank-outage", "cyber-rumour", "fi", "Huhu hakkerihyökkäyksestä on perätön."),
    ("strike-threat", "stranded-abroad", "en", "We have added extra flights on Sunday and Monday."),
    ("viral-video", "fair-witness", "en", "The family waited 50 minutes, which is far too long."),
    # a list's 'and', a year: no count
    ("deleted-comment", "bill-address", "en", "Call customer service on a weekday between 8 and 16."),
    ("single-admin", "allergic-child", "en", "Batch L2607, best before 15 Oct 2026 may contain hazelnut."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), RIGHT)
def test_the_value_the_facts_give_or_one_not_asserted_is_no_wrong_fact(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "wrong_fact") == []


@voikko
def test_finnish_teens_and_tens_in_other_cases_are_read_by_their_base_form():
    assert [(kind, value) for kind, value, _, _ in figures("kolmestatoista asiakkaasta")] == [("n:asiak", 13.0)]
    assert [(kind, value) for kind, value, _, _ in figures("noin kolmeakymmentä prosenttia")] == [("percent", 30.0)]
    assert [said[a:b] for said in ["noin kolmeakymmentä prosenttia"] for _, _, a, b in figures(said)] == ["kolmeakymmentä prosenttia"]


@pytest.mark.parametrize(("text", "figure", "events"), [
    ("We are open from 12:00 to 18:00 on Sundays.", "18:00", {"@close"}),
    ("We are open from 12:00 to 18:00 on Sundays.", "12:00", {"@open"}),
    ("Auki sunnuntaisin klo 18 asti.", "18", {"@close"}),
    ("The flight was moved to 18:00.", "18:00", set()),
])
def test_the_end_of_opening_hours_is_when_it_closes_not_when_it_opens(text, figure, events):
    at = text.index(figure)
    assert _events(text, at, at + len(figure)) == events
