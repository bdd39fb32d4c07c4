"""The checker's rules of round 2, each with a reply that should fire and one that should not,
in Finnish and English, on the bundled scenarios whose facts the rule reads."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko

from drill.checker.figures import figures, same
from drill.checker.words import backend, find, tokens


def details(result, check: str) -> set[str]:
    return {f.detail for f in result.findings if f.check == check}


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    pytest.param("fi", "Tuomme laukun hotelliin ennen haastattelua.", "Välitin viestisi hänelle, jotta hän ehtii vastata ennen julkaisua.", marks=voikko),
    ("en", "We'll deliver the bag to your hotel before your interview.", "I've passed it on so that she can call you before your deadline."),
])
def test_an_event_deadline_is_a_promise_where_the_clause_delivers_not_where_it_hands_over(lang, fires, quiet):
    assert "deadline" in details(review("fast-good-answer", "bag-dm", fires, lang), "promise")
    assert not review("fast-good-answer", "bag-dm", quiet, lang).has("promise")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Korotus on täysin lain mukainen.", "Lain mukaan vesimaksuilla katetaan vain vesihuollon kulut."),
    ("en", "The rise is fully in line with the law.", "By law, water charges only cover the cost of water services."),
])
def test_hiding_behind_the_law_is_defensive_stating_it_is_not(lang, fires, quiet):
    assert review("deleted-comment", "rumour", fires, lang).has("defensive")
    assert not review("deleted-comment", "rumour", quiet, lang).has("defensive")


@voikko
def test_a_loan_word_voikko_does_not_know_meets_its_finnished_inflections():
    assert find(tokens("Kirjoita meille suojattuun chattiin.", "fi"), ("suojattu chat",), "fi")
    assert not find(tokens("Kerro meille lisää.", "fi"), ("meiliä",), "fi")


@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "Asiakas julkaisi tietonsa itse, emme ole jakaneet niitä."),
    ("en", "She posted her own details, we haven't shared them."),
])
def test_the_customer_did_it_themselves_blames_in_public_not_in_a_note_to_a_colleague(lang, text):
    assert review("personal-data-complaint", "claim-post", text, lang).has("blame")
    assert not review("personal-data-complaint", "compliance-memo", text, lang, route="private").has("blame")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Olisit tarkistanut ensin hinnaston.", "Olisit ansainnut vastauksen meiltä jo aamulla, pahoittelut."),
    ("en", "You should have checked the price list first.", "You should have heard from us this morning, sorry."),
])
def test_what_the_customer_was_owed_is_our_fault_not_theirs(lang, fires, quiet):
    assert review("deleted-comment", "price-critic", fires, lang).has("blame")
    assert not review("deleted-comment", "price-critic", quiet, lang).has("blame")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Emme kommentoi.", "Kiitos kysymyksestä. Neuvottelut ovat sovittelijalla, joten emme kommentoi niitä täällä, "
                            "mutta kerromme lopputuloksen tällä sivulla."),
    ("en", "We don't comment.", "Thanks for asking. The talks are with the conciliator, so we don't comment on them here, "
                              "but we'll post the outcome on this page."),
])
def test_no_comment_shuts_the_door_unless_said_warmly_with_its_reason(lang, fires, quiet):
    assert review("strike-threat", "crew-support", fires, lang).has("curt")
    assert not review("strike-threat", "crew-support", quiet, lang).has("curt")


@pytest.mark.parametrize(("lang", "bare", "helpful"), [
    ("fi", "Olisit tarkistanut ennen kuin kirjoitit.", "Olisit tarkistanut tiedotteesta: hinta nousee 4,60 eurosta 5,15 euroon kuutiolta."),
    ("en", "You should have checked before posting.", "You should have checked our bulletin: the price goes from €4.60 to €5.15 per m³."),
])
def test_a_rebuke_is_curt_but_one_that_gives_the_facts_is_not(lang, bare, helpful):
    assert {"blame", "curt"} <= review("deleted-comment", "price-critic", bare, lang).checks
    found = review("deleted-comment", "price-critic", helpful, lang).checks
    assert {"blame", "informs"} <= found
    assert "curt" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "Asukasilta on 2.12. klo 18!!! Kerromme siellä lisää hinnoista."),
    ("en", "The residents' evening is on 2 Dec at 18:00!!! We'll explain the prices there."),
])
def test_shouting_alone_is_not_curt(lang, text):
    found = review("deleted-comment", "price-critic", text, lang).checks
    assert "shouting" in found
    assert "curt" not in found


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Kuten jo sanottiin, hinta nousee vuodenvaihteessa, ja rahat menevät putkiverkkoon.",
           "Hei! Hinta nousee vuodenvaihteessa, kuten tiedotteessa kerroimme, ja rahat menevät putkiverkkoon."),
    ("en", "As we said, the price goes up at the turn of the year and the money goes into the pipes.",
           "Hi! The price goes up at the turn of the year, as our bulletin explained, and the money goes into the pipes."),
])
def test_as_already_said_is_curt_in_both_languages(lang, fires, quiet):
    assert review("deleted-comment", "price-critic", fires, lang).has("curt")
    assert not review("deleted-comment", "price-critic", quiet, lang).has("curt")


@pytest.mark.parametrize(("lang", "wrong", "right"), [
    ("fi", "Klo 19 alkaen vuorossa on kuusi ihmistä.", "Vuorosta puuttui kaksi ihmistä, eikä sijaisia saatu."),
    ("en", "From 19:00 there are six people on shift.", "Two people were missing from the shift and no cover was found."),
])
def test_a_count_contradicts_only_a_count_of_the_same_thing(lang, wrong, right):
    assert review("viral-video", "mocking-reply", wrong, lang).has("wrong_fact")
    assert not review("viral-video", "mocking-reply", right, lang).has("wrong_fact")


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("fi", "Mari: kuvakaappausta jakaa Sanna Virta (8 400 seuraajaa), ketju kasvaa. Tarvitaan lausunto.",
           "Mari: kuvakaappausta jakaa Sanna Virta (9 000 seuraajaa), ketju kasvaa. Tarvitaan lausunto."),
    ("en", "Mari: Sanna Virta (8,400 followers) is sharing the screenshot, the thread is growing. Need a statement.",
           "Mari: Sanna Virta (9,000 followers) is sharing the screenshot, the thread is growing. Need a statement."),
])
def test_a_personas_followers_are_a_true_figure(lang, right, wrong):
    assert "wrong_fact" not in review("deleted-comment", "news-article", right, lang, route="escalate").checks
    assert review("deleted-comment", "news-article", wrong, lang, route="escalate").has("wrong_fact")


@pytest.mark.parametrize(("lang", "stamped", "wrong"), [
    ("fi", "Päivitys klo 19.05: asukasilta on 2.12. klo 18.", "Asukasilta on 2.12. klo 19."),
    ("en", "Update 19:05: the residents' evening is on 2 Dec at 18:00.", "The residents' evening is on 2 Dec at 19:00."),
])
def test_the_time_heading_an_update_is_when_it_was_written(lang, stamped, wrong):
    found = review("deleted-comment", None, stamped, lang, route="status").checks  # type: ignore[arg-type]
    assert "informs" in found
    assert not found & {"wrong_fact", "promise"}
    assert review("deleted-comment", None, wrong, lang, route="status").has("wrong_fact")  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "wrong", "right"), [
    ("fi", "Hei Aune, konttorit aukeavat klo 9, joten voit käydä maksamassa siellä.", "Hei Aune, konttorit aukeavat klo 10."),
    ("en", "Hi Aune, the branches open at 9, so you can pay there.", "Hi Aune, the branches open at 10:00."),
])
def test_a_time_the_facts_give_otherwise_is_a_wrong_fact_not_a_promise(lang, wrong, right):
    found = review("bank-outage", "rent-due", wrong, lang).checks
    assert "wrong_fact" in found
    assert "promise" not in found
    assert "informs" in review("bank-outage", "rent-due", right, lang).checks


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Korjaamme vian heti.", "Palkka näkyy tililläsi heti kun palvelu palaa."),
    ("en", "We'll fix it right away.", "Your salary will be back on your account right away when the service returns."),
])
def test_at_once_as_soon_as_something_happens_is_a_condition_not_a_promise(lang, fires, quiet):
    assert "absolute" in details(review("bank-outage", "first-angry", fires, lang), "promise")
    assert "absolute" not in details(review("bank-outage", "first-angry", quiet, lang), "promise")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Vika korjataan tunnin sisällä.", "Vikaa korjataan, ja seuraava tilannepäivitys tulee sivulle tunnin sisällä."),
    ("en", "The fault will be fixed within the hour.", "The fault is being worked on, and the next update will be on our page within the hour."),
])
def test_a_repair_time_is_not_backed_by_an_update_or_reply_time(lang, fires, quiet):
    assert review("empty-promise", "first-angry", fires, lang).has("promise")
    assert not review("empty-promise", "first-angry", quiet, lang).has("promise")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Varaa hotelli, korvataan kaikki kulut.", "Kohtuulliset hotellikulut arvioidaan tapauskohtaisesti."),
    ("en", "Book a hotel, we'll cover all costs.", "Reasonable hotel costs are assessed case by case."),
])
def test_all_costs_is_an_absolute(lang, fires, quiet):
    assert "absolute" in details(review("strike-threat", "stranded-abroad", fires, lang), "promise")
    assert not review("strike-threat", "stranded-abroad", quiet, lang).has("promise")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Jokainen matkustaja saa 400 euroa, se on varma.", "Saako jokainen 400 euroa? Sitä arvioidaan tapauskohtaisesti."),
    ("en", "We reply within 10 minutes.", "We reply within two hours."),
])
def test_present_tense_commitments(lang, fires, quiet):
    scenario, inject = ("strike-threat", "compensation-q") if lang == "fi" else ("deleted-comment", "price-critic")
    assert review(scenario, inject, fires, lang).has("promise")
    assert not review(scenario, inject, quiet, lang).has("promise")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Päivitys: Hanna Virtasen perhe pääsee sunnuntain lennolle.", "Hei Hanna, uudet lennot näkyvät Omat varaukset -sivulla."),
    ("en", "Update: Hanna Virtanen's family is on Sunday's flight.", "Hi Hanna, the new flights are in My bookings."),
])
def test_any_customers_surname_in_public_is_personal_data(lang, fires, quiet):
    assert "name" in details(review("strike-threat", "angry-cancelled", fires, lang, route="status"), "personal_data")
    assert not review("strike-threat", "angry-cancelled", quiet, lang).has("personal_data")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Toivottavasti lapsesi pähkinäallergia on nyt hallinnassa.", "Erä L2607 voi sisältää hasselpähkinää, pähkinäallergisten kannattaa tarkistaa erä."),
    ("fi", "Hannan aiempi rannemurtuma on syy päätökseen.", "Hei Hanna, murtumat korvataan normaalisti."),
    ("en", "Hanna's earlier injury is why the claim was rejected.", "Hi Hanna, cycling injuries are covered as normal."),
])
def test_a_health_detail_said_of_a_customer_also_in_a_compound_or_by_their_name(lang, fires, quiet):
    scenario, inject = ("single-admin", "allergic-child") if "pähkinä" in fires else ("personal-data-complaint", "claim-post")
    assert "private_detail" in details(review(scenario, inject, fires, lang), "personal_data")
    assert not review(scenario, inject, quiet, lang).has("personal_data")


def test_times_in_words_are_read_on_a_twelve_hour_dial():
    values = [value for kind, value, _, _ in figures("Arvio kahdeksalta, kommentti puoli kymmeneen mennessä, before half past nine")
              if kind == "clock"]
    assert [v[:2] for v in values] == [(8, 0), (9, 30), (9, 30)]
    assert same(values[0], (20, 0))
    assert not same((8, 0), (20, 0))


def test_a_fraction_or_part_of_a_phone_number_is_no_count():
    assert not [k for k, *_ in figures("iltavuorosta 2/4 sairaana") if k.startswith("n:")]
    assert not [k for k, *_ in figures("call you on 040 718 2290 about it") if k.startswith("n:")]


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("fi", "Tuomas: Hervannan videolla on yli 100 000 katselukertaa, toimittaja soitti. Tarvitaan linja medialle.",
           "Tuomas: Hervannan videolla on yli 500 000 katselukertaa, toimittaja soitti. Tarvitaan linja medialle."),
    ("en", "Tuomas: the Hervanta video has over 100,000 views, a reporter called. Need a line for the media.",
           "Tuomas: the Hervanta video has over 500,000 views, a reporter called. Need a line for the media."),
])
def test_a_note_to_comms_may_relay_what_any_item_said(lang, right, wrong):
    assert "wrong_fact" not in review("viral-video", "journalist-call", right, lang, route="escalate").checks
    assert review("viral-video", "journalist-call", wrong, lang, route="escalate").has("wrong_fact")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Valittaminen on turhaa, turha valittaa meille enää tästä asiasta täällä.",
           "Hei Kaisa, emme ole missään sanoneet, että on turha valittaa, ja pahoittelemme aiempaa vastausta."),
    ("en", "Complaining here is pointless, nothing we can do about the price now.",
           "Hi Kaisa, we never said that there's nothing we can do, and we're sorry about the earlier reply."),
])
def test_a_curt_phrase_quoted_or_reported_is_not_ours(lang, fires, quiet):
    assert review("deleted-comment", "neighbour-pile-on", fires, lang).has("curt")
    assert not review("deleted-comment", "neighbour-pile-on", quiet, lang).has("curt")


@pytest.mark.parametrize(("lang", "text", "other"), [
    ("fi", "Korttien sulku palvelee numerossa 010 555 2999, ja tiedotteet ovat osoitteessa kielopankki.fi/hairio.",
           "Korttien sulku palvelee numerossa 010 555 2998, ja tiedotteet ovat osoitteessa pankki.fi/tiedote."),
    ("en", "Card blocking is on 010 555 2999, and notices are at kielopankki.fi/hairio.",
           "Card blocking is on 010 555 2998, and notices are at pankki.fi/notice."),
])
def test_the_organisations_own_numbers_and_addresses_inform(lang, text, other):
    assert "informs" in review("bank-outage", "card-number", text, lang).checks
    assert "informs" not in review("bank-outage", "card-number", other, lang).checks


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Kerroin hänelle, että jäädytämme hänen hintansa vuodeksi.", "Kerroin hänelle, että hinta nousee vuodenvaihteessa."),
    ("en", "I told her we'll freeze her price for a year.", "I told her the price goes up at the turn of the year."),
])
def test_a_price_freeze_is_compensation(lang, fires, quiet):
    assert "compensation" in details(review("deleted-comment", "manager-delete", fires, lang, route="private"), "promise")
    assert not review("deleted-comment", "manager-delete", quiet, lang, route="private").has("promise")


@pytest.mark.parametrize(("lang", "wrong", "right"), [
    ("fi", "Hei Arto, pahoittelut! Saat koko lipun hinnan takaisin palautelomakkeella.",
           "Hei Arto, pahoittelut! Saat 30 % lipun hinnasta takaisin palautelomakkeella."),
    ("en", "Hi Arto, sorry the heating failed, you'll get the full fare back through the feedback form.",
           "Hi Arto, sorry the heating failed, you'll get 30 % of the fare back through the feedback form."),
])
def test_the_whole_price_is_a_hundred_percent(lang, wrong, right):
    assert review("fast-good-answer", "cold-coach", wrong, lang).has("wrong_fact")
    found = review("fast-good-answer", "cold-coach", right, lang).checks
    assert "informs" in found
    assert "wrong_fact" not in found


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Pekka, laita yksärillä.", "Pekka, laita yksärillä niin katsotaan."),
    ("en", "Pekka, send a DM.", "Pekka, send a DM and we'll look."),
])
def test_a_one_liner_that_offers_help_is_not_curt(lang, fires, quiet):
    assert review("empty-promise", "compensation", fires, lang, route="redirect").has("curt")
    assert not review("empty-promise", "compensation", quiet, lang, route="redirect").has("curt")


@pytest.mark.parametrize(("lang", "wrong", "right"), [
    ("fi", "Hei Tuomas, vain muutama sata taloutta on ilman yhteyttä.", "Hei Tuomas, noin 17 000 taloutta on ilman yhteyttä."),
    ("en", "Hi Tuomas, only a few hundred households are without a connection.", "Hi Tuomas, about 17,000 households are without a connection."),
])
def test_a_count_in_words_is_a_count(lang, wrong, right):
    assert review("empty-promise", "first-angry", wrong, lang).has("wrong_fact")
    found = review("empty-promise", "first-angry", right, lang).checks
    assert "informs" in found
    assert "wrong_fact" not in found


@pytest.mark.parametrize(("lang", "wrong", "right"), [
    ("fi", "Hei Heidi, Hervanta on auki la–su 12–20.", "Hei Heidi, Hervanta on auki la–su klo 10–22."),
    ("en", "Hi Heidi, Hervanta is open Sat–Sun 12–20.", "Hi Heidi, Hervanta is open Sat–Sun 10–22."),
])
def test_opening_hours_are_read_against_the_facts(lang, wrong, right):
    assert review("viral-video", "weekend-question", wrong, lang).has("wrong_fact")
    found = review("viral-video", "weekend-question", right, lang).checks
    assert "informs" in found
    assert "wrong_fact" not in found


def test_a_gap_in_a_phrase_meets_a_few_words_between_and_no_more():
    assert find(tokens("Lue päivitykset tarkemmin.", "fi"), ("lue … tarkemmin",), "fi")
    assert find(tokens("Lue tarkemmin.", "fi"), ("lue … tarkemmin",), "fi")
    assert not find(tokens("Lue ne kaikki päivitykset nyt tarkemmin.", "fi"), ("lue … tarkemmin",), "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Ari, emme luvanneet mitään yhdeksäksi. Lue päivitykset tarkemmin.", "Ari, päivitykset ovat tällä sivulla, luemme kaikki kysymykset."),
    ("fi", "Kannattaa lukea vakuutusehdot ennen kuin ostaa vakuutuksen.", "Vakuutusehdot löytyvät sivultamme, kysy rohkeasti."),
    ("en", "Posting your card number here wasn't a great idea.", "Thanks for telling us, we've hidden the post with your card number."),
    ("en", "Jari posted his own card number, that's hardly our fault.", "Jari's card number was in a post we have now hidden."),
])
def test_lecturing_the_customer_blames_them(lang, fires, quiet):
    assert review("bank-outage", "card-number", fires, lang).has("blame")
    assert not review("bank-outage", "card-number", quiet, lang).has("blame")


def test_a_thumb_does_not_warm_a_one_word_brush_off():
    assert review("deleted-comment", "price-critic", "ok 👍", "en").has("curt")
    assert not review("deleted-comment", "price-critic", "Thanks Kaisa, we'll answer with the figures in a moment 🙂", "en").has("curt")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Hei Tuomas, pahoittelut! Vika korjataan, ja verkkopankki on taas käytössä viimeistään klo 9.",
     "Hei Tuomas, pahoittelut! Vika korjataan, emmekä vielä tiedä milloin verkkopankki on taas käytössä."),
    ("en", "Hi Tuomas, sorry! The fix is under way and the online bank will be back by 9 am at the latest.",
     "Hi Tuomas, sorry! The fix is under way; we don't know yet when the online bank will be back."),
])
def test_at_the_latest_is_a_deadline_promised_not_a_wrong_fact(lang, fires, quiet):
    found = review("bank-outage", "first-angry", fires, lang)
    assert "deadline" in details(found, "promise") and not found.has("wrong_fact")
    assert not review("bank-outage", "first-angry", quiet, lang).has("promise")


@pytest.mark.parametrize(("lang", "stamp", "claim"), [
    ("fi", "Jussi – punainen puhelin. Tilanne klo 07.05: verkkopankki on ollut alhaalla klo 6.12 alkaen.",
     "Verkkopankki on ollut alhaalla klo 7.05 alkaen."),
    ("en", "Jussi – red phone. Situation at 07:05: the online bank has been down since 06:12.",
     "The online bank has been down since 07:05."),
])
def test_the_time_a_note_is_written_is_no_wrong_fact_a_time_in_a_claim_is(lang, stamp, claim):
    assert not review("bank-outage", "it-incident", stamp, lang, route="escalate").has("wrong_fact")
    assert review("bank-outage", "it-incident", claim, lang, route="escalate").has("wrong_fact")


def test_a_code_the_facts_give_as_unaffected_said_to_be_unaffected_is_right():
    text = "Batch L2607 may contain hazelnut. Other batches, such as L2604 and L2611, aren't affected."
    assert not review("single-admin", "hoax-doubt", text, "en").has("wrong_fact")
    assert review("single-admin", "hoax-doubt", "Batch L2611 is recalled too.", "en").has("wrong_fact")


@pytest.mark.parametrize(("lang", "wrong", "right", "elsewhere"), [
    ("fi", "Hei Jari, tietyön takia vuorot ovat noin tunnin myöhässä.", "Hei Jari, tietyö hidastaa vuoroja 15–30 minuuttia.",
     "Hei Jari, jonotusaika puhelimessa on 45 minuuttia."),
    ("en", "Hi Jari, the coach is only 5 minutes behind.", "Hi Jari, the coach is about 20 minutes late because of the roadworks.",
     "Hi Jari, the phone queue is 45 minutes right now."),
])
def test_a_delay_in_minutes_or_hours_is_read_against_the_delay_the_facts_give(lang, wrong, right, elsewhere):
    assert review("fast-good-answer", "late-coach", wrong, lang).has("wrong_fact")
    found = review("fast-good-answer", "late-coach", right, lang)
    assert found.has("informs") and not found.has("wrong_fact")
    assert "delay" not in {kind for kind, *_ in figures(elsewhere)}  # minutes in a queue are no delay


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Hei Jani, jos lentosi perutaan, saat 400 euron EU-korvauksen.", "Hei Jani, lakko on ylivoimainen este, joten EU-korvauksia ei makseta."),
    ("en", "Hi Jani, if your flight is cancelled we'll pay you a full EU-compensation of 400 euros.",
     "Hi Jani, you booked a non-refundable ticket with another airline, so check its terms."),
])
def test_compensation_inside_a_hyphenated_compound_is_met_unless_denied_or_negated_by_its_head(lang, fires, quiet):
    assert "compensation" in details(review("strike-threat", "compensation-q", fires, lang), "promise")
    assert "compensation" not in details(review("strike-threat", "compensation-q", quiet, lang), "promise")


def test_a_hyphenated_compound_has_its_head_without_the_hyphen():
    from drill.checker.words import forms

    if backend("fi") != "voikko":
        pytest.skip("compound heads are Voikko's")
    assert "korvaus" in forms("EU-korvauksen", "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Somessa vastataan sitten, kun ehditään.", "Laita meille yksityisviesti, koska tilaustiedot eivät kuulu tänne julkisesti."),
    ("en", "Nonsense, Markku. Please don't spread rumours here.", "Please send us a private message, because there's nothing we can do with your order details in public."),
])
def test_a_brush_off_is_curt_a_reason_to_move_the_case_is_not(lang, fires, quiet):
    assert review("empty-promise", "promise-callout", fires, lang).has("curt")
    assert not review("empty-promise", "promise-callout", quiet, lang).has("curt")
