"""Curt and blame as phrasing families (drill/checker/tone.py, fault.py, accuse.py): a stock
apology with 'feedback forwarded' and nothing else, a sentence that ends the conversation, blame
said as advice for next time, the customer cast as the one who got it wrong, the passive duty.
Each with a reply of the same shape that must not fire: an apology around an answer, our own
fault owned, advice that helps. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def checks(text: str, lang: str) -> frozenset[str]:
    return review("fast-good-answer", "cold-coach", text, lang).checks


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "fi",
            "Pahoittelut. Palaute välitetty.",
            "Pahoittelut kylmästä matkasta. Palaute on välitetty kuljettajalle, ja lämmitin tarkistetaan ennen klo 16 vuoroa.",
        ),
        (
            "fi",
            "Hei Arto, pahoittelemme tapahtunutta. Viestisi on viety eteenpäin.",
            "Hei Arto, pahoittelemme tapahtunutta. Viestisi on viety eteenpäin, ja katsomme vielä, miksi lämmitin sammui.",
        ),
        (
            "en",
            "Sorry for the inconvenience, we've passed on your feedback.",
            "Sorry for the cold trip, Arto. We've passed on your feedback and the coach's heater is checked before the 16.10 departure.",
        ),
        (
            "fi",
            "Hei Arto, pahoittelemme kokemaasi ja siitä aiheutunutta haittaa. Palaute on toimitettu eteenpäin.",
            "Hei Arto, pahoittelemme kokemaasi ja siitä aiheutunutta haittaa. Palaute on toimitettu eteenpäin – mikä vuoro oli kyseessä?",
        ),
        (
            "en",
            "We apologise for the cold trip and have forwarded the feedback to the depot in question.",
            "We apologise for the cold trip and have forwarded the feedback to the depot; could you tell us your seat number?",
        ),
        (
            "en",
            "We apologise for what happened. Your comments have been forwarded to the team.",
            "We apologise for what happened. Your comments have been forwarded to the team - could you tell us which coach it was?",
        ),
        (  # the apology in a sentence of its own, a stock line in the other: every sentence a formula
            "en",
            "We are sorry you feel this way. Your feedback is important to us.",
            "We are sorry you feel this way. Your feedback is important to us, and the heater is checked before the 16.10 departure.",
        ),
    ],
)
def test_a_stock_apology_with_feedback_forwarded_and_nothing_else_is_curt(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thank you for letting us know, Arto, we'll pass it on to the depot."),
        ("fi", "Kiitos kun kerroit, Arto, viemme asian eteenpäin varikolle."),
    ],
)
def test_thanks_with_feedback_forwarded_is_a_courtesy_not_curt(lang, text):
    assert "curt" not in checks(text, lang)



@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thank you for your feedback. Your feedback is important to us."),
        ("en", "Thanks for your feedback, it has been passed on."),
        ("fi", "Kiitos palautteestasi. Välitämme sen eteenpäin."),
    ],
)
def test_thanks_by_rote_and_nothing_else_brushes_off_criticism_not_praise(lang, text):
    """Thanked for a complaint with a formula and a stock line, the person is brushed off; the same
    lines to praise are a courtesy, and so is a thanks in the reply's own words (above)."""
    assert "curt" in checks(text, lang)
    assert "curt" not in review("fast-good-answer", "praise-driver", text, lang).checks

