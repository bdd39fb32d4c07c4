"""Acknowledging the person's situation, and the words that look like it and are not:
reassurance waves the feeling away ('don't worry', 'älä huoli'), 'when we know' speaks of us,
'any inconvenience' is stock, 'huolimatta' is 'despite', and what they should have understood or understood
wrong is a reproach (a cold reply that says it is curt). Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review


def acknowledges(text: str, lang: str) -> bool:
    return review("bank-outage", "first-angry", text, lang).has("acknowledges")


@pytest.mark.parametrize(("text", "lang"), [
    ("Tuomas, I understand how stressful a payday without the online bank is.", "en"),
    ("We know this is a terrible morning for it, Tuomas.", "en"),
    ("Tuomas, your worry about the rent is completely fair.", "en"),
    ("Tuomas, ymmärrän hyvin, että tämä harmittaa palkkapäivänä.", "fi"),
    ("Huolesi on aiheellinen, Tuomas.", "fi"),
])
def test_the_persons_situation_recognised_acknowledges(text, lang):
    assert acknowledges(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Don't worry Tuomas, the online bank is being fixed.", "en"),
    ("No worries, Tuomas, the fix is under way.", "en"),
    ("Tuomas, we'll post an update here as soon as we know more.", "en"),
    ("We apologise for any inconvenience, Tuomas.", "en"),
    ("Älä huoli Tuomas, vikaa korjataan parhaillaan.", "fi"),
    ("Tuomas, kortit toimivat katkosta huolimatta normaalisti.", "fi"),
])
def test_reassurance_our_knowing_and_stock_words_do_not(text, lang):
    assert not acknowledges(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Palvelukatko oli tiedotteessa jo aamulla, ja sen olisi kyllä pitänyt ymmärtää. Odota rauhassa korjausta.", "fi"),
    ("Emme ole luvanneet korjausaikaa, olet ymmärtänyt tiedotteen väärin. Katso sivu.", "fi"),
    ("You should understand that the notice gave no repair time. Wait.", "en"),
    ("Nobody promised a time, and grown-ups ought to understand an estimate. Keep waiting.", "en"),
])
def test_what_they_should_have_understood_is_a_reproach_and_a_cold_one_curt(text, lang):
    result = review("bank-outage", "first-angry", text, lang)
    assert not result.has("acknowledges")
    assert result.has("curt")


@pytest.mark.parametrize(("text", "lang"), [
    ("Ymmärrän hyvin, että tämä harmittaa, Tuomas: verkkopankki on ollut poissa käytöstä klo 6.12 lähtien.", "fi"),
    ("I understand why you're upset, Tuomas: the online bank has been down since 06:12.", "en"),
])
def test_understanding_the_person_still_acknowledges(text, lang):
    result = review("bank-outage", "first-angry", text, lang)
    assert result.has("acknowledges") and not result.has("curt")


@pytest.mark.parametrize(("text", "lang"), [
    ("Oh no, Tuomas, on payday of all days.", "en"),
    ("Tuomas, a locked account on rent day is the last thing you need.", "en"),
    ("I hear you, Tuomas, and the branches open at ten.", "en"),
    ("Fair enough, Tuomas, the wait has been far too long.", "en"),
    ("That must have been a scary morning for you, Tuomas.", "en"),
    ("Voi ei, Tuomas, vielä palkkapäivänä.", "fi"),
    ("Tuomas, olet täysin oikeassa, tiedote tuli liian myöhään.", "fi"),
    ("Tosi harmi, Tuomas, että katko osui juuri tähän aamuun.", "fi"),
    ("Kritiikkisi on aiheellista, Tuomas.", "fi"),
])
def test_a_feeling_or_a_fair_point_said_in_other_words_acknowledges(text, lang):
    assert acknowledges(text, lang)


@pytest.mark.parametrize("text", [
    "Tuomas, you must be mixing us up with another bank.",
    "You must be mistaken, Tuomas, the branches are open.",
])
def test_must_be_mistaken_is_a_reproach_not_an_acknowledgement(text):
    assert not acknowledges(text, "en")
    assert acknowledges("Tuomas, that must be so stressful on payday.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Tuomas, you're absolutely right, the notice came far too late.", "en"),
    ("You deserved a proper answer this morning, Tuomas.", "en"),
    ("What a mess of a payday, Tuomas, and the app still down.", "en"),
    ("Rent day and no online bank is the worst possible combination, Tuomas.", "en"),
    ("Waiting all morning with no word was not ok, Tuomas.", "en"),
    ("Tuomas, it makes total sense that you checked twice.", "en"),
    ("I get that you need the rent paid today, Tuomas.", "en"),
    ("We messed up the notice this morning, Tuomas.", "en"),
    ("Oot ihan oikeessa Tuomas, tiedote tuli myöhään.", "fi"),
    ("Tuomas, ansaitsit paremman vastauksen jo aamulla.", "fi"),
    ("Tiedän et vuokra pitää maksaa tänään, Tuomas.", "fi"),
    ("Tuomas, tää ei ollu ok, tiedote olis pitäny tulla heti.", "fi"),
    ("Tiedotteen viivästys on meidän vastuulla, Tuomas.", "fi"),
])
def test_being_right_deserving_better_and_the_bad_day_said_plainly_acknowledge(text, lang):
    assert acknowledges(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Tuomas, that is not our fault: the outage is at our IT provider.", "en"),
    ("Tuomas, the coffee at the branch is on us today.", "en"),
    ("Tuomas, the right form is on our page.", "en"),
    ("Tuomas, oikea lomake löytyy sivultamme.", "fi"),
    ("Tuomas, kortti toimii, jos tunnusluku on oikea.", "fi"),
])
def test_our_fault_denied_a_treat_on_us_and_the_right_form_do_not(text, lang):
    assert not acknowledges(text, lang)
