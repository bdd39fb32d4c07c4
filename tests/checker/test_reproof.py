"""Blame as a reproof of the customer's conduct (drill/checker/reproof.py) and the new shapes
of fault.py: told to stop spreading a falsehood, expected to have known, their act named as
what makes things worse or as the wrong way, their own doing, a request for next time. Each
with a reply of the same shape that must not blame (ours, a welcome spreading, advice that
is no reproach, an apology that owns the fault). Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("The heating works. Please don't spread rumours about our drivers.", "Thank you for spreading the word about the new timetable."),
    ("Stop spreading false claims about the coach.", "We don't want to spread rumours, so we'll wait for the driver's report."),
    ("Quit stirring up panic, the coach is on its way.", "There's no reason to panic: the coach is on its way."),
    ("Enough of the scaremongering, the route runs as usual.", "Rumours are spreading about the route; it runs as usual."),
])
def test_the_commenter_told_to_stop_spreading_a_falsehood_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Tuo ei pidä paikkaansa. Älkää levittäkö huhuja.", "Kiitos, että levität tietoa uudesta aikataulusta."),
    ("Lopeta paniikin lietsominen, bussi on jo matkalla.", "Emme halua lietsoa paniikkia, joten odotamme kuljettajan raporttia."),
    ("Levität perättömiä huhuja kuljettajistamme.", "Somessa liikkuu huhuja, mutta vuoro ajetaan normaalisti."),
])
def test_a_finnish_verb_of_spreading_said_to_the_commenter_with_a_falsehood_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    pytest.param("fi", "Kortin numeroa ei laiteta someen, luulis että sen tietää.", "Luulisin, että korjaus valmistuu iltaan mennessä.", marks=voikko),
    pytest.param("fi", "Tämän luulisi olevan kaikille selvää.", "Luulisi, että bussi on jo perillä, mutta tarkistamme sen.", marks=voikko),
    ("en", "You'd think people would know to dress warmly in October.", "You'd think the heater would be fixed by now, and we agree: it should be."),
    ("en", "Surely you know the coaches aren't heated at the stops.", "Surely the coach should have been warm, we're sorry."),
])
def test_the_customer_expected_to_have_known_blames_our_own_guess_does_not(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Ryhmiin jakaminen vaan ruuhkauttaa linjoja entisestään.", "Ryhmiin jakaminen auttaa muita matkustajia, kiitos siitä."),
    ("Saman viestin lähettäminen uudelleen ei nopeuta vastausta.", "Lämmittimen käynnistäminen uudelleen ei auta, vika on meidän."),
])
def test_a_finnish_verbal_noun_of_speaking_up_named_as_what_makes_it_worse_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Sorry for the wait – tagging us in a post instead of sending a DM meant we only saw it now.",
     "Sorry for the wait – we're posting updates here instead of sending e-mails."),
    ("You posted your own booking code here, please remove it.", "We posted our own update at 9, and we're sorry it came late."),
])
def test_the_customers_act_as_the_wrong_way_or_their_own_doing_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "For future reference, the timetable is on our website.", "You can check the status at kiitolinja.fi/live."),
    ("en", "In future, please message us instead of posting here.", "In future, we'll post the heating checks here, we should have told you sooner."),
    pytest.param("fi", "Toivomme, että jatkossa palautteen voisi antaa suoraan meille eikä somessa.",
                 "Toivomme, että jatkossa matkasi sujuvat paremmin, meidän olisi pitänyt kertoa aiemmin.", marks=voikko),
    pytest.param("fi", "Jatkossa laita viesti suoraan asiakaspalveluun.", "Jatkossa viesti kulkee nopeammin, pahoittelut viiveestä.", marks=voikko),
])
def test_a_request_for_next_time_blames_our_promise_for_next_time_does_not(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Delay refunds come from your travel insurance, which hopefully you remembered to take out.",
     "Hopefully the heater will be fixed by tonight, we're sorry for the cold trip."),
    ("Missed connections are a risk you take when you book separate tickets.", "The risk of delays is ours to manage, and we failed you today."),
    ("The video starts late: the passenger was shouting at our driver before filming.", "Our driver should never have raised his voice at you, we're sorry."),
    ("Posts like this just cause unnecessary worry among passengers.", "Posts like this help us find faults faster, thank you."),
    ("Naming our drivers in public is against our rules.", "Naming the coach number helps us find it, thanks."),
    ("Next time you can check the live map before asking.", "Next time you travel, you can check the live map at kiitolinja.fi/live."),
])
def test_english_reproofs_of_the_customers_diligence_risk_provocation_or_post_blame(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Hannan olisi pitänyt tehdä valtakirja etukäteen.", "Jeren olisi pitänyt vastata asiallisemmin, pahoittelemme."),
    ("Toivottavasti muistit ottaa matkavakuutuksen.", "Toivottavasti lämmitys toimii jo illan vuorossa."),
    ("Hinnat on nettisivuilla, siellä se kyllä lukee.", "Hinnat löytyvät nettisivuilta osoitteesta kiitolinja.fi/hinnat."),
])
def test_finnish_reproofs_a_named_customer_who_should_have_a_hope_about_their_diligence_or_it_is_written_there(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
