"""Blame as grammar (drill/checker/fault.py): each rule with replies that must fire and near
misses that must not, in Finnish and English, on the bundled scenarios."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko

from drill.checker import check_reply
from drill.checker.words import backend
from drill.library import find as find_scenario
from drill.scenario.load import load


def blames(text: str, lang: str, scenario: str = "strike-threat", inject: str = "changed-back", route: str = "public") -> bool:
    return review(scenario, inject, text, lang, route).has("blame")




@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Hei Elina, siirsit lennot omasta päätöksestäsi, joten se on sinun riskisi.",
     "Hei Elina, se ei ole sinun vikasi, vaan meidän virheemme."),
    ("fi", "Tämä oli asiakkaan virhe.", "Päätöksesi katsotaan uudelleen, kun otat yhteyttä chatissa."),
    ("en", "Hi Elina, separate tickets are your own risk.", "Hi Elina, this is not your fault, it's our mistake."),
    ("en", "If her number isn't on the booking, that's on her.", "The coffee is on us next time."),
])
def test_the_fault_said_to_be_the_customers_blames_owning_or_denying_it_does_not(lang, fires, quiet):
    if lang == "fi" and backend("fi") != "voikko":
        pytest.skip("Finnish possessive suffixes are read by Voikko")
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Jos seuraisit tiedotteita, olisit tiennyt asiasta ajoissa.", "Voisitko lähettää meille varausnumerosi yksityisviestillä?"),
    ("Olisitte voineet tarkistaa asian sivuiltamme.", "Et olisi voinut tietää sitä etukäteen, pahoittelemme."),
    ("Olisit tarkistanut ennen kuin kirjoitit.", "Haluaisitko, että soitamme sinulle?"),
])
def test_a_finnish_second_person_conditional_is_a_counterfactual_unless_a_request_question_or_negation(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("You could have checked the timetable first.", "We could have checked it sooner, sorry."),
    ("Passengers really could've read the notice.", "You could have been told sooner, and you should have heard from us."),
])
def test_an_english_counterfactual_with_the_customer_as_subject_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Leena kirjoitti tiedot itse ensin.", "Voit itse poistaa kommenttisi, tai me piilotamme sen."),
    ("en", "Leena posted her mother's address, Kaarnatie 7, and the number here herself.",
     "You can delete the comment yourself, or we'll hide it for you."),
])
def test_the_customer_made_it_public_themselves_blames_in_public_only(lang, fires, quiet):
    if lang == "fi" and backend("fi") != "voikko":
        pytest.skip("Finnish tense is read by Voikko")
    assert blames(fires, lang, "empty-promise", "privacy-callout")
    assert not blames(fires, lang, "empty-promise", "privacy-callout", route="escalate")
    assert not blames(quiet, lang, "empty-promise", "privacy-callout")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Pukekaa lämpimämmin.", "Tarkista tilanne myöhemmin osoitteesta kiitolinja.fi/live."),
    ("en", "With a nut allergy, it's always wise to check the label before buying.", "It's worth knowing the service is back."),
    ("en", "You should check the live map before you leave home instead of waiting.", "You can check the live map at kiitolinja.fi/live."),
])
def test_a_lecture_on_diligence_blames_advice_without_reproach_does_not(lang, fires, quiet):
    if lang == "fi" and backend("fi") != "voikko":
        pytest.skip("Finnish comparatives are read by Voikko")
    assert blames(fires, lang, "fast-good-answer", "cold-coach")
    assert not blames(quiet, lang, "fast-good-answer", "cold-coach")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Korttisi numeroa ei kannata ikinä laittaa julkisesti.", "Korttisi kannattaa sulkea heti numerossa 010 555 2999."),
    ("en", "Our cashier was only short with him after he started shouting.", "Thanks for telling us, we're sorry she was short with you."),
])
def test_a_prohibition_with_never_or_a_provocation_blames(lang, fires, quiet):
    assert blames(fires, lang, "bank-outage", "card-number")
    assert not blames(quiet, lang, "bank-outage", "card-number")


def test_stop_spreading_rumours_is_curt_and_blame():
    """LABELS.md: saying the commenter is spreading rumours is blame; said in two flat sentences it is curt too."""
    review = check_reply(load(find_scenario("bank-outage")).scenario, "cyber-rumour", "public", "That is false. Stop spreading rumours.", "en")
    assert review.has("curt") and review.has("blame")
