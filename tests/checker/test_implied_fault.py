"""Blame implied, with no word of fault: the commenter told to stop spreading or believing a
falsehood, their posts named as what only causes fear (drill/checker/reproof.py,
accuse.GERUND_JUDGED); a sneer at what they did not do ('if you'd bothered to', 'people who
actually read', 'as a councillor you should know': accuse.omissions); a better way for next
time set against theirs (fault._better_way); their act judged out of line ('filming staff isn't
okay', 'kuvaaminen ei ole ok'); the duty laid on them ('the passenger is responsible for',
'matkustaja vastaa itse': fault.held_responsible); the customer in the third person as the one
who started it or erred ('asiakas korotti ääntään jo ennen kuin…', 'the customer has misread
her policy'); a decision blames only said as theirs to own. Each family with replies of the same shape
that must not blame: ours, a sympathy, neutral advice, a welcome spreading. Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Don't believe rumours from the bus station, the coach runs as usual.", "We won't believe gossip either; the heater was checked this morning."),
    ("Please stop spreading things that aren't true about our drivers.", "A rumour that isn't true is going round, so here are the facts."),
    ("Don't share photos out of context, please.", "Thanks for sharing the photo, it helps us find the coach."),
    ("Forwarding that old notice only spreads confusion.", "Sharing the timetable helps other passengers, thanks."),
    ("Rumours like these only cause needless worry.", "Worry like yours is understandable, and the coach is on its way."),
])
def test_the_commenter_told_not_to_spread_or_believe_a_falsehood_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Turha levitellä perättömiä juttuja, bussi lähtee normaalisti.", "Kiitos, että jaoit aikataulun, se auttaa muita matkustajia."),
    ("Tuollaiset kuulopuheet vain lisäävät turhaa pelkoa.", "Tällaiset viivästykset aiheuttavat pelkoa, ymmärrämme sen hyvin."),
    ("Tällaiset huhut ruokkivat vaan paniikkia, bussi on jo matkalla.", "Huhuja on liikkeellä, mutta tällaiset jutut tarkistamme aina itse."),
])
def test_a_finnish_order_not_to_spread_and_such_posts_only_causing_fear_blame(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("It's all on the ticket if you'd bothered to look.", "If you'd like, we could have a driver call you."),
    ("If anyone had cared to look, it is printed on every ticket.", "Had we taken the time to post the notice sooner, you'd have known."),
    ("People who actually read the timetable rarely miss the coach.", "We'll pass this to the people who actually decide the timetable."),
    ("Finally a comment from someone who has actually looked at the schedule.", "Thanks to everyone who actually read the notice and came early."),
    ("If passengers would check the app first, most of these questions would answer themselves.",
     "If you would send us a DM, we'd be happy to check your booking."),
    ("Passengers could also have checked the departures board.", "We could also have posted the notice earlier, sorry."),
    ("As a regular commuter you should know the winter timetable starts in October.", "As a result you should know more by noon."),
    ("As a councillor you'll have seen this in the budget papers already.", "As a member you'll get the discount automatically."),
])
def test_a_sneer_at_what_the_customer_did_not_do_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Ne, jotka oikeasti lukevat aikataulun, eivät jää pysäkille.", "Välitämme tämän niille, jotka oikeasti päättävät aikatauluista."),
    ("Kaikki, jotka vaivautuivat katsomaan tiedotteen, tiesivät tämän.", "Kiitos kaikille, jotka oikeasti lukivat tiedotteen ja tulivat ajoissa."),
])
def test_a_finnish_sneer_at_those_who_actually_looked_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Next time a DM gets to us far quicker than a post on the wall.", "Next time you travel, the new coaches will be warmer than these."),
    ("en", "In future, a phone call is usually faster than a comment here.", "Next time we'll answer faster than we did this morning, sorry."),
    ("en", "Next time, a message to us works better than tagging the driver.", "Next time the app should load faster than today."),
    pytest.param("fi", "Ensi kerralla yksityisviesti tavoittaa meidät nopeammin kuin julkinen twiitti.",
                 "Jatkossa vastaamme nopeammin kuin tänä aamuna, pahoittelut.", marks=voikko),
    pytest.param("fi", "Jatkossa sovelluksesta näkee lähtöajat helpommin kuin somesta.", "Ensi kerralla bussit ovat lämpimämpiä kuin tänään.",
                 marks=voikko),
])
def test_a_better_way_for_next_time_set_against_what_the_customer_did_blames(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Filming the driver without asking isn't okay.", "Waiting two hours in the cold isn't okay, and we're sorry."),
    ("en", "Tagging the driver by name and demanding an answer in five minutes is a bit much.",
     "Asking for a refund is completely reasonable, and here's how."),
    ("en", "Posting the same complaint in every group really isn't fair on the other passengers.", "Sharing the timetable is a great idea, thanks."),
    pytest.param("fi", "Kuljettajan kuvaaminen ilman lupaa ei ole ok.", "Odottaminen kylmässä kaksi tuntia ei ole ok, pahoittelemme.", marks=voikko),
    pytest.param("fi", "Saman kysymyksen kyseleminen joka ketjussa on vähän liikaa.", "Aikataulun jakaminen on ihan ok, kiitos.", marks=voikko),
])
def test_the_customers_act_judged_out_of_line_blames_what_they_underwent_does_not(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "The passenger is responsible for taking their bag off the coach.", "The passenger is not responsible for any of the costs; we'll cover them."),
    ("en", "It's up to each traveller to check the departure time.", "The driver is responsible for checking the heating."),
    pytest.param("fi", "Matkustaja vastaa itse siitä, että laukku otetaan mukaan.", "Vastaamme itse kaikkiin kysymyksiin tänään.", marks=voikko),
    pytest.param("fi", "Vastaat itse siitä, että varaus on oikein.", "Kuljettaja vastaa itse lämmityksestä ja tarkistaa sen aamuisin.", marks=voikko),
])
def test_the_customer_said_to_answer_for_it_themselves_blames(lang, fires, quiet):
    assert blames(fires, lang)
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    pytest.param("fi", "Se mies korotti ääntään jo ennen kuin kuvaus alkoi.", "Työntekijämme korotti ääntään ensin, pahoittelemme sitä.", marks=voikko),
    pytest.param("fi", "Asiakas korotti ääntään jo ennen kuin kuvaaminen alkoi, ja työntekijämme teki parhaansa.",
                 "Kuljettaja huusi ennen lähtöä, että bussi on täynnä.", marks=voikko),
    pytest.param("fi", "Mies huusi kuljettajalle ensin, ja vasta sitten tilanne kiristyi.", "Asiakas huusi apua ensin, ja henkilökunta tuli paikalle.",
                 marks=voikko),
    ("en", "Hi Noora, the customer has misread her policy, earlier injuries are never covered.", "The customer wasn't wrong: we misread her policy."),
    ("en", "The passenger probably misunderstood the timetable.", "The customer has understood it correctly and we've fixed our error."),
])
def test_the_customer_in_the_third_person_as_the_one_who_started_it_or_erred_blames(lang, fires, quiet):
    assert blames(fires, lang, "private" if fires.startswith("Hi Noora") else "public")
    assert not blames(quiet, lang)


@pytest.mark.parametrize(("fires", "quiet"), [
    ("It was your own decision to travel without a ticket.", "We're glad to go through your own decision on the phone."),
    ("That was entirely your own decision.", "Your own decision letter lists the steps, and we can go through them with you."),
])
def test_a_decision_is_the_customers_fault_only_said_as_theirs_to_own(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("You shouldn't have needed to chase us twice for an answer, sorry.", "en", False),
    ("Sinun ei olisi pitänyt joutua kysymään kahteen kertaan, pahoittelemme.", "fi", False),
    ("You shouldn't have posted your claim number here.", "en", True),
])
def test_what_they_should_not_have_needed_is_owed_to_them(text, lang, fires):
    assert blames(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("Kerroimme syyn jo aamulla. Lue päivitys uudelleen.", "fi", True),
    ("We explained this this morning. Please read the update again.", "en", True),
    ("Our driver was verbally abused before the filming began, and the clip leaves that out.", "en", True),
    # our own reading again, and staff abused with no 'before' (what they suffered, not who started it)
    ("Luemme viestisi uudelleen ja palaamme asiaan.", "fi", False),
    ("Our driver was verbally abused on the night bus, and we are supporting him.", "en", False),
])
def test_read_it_again_and_who_started_it(text, lang, fires):
    assert blames(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    # the zero person's omission with a softener between ('jos olisi vähän katsonut')
    ("Tiedot olisi löytynyt sivuilta, jos olisi vähän katsonut.", "fi", True),
    # the order that opens a sentence 'next time' ends
    ("Buses can be cold in autumn. Wear a thicker coat next time.", "en", True),
    # told already, said as a reproach; posting before reading
    ("We already explained why we can't discuss it here.", "en", True),
    ("Please read the earlier replies before posting the same thing again.", "en", True),
    # unofficial or half stories told not to spread
    ("Please don't pass on unconfirmed reports until the notice is out.", "en", True),
    ("Please don't share only half the story.", "en", True),
    # near misses: our own next time, sharing our notice, what we explained as help
    ("Buses can be cold in autumn; we'll check the heaters before the next trip.", "en", False),
    ("Please share our official notice with anyone who bought these.", "en", False),
])
def test_softened_omissions_orders_for_next_time_and_half_stories(text, lang, fires):
    assert blames(text, lang) is fires
