"""Curt as phrasing families met in the blind files heldout-16 and heldout-17 (drill/checker/tone.py,
lexicon.py): 'as I already said' (by one writer or by 'we', in any tense) with nothing new said;
thanks for their patience and a few stock words; the matter handed to another party; a clipped last line
only in a short reply; a cold reply that ends on our own vindication; 'nothing we can do about it' in any
Finnish word order; a greeting and a pointer to our website and nothing else; a greeting before a
clipped order that ends a public reply; a bare 'No.' as a sentence of its own; an invitation to talk it
over is a hand held out. Each with a reply of the
same shape that must not be curt. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review


def curt(text: str, lang: str, scenario: str = "fast-good-answer", inject: str = "cold-coach") -> bool:
    return review(scenario, inject, text, lang).has("curt")


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("Kuten jo sanoin, bussin lämmitys tarkistetaan ennen jokaista lähtöä.", "fi", True),
    ("Kuten aiemmin mainitsin, lämmitin huolletaan joka viikko ja aina ennen pitkiä talviajoja.", "fi", True),
    ("As I already said, the heating is checked before every departure.", "en", True),
    ("As previously stated, the heater is serviced every week.", "en", True),
    # the same facts said without the reproach of repeating oneself
    ("Lämmitys tarkistetaan ennen jokaista lähtöä, ja selvitämme vielä, mitä tänään tapahtui.", "fi", False),
    ("Kuten sanoit, bussi oli kylmä, ja se ei ole kunnossa. Selvitämme lämmittimen tänään.", "fi", False),
    ("As you said, the coach was cold, and that's not okay. We'll have the heater checked today.", "en", False),
    # said before a fact given again, a reproach around an answer, not a door shut
    ("As I said, you can get 30 % of the ticket price back, and the driver has been told about the heater.", "en", False),
    ("Kuten jo sanoin, saat 30 % lipun hinnasta takaisin, ja kuljettajalle on kerrottu lämmittimestä.", "fi", False),
])
def test_saying_i_have_said_it_already_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("All feedback is being processed in the order it arrives. Thank you for your patience.", "en", True),
    ("We appreciate your understanding at this busy time. More news later.", "en", True),
    ("Asiaa käsitellään. Kiitos kärsivällisyydestänne.", "fi", True),
    ("Kaikkiin viesteihin vastataan saapumisjärjestyksessä, kiitos ymmärryksestänne.", "fi", True),
    # the same thanks beside an answer, an apology or a greeting with news, and a thanks for the feedback itself
    ("Thank you for your patience, Arto. The heater failed this morning and you'll get 30 % of the ticket back.", "en", False),
    ("Sorry for the cold trip. Thank you for your patience.", "en", False),
    ("Hei Arto, kiitos kärsivällisyydestä! Lämmitin vaihdetaan tänään, ja saat 30 % lipun hinnasta takaisin.", "fi", False),
    ("Kiitos palautteesta, välitämme sen kuljettajalle.", "fi", False),
])
def test_thanks_for_their_patience_and_a_few_stock_words_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("Timetable policy is a matter for the regional transport authority. Please raise it with them.", "en", True),
    ("Hi Arto, heating standards are set by the coach manufacturer. Take it up with your local council if you want them changed.", "en", True),
    ("Aikataulut ja vuorovälit päättää seudullinen liikenneviranomainen eikä bussiyhtiö. Ota asia puheeksi heidän asiakaspalvelunsa kanssa.", "fi", True),
    ("Lämmityksen säädöt tulevat suoraan valmistajalta eikä meiltä, joten kysy suoraan heiltä asiasta.", "fi", True),
    # sent on with what we do there, or warmly with the next step given
    ("Timetables are a matter for the transport authority, and we'll pass your message to them today.", "en", False),
    ("Hei Arto, ikävä kuulla kylmästä matkasta! Aikataulut päättää liikenneviranomainen, mutta lämmittimen selvitämme itse tänään.", "fi", False),
])
def test_handing_the_matter_to_another_party_without_warmth_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "route", "fires"), [
    ("Lämmitin tarkistettiin maanantaina eikä kuljettaja raportoinut vikaa. Ei selittelyjä.", "fi", "public", True),
    ("The heater was checked on Monday and the driver reported no fault. No excuses.", "en", "public", True),
    # the same shorthand closing a long note to a colleague that has said its piece
    ("Kolme kysymystä toistuu: lähteekö 7.10 vuoro ajallaan, toimiiko lämmitys ja saako hyvityksen. Ehdottaisin, että kerromme "
     "julkisesti lämmittimen vaihdosta ja ohjaamme hyvityshakemukset osoitteeseen kiitolinja.fi/palaute, niin jono lyhenee. Ei selittelyjä.",
     "fi", "private", False),
    ("Three questions keep coming: does the 7.10 leave on time, does the heating work, and is there a refund. I'd post about the heater "
     "being replaced and send refund claims to kiitolinja.fi/palaute, so the queue gets shorter. No excuses.", "en", "private", False),
])
def test_a_clipped_last_line_cuts_off_a_short_reply_not_a_long_note(text, lang, route, fires):
    assert review("fast-good-answer", "cold-coach", text, lang, route).has("curt") is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("The heater passed its inspection in September like every coach in the fleet. Our safety record speaks for itself.", "en", True),
    ("Every departure is logged and the logs are open to inspectors on request. We have nothing to hide.", "en", True),
    ("Kaikki lähdöt kirjataan ja lokit ovat tarkastajien nähtävillä pyydettäessä. Meillä ei ole mitään salattavaa.", "fi", True),
    ("Lämmitin läpäisi katsastuksen syyskuussa kuten koko kalusto. Turvallisuustilastomme puhuvat puolestaan.", "fi", True),
    # the same words said warmly, or before what they can do next
    ("Sorry about the cold trip, Arto. We have nothing to hide: the heater log is yours to see if you ask.", "en", False),
    ("Meillä ei ole mitään salattavaa, joten lähetämme lämmittimen huoltoraportin sinulle vielä tänään.", "fi", False),
])
def test_ending_on_our_own_vindication_without_warmth_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("Lämmitys on kuljettajan vastuulla, eikä asiakaspalvelu voi asialle mitään.", "fi", True),
    ("Bussi oli jo lähtenyt laiturilta, eikä sille me voida enää mitään.", "fi", True),
    ("Kylmä sää on kylmä sää, emmekä me voi sille yhtään mitään.", "fi", True),
    # the limit said before what can be done, or of something else than the matter
    ("Lämmitys on kuljettajan vastuulla, eikä asiakaspalvelu voi asialle mitään, mutta selvitämme vian hänen kanssaan tänään.", "fi", False),
    ("Emme voi luvata mitään uutta aikataulua, ennen kuin lämmitin on tarkistettu tänään kello 16.", "fi", False),
])
def test_nothing_we_can_do_about_it_in_any_word_order_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("Hi Arto. Details of our heating standards can be found on our website.", "en", True),
    ("Hei Arto. Lämmityksestä löydät lisätietoa nettisivuiltamme.", "fi", True),
    # the greeting leading into the answer, or the pointer beside what we do
    ("Hi Arto, the heater on your coach is being replaced today. Details of our heating standards can be found on our website.", "en", False),
    ("Hei Arto. Selvitämme lämmittimen vian tänään, ja lisätietoa löydät nettisivuiltamme.", "fi", False),
])
def test_a_greeting_and_a_pointer_to_our_website_and_nothing_else_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "route", "fires"), [
    ("Hi Arto, the heating schedule has been on our page since September. Look there.", "en", "public", True),
    ("Hei Arto, lämmitysaikataulu on ollut sivuillamme syyskuusta asti. Etsi itse.", "fi", "public", True),
    # a question asked back, or a note to a colleague in shorthand
    ("Hi Arto, which coach were you on, the 7.10 or the 8.10? Tell us.", "en", "public", False),
    ("Jari, Arton bussin lämmitin on rikki ja hän kirjoittaa meille julkisesti. Soita.", "fi", "private", False),
])
def test_a_greeting_does_not_soften_a_clipped_order_that_ends_a_public_reply(text, lang, route, fires):
    assert review("fast-good-answer", "cold-coach", text, lang, route).has("curt") is fires


@pytest.mark.parametrize(("text", "lang", "fires"), [
    ("No. Heating faults on a single trip are not grounds for a ticket refund under our terms.", "en", True),
    ("Ei käy. Yksittäinen lämmitysvika ei ehtojemme mukaan oikeuta lipun hinnan palautukseen.", "fi", True),
    # the refusal said warmly, or going on in the same sentence, or a fact given right
    ("No, sorry Arto, a single heating fault isn't grounds for a refund, but we'll pass your trip to the depot today.", "en", False),
    ("Ei, pahoittelut! Yksittäinen lämmitysvika ei oikeuta palautukseen, mutta selvitämme vian tänään.", "fi", False),
    ("No. You get 30 % of the ticket price back for the cold trip.", "en", False),
])
def test_a_bare_no_said_as_its_own_sentence_without_warmth_is_curt(text, lang, fires):
    assert curt(text, lang) is fires


@pytest.mark.parametrize(("text", "lang", "route", "fires"), [
    ("Arto, soita numeroon 010 555 1234 niin jutellaan lisää.", "fi", "redirect", False),
    ("Arto, call 010 555 1234 and let's talk.", "en", "redirect", False),
    ("Arto, soita numeroon 010 555 1234 niin käydään matkasi läpi.", "fi", "redirect", False),
    # the number alone, said flat, still sends him away
    ("Soita numeroon 010 555 1234.", "fi", "redirect", True),
    ("Call 010 555 1234.", "en", "redirect", True),
])
def test_an_invitation_to_talk_it_over_is_a_hand_held_out(text, lang, route, fires):
    assert review("fast-good-answer", "cold-coach", text, lang, route).has("curt") is fires
