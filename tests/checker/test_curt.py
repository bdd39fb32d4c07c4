"""Curt as the shape of a reply (drill/checker/tone.py): a closing formula as its own sentence,
a clipped last sentence, a cold reply that only points elsewhere, an acknowledgement alone.
Each with a polite reply of the same shape that must not be curt. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def curt(text: str, lang: str, route: str = "public") -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, route).has("curt")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "The heating is checked before every trip. Case closed.", "The heating is checked before every trip, that's all we can say until the driver reports back."),
    ("en", "The coach left on time and the heater works. No further comments.", "Sorry Arto, no way to travel in that cold. We've told the driver."),
    ("fi", "Bussien lämmitys tarkistetaan aina ennen jokaista lähtevää vuoroa. Piste.", "Lämmitys tarkistetaan ennen jokaista vuoroa, ja piste kirkkaalle ajatukselle, kiitos vinkistä!"),
])
def test_a_closing_formula_said_as_its_own_sentence_is_curt_inside_a_sentence_it_is_not(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "The heater was serviced on Monday and the driver reported nothing. Deal accordingly.",
     "Selvä. The heater was serviced on Monday and the driver reported nothing, we'll ask again."),
    ("fi", "Lämmitin huollettiin maanantaina eikä kuljettaja raportoinut vikaa. Odotelkaa nyt.",
     "Lämmitin huollettiin maanantaina, ja selvitämme vielä kuljettajalta mitä tapahtui. Kiitos!"),
])
def test_a_clipped_last_sentence_in_a_reply_without_warmth_is_curt(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Timetables and delays are on our website kiitolinja.fi/live for everyone to read.",
     "Arto, sorry about the cold trip. You can follow the coach on kiitolinja.fi/live and claim 30 % back."),
    ("fi", "Kaikki aikataulut ja päivän myöhästymiset löytyvät osoitteesta kiitolinja.fi/live kaikkien luettavaksi.",
     "Hei Arto, ikävä kuulla kylmästä matkasta. Bussin näet osoitteessa kiitolinja.fi/live, ja 30 % saat takaisin."),
])
def test_a_cold_reply_that_only_points_elsewhere_is_curt_a_warm_one_is_not(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "We're aware.", "We're aware, and thank you."),
    ("fi", "Ymmärrän.", "Ymmärrän, pahoittelut."),
])
def test_an_acknowledgement_alone_is_curt_with_thanks_or_an_apology_it_is_not(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coach to Kuopio leaves from platform 4 at 17.10 and the heating has been checked. Good luck."),
    ("fi", "Kuopion bussi lähtee laiturilta 4 klo 17.10, ja lämmitys on tarkistettu. Hyvää matkaa."),
])
def test_a_short_closing_wish_is_not_a_clipped_sentence(lang, text):
    assert not curt(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Coaches on route 5 run 20 minutes late this morning. Live times at kiitolinja.fi/live."),
    ("fi", "Reitin 5 vuorot ovat aamulla 20 minuuttia myöhässä. Ajantasaiset ajat kiitolinja.fi/live."),
])
def test_a_short_status_update_is_not_curt_the_same_words_as_a_reply_are(lang, text):
    assert curt(text, lang, route="public")
    assert not curt(text, lang, route="status")


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Not true. Heater serviced on Monday. Driver reported nothing.",
     "Not true, Arto. The heater was serviced on Monday and the driver reported nothing, we'll ask him again."),
    ("en", "No fault found on the heater. Coach left the depot on time.", "No fault was found, Arto, and the coach left on time; we'll still ask the driver about the heater."),
    ("fi", "Ei pidä paikkaansa. Lämmitin huollettiin maanantaina. Kuljettaja ei raportoinut vikaa.",
     "Ei pidä paikkaansa, Arto. Lämmitin huollettiin maanantaina, ja kysymme kuljettajalta vielä."),
])
def test_a_reply_in_notes_few_words_a_sentence_is_curt_one_said_to_the_person_is_not(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


def boilerplate(text: str, lang: str) -> bool:
    return review("fast-good-answer", "cold-coach", text, lang).has("boilerplate")


@pytest.mark.parametrize(("lang", "fires"), [
    ("en", "We apologise for your experience. Your feedback has been forwarded to the relevant team."),
    ("en", "Thank you for your comment. All feedback is passed on to the right people."),
    ("fi", "Pahoittelemme kokemaasi. Palautteesi on välitetty eteenpäin."),
])
def test_a_stock_apology_or_feedback_passed_on_is_boilerplate(lang, fires):
    assert boilerplate(fires, lang)


@pytest.mark.parametrize(("lang", "quiet"), [
    ("fi", "Hei Arto, kiitos viestistä! Lämmitin huollettiin maanantaina, mutta kuljettaja kertoi, että se sammui Jyväskylän jälkeen."
           " Pahoittelemme kylmää matkaa. Voit hakea 30 % hyvitystä osoitteessa kiitolinja.fi/palaute, ja tarkistamme auton lämmityksen"
           " vielä tänään ennen iltapäivän vuoroa."),
    ("en", "Thanks for your feedback, Arto. The heater on your coach was serviced on Monday, but the driver says it cut out after"
           " Jyväskylä. We're sorry for the cold trip: you can claim 30 % back at kiitolinja.fi/palaute, and the coach is checked today."),
])
def test_a_stock_courtesy_around_a_long_specific_answer_is_not_boilerplate(lang, quiet):
    assert not boilerplate(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "Thanks.", "Thanks a lot, Arto!"),
    ("en", "👍 thx", "Thank you, we'll tell the driver 👍"),
    ("fi", "Kiitos.", "Kiitos paljon viestistä, Arto!"),
])
def test_a_thanks_alone_in_a_few_words_is_curt_said_with_more_it_is_not(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


@pytest.mark.parametrize(("lang", "fires", "quiet"), [
    ("en", "We don't discuss heating faults or driver matters here on Facebook. Contact customer service.", "Hi Arto, sorry about the cold trip. We don't discuss staff matters on Facebook, but the heater is being checked."),
    ("fi", "Lämmitysasioita ja kuljettajien toimintaa ei käsitellä täällä julkisesti. Ota yhteys asiakaspalveluun.", "Hei Arto, ikävä kuulla kylmästä matkasta. Henkilöstöasioita ei käsitellä täällä, mutta lämmitin tarkistetaan."),
    pytest.param("fi", "Emme keskustele kuljettajista tai heidän työvuoroistaan somessa. Ota yhteyttä asiakaspalveluun.",
                 "Emme keskustele kuljettajista somessa, mutta lämmitin tarkistetaan tänään ja kuljettajalta kysytään, mitä tapahtui.",
                 marks=voikko),
])
def test_turning_the_matter_away_from_where_it_was_raised_without_warmth_or_a_but_is_curt(lang, fires, quiet):
    assert curt(fires, lang)
    assert not curt(quiet, lang)


def test_a_short_rebuke_with_a_wink_is_curt_with_a_figure_given_it_is_not():
    # the wink is a smirk, not warmth (tuning-l, -w: 'kannattaa … 😅', 'Maybe scroll down … 😉' are curt); a figure is an answer begun
    wink = review("fast-good-answer", "cold-coach", "Lokakuussa kannattaa aina pukeutua lämpimämmin, bussit ei oo saunoja 😉", "fi")
    figure = review("fast-good-answer", "cold-coach", "Lokakuussa kannattaa pukeutua lämpimämmin, lämmitys menee päälle klo 6 😉", "fi")
    cold = review("fast-good-answer", "cold-coach", "Lokakuussa kannattaa aina pukeutua lämpimämmin, bussit ei oo saunoja.", "fi")
    assert wink.has("blame") and wink.has("curt")
    assert figure.has("blame") and not figure.has("curt")
    assert cold.has("blame") and cold.has("curt")


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("It's not the end of the world, the bank will be back.", "en", True),
    ("Honestly, a few hours without the app is no big deal.", "en", True),
    pytest.param("Noh, ei se maailma siihen kaadu, jos pankki on pari tuntia kiinni.", "fi", True, marks=voikko),
    ("Rauhoitu nyt, kyllä se pankki sieltä palaa.", "fi", True),
    ("Happy to talk about a goodwill gesture once this has calmed down, Tuomas; the online bank is down since 06:12.", "en", False),
])
def test_waving_the_trouble_away_is_curt(text, lang, curt):
    assert review("bank-outage", "first-angry", text, lang).has("curt") is curt



@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Riikka, älkää levitelkö tuollaisia juttuja.", "fi", True),
    ("Turha levittää kuulopuheita lentokentältä.", "fi", True),
    ("Kuulopuheiden levittely ei auta yhtään ketään tässä tilanteessa.", "fi", True),
    ("Please don't spread gossip from the airport.", "en", True),
    ("Spreading stories like this won't help anybody.", "en", True),
    ("Kiitos, että levität oikeaa tietoa! Perjantain lentoja ei ole peruttu, päätös tulee noin klo 7.15.", "fi", False),
    ("Thanks for asking before spreading it, Riikka: no Friday flights are cancelled, and the decision comes about 7:15.", "en", False),
])
def test_telling_them_to_stop_spreading_rumours_is_curt_asking_or_thanking_is_not(text, lang, curt):
    assert review("strike-threat", "false-rumour", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang"), [
    ("Riikka, älkää levitelkö tuollaisia juttuja. Perjantain lentoja ei ole peruttu, ja päätös tulee noin klo 7.15.", "fi"),
    ("No Friday flights are cancelled and the decision comes about 7:15. Please don't spread gossip from the airport.", "en"),
    ("Nothing has been cancelled yet, the decision comes about 7:15. Spreading stories like this won't help anybody.", "en"),
])
def test_stop_spreading_beside_the_facts_given_is_blame_around_an_answer_not_a_brush_off(text, lang):
    """LABELS.md: curt is a cold lecture with nothing helpful in it; of the corpus's replies that
    tell the person to stop spreading a rumour and give the facts right, four in five are not curt."""
    result = review("strike-threat", "false-rumour", text, lang)
    assert result.has("blame") and result.has("informs") and not result.has("curt")


@pytest.mark.parametrize(("text", "lang", "curt"), [
    pytest.param("Lakko on liiton päätös, me ei sille lakolle mitään voida. Kyllä se menee ohi ennen kuin huomaatkaan.", "fi", True,
                 marks=voikko),
    ("Emme voi sille mitään, että liitto on päättänyt lakkoilla juuri tänä viikonloppuna.", "fi", True),
    ("Lennot siirretään ehtojen mukaan eikä niistä poiketa, säännöt ovat säännöt jokaiselle matkustajalle.", "fi", True),
    ("Tickets are moved under the terms and we make no exceptions for anyone. Rules are rules, as they say.", "en", True),
    ("Don't worry too much about the weekend, it will blow over soon enough.", "en", True),
    ("Olemme pahoillamme, lakolle emme voi mitään, mutta voit siirtää lennon maksutta kajava.fi/lakko-sivulla.", "fi", False),
    ("We're sorry, we can't stop the strike, but you can move a Friday flight free of charge at kajava.fi/lakko.", "en", False),
])
def test_saying_nothing_can_be_done_or_that_rules_are_rules_ends_the_matter(text, lang, curt):
    assert review("strike-threat", "angry-cancelled", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("The strike on Friday is entirely the union's doing, not ours, so take the hotel question up with them.", "en", True),
    ("Walkouts like this are called by the union and are not our fault. Complain to them about the concert tickets.", "en", True),
    ("Lakko on kokonaan ammattiliiton päätös eikä meidän syytämme, joten ottakaa asia heidän kanssaan esille.", "fi", True),
    ("Lakosta päättää ammattiliitto, ei meidän yhtiömme johto. Kysykää heiltä hotelleista ja konserttilipuista.", "fi", True),
    ("The heater fault is not our fault alone, and we'll take it up with the union's shop steward today.", "en", False),
    ("The strike is not our fault, so ask them at the service desk in Malaga; they'll book you a hotel for the night.", "en", False),
    ("Hei Minna, lakko on liiton päätös, ei meidän. Konserttilipuista voi kysyä heiltä, ja perjantain lennon voi siirtää maksutta.",
     "fi", False),
    ("I'm sorry about your concert, Minna. The strike is the union's decision, not ours, so you could ask them too;"
     " your Friday flight can be moved free at kajava.fi/lakko.", "en", False),
])
def test_laying_it_at_another_door_and_sending_them_there_is_curt(text, lang, curt):
    assert review("strike-threat", "angry-cancelled", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Pahoittelemme kokemustasi. Asia on selvityksessä.", "fi", True),
    ("We apologise for your experience. The matter is being reviewed.", "en", True),
    ("Pahoittelemme kokemustasi, Janne: lähes tunnin odotus nälkäisten lasten kanssa ei ole hyväksyttävää, ja selvitämme vielä tänään,"
     " miksi vuorossa oli vain yksi työntekijä.", "fi", False),
    ("We're sorry for the experience you and the kids had, Janne: fifty minutes is far too long, and we're finding out today why only"
     " one person was on shift.", "en", False),
    ("Anteeksi, Janne, odotus oli liian pitkä.", "fi", False),
])
def test_an_apology_for_your_experience_names_nothing_and_warms_no_short_reply(text, lang, curt):
    assert review("viral-video", "video-post", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Asukasilta pidetään tiistaina kaupungintalolla, ja verkostopäällikkö vastaa siellä kysymyksiin putkitöistä. Tervetuloa.", "fi", False),
    ("The residents' evening is on Tuesday at the town hall, and the network manager takes questions there. Welcome.", "en", False),
    ("Asukasilta pidetään tiistaina kaupungintalolla, ja verkostopäällikkö vastaa siellä kysymyksiin putkitöistä. Tulkaa.", "fi", True),
])
def test_a_one_word_welcome_at_the_end_is_a_kind_wish_not_a_clipped_order(text, lang, curt):
    assert review("deleted-comment", "critic-thanks", text, lang).has("curt") is curt


@pytest.mark.parametrize("text", ["Kiitämme viestistäsi, Kaisa.", "Haluamme kiittää sinua palautteesta."])
def test_thanks_said_with_the_verb_thanks(text):
    assert review("deleted-comment", "critic-thanks", text, "fi").has("thanks")


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("The coach is running LATE because of the roadworks on highway 5. Check the live map!!!", "en", True),
    ("Bussi on MYÖHÄSSÄ valtatie 5:n tietöiden takia. Katsokaa sijainti kartalta!!!", "fi", True),
    ("The coach is running LATE because of the roadworks on highway 5, and we'll post here when it leaves Mikkeli. Check the live map!!!",
     "en", False),
    ("Bussi on MYÖHÄSSÄ valtatie 5:n tietöiden takia, ja ilmoitamme täällä, kun se lähtee Mikkelistä. Katsokaa sijainti kartalta!!!",
     "fi", False),
    ("The coach is running late because of the roadworks on highway 5. Check the live map for where it is now.", "en", False),
    ("Bussi on myöhässä valtatie 5:n tietöiden takia. Katsokaa sijainti kartalta, se päivittyy minuutin välein.", "fi", False),
])
def test_a_shouted_reply_that_ends_by_sending_them_to_look_it_up_is_curt(text, lang, curt):
    assert review("fast-good-answer", "late-coach", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Juha, Hanna has to call the claims line on 010 555 4040 herself. We won't discuss her claim with you.", "en", True),
    ("Juha, Hannan pitää soittaa korvauslinjalle 010 555 4040 itse. Emme keskustele hänen asiastaan kanssasi.", "fi", True),
    ("We can't discuss Hanna's claim with you, but she can call 010 555 4040 and we'll help her.", "en", False),
    ("Emme voi keskustella Hannan asiasta kanssasi, mutta hän voi soittaa numeroon 010 555 4040, ja autamme häntä.", "fi", False),
])
def test_refusing_to_talk_with_the_person_shuts_the_door_a_number_with_our_help_does_not(text, lang, curt):
    assert review("personal-data-complaint", "relative", text, lang, "redirect").has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Hyvitykset maksetaan sopimusehtojen mukaan vasta vian päätyttyä, ja se kaikki on kerrottu sivuillamme, jos olisit viitsinyt katsoa.",
     "fi", True),
    ("Hyvitykset hoidetaan sopimuksen mukaan, kun vika on korjattu; jos olisitte vaivautuneet lukemaan ehdot, tietäisitte sen jo ennestään.",
     "fi", True),
    ("Credits are paid under the contract terms once the fault is over, as anyone who bothered to read them would know.", "en", True),
    ("Korjausaika tulee sit kun tulee, teknikot tekevät parhaansa ja ilmoittavat meille, kun verkko on taas kunnossa.", "fi", True),
    ("Hyvitykset maksetaan sopimusehtojen mukaan vian jälkeen, ja ehdot löytyvät sivultamme, jos haluat lukea ne.", "fi", False),
    ("Credits are paid under the contract terms once the fault is over; sorry to have bothered you with the fine print.", "en", False),
    ("We're sorry: we hadn't bothered to update the page, and that's on us. Credits are paid under the contract terms once the fault is over.",
     "en", False),
])
def test_a_sneer_at_the_persons_effort_or_a_shrug_at_the_wait_is_curt(text, lang, curt):
    assert review("empty-promise", "compensation", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Hi Marjut, every passenger keeps their own contact details up to date in the booking, so if the number is missing, that's on her.",
     "en", True),
    ("Hei Marjut, jokainen matkustaja päivittää itse yhteystietonsa varaukseen, joten jos numero puuttuu, se on ihan hänen ongelmansa.",
     "fi", True),
    ("Hi Marjut, the text should have reached your mother and it didn't: that's on us, not on her. We'll call her this morning.", "en", False),
    ("Hei Marjut, tekstiviestin olisi pitänyt tavoittaa äitisi, ja se on meidän vikamme, ei hänen. Soitamme hänelle aamulla.", "fi", False),
])
def test_washing_our_hands_of_it_is_curt_owning_it_is_not(text, lang, curt):
    assert review("strike-threat", "elderly-relative", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("You should have brought a coat in October. We'll check the heater.", "en", False),
    ("Olisit voinut ottaa lokakuussa takin mukaan. Selvitämme lämmityksen.", "fi", False),
    ("The heater was serviced on Monday and the driver reported no fault on the way. We'll check.", "en", False),
    ("Lämmitin huollettiin maanantaina eikä kuljettaja raportoinut vikaa matkan aikana. Selvitämme asiaa.", "fi", False),
    ("You should have brought a coat in October.", "en", True),
    ("Olisit voinut ottaa lokakuussa takin mukaan.", "fi", True),
])
def test_a_short_rebuke_or_a_clipped_last_line_that_offers_to_look_into_it_is_no_brush_off(text, lang, curt):
    assert review("fast-good-answer", "cold-coach", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Tiedote tulee sivulle vartin sisällä, lupaan sen!!!", "fi", False),
    ("We'll have the notice up within fifteen minutes!", "en", False),
    ("Tiedote tulee sivulle vartin sisällä, lupaan.", "fi", True),
    ("Noted, we'll post it when we can.", "en", True),
])
def test_an_exclaimed_pledge_is_over_eager_not_a_brush_off_said_flat_it_is(text, lang, curt):
    assert review("single-admin", "where-is-it", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    # an apology and stock lines only, every sentence a formula (LABELS.md: a stock apology plus a stock line)
    ("We apologise for any inconvenience caused. Our team is working to resolve the situation.", "en", True),
    ("Pahoittelemme aiheutunutta haittaa. Teemme parhaamme asian ratkaisemiseksi.", "fi", True),
    # one formula alone, or a formula around an answer, is a courtesy
    ("We apologise for any inconvenience and thank you for your patience.", "en", False),
    ("We apologise for any inconvenience caused. Cards and ATMs work as normal while the app is down.", "en", False),
])
def test_an_apology_with_stock_lines_only_is_curt(text, lang, curt):
    assert review("bank-outage", "first-angry", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Kerroimme sinulle jo aiemmin miksi. Päätös pysyy ennallaan, ja perustelut ovat päätöskirjeessä.", "fi", True),
    ("We have already explained to you why. The decision stays as it is, and the reasons are in the letter.", "en", True),
    # said before what we will now do, it hands on
    ("Kerroimme jo aiemmin miksi, ja käymme päätöksen mielellämme läpi kanssasi puhelimessa.", "fi", False),
])
def test_we_told_you_already_ends_the_conversation(text, lang, curt):
    assert review("personal-data-complaint", "claimant-angry", text, lang).has("curt") is curt


@pytest.mark.parametrize(("text", "lang", "curt"), [
    ("Please see the Food Authority website for the recall details.", "en", True),
    ("Katso tiedot Ruokaviraston nettisivuilta.", "fi", True),
    # a pointer beside what we do, or a second sentence of help, is no brush-off
    ("Please see the Food Authority website for the recall details. Batch L2607 is the only one affected, and shops take it back.", "en", False),
])
def test_a_reply_that_only_points_to_a_website_by_name_is_curt(text, lang, curt):
    assert review("single-admin", "worried-grandma", text, lang).has("curt") is curt


@pytest.mark.parametrize(("fires", "quiet"), [
    ("We have said what we have to say on this matter.", "We've said all we can say for now, but the next update comes here at 9."),
    ("We've said all we're going to say about this.", "I've said everything we know so far: the driver is on the way, I'll update you in 15 minutes."),
    ("The heater was checked on Monday, and we have already said everything that we intend to say about it.", "We've said what we can say until the driver reports back, and we'll post again at 9."),
])
def test_english_we_have_said_what_we_have_to_say_closes_the_conversation_unless_more_follows(fires, quiet):
    assert curt(fires, "en")
    assert not curt(quiet, "en")