FACT_EN = "The coach left at 17.10 and its heater was checked on Monday"
FACT_FI = "Bussi lähti 17.10 ja sen lämmitin tarkistettiin maanantaina"


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{FACT_EN}. That's all we can tell you about it.", f"{FACT_EN}. That's all we know so far."),
        ("en", f"{FACT_EN}. There's nothing more the depot can add.", f"{FACT_EN}. Nothing more to add for now, we'll post again at 14."),
        (
            "en",
            f"{FACT_EN}, and we have nothing further to say.",
            f"{FACT_EN}, and we have nothing further to say until the driver reports - DM us if you were on it?",
        ),
        ("en", f"{FACT_EN}. This matter is now closed.", f"{FACT_EN}. This matter is now closed at the depot; we'll tell you what they found."),
        (
            "fi",
            f"{FACT_FI}. Asia on meidän osalta loppuun käsitelty.",
            f"{FACT_FI}. Asia on meidän osalta loppuun käsitelty, mutta kerromme, jos kuljettaja muistaa vielä jotain.",
        ),
        ("fi", f"{FACT_FI}. Tähän ei ole lisättävää.", f"{FACT_FI}. Tällä hetkellä ei ole uutta kerrottavaa."),
        ("fi", f"{FACT_FI}, eikä asiasta keskustella täällä enempää.", f"{FACT_FI}, ja asiasta keskustellaan vielä kuljettajan kanssa."),
        (
            "fi",
            f"{FACT_FI}. Meillä ei ole asiaan enempää sanottavaa.",
            f"{FACT_FI}. Muuta ei ole lisättävää, mutta palaamme asiaan kun kuljettaja on vastannut.",
        ),
    ],
)
def test_a_sentence_that_ends_the_conversation_is_curt_unless_something_helpful_follows(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            "Hi Arto, the app shows no booking, so you must have entered the wrong code.",
            "Hi Arto, the app shows no booking, and if you entered the wrong code the form lets you fix it.",
        ),
        (
            "en",
            "Hi Arto, the coach left at 17.10. You're probably looking at an old timetable.",
            "Hi Arto, the coach left at 17.10. You were handed an old timetable at the station, sorry.",
        ),
        (
            "en",
            "Hi Arto, the coach left at 17.10. You probably picked the wrong date when booking.",
            "Hi Arto, the coach left at 17.10. You got the wrong time from our driver, sorry.",
        ),
        (
            "en",
            "Hi Arto, nothing was cancelled. You must be thinking of another company.",
            "Hi Arto, nothing was cancelled. You can check a different departure in the app.",
        ),
        pytest.param(
            "fi",
            "Hei Arto, sovellus ei näytä varausta, olet varmaan syöttänyt väärän koodin.",
            "Hei Arto, sovellus ei näytä varausta. Jos syötit väärän koodin, voit korjata sen lomakkeella.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Hei Arto, bussi lähti 17.10. Katsoit varmaan väärää aikataulua.",
            "Hei Arto, bussi lähti 17.10. Sait väärän tiedon kuljettajalta, pahoittelemme.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Hei Arto, mitään vuoroa ei peruttu. Olet varmaan sekoittanut meidät toiseen yhtiöön.",
            "Hei Arto, mitään vuoroa ei peruttu. Olet ehkä nähnyt vääriä tietoja somessa, mutta ne eivät pidä paikkaansa.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Hei Arto, bussi lähti 17.10. Erehdyit varmaan vuorosta.",
            "Hei Arto, bussi lähti 17.10. Et ole tehnyt mitään väärää, vika oli meidän.",
            marks=voikko,
        ),
    ],
)
def test_the_customer_cast_as_the_one_who_got_it_wrong_blames_the_one_misled_does_not(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


LEFT_EN = "Hi Arto, the coach left at 17.10"
LEFT_FI = "Hei Arto, bussi lähti 17.10"


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{LEFT_EN}. For next time: double-check the date on the ticket.", f"{LEFT_EN}. Next time you travel with us, enjoy the new coaches!"),
        ("en", f"{LEFT_EN}. In future, make sure you look at the live map.", f"{LEFT_EN}. In future we'll post timetable changes a day earlier."),
        ("en", f"{LEFT_EN}. Going forward, do keep an eye on the app.", f"{LEFT_EN}. You can see every departure in the app."),
        ("en", f"{LEFT_EN}. Next time, tell the driver straight away.", f"{LEFT_EN}. We've told the driver instead of waiting for the depot to call."),
        pytest.param(
            "fi", f"{LEFT_FI}. Ensi kerralla kannattaa varata paikka etukäteen.", f"{LEFT_FI}. Ensi kerralla tiedotamme muutoksista etukäteen.", marks=voikko
        ),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Jatkossa suosittelemme tarkistamaan lähtöajan ennen matkaa.",
            f"{LEFT_FI}. Lähtöajat voi tarkistaa osoitteesta kiitolinja.fi/live.",
            marks=voikko,
        ),
    ],
)
def test_advice_for_next_time_blames_what_we_will_do_or_help_offered_does_not(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{LEFT_EN}. The terms ought to have been read before booking.", f"{LEFT_EN}. We should have told you sooner about the change."),
        (
            "en",
            f"{LEFT_EN}. Your ticket should have been checked more carefully.",
            f"{LEFT_EN}. Our notice should have been checked before it went out, sorry.",
        ),
        (
            "en",
            f"{LEFT_EN}. Next time the booking confirmation should be looked at in the app.",
            f"{LEFT_EN}. The timetable should have been updated on the website.",
        ),
        (
            "en",
            f"{LEFT_EN}. The small print should have been studied before paying.",
            f"{LEFT_EN}. The timetable should have been clearer, and the heater is checked before every departure.",
        ),
        pytest.param(
            "fi", f"{LEFT_FI}. Ehdot olisi pitänyt lukea ennen varaamista.", f"{LEFT_FI}, ja meidän olisi pitänyt kertoa muutoksesta aiemmin.", marks=voikko
        ),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Ensi kerralla varausvahvistus kannattaa tarkistaa sovelluksesta.",
            f"{LEFT_FI}. Varausvahvistuksen näet sovelluksesta.",
            marks=voikko,
        ),
    ],
)
def test_the_customers_duty_said_in_the_passive_blames_ours_does_not(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{LEFT_EN}. You really should not post your ticket number here.", f"{LEFT_EN}. You should share the live map with your friends!"),
        ("en", f"{LEFT_EN}. Nobody should post a ticket number in public.", f"{LEFT_EN}. We shouldn't have posted the old timetable, sorry."),
        (
            "en",
            f"{LEFT_EN}. It would help if people didn't post the same question several times.",
            f"{LEFT_EN}. It would help if you could send us the ticket number.",
        ),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Korttitietoja ei kannata laittaa julkiseen kommenttiin.",
            f"{LEFT_FI}. Ei kannata huolestua, seuraava lähtee 18.10.",
            marks=voikko,
        ),
        pytest.param("fi", f"{LEFT_FI}. Somehuhuja ei kannata uskoa.", f"{LEFT_FI}. Meidän ei kannata jakaa arvailuja ennen kuin tiedämme syyn.", marks=voikko),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Kuvia ei kannata jakaa eteenpäin.",
            f"{LEFT_FI}. Lipun numeroa ei kannata laittaa tänne, joten lähetä se meille yksityisviestillä.",
            marks=voikko,
        ),
    ],
)
def test_advice_against_what_the_customer_did_blames_a_reassurance_or_our_own_caution_does_not(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{LEFT_EN}. The passenger shouldn't have posted the ticket publicly.", f"{LEFT_EN}. You shouldn't have had to wait in the cold."),
        ("en", f"{LEFT_EN}. You should not have left your bag on the rack.", f"{LEFT_EN}. You couldn't have known about the change."),
        pytest.param("fi", f"{LEFT_FI}. Vastuu matkatavaroista on sinulla.", f"{LEFT_FI}. Vastuu matkatavaroista ei ole sinulla vaan meillä.", marks=voikko),
        pytest.param("fi", f"{LEFT_FI}. Syy myöhästymiseen on asiakkaan.", f"{LEFT_FI}. Vika on meidän, pahoittelemme.", marks=voikko),
    ],
)
def test_the_customer_as_the_one_who_should_not_have_or_who_holds_the_fault_blames(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", "That is NOT how it went!!! Ask the driver before you post.", "We are SO sorry, Arto!!! We're asking the driver what happened."),
        (
            "en",
            "The heater on that coach was NOT broken, whatever people say on here!!",
            "The heater was NOT broken when the coach left at 17.10, we checked!!",
        ),
        (
            "fi",
            "Lämmitin EI ollut rikki!!! Kuljettaja ei raportoinut mitään vikaa koko matkan aikana.",
            "Olemme TODELLA pahoillamme!!! Lämmitin ei toiminut, ja se korjataan.",
        ),
        ("fi", "Bussit kulkee KUN kulkee!! Ei me sille mitään voida.", "KORJAAMME lämmittimen HETI!!! Kiitos että kerroit."),
    ],
)
def test_a_short_shouted_denial_or_rebuke_is_curt_an_apology_a_figure_or_an_eager_promise_is_not(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            "We're sorry for the trouble. Please visit our website for details.",
            "We're sorry for the cold trip. Please fill in the form on our website so we can refund part of the ticket.",
        ),
        (
            "en",
            "Apologies for any inconvenience. Kindly fill out the contact form.",
            "Apologies for the cold coach. Fill out the contact form at kiitolinja.fi/palaute and we'll get back to you.",
        ),
        pytest.param(
            "fi",
            "Pahoittelemme tilannetta. Täytäthän palautelomakkeen.",
            "Pahoittelemme kylmää matkaa. Täytäthän palautelomakkeen, jotta voimme hyvittää osan lipusta.",
            marks=voikko,
        ),
    ],
)
def test_a_stock_apology_with_a_general_pointer_and_nothing_else_is_curt(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", f"{LEFT_EN}. You didn't follow the instructions on the ticket.", f"{LEFT_EN}. If you didn't check your email, the change is in the app too."),
        ("en", f"{LEFT_EN}. You ignored the notice at the stop.", f"{LEFT_EN}. You didn't get our message because it went out late, sorry."),
        ("en", f"{LEFT_EN}. You were told about this when you booked.", f"{LEFT_EN}. You were told the wrong time when you booked, sorry."),
        ("en", f"{LEFT_EN}. This was clearly communicated in the booking email.", f"{LEFT_EN}. You haven't missed anything, the next one leaves at 18.10."),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Et ilmeisesti tarkistanut lähtöaikaa.",
            f"{LEFT_FI}. Jos et tarkistanut sähköpostia, muutos näkyy myös sovelluksessa.",
            marks=voikko,
        ),
        pytest.param("fi", f"{LEFT_FI}. Ette ole edes lukeneet varausvahvistusta.", f"{LEFT_FI}. Et saanut viestiämme ajoissa, pahoittelemme.", marks=voikko),
        pytest.param("fi", f"{LEFT_FI}. Jätit huomiotta pysäkillä olleen ilmoituksen.", f"{LEFT_FI}. Et ole tehnyt mitään väärää.", marks=voikko),
        pytest.param(
            "fi",
            f"{LEFT_FI}. Sinulle kerrottiin tästä jo varausta tehdessä.",
            f"{LEFT_FI}. Sinulle kerrottiin jo aiemmin väärä aika, pahoittelemme.",
            marks=voikko,
        ),
        pytest.param(
            "fi", f"{LEFT_FI}. Tämä on kerrottu selkeästi varausvahvistuksessa.", f"{LEFT_FI}. Kerromme muutoksista jatkossa selkeämmin.", marks=voikko
        ),
    ],
)
def test_the_customers_omission_said_as_a_fact_or_the_warning_they_had_blames(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


LONG_EN = "The heater on the Kuopio coach was serviced on Monday and the driver reported no faults during the trip"
LONG_FI = "Kuopion bussin lämmitin huollettiin maanantaina, eikä kuljettaja raportoinut matkan aikana vikoja"


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            f"{LONG_EN}. We won't be commenting further.",
            f"{LONG_EN}. We won't be commenting further until the depot has checked it, and we'll post here then.",
        ),
        ("en", f"{LONG_EN}. We consider this matter closed.", f"{LONG_EN}. We consider this matter important, and the depot checks the heater today."),
        ("en", f"{LONG_EN}. There is nothing else to discuss.", f"{LONG_EN}. There is nothing else to pay: the refund covers it."),
        ("en", f"{LONG_EN}. We've already answered this.", f"{LONG_EN}. We've already answered this by DM, please check your inbox."),
        ("fi", f"{LONG_FI}. Asiaan ei palata.", f"{LONG_FI}. Palaamme asiaan, kun kuljettaja on vastannut."),
        ("fi", f"{LONG_FI}. Säännöt ovat sääntöjä.", f"{LONG_FI}. Säännöt ovat kaikille samat, ja hyvitys haetaan lomakkeella."),
        (
            "fi",
            f"{LONG_FI}. Enempää emme voi asiassa tehdä.",
            f"{LONG_FI}. Enempää emme voi asiassa tehdä ennen kuin varikko on tarkistanut auton, mutta kerromme tuloksen täällä.",
        ),
        ("fi", f"{LONG_FI}. Vastasimme tähän jo aiemmin.", f"{LONG_FI}. Vastasimme tähän jo aiemmin, ja vastaus on yksityisviesteissäsi."),
    ],
)
def test_more_ways_of_ending_the_conversation_are_curt(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            f"{LEFT_EN}. You should have checked the app before leaving home.",
            f"{LEFT_EN}. You're right, and we should have checked the heater before the trip. That's on us.",
        ),
        ("en", f"{LEFT_EN}. Passengers should have known about the change.", f"{LEFT_EN}. We should have known about the roadworks and told you, sorry."),
    ],
)
def test_should_have_checked_blames_the_customer_not_us(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", "Thanks, Arto. A little planning ahead would have avoided this.", "Thanks, Arto. More care on our part would have prevented this, sorry."),
        ("en", "Thanks, Arto. It's the passenger's job to be at the stop on time.", "Thanks, Arto. It's our job to get you there on time, and we didn't."),
        ("en", "Thanks, Arto. You must have been looking at the weekend timetable.", "Thanks, Arto. You must have been cold and tired, sorry about that."),
        (
            "en",
            "Thanks, Arto. The timetable changed a week ago, so you had plenty of time to check it.",
            "Thanks, Arto. The timetable changed a week ago, and we should have told you.",
        ),
        pytest.param(
            "fi",
            "Kiitos, Arto. Pienellä ennakkosuunnittelulla tämä olisi vältetty.",
            "Kiitos, Arto. Paremmalla suunnittelulla meidän puolelta tämä olisi vältetty, pahoittelemme.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Kiitos, Arto. Aikataulu muuttui viikko sitten, joten aikaa tarkistaa oli hyvin.",
            "Kiitos, Arto. Aikataulu muuttui viikko sitten, ja meidän olisi pitänyt kertoa siitä.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Kiitos, Arto. Olisi ollut hyvä tarkistaa aikataulu ennen lähtöä.",
            "Kiitos, Arto. Meidän olisi ollut hyvä tarkistaa lämmitin ennen lähtöä.",
            marks=voikko,
        ),
    ],
)
def test_diligence_that_would_have_prevented_it_or_the_customers_job_blames_ours_does_not(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            "We can't comment on individual cases on social media, please contact customer service.",
            "Hi Arto, we can't comment on individual cases here, but the heater is being checked today.",
        ),
        pytest.param(
            "fi",
            "Emme voi kommentoida yksittäisiä tapauksia somessa, ota yhteyttä asiakaspalveluun.",
            "Hei Arto, emme voi kommentoida yksittäisiä tapauksia somessa, mutta lämmitin tarkistetaan tänään.",
            marks=voikko,
        ),
    ],
)
def test_declining_to_comment_where_it_was_raised_is_curt_with_a_greeting_and_a_but_it_is_not(lang, fires, quiet):
    assert "curt" in checks(fires, lang)
    assert "curt" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        ("en", "That is not how it went. Watch the whole video before you share it.", "You can watch the whole video on our page, Arto."),
        (
            "en",
            "The coach left at 17.10. Check the live map like everyone else.",
            "The coach left at 17.10, and like everyone else on it you can claim 30 % back.",
        ),
        pytest.param("fi", "Lähtöaika oli arvio, ja sen olisi kyllä pitänyt ymmärtää.", "Meidän olisi kyllä pitänyt ymmärtää tilanne nopeammin.", marks=voikko),
        pytest.param(
            "fi",
            "Aikataulu löytyy nettisivuilta, sieltä olisi nähnyt sen suoraan.",
            "Aikataulu löytyy nettisivuilta, ja sieltä näet myös bussin sijainnin.",
            marks=voikko,
        ),
    ],
)
def test_more_lectures_on_diligence_blame(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@pytest.mark.parametrize(
    ("lang", "fires", "quiet"),
    [
        (
            "en",
            "The timetable change has been on the website since yesterday, it's worth following it.",
            "It's worth following our page, since the roadworks go on for weeks.",
        ),
        pytest.param(
            "fi",
            "Aikataulumuutoksesta tiedotettiin jo eilen, kannattaa seurata tiedotteita.",
            "Kannattaa seurata tiedotteita, sillä remontti jatkuu jo viikkoja.",
            marks=voikko,
        ),
        pytest.param(
            "fi",
            "Tiedot ovat olleet asemalla koko päivän, niitä kannattaa seurata.",
            "Niitä kannattaa seurata, ja tiedot ovat asemalla koko päivän.",
            marks=voikko,
        ),
    ],
)
def test_advice_to_look_after_saying_it_was_there_all_along_blames(lang, fires, quiet):
    assert "blame" in checks(fires, lang)
    assert "blame" not in checks(quiet, lang)


@voikko
def test_keeping_up_to_date_all_the_time_is_no_reproach():
    """'ajoissa' (in good time) is a reproach word; Voikko also reads it as a form of 'aika', which
    'koko ajan' (all the time) is too: only the word itself reproaches."""
    assert "blame" not in checks("Kannattaa seurata sivuamme, päivitämme tilannetta koko ajan.", "fi")
    assert "blame" in checks("Olisit tarkistanut aikataulun ajoissa.", "fi")
