"""Blame without words of fault (drill/checker/accuse.py) and the new shapes of a lecture
(fault._for_next_time): each rule with sentences that must blame and polite, correct replies
of the same shape that must not. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review as kit_review
from checkerkit import voikko


def review(text: str, lang: str, scenario: str = "fast-good-answer", inject: str = "cold-coach", route: str = "public"):
    return kit_review(scenario, inject, text, lang, route)


def blames(text: str, lang: str) -> bool:
    return review(text, lang).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("I think you've misread the timetable on the stop.", "You were given the wrong departure time by our driver, sorry."),
    ("You're spreading unverified stories about the heating.", "You're right that the heating was off, and you're not wrong to ask."),
    ("You must have mixed it up with another route.", "Sorry if you misunderstood our last post, it was unclear."),
    ("You're scaring people for no reason with that post.", "You may have seen rumours that the route is cancelled; it is not."),
])
def test_english_you_as_the_agent_of_an_error_blames_not_as_its_victim_nor_negated_nor_conditional(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Taidat muistaa aikataulun väärin.", "Sinulle kerrottiin aikataulu väärin, pahoittelemme."),
    ("Levität huhuja lämmityksestä ihan turhaan.", "Et ole ymmärtänyt väärin, tieto oli meidän virheemme."),
    ("Kuulit kuljettajan ohjeen väärin.", "Olet ehkä nähnyt huhuja vuoron perumisesta, mutta se ajetaan normaalisti."),
])
def test_a_finnish_second_person_verb_with_an_error_in_its_clause_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("If you'd waited inside the station, you wouldn't have been so cold.", "If you'd like, we can check the coach's heating log for you."),
    ("You'd have seen the change if you'd opened the app.", "If we had warned you earlier, you would have had time to plan."),
    ("Anyone who checked the live map would have seen the delay.", "If you had any trouble with the app, it would have been our fault."),
])
def test_an_english_past_counterfactual_on_the_customers_omission_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
def test_a_finnish_passive_counterfactual_blames_unless_we_are_in_it():
    assert blames("Jos aikataulu olisi tarkistettu illalla, tätä ei olisi käynyt.", "fi")
    assert not blames("Jos olisimme huomanneet vian illalla, tätä ei olisi käynyt.", "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Standing at the stop for an hour wasn't really wise in this weather.", "Waiting an hour in the cold isn't acceptable, and we're sorry."),
    ("Tagging the whole town in it doesn't get the coach there any faster.", "Checking the live map helps you see where the coach is."),
    ("Sharing the post again won't make the coach come sooner.", "Restarting the app doesn't help, sorry: the fault is in our live map."),
    ("Honestly that was careless.", "It was careless of us not to post an update."),
])
def test_the_customers_act_judged_blames_ours_or_a_neutral_tip_does_not(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Et olisi saanut jättää lippua kotiin, se oli huolimatonta.", "Ette olisi saaneet joutua odottamaan kylmässä, pahoittelemme."),
    ("Hyväksymäsi matkaehdot eivät lupaa korvausta myöhästymisistä.", "Hyväksymäsi hyvitys maksetaan tilillesi huomenna."),
])
def test_a_finnish_prohibition_carelessness_or_the_customers_own_acceptance_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Next time it's worth taking the earlier coach.", "Next time you travel, the heating will have been serviced."),
    ("en", "You should call the line instead of tweeting about it.", "We should have called you instead of posting, sorry."),
    ("en", "Next time you really should book the earlier coach.", "Next time you travel, the coach should be warm again."),
    pytest.param("fi", "Kannattaa jatkossa ottaa aikaisempi vuoro, niin ei tule kiire.", "Jatkossa tiedotteet tulevat sivulle heti, lupaamme sen.", marks=voikko),
    pytest.param("fi", "Kannattaa soittaa linjalle eikä kirjoittaa tänne.", "Ei kannata huolestua, eikä sinun tarvitse tehdä mitään.", marks=voikko),
])
def test_advice_for_next_time_or_instead_of_what_was_done_blames_whatever_the_verb(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Had you checked the app, you'd have seen the new time.", "Had we posted sooner, you would have known in time, sorry."),
    ("We posted it on Friday, which you would have seen if you followed our page.",
     "If we had told you on Monday, you would have seen the change in time."),
    ("Going forward, we'd recommend checking the app before heading to the airport.", "We recommend keeping your booking code handy when you call."),
    ("The notice went up on Monday, so this shouldn't have come as a surprise.", "The strike news came as a surprise to us too, sorry."),
])
def test_an_inverted_or_relative_counterfactual_a_recommendation_for_next_time_or_no_surprise_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Ehdoissa, jotka hyväksyit varatessasi, tämä kerrotaan.", "Hyväksyit hyvityksen eilen, ja se maksetaan huomenna."),
    ("Seuraavalla kerralla kannattaa varata aikaisempi lento.", "Seuraavalla kerralla lento lähtee taas normaalisti."),
    ("Jatkossa suosittelemme lukemaan ehdot huolella.", "Suosittelemme pitämään varaustunnuksen käsillä, kun soitat."),
])
def test_the_customers_own_acceptance_or_advice_for_next_time_blames_in_finnish(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@voikko
@pytest.mark.parametrize("text", [
    "Jos ehdot olisi luettu, tältä nainen olisi välttynyt.",
    "Jos ohjeet olisi luettu, se nainen ei olisi joutunut jonoon.",
])
def test_a_noun_voikko_also_reads_as_a_first_person_potential_is_not_us(text):
    """'nainen' is also 'naida' in the potential mood, first person: no one of ours is in these sentences."""
    assert kit_review("viral-video", "first-video", text, "fi").has("blame")


@voikko
def test_told_already_of_someone_else_is_a_report_not_blame():
    """'Vastasin hänelle jo': what was told to a third person blames the reader of nothing (accuse.to_another,
    shared with curt's reading of 'told already')."""
    assert not kit_review("fast-good-answer", "cold-coach", "Vastasin hänelle jo aamulla ja ohjasin hänet palautelomakkeelle.", "fi").has("blame")
    assert kit_review("fast-good-answer", "cold-coach", "Vastasin sulle jo aamulla ja ohjasin sut palautelomakkeelle.", "fi").has("blame")
