"""Commitments by phrasing family, with sentences written for these tests (not taken from the
corpus), each beside a near miss that is no promise.

Guaranteed outcomes: 'this won't happen again', 'ei toistu', 'nobody will be left stranded',
'kaikki pääsevät kotiin', a flight on an open day that 'lähtee normaalisti'. Near misses: the
facts' own 'today's flights fly normally', 'not everyone will fit', and hedged intent ('we hope',
'pyrimme', 'we're trying to … within the hour')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

OUTCOMES = [
    ("viral-video", "video-post", "en", "We're so sorry about tonight, and this won't happen again.", "won't happen again"),
    pytest.param("viral-video", "video-post", "fi", "Anteeksi, tämä ei toistu.", "ei toistu", marks=voikko),
    pytest.param("single-admin", "recall-thanks", "fi", "Kiitos palautteesta, tällaista ei tapahdu enää.", "tapahdu enää", marks=voikko),
    ("strike-threat", "stranded-abroad", "en", "Hang in there – nobody will be left stuck in Spain.", "nobody will be left"),
    pytest.param("strike-threat", "stranded-abroad", "fi", "Kaikki pääsevät kotiin viikonlopun aikana.", "Kaikki pääsevät kotiin", marks=voikko),
    ("strike-threat", "family-trip", "en", "Good news: your Friday flight will fly as normal.", "fly as normal"),
    pytest.param("strike-threat", "family-trip", "fi", "Teidän lento lähtee lauantaina ihan normaalisti.", "normaalisti", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OUTCOMES)
def test_a_guaranteed_outcome_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "promise"))


NOT_OUTCOMES = [
    # the facts' own state of today's flights, in another verb form than the facts use
    pytest.param("strike-threat", "influencer", "fi", "Tänään lennot lentää normaalisti, ja perjantaista päätetään noin klo 7.15.", marks=voikko),
    # the universal denied
    ("strike-threat", "strike-on", "en", "There are extra flights on Sunday and Monday, but not everyone will fit on them."),
    # hedged intent
    ("viral-video", "video-post", "en", "We really hope this won't happen again."),
    pytest.param("viral-video", "video-post", "fi", "Pyrimme siihen, ettei tämä toistu.", marks=voikko),
    ("bank-outage", "eta-callout", "en", "We're trying to get the app working within the hour."),
    ("bank-outage", "eta-callout", "en", "We aim to have the online bank back by noon."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_OUTCOMES)
def test_no_guarantee_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


COMPENSATION = [
    ("empty-promise", "compensation", "en", "As a sorry, all of you in the area get two months free.", "free"),
    ("empty-promise", "compensation", "en", "We'll take the outage days off your next bill.", "off your next bill"),
    ("deleted-comment", "pensioner-worry", "en", "For you we'll waive the increase entirely.", "waive"),
    ("deleted-comment", "pensioner-worry", "en", "Don't worry, we'll make an exception in your case.", "make an exception"),
    ("deleted-comment", "bill-address", "en", "We'll credit the overcharge on your next invoice.", "credit the"),
    ("empty-promise", "compensation", "en", "You'll get this month's fee back, no questions asked.", "fee back"),
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Sinun kohdallasi korotus jätetään perimättä.", "perimättä", marks=voikko),
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Teemme tässä poikkeuksen ja pidämme vanhan hinnan.", "poikkeuksen", marks=voikko),
    pytest.param("empty-promise", "compensation", "fi", "Vähennämme katkopäivät joulukuun laskusta.", "laskusta", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), COMPENSATION)
def test_compensation_nobody_approved_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "promise"))


NOT_COMPENSATION = [
    # the facts' own crediting of salaries, and a credit card
    ("bank-outage", "iban-salary", "en", "Your salary is credited in the background and shows once the app is back."),
    ("bank-outage", "rent-due", "en", "You can pay the rent with a credit card at a branch from 10."),
    # refused, and 'poikkeuksellisesti' (as an exception) of the facts' own opening hours
    ("deleted-comment", "pensioner-worry", "en", "We can't make an exception to the price, but a payment plan is possible."),
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Emme voi tehdä poikkeusta hintaan, mutta maksuajasta voi sopia.", marks=voikko),
    # free as the facts give it
    ("fast-good-answer", "pet-question", "en", "A small pet in a carrier travels free; a bigger dog needs the €5 pet ticket."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_COMPENSATION)
def test_no_compensation_given_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


DEADLINES = [
    ("empty-promise", "first-angry", "en", "Our engineer says it'll be working again in about 40 minutes.", "in about 40 minutes"),
    ("empty-promise", "first-angry", "en", "Nearly there – the connection will be back within minutes.", "within minutes"),
    ("fast-good-answer", "cold-coach", "en", "The driver will have the heaters running in a few minutes.", "in a few minutes"),
    pytest.param("empty-promise", "first-angry", "fi", "Laajakaista toimii taas noin 40 minuutin päästä.", "noin 40 minuutin päästä", marks=voikko),
    pytest.param("empty-promise", "first-angry", "fi", "Vika korjataan muutamassa minuutissa.", "muutamassa minuutissa", marks=voikko),
    pytest.param("bank-outage", "eta-callout", "fi", "Mobiilisovellus toimii taas aamupäivällä.", "aamupäivällä", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), DEADLINES)
def test_a_fix_time_the_facts_do_not_give_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NOT_DEADLINES = [
    # the facts' own queue time, and an update tied to news rather than a clock
    ("bank-outage", "first-angry", "en", "The phone queue is about 30–40 minutes; press 1 and we'll call you back."),
    ("empty-promise", "first-angry", "en", "We'll post here within minutes of hearing from the engineers."),
    # how late a decision comes, not a time we promise
    pytest.param("strike-threat", "false-rumour", "fi", "Lennoista päätetään vasta iltapäivällä.", marks=voikko),
    # advice on when to visit, by the facts' opening time
    pytest.param("bank-outage", "rent-due", "fi", "Konttorit avautuvat klo 10, joten aamupäivällä voit käydä konttorissa.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_DEADLINES)
def test_no_fix_time_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


OUT_OF_HOURS = [
    # answering outside staffed hours (deleted-comment is staffed 8–16), said of oneself
    ("deleted-comment", "price-critic", "en", "Ask away, I'll be on here all night.", "all night"),
    ("deleted-comment", "price-critic", "en", "We'll keep replying through the night until everyone has an answer.", "through the night"),
    pytest.param("deleted-comment", "price-critic", "fi", "Olen linjoilla koko illan, kysy rohkeasti.", "koko illan", marks=voikko),
    pytest.param("deleted-comment", "price-critic", "fi", "Me ollaan täällä koko yön.", "koko yön", marks=voikko),
    pytest.param("deleted-comment", "price-critic", "fi", "Jatkossa vastaamme myös iltaisin.", "iltaisin", marks=voikko),
    # round the clock in other words
    ("deleted-comment", "price-critic", "en", "You can reach us night and day.", "night and day"),
    ("deleted-comment", "price-critic", "en", "We're always here for you.", "always"),
    pytest.param("deleted-comment", "price-critic", "fi", "Meille voi kirjoittaa yötä päivää.", "yötä päivää", marks=voikko),
    pytest.param("deleted-comment", "price-critic", "fi", "Olemme aina tavoitettavissa.", "aina", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), OUT_OF_HOURS)
def test_service_beyond_the_staffed_hours_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


WITHIN_HOURS = [
    # the facts' round-the-clock card line, in other words
    ("bank-outage", "card-number", "en", "The card blocking line on 010 555 2999 answers day and night."),
    # the staffed hours themselves, and a night that has passed
    ("deleted-comment", "price-critic", "en", "We're here on weekdays 8–16, and I'll pick this up first thing tomorrow."),
    pytest.param("deleted-comment", "price-critic", "fi", "Olemme täällä arkisin klo 8–16.", marks=voikko),
    ("deleted-comment", "price-critic", "en", "Sorry nobody answered you here at night."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), WITHIN_HOURS)
def test_service_within_the_hours_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


MONEY_AND_RETURN = [
    # no loss guaranteed, beyond the facts' 'nothing is lost' of salaries
    ("bank-outage", "first-angry", "en", "Relax, you won't lose a penny over this.", "won't lose a penny"),
    pytest.param("bank-outage", "first-angry", "fi", "Kukaan ei menetä rahojaan tämän katkon takia.", "Kukaan ei menetä", marks=voikko),
    # 'palaa' of the service coming back is a fix, not an answer ('palaamme asiaan')
    pytest.param("empty-promise", "first-angry", "fi", "Netti palaa parin tunnin päästä.", "parin tunnin päästä", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), MONEY_AND_RETURN)
def test_no_loss_and_a_return_time_are_promises(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NOT_MONEY_AND_RETURN = [
    # getting back to the customer within the staffed promise (bank-outage: an hour)
    pytest.param("bank-outage", "first-angry", "fi", "Palaamme asiaan tunnin sisällä.", marks=voikko),
    pytest.param("bank-outage", "first-angry", "fi", "Asiantuntijamme palaa sinulle tunnin sisällä.", marks=voikko),
    # the facts' own 'nothing is lost', and a refusal
    ("bank-outage", "first-angry", "en", "Your salary is safe – nothing is lost, it shows once the service is back."),
    ("bank-outage", "first-angry", "en", "We can't promise that nobody will lose anything."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_MONEY_AND_RETURN)
def test_the_facts_and_an_answer_time_are_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


BEFORE_THE_DAY_IS_OUT = [
    # 'vielä tänään' of a refund, where the facts say it only of a call
    pytest.param("viral-video", "refund-request", "fi", "Tilauksesi hinta palautetaan kortillesi vielä tänään.", "vielä tänään", marks=voikko),
    # a payment in a few days, said without a figure
    ("fast-good-answer", "refund-public", "en", "Your refund will be on your card in a couple of days.", "a couple of days"),
    pytest.param(
        "personal-data-complaint", "hanna-resolved", "fi", "Korvaus tulee tilillesi muutaman päivän sisällä.", "muutaman päivän sisällä", marks=voikko
    ),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), BEFORE_THE_DAY_IS_OUT)
def test_a_payment_time_nobody_gave_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


def test_the_facts_own_call_today_is_no_promise():
    found = review("viral-video", "refund-request", "Ravintolapäällikkö soittaa sinulle vielä tänään.", "fi")
    assert spans(found, "promise") == []


ESTIMATES_AND_EXEMPTIONS = [
    # the facts' uncertain estimate said as a latest time
    pytest.param("empty-promise", "first-angry-again", "fi", "Yhteys on korjattu viimeistään klo 22.30.", "viimeistään klo 22.30", marks=voikko),
    # nobody left without, said of a group
    ("personal-data-complaint", "news-story", "en", "No injured rider will be left without compensation.", "No injured rider will be left without"),
    # an exemption nobody approved
    ("deleted-comment", "pensioner-worry", "en", "Pensioners on their own will be exempted from the increase.", "exempted"),
    pytest.param("deleted-comment", "pensioner-worry", "fi", "Yksin asuvat vapautetaan korotuksesta.", "vapautetaan", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), ESTIMATES_AND_EXEMPTIONS)
def test_an_estimate_made_certain_or_an_exemption_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NOT_ESTIMATES_OR_EXEMPTIONS = [
    # the estimate said as the facts say it
    pytest.param("empty-promise", "first-angry-again", "fi", "Arvio on noin klo 21.30–22.30, mutta se ei ole varma.", marks=voikko),
    # an exemption denied
    ("deleted-comment", "pensioner-worry", "en", "Nobody is exempt from the rise, but you can agree a payment plan."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_ESTIMATES_OR_EXEMPTIONS)
def test_the_estimate_as_given_and_a_denied_exemption_are_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


AS_A_RULE = [
    # how we work as a rule, a warning, 'not always': no commitment to this customer
    pytest.param("personal-data-complaint", "pile-on", "fi", "Toimimme aina lain ja vakuutusehtojen mukaan.", marks=voikko),
    ("personal-data-complaint", "news-story", "en", "Our claim decisions always follow the policy terms."),
    ("bank-outage", "card-warning", "en", "A reminder to all: we will never ask for your card number here."),
    pytest.param("bank-outage", "card-warning", "fi", "Emme koskaan kysy kortin numeroa viestillä.", marks=voikko),
    pytest.param("empty-promise", "nine-passed", "fi", "Ei se korjaus aina mene arvion mukaan, pahoittelut.", marks=voikko),
    # 24/7 quoted or denied
    pytest.param("empty-promise", "first-angry", "fi", "Somessa ei ole 24/7-päivystystä, pyhinä vastaamme klo 9–23.", marks=voikko),
    ("empty-promise", "promise-callout", "en", "The “24/7” line on our page was wrong, and it's coming down."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), AS_A_RULE)
def test_always_as_a_rule_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


ALWAYS_FOR_YOU = [
    pytest.param("deleted-comment", "price-critic", "fi", "Vastaamme täällä aina saman päivän aikana.", "aina", marks=voikko),
    ("deleted-comment", "price-critic", "en", "We'll always get back to you within the hour.", "always"),
    ("empty-promise", "promise-callout", "en", "Don't worry, we're here for you 24/7.", "24/7"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), ALWAYS_FOR_YOU)
def test_always_said_to_the_customer_is_still_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


def test_a_delivery_before_the_customers_event_is_a_promise():
    found = review("fast-good-answer", "bag-tweet", "Don't worry, your suitcase will be with you before the interview.", "en")
    assert "before the interview" in spans(found, "promise")


def test_being_with_the_customer_in_spirit_is_no_promise():
    assert spans(review("fast-good-answer", "bag-tweet", "We're with you on this – send us the ticket details by DM.", "en"), "promise") == []


PLEDGES_AND_PRIORITY = [
    # 'I can promise' commits as 'we promise' does ('voin' is also the past of 'voida')
    ("strike-threat", "family-trip", "en", "I can promise you that your flight on Friday is safe.", "promise"),
    pytest.param("strike-threat", "family-trip", "fi", "Voin luvata, että lentonne lähtee.", "Voin luvata", marks=voikko),
    # a place at the head of the repair queue
    ("empty-promise", "safety-phone", "en", "Your mother's connection will be the first thing back on.", "first thing back"),
    pytest.param("empty-promise", "safety-phone", "fi", "Äitisi liittymä korjataan ihan ensimmäisenä.", "ensimmäisenä", marks=voikko),
    # paid on time, where the outcome is open
    pytest.param("bank-outage", "rent-due", "fi", "Vuokrasi lähtee ajallaan, älä huoli.", "ajallaan", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PLEDGES_AND_PRIORITY)
def test_a_pledge_or_a_priority_is_a_promise(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "promise"))


NOT_PLEDGES = [
    pytest.param("strike-threat", "family-trip", "fi", "En voi luvata, että lentonne lähtee.", marks=voikko),
    ("empty-promise", "safety-phone", "en", "I can't promise a repair time, but the network team knows about your mother."),
    pytest.param("empty-promise", "safety-phone", "fi", "Ensimmäisenä: soita hätätilanteessa 112 kännykällä.", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PLEDGES)
def test_a_refused_pledge_or_a_first_step_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


WEEKENDS = [
    # answering at the weekend where the page's hours are weekdays only (deleted-comment: weekdays 8–16)
    ("deleted-comment", "price-critic", "en", "Keep the questions coming, we'll answer them over the weekend as well.", "over the weekend"),
    pytest.param("deleted-comment", "price-critic", "fi", "Jatkossa vastaamme myös viikonloppuisin.", "viikonloppuisin", marks=voikko),
    pytest.param("deleted-comment", "price-critic", "fi", "Vastaan sinulle vielä lauantaina.", "lauantaina", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), WEEKENDS)
def test_answering_at_the_weekend_outside_weekday_hours_is_a_promise(scenario, inject, lang, text, span):
    assert span in spans(review(scenario, inject, text, lang), "promise")


NOT_WEEKENDS = [
    # daily hours cover the weekend (viral-video: every day 9–21); Monday is a weekday; a weekend past
    ("viral-video", "weekend-question", "en", "We'll answer questions at the weekend too, every day 9–21."),
    ("deleted-comment", "price-critic", "en", "We answer on weekdays 8–16, so you'll hear from us on Monday."),
    ("deleted-comment", "price-critic", "en", "Sorry nobody answered you at the weekend."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_WEEKENDS)
def test_answering_within_the_days_given_is_no_promise(scenario, inject, lang, text):
    assert spans(review(scenario, inject, text, lang), "promise") == []


@pytest.mark.parametrize(("text", "lang", "promised"), [
    ("Sure, Katariina, I'll send you and Tommi a draft in a few minutes.", "en", False),
    ("Selvä, lähetän sulle luonnoksen parin minuutin päästä.", "fi", False),
    ("OK, I'll tell the passengers that every flight will be sorted within the hour.", "en", True),
    ("Selvä, sanon matkustajille, että kaikki on kunnossa tunnin sisällä.", "fi", True),
    ("Agreed: no promised times from me, only what we know.", "en", False),
])
def test_a_time_for_the_colleague_is_no_promise_to_the_public(text, lang, promised):
    from checkerkit import review

    assert review("strike-threat", "ceo-pressure", text, lang, "private").has("promise") is promised
