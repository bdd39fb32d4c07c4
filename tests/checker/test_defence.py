"""Defensive as the organisation clearing itself (drill/checker/defence.py): each rule with a
reply that must read as defensive and a polite, correct one of the same shape that must not.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def defensive(text: str, lang: str) -> bool:
    return review("fast-good-answer", "cold-coach", text, lang).has("defensive")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Hi Arto, we never promised a heated waiting room at that stop.", "Hi Arto, we haven't fixed the heater yet, and we're sorry."),
    ("en", "Nobody at the depot told you the coach was cancelled.", "Nobody should travel three hours in the cold; sorry, Arto."),
    ("fi", "Hei Arto, emme ole koskaan luvanneet lämmitettyä odotustilaa.", "Hei Arto, emme ole vielä saaneet lämmitintä korjattua, pahoittelut."),
    ("fi", "Kukaan meistä ei sanonut, että vuoro peruttiin.", "Kukaan ei ansaitse kylmää matkaa, pahoittelemme."),
])
def test_a_denial_of_an_act_we_are_accused_of_is_defensive_a_service_not_yet_done_is_not(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "For the record, the heater was serviced on Monday.", "The heater was serviced on Monday, and we'll check it again today."),
    ("en", "The cold start is down to the frost, not anything we did.", "The cold start was our fault, and we're sorry."),
    ("fi", "Kylmyys johtui pakkasesta eikä meistä.", "Kylmyys johtui meidän lämmitinvikastamme, pahoittelemme."),
])
def test_setting_the_customer_straight_or_placing_the_cause_elsewhere_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Our heated coaches are among the most comfortable in the industry.", "Our heated coaches are checked every morning, and this one failed: sorry."),
    ("en", "The strike at the depot was the union's decision, not ours.", "The heater fault was ours, not the driver's, and we're sorry."),
    ("en", "We only did what the driver's manual says.", "We only found the fault this morning, sorry it took so long."),
    ("en", "There was nothing wrong with the driver's answer.", "Something was wrong with the heater, and we're fixing it."),
    ("fi", "Bussiemme lämmitys on alan parhaita.", "Bussiemme lämmitys tarkistetaan joka aamu, ja tämä vika jäi huomaamatta."),
    ("fi", "Kuljettaja tarkoitti vain, että ovet pitää sulkea.", "Kuljettajan olisi pitänyt auttaa sinua, pahoittelemme."),
    ("fi", "Ei siinä mitään pahaa ollut, kuljettaja vain kertoi säännöt.", "Siinä meni pahasti pieleen, ja pahoittelemme kylmää matkaa."),
])
def test_boasting_making_ours_small_or_saying_nothing_was_wrong_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Arto, the heater failing on a frosty morning is hardly our fault.", "Arto, the heater failing was our fault, and we're sorry."),
    ("en", "Timetables are set by the regional authority, not by us.", "Timetables are set by the regional authority; we'll pass your point on."),
    ("fi", "Arto, ei tämä ole meidän vika, pakkanen oli kova.", "Arto, tämä on meidän vikamme, pahoittelemme."),
])
def test_our_fault_denied_in_other_words_is_defensive_owned_is_not(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "The passenger shared the photo of his ticket himself.", "The photo of the ticket is hidden now to protect the passenger."),
    ("fi", "Matkustaja julkaisi lippunsa kuvan ihan itse.", "Piilotimme lipun kuvan matkustajan suojaksi."),
])
def test_what_went_wrong_laid_at_the_customers_own_hands_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Our timetable page has been correct all along.", "Our timetable page is correct now; it was wrong this morning."),
    ("en", "We haven't been silent at all this morning.", "We've been slow to answer this morning, sorry."),
    ("fi", "Aikataulusivumme on ollut koko ajan oikein.", "Aikataulusivu on nyt korjattu, aamulla siinä oli virhe."),
])
def test_our_record_said_to_be_spotless_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "We never asked anyone to take the post down.", "Please don't post card details here; we never ask for them on social media."),
    ("fi", "Emme ole pyytäneet ketään poistamaan videota.", "Videota emme pyydä poistamaan, koska se vain levittäisi sitä."),
])
def test_how_we_work_said_in_the_present_is_no_denial(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@voikko
def test_others_too_is_the_clitic_not_every_other():
    """'muutkin' (others too: everyone does it) defends; Voikko reads it as 'muu' without its
    clitic, which 'muut erät ovat turvallisia' (the other batches are safe) is too."""
    assert review("single-admin", "worried-grandma", "Hei Pirjo, muut erät ovat turvallisia.", "fi").has("defensive") is False
    assert defensive("Näin tekevät kaikki muutkin bussiyhtiöt.", "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Arto, that photo of the thermometer doesn't tell the whole story: the heater was on.", "Arto, the photo of the thermometer says it all, and we're sorry."),
    ("en", "Your post only shows the last minute of the trip.", "Your post shows exactly how cold it was, thank you."),
    ("en", "There's more to this than one cold ride, Arto.", "This was more than one cold ride for you, Arto, and we're sorry."),
    ("fi", "Kuvasta puuttuu alku: lämmitin oli päällä koko matkan.", "Kuvasta näkee, miten kylmä bussissa oli, pahoittelemme."),
    ("fi", "Julkaisusi ei kerro koko totuutta matkasta.", "Julkaisusi kertoi meille, mitä matkalla tapahtui, kiitos."),
    ("en", "The newspaper piece is one-sided, our coaches are serviced weekly.", "The newspaper piece is right, our coach was too cold."),
    ("en", "The post was removed because it broke our discussion rules.", "The post was removed because it showed a ticket number; you can post again without it."),
    ("fi", "Artikkeli on harhaanjohtava, bussimme huolletaan viikoittain.", "Artikkeli pitää paikkansa, bussi oli liian kylmä."),
    ("en", "We serve the vast majority of passengers without any trouble.", "Most of the trips today are running on time, Arto."),
])
def test_the_critics_account_discredited_or_our_removal_said_to_be_their_rule_breaking_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Arto, hyvityspäätös on tehty ehtojen mukaisesti.", "Arto, hyvityspäätös tehdään ehtojen mukaisesti, kun selvitys on valmis."),
    ("en", "Arto, your refund claim was handled correctly.", "Arto, your refund claim will be handled this week."),
    ("en", "The decision was correct under the ticket terms.", "The decision was wrong, and we'll refund the ticket."),
    ("fi", "Vuoromme on aina miehitetty, kuljettajia ei puutu.", "Vuoroon etsitään nyt toista kuljettajaa, pahoittelut."),
])
def test_the_decision_complained_of_said_to_be_right_or_the_staffing_always_as_planned_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Arto, nothing has been deleted from our wall.", "Arto, nothing has been decided about the refund yet."),
    ("en", "We don't delete criticism, Arto.", "We don't know yet why the heater failed, Arto."),
    ("fi", "Mitään ei ole poistettu, Arto.", "Mitään ei ole vielä päätetty hyvityksestä, Arto."),
    ("en", "Our comfort promise still stands, every coach is heated.", "Our comfort promise did not hold on your trip, and we're sorry."),
    ("fi", "Lupaus pitää kyllä, kaikki bussimme ovat lämpimiä.", "Lupauksemme ei pitänyt tällä kertaa, pahoittelemme."),
    ("en", "The arrival time was only an estimate.", "The arrival time we gave was wrong, sorry."),
    ("en", "The 'always warm' slogan refers to our new coaches.", "The 'always warm' slogan was wrong for your coach, sorry."),
])
def test_removal_denied_in_the_passive_or_our_words_defended_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("fi", "Lupauksemme tarkoittaa vain uusia busseja, Arto.", "Lupauksemme ei toteutunut, Arto, pahoittelemme."),
    ("fi", "Arvio oli arvio, Arto.", "Arvio meni pieleen, Arto, pahoittelemme."),
    ("fi", "Emme poista asiallisia kommentteja, Arto.", "Emme vielä tiedä lämmittimen vikaa, Arto."),
    ("fi", "Asiasta ei ole vaiettu, Arto.", "Asiasta olisi pitänyt kertoa heti, Arto, pahoittelut."),
    ("fi", "Vika on valmistajan lämmittimessä, ei yhtiön omissa busseissa.", "Vika on meidän bussimme lämmittimessä, pahoittelut."),
    ("fi", "Vuoro oli normaalisti miehitetty, Arto.", "Vuorosta puuttui kuljettaja, Arto, pahoittelut."),
    ("fi", "Lipuista päättää yhtiön hallitus, Arto.", "Lipuista kerromme lisää huomenna, Arto."),
    ("fi", "Me ei olla tehty tässä mitään väärää.", "Me tehtiin tässä virhe, pahoittelut."),
])
def test_finnish_words_defended_removal_denied_the_cause_elsewhere_or_staffing_normal_is_defensive(lang, fires, quiet):
    assert defensive(fires, lang)
    assert not defensive(quiet, lang)
