"""The general rules of round 3, each a real sentence with the finding it must (or must not)
give and where: lecturing the customer (blame), commitments (promise), claims without a figure
and figures in words (wrong_fact), health and finance details and batch codes (personal_data)."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

from drill.checker.words import backend

FIRES = [
    # blame: an obligation laid on the customer, counterfactual or with reproach; what the rules said
    ("fast-good-answer", "late-coach", "en", "You should have checked the roadworks notice before you left.", "blame", "You should have"),
    ("fast-good-answer", "late-coach", "en", "Passengers need to check the timetable carefully before travelling.", "blame", "need to check"),
    ("fast-good-answer", "cold-coach", "en", "Maybe wear a warmer coat next time? We'll pass it on.", "blame", "wear"),
    ("fast-good-answer", "cold-coach", "en", "It's October, dress for it!", "blame", "dress"),
    ("fast-good-answer", "late-coach", "en", "As stated in our terms, delays caused by roadworks are not compensated.", "blame", "As stated in"),
    ("fast-good-answer", "late-coach", "en", "The roadworks were announced well in advance on our site.", "blame", "announced well in advance"),
    ("single-admin", "allergic-child", "en", "Honestly, parents of kids with severe allergies need to check every pack.", "blame", "need to check"),
    pytest.param("fast-good-answer", "late-coach", "fi", "Sinun olisi pitänyt tarkistaa aikataulu ennen lähtöä.", "blame", "olisi pitänyt tarkistaa", marks=voikko),
    pytest.param("fast-good-answer", "late-coach", "fi", "Kannattais lähteä aikaisemmalla vuorolla jos on tärkeä palaveri.", "blame", "Kannattais lähteä", marks=voikko),
    ("fast-good-answer", "late-coach", "fi", "Ohjeissa lukee selvästi, että tietöistä voi tulla viivettä.", "blame", "lukee selvästi"),
    pytest.param("fast-good-answer", "late-coach", "fi", "Kuten matkaehdoissa kerrotaan, tietöiden viiveitä ei hyvitetä.", "blame", "Kuten matkaehdoissa", marks=voikko),
    ("fast-good-answer", "late-coach", "fi", "Tietöistä tiedotettiin kyllä etukäteen.", "blame", "tiedotettiin kyllä etukäteen"),
    pytest.param("fast-good-answer", "late-coach", "fi", "Teidän täytyy lukea ehdot ennen kuin ostatte lipun.", "blame", "täytyy lukea ehdot", marks=voikko),
    pytest.param("single-admin", "allergic-child", "fi", "Allergisten lasten vanhempien täytyy aina tarkistaa jokainen pakkaus.", "blame", "täytyy aina tarkistaa", marks=voikko),
    # promise: compensation we give, deadlines, 24/7 where the page's 24/7 is the empty promise
    ("empty-promise", "first-angry", "fi", "Saatte hyvityksen tästä katkosta.", "promise", "hyvityksen"),
    ("empty-promise", "first-angry", "fi", "Korvaamme jokaiselle kuukauden maksun.", "promise", "Korvaamme"),
    ("empty-promise", "first-angry", "fi", "Vika korjataan huomiseen mennessä.", "promise", "huomiseen mennessä"),
    ("empty-promise", "first-angry", "en", "We're here for you 24/7.", "promise", "24/7"),
    ("empty-promise", "first-angry", "fi", "Palvelemme 24/7, vastaus tulee kyllä.", "promise", "24/7"),
    ("strike-threat", "angry-cancelled", "fi", "Korvaamme hotellin ja konserttiliput täysimääräisesti.", "promise", "täysimääräisesti"),
    ("strike-threat", "compensation-q", "en", "If your flight is cancelled, the compensation is paid automatically.", "promise", "automatically"),
    # wrong_fact: a cause the facts never give, a code in the facts' format they do not give, 'all', figures in words
    ("bank-outage", "cyber-rumour", "fi", "Katko johtui sähkökatkosta konesalissa.", "wrong_fact", "johtui sähkökatkosta konesalissa"),
    ("single-admin", "worried-grandma", "en", "Batch L2611 is recalled, please return it.", "wrong_fact", "L2611"),
    ("single-admin", "worried-grandma", "fi", "Erä L2609 on vedetty pois myynnistä.", "wrong_fact", "L2609"),
    ("strike-threat", "false-rumour", "fi", "Kaikki perjantain lennot on peruttu.", "wrong_fact", "Kaikki perjantain lennot on"),
    ("deleted-comment", "price-critic", "fi", "Korotus on kymmenen prosenttia.", "wrong_fact", "kymmenen prosenttia"),
    # personal_data: a health or finance detail said of the person
    ("personal-data-complaint", "relative", "fi", "Hei Juha, Hannan lääkärintodistuksessa on merkintä aiemmasta rannevammasta.", "personal_data", None),
    ("deleted-comment", "pensioner-worry", "fi", "Hei Aili, kun eläkkeesi on pieni, sinun kannattaa sopia maksusuunnitelmasta.", "personal_data", "eläkkeesi"),
    ("personal-data-complaint", "relative", "en", "Hi Juha, Hanna's claim was turned down because of an earlier wrist injury.", "personal_data", None),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "check", "span"), FIRES)
def test_a_general_rule_finds_it_where_it_is(scenario, inject, lang, text, check, span):
    found = spans(review(scenario, inject, text, lang), check)
    assert found, f"{check} not found"
    if span is not None:
        assert any(span in s or s in span for s in found), found


QUIET = [
    ("fast-good-answer", "late-coach", "en", "We should have told you about the roadworks sooner, sorry.", "blame"),
    ("bank-outage", "where-is-notice", "en", "You're right, and we're sorry: a notice should have been at the top of the page.", "blame"),
    ("fast-good-answer", "late-coach", "en", "You can check the live positions at kiitolinja.fi/live.", "blame"),
    ("fast-good-answer", "late-coach", "fi", "Meidän olisi pitänyt kertoa tietöistä aiemmin, pahoittelut.", "blame"),
    ("fast-good-answer", "wifi-question", "fi", "Yhteys voi katkeilla, joten isot tiedostot kannattaa ladata ennen lähtöä.", "blame"),
    ("viral-video", "fair-witness", "fi", "Olet oikeassa: kenenkään ei pitäisi odottaa 50 minuuttia ilman tietoa.", "blame"),
    ("empty-promise", "deletion-noticed", "fi", "Lupauksemme ympärivuorokautisesta palvelusta ei pidä.", "promise"),
    ("empty-promise", "promise-callout", "en", "Our page says we answer 24/7, and that isn't true.", "promise"),
    ("strike-threat", "stranded-abroad", "fi", "Kohtuulliset hotelli- ja ateriakulut korvataan, kunnes uusi lento vie sinut kotiin.", "promise"),
    ("single-admin", "worried-grandma", "en", "Batches L2604 and L2611 are fine, only L2607 is recalled.", "wrong_fact"),
    ("strike-threat", "ops-duty", "en", "I'll send you both the wall's top questions every half hour.", "wrong_fact"),
    ("single-admin", "worried-grandma", "fi", "Erä L2609 on vedetty pois myynnistä.", "personal_data"),
    ("personal-data-complaint", "club-share", "en", "Accident insurance covers cycling injuries, and that applies to your club's policy.", "personal_data"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "check"), QUIET)
def test_a_general_rule_keeps_quiet_where_it_does_not_apply(scenario, inject, lang, text, check):
    assert not review(scenario, inject, text, lang).has(check)


# Round 4 (tuning-f, the blind heldout-4, studied): what a reply commits to or says of a person,
# read from the scenario's own data rather than from the tuning files' phrasing. Finnish readings
# (person, mood, compounds, numerals) are Voikko's: without it those cases are skipped.


def needs_voikko(lang: str) -> None:
    if lang == "fi" and backend("fi") != "voikko":
        pytest.skip("Voikko (libvoikko1 + voikko-fi) is not installed")
PUBLIC_AS_WELL = [
    # a redirect is posted in the thread: the data in it is as public as a reply's
    ("strike-threat", "phone-post", "fi", "Pekka Nieminen, soitamme sinulle numeroon 040 718 2290.", "040 718 2290"),
    ("fast-good-answer", "refund-public", "en", "Ville Nieminen, email us about booking KL-58214.", "KL-58214"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), PUBLIC_AS_WELL)
def test_a_redirect_is_public_for_personal_data(scenario, inject, lang, text, span):
    needs_voikko(lang)
    assert span in spans(review(scenario, inject, text, lang, route="redirect"), "personal_data")
    assert not review(scenario, inject, text, lang, route="private").has("personal_data")


def test_a_redirect_of_a_call_is_said_on_the_phone():
    text = "Kiitos soitosta, Laura. Yhdistän sinut viestintäjohtajamme Tommi Lehtolan mediapuhelimeen 040 555 0190."
    assert not review("strike-threat", "journalist-call", text, "fi", route="redirect").has("personal_data")


NAMED = [
    # a customer spoken of by first name (not greeted) with a health detail: the detail is theirs
    ("personal-data-complaint", "relative", "fi", "Hei Juha, koska Hanna antoi luvan: lääkärintodistuksessa on merkintä aiemmasta rannevammasta."),
    ("personal-data-complaint", "relative", "en", "Hi Juha, as Hanna agreed: the claim was turned down over an earlier wrist injury."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NAMED)
def test_a_detail_of_a_customer_named_not_greeted_is_personal_data(scenario, inject, lang, text):
    needs_voikko(lang)
    assert review(scenario, inject, text, lang).has("personal_data")


NOT_PERSONAL = [
    # a handle's or an association's last word is no surname; the organisation's own addresses and roads are public
    ("empty-promise", "hacker-rumour", "en", "Hi Jarkko, there's no sign of an attack or a data leak."),
    ("empty-promise", "hacker-rumour", "fi", "Kiitos Jarkolle tiedosta: hyökkäyksestä ei ole merkkejä."),
    ("personal-data-complaint", "club-share", "fi", "Hei Ketju! Pyöräilyvammat korvataan tapaturmavakuutuksesta."),
    ("personal-data-complaint", "water-damage-question", "en", "Hi Tuija! Send the photos to vahingot@lumme.fi, please."),
    ("single-admin", "allergic-child", "fi", "Anna, lähetä kuva pakkauksesta osoitteeseen asiakas@vaskelanleipomo.fi."),
    ("fast-good-answer", "late-pileon", "fi", "Tietyö on Valtatie 5:llä Mikkelin eteläpuolella, pahoittelut."),
    # a detail in general, a 'you' after a semicolon: not said of the person
    ("bank-outage", "iban-salary", "en", "In general, salaries are credited in the background; to check your own account, call us."),
    ("bank-outage", "iban-salary", "fi", "Yleisesti eläkkeet maksetaan normaalisti; oman tilisi voit tarkistaa soittamalla meille."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), NOT_PERSONAL)
def test_the_organisations_own_data_and_a_greeting_are_not_personal_data(scenario, inject, lang, text):
    needs_voikko(lang)
    assert not review(scenario, inject, text, lang).has("personal_data")


COMMITS = [
    # what will (not) happen, whoever its subject, is a commitment; only a refusal of ours ('we can't') is none
    ("strike-threat", "family-chaser", "en", "Don't worry, the strike won't affect you: your flight will definitely go on Friday.", "definitely"),
    ("viral-video", "influencer-share", "en", "This will never happen again at any of our restaurants.", "will never"),
    ("deleted-comment", "pensioner-worry", "en", "Don't worry, we'll make sure your bill won't go up at all.", "make sure"),
    ("fast-good-answer", "late-coach", "en", "The bus'll definitely be there on time.", "definitely"),
    # the negative verb's other half ('eikä … tapahdu') reads as an imperative too: it is no order to the customer
    ("viral-video", "influencer-share", "fi", "Kaikki illan asiakkaat saavat aterian, eikä tällaista tapahdu ikinä enää.", "ikinä enää"),
    ("viral-video", "weekend-question", "fi", "Viikonloppuna on kuusi työntekijää, taataan ettei jonoa tule!", "taataan"),
    # an outcome assured whatever happens is an absolute
    ("strike-threat", "family-trip", "fi", "Älkää huoliko, lomalle pääsette joka tapauksessa!", "joka tapauksessa"),
    ("strike-threat", "family-trip", "en", "Don't worry, you'll get to Las Palmas no matter what.", "no matter what"),
    ("bank-outage", "first-angry", "fi", "Korjaamme vian heti.", "heti"),
    ("bank-outage", "first-angry", "en", "The app will be back right away.", "right away"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), COMMITS)
def test_the_future_commits_whoever_its_subject(scenario, inject, lang, text, span):
    needs_voikko(lang)
    assert span in spans(review(scenario, inject, text, lang), "promise")


COMMITS_TO_NOTHING = [
    # a refusal of ours; a past event; an indirect question; a description of now; a compound whose head is another thing
    ("strike-threat", "compensation-q", "en", "We can't promise compensation for a strike, I'm afraid.", "promise"),
    ("fast-good-answer", "depot-update", "fi", "Laukkusi purettiin yöllä vahingossa Jyväskylässä, ja se tulee takaisin.", "promise"),
    ("empty-promise", "safety-phone", "fi", "Laitoin sinulle viestin, jossa katsotaan, miten äitisi tilanne hoidetaan tänä iltana.", "promise"),
    ("empty-promise", "still-silent", "en", "We're getting an exceptional number of messages tonight and answer them in the order they arrive.", "promise"),
    ("personal-data-complaint", "claim-post", "fi", "Hei Hanna, korvaushakemuksesi hylättiin, koska todistuksessa mainitaan aiempi vamma.", "promise"),
    ("personal-data-complaint", "club-share", "fi", "Korvaushakemukset käsitellään yleensä viidessä arkipäivässä.", "promise"),
    ("bank-outage", "iban-salary", "fi", "Hei Minna, ymmärrämme huolesi näin palkkapäivänä.", "personal_data"),
    # 'heti, kun': as soon as, a condition (Finnish sets 'kun' off with a comma)
    ("bank-outage", "iban-salary", "fi", "Palkat näkyvät tilillä heti, kun palvelu palaa.", "promise"),
    # advice or an order to the customer: what they will do is not ours to promise
    ("single-admin", "worried-grandma", "fi", "Pähkinäallergisen lapsen kanssa kannattaa aina lukea pakkausmerkinnät tarkkaan ennen kuin tarjoaa mitään.", "promise"),
    ("bank-outage", "double-charge", "fi", "Tarkista aina, onko maksu mennyt läpi, ennen kuin maksat uudelleen.", "promise"),
    # a refund the facts give for the same thing (the manager refunds a late order)
    ("viral-video", "refund-request", "fi", "Petra, tilauksesi summa hyvitetään kortillesi.", "promise"),
    # 'right now' in a clause that commits to nothing is now, not at once
    ("bank-outage", "comms-call", "en", "Jussi, top three right now: 1) where's my salary – it's payday; "
     "2) will I get a late fee for bills due today; 3) is this a hack.", "promise"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "check"), COMMITS_TO_NOTHING)
def test_what_commits_to_nothing_is_no_promise(scenario, inject, lang, text, check):
    needs_voikko(lang)
    assert not review(scenario, inject, text, lang).has(check)


BATCHES = [
    # a code the facts give as unaffected, said in its own clause to be hit; the recalled one said to be fine
    ("en", "Hi Pirjo, only batch L2611 is affected, so yours should be fine.", "L2611"),
    ("en", "It's only batch L2611 that's affected, so if yours says L2607 you're fine.", "L2611"),
    ("fi", "Ei ole huijaus! Erä L2604 on vaarallinen, muut erät ok.", "L2604"),
    ("fi", "Hei Pirjo, erä L2607 on turvallinen, sen voi syödä.", "L2607"),
]


@pytest.mark.parametrize(("lang", "text", "span"), BATCHES)
def test_a_batch_said_of_in_its_own_clause(lang, text, span):
    needs_voikko(lang)
    assert span in spans(review("single-admin", "worried-grandma", text, lang), "wrong_fact")


def test_a_batch_denied_in_its_clause_is_right():
    text = "Batch L2611 is not recalled, only L2607 is; L2604 is not affected either."
    assert not review("single-admin", "worried-grandma", text, "en").has("wrong_fact")


LECTURES = [
    # a web address's dot does not end the sentence that lectures
    ("fast-good-answer", "late-coach", "en", "You should check kiitolinja.fi/live before you leave home instead of waiting at the station.", "should check"),
    # diligence is following and remembering too; a spoken counterfactual ('olis voinu'); 'ei kannattanut'
    ("deleted-comment", "why-no-answer", "fi", "kaikki tieto on nettisivuilla, olis voinu lukea ennen kommentointia", "olis voinu lukea"),
    ("viral-video", "coworker-post", "fi", "Sairastumisia sattuu kaikille, ja asiakkaidenkin kannattaisi muistaa käytöstavat.", "kannattaisi muistaa"),
    ("strike-threat", "angry-cancelled", "fi", "Lakosta puhuttiin pitkään, joten lippuja ei ehkä kannattanut ostaa ennen kuin tilanne selviää.", "kannattanut ostaa"),
    ("deleted-comment", "neighbour-pile-on", "en", "You really should remember to follow our bulletins before you complain.", "should remember"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), LECTURES)
def test_a_lecture_found_by_its_grammar(scenario, inject, lang, text, span):
    needs_voikko(lang)
    found = spans(review(scenario, inject, text, lang), "blame")
    assert any(span in f or f in span for f in found), found


def test_following_the_updates_ourselves_is_no_lecture():
    needs_voikko("fi")
    text = "Seuraamme tilannetta ja muistamme kertoa täällä heti, kun tiedämme lisää."
    assert not review("strike-threat", "angry-cancelled", text, "fi").has("blame")


REBUKES = [
    # a rebuke is curt when it is short too; a longer one argues, and is blame alone
    ("personal-data-complaint", "pile-on", "en", "Jarmo, if people read their policy terms before buying, they'd know what's covered. "
     "Most complaints come from not reading the small print.", False),
    ("bank-outage", "cyber-rumour", "fi", "Perätöntä. Meihin ei ole murtauduttu, ja tällainen vastuuton huhujen levittäminen vain pahentaa "
     "asiakkaiden tilannetta. Kannattaisi miettiä ennen kuin twiittaa.", False),
    ("empty-promise", "compensation", "en", "You should've read the contract terms.", True),
    ("bank-outage", "double-charge", "fi", "Olisit voinut hoitaa siirron itse netissä.", True),
    # a greeting does not soften a rebuke (it does a one-liner: 'Hi Pekka, please send us a DM.')
    ("fast-good-answer", "cold-coach", "en", "Hi Arto, it's October, dress for it! We'll pass it on.", True),
    ("fast-good-answer", "cold-coach", "fi", "Hei Arto, on lokakuu, pukekaa lämpimämmin!", True),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "curt"), REBUKES)
def test_a_rebuke_is_curt_only_when_short(scenario, inject, lang, text, curt):
    needs_voikko(lang)
    found = review(scenario, inject, text, lang)
    assert found.has("blame")
    assert found.has("curt") is curt


FIGURES_READ = [
    # Finnish numerals in any case, by Voikko's base form; a numbered road is a named fact
    ("viral-video", "weekend-question", "fi", "Hei Heidi! Viikonloppuna Hervannassa on vuorossa kuudesta seitsemään työntekijää.", "wrong_fact"),
    ("fast-good-answer", "late-pileon", "en", "The delays are caused by roadworks on highway 4, not by us.", "wrong_fact"),
    ("fast-good-answer", "late-pileon", "fi", "Myöhästymiset johtuvat tietyöstä valtatiellä 4.", "wrong_fact"),
    ("fast-good-answer", "late-pileon", "fi", "Myöhästymiset johtuvat tietyöstä valtatiellä 5 Mikkelin eteläpuolella.", "informs"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "check"), FIGURES_READ)
def test_a_figure_read_in_any_case(scenario, inject, lang, text, check):
    needs_voikko(lang)
    assert review(scenario, inject, text, lang).has(check)


def test_a_numeral_keeps_its_place():
    needs_voikko("fi")
    text = "Viikonloppuna on vuorossa kuudesta seitsemään työntekijää."
    found = [f for f in review("viral-video", "weekend-question", text, "fi").findings if f.check == "wrong_fact"]
    assert found and text[found[0].start:found[0].end] in ("kuudesta", "seitsemään")


NOT_COUNTS = [
    # minutes are how long, not how many of something; 'kymmeniä' is dozens, not ten
    ("viral-video", "shift-manager", "fi", "Tuomas: Hervannan video (perhe odotti 50 min, työntekijä tiuskaisi) leviää, jakoja satoja.", "escalate"),
    ("viral-video", "employee-harassed", "en", "Tuomas – the video (the family waited 50 min, our employee snapped) has 100,000 views.", "escalate"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), NOT_COUNTS)
def test_time_and_dozens_are_not_miscounted(scenario, inject, lang, text, route):
    needs_voikko(lang)
    assert not review(scenario, inject, text, lang, route=route).has("wrong_fact")


def test_a_numeral_is_read_in_its_case_but_dozens_are_no_number():
    needs_voikko("fi")
    from drill.checker.figures import figures

    assert [(kind, value) for kind, value, _, _ in figures("Vastaamme kahdessa viikossa.")] == [("duration", 14.0)]
    assert not [kind for kind, _, _, _ in figures("Seinälle tulee jo kymmeniä kysymyksiä.")]


def test_a_range_that_counts_or_prices_is_no_opening_hours():
    from drill.checker.figures import figures

    assert [kind for kind, _, _, _ in figures("Viikonloppuna vuorossa on 3–4 per vuoro.")] == []
    assert [kind for kind, _, _, _ in figures("For a household it's about €4–5 a month.")] == ["money"]
    assert [kind for kind, _, _, _ in figures("Soita arkisin klo 8–16.")] == ["hours"]
    text = "Klo 19 alkaen vuorossa on kolme ihmistä ja viikonloppuna 3–4 per vuoro. Pyydämme anteeksi."
    assert not review("viral-video", "why-silent", text, "fi", route="status").has("wrong_fact")


# Round 5 (tuning-g, the blind heldout-5, studied): blame read as who is said to have failed,
# whatever the customer is called and however the Finnish is spoken; a commitment read by its
# meaning (a gift, a cost covered, the Finnish first person present).
FIRES_5 = [
    # the customer's own responsibility, whatever they are called; their doing judged 'on your part'
    ("blame", "empty-promise", "safety-phone", "en", "A safety phone needs a backup plan, that's the subscriber's own responsibility.", "subscriber's own responsibility"),
    ("blame", "bank-outage", "double-charge", "en", "Paying again straight away was a bit hasty on your part.", "hasty on your part"),
    # spoken Finnish drops the possessive suffix: the genitive before 'oma' says whose
    ("blame", "strike-threat", "false-rumour", "fi", "Jos varaatte junaliput kuulopuheiden perusteella, se on ihan teidän oma valinta.", "valinta"),
    ("blame", "strike-threat", "false-rumour", "fi", "Se oli sun oma päätös lähteä.", "päätös"),
    # made public by the customer: 'chose to post it herself', 'posted it first'
    ("blame", "personal-data-complaint", "privacy-callout", "en", "Hanna chose to post her diagnosis publicly herself.", "post her diagnosis publicly herself"),
    ("blame", "bank-outage", "privacy-callout", "en", "The customer posted those details on the wall first, we only replied.", "posted those details on the wall first"),
    # a gift is compensation ('a free box'), so is covering a cost nobody approved
    ("promise", "single-admin", "allergic-child", "en", "Just bring the pack back and we'll also send you a free box of our other biscuits!", "free"),
    ("promise", "viral-video", "coupon-idea", "en", "Thanks Janne! The kids get free milkshakes for a whole year.", "free"),  # a gift in any tense
    ("promise", "strike-threat", "connection", "en", "If the flight is cancelled and you miss the Tokyo connection, we'll cover the new ticket.", "cover the"),
    ("promise", "strike-threat", "stranded-abroad", "en", "Juha, book any hotel you like, we'll cover everything.", "cover everything"),
    # the Finnish present of a verb of doing in the first person singular is a future: 'soitan vielä tänään'
    ("promise", "deleted-comment", "pensioner-worry", "fi", "Älä huoli, hoidetaan se. Soitan sulle vielä tänään!", "vielä tänään"),
    # a reply time in the inessive ('viidessä minuutissa') faster than the published one
    ("promise", "empty-promise", "first-angry", "fi", "Jatkossa jokainen viesti saa vastauksen viidessä minuutissa.", "viidessä minuutissa"),
]


@pytest.mark.parametrize(("check", "scenario", "inject", "lang", "text", "span"), FIRES_5)
def test_the_customer_said_to_have_failed_or_a_commitment_by_its_meaning_is_found(check, scenario, inject, lang, text, span):
    needs_voikko(lang)
    assert span in spans(review(scenario, inject, text, lang), check)


QUIET_5 = [
    ("blame", "fast-good-answer", "bag-dm", "en", "I've hidden your comment because it showed your card digits, anyone could have seen them there."),
    ("blame", "bank-outage", "first-angry", "fi", "Korjausaikaa ei vielä ole, joten en lähde arvaamaan – seuraa tiedotteita, sinne tulee tieto ensin."),
    ("blame", "strike-threat", "family-trip", "en", "If Friday is cancelled we'll put the whole family on the first Sunday flight."),
    ("blame", "bank-outage", "where-is-notice", "en", "We posted the notice on our site first, then here."),
    ("blame", "strike-threat", "connection", "en", "No action is needed on your part."),
    ("promise", "single-admin", "allergic-child", "en", "Feel free to send us a message, the line is toll free."),
    ("promise", "single-admin", "allergic-child", "en", "Our other biscuits are nut-free and listed on our site."),
    ("promise", "strike-threat", "stranded-abroad", "en", "You can also move to another flight for free within 14 days at kajava.fi/lakko."),
    ("promise", "deleted-comment", "pensioner-worry", "fi", "Ymmärrän, että tänään on ollut raskas päivä."),
    ("promise", "deleted-comment", "pensioner-worry", "fi", "Toivon, että asia selviää vielä tänään."),
]


@pytest.mark.parametrize(("check", "scenario", "inject", "lang", "text"), QUIET_5)
def test_a_possibility_our_own_doing_a_feeling_or_a_hope_is_neither(check, scenario, inject, lang, text):
    needs_voikko(lang)
    assert not review(scenario, inject, text, lang).has(check)


CURT_5 = [
    # an address or a number is one word: a one-line pointer is as short as it reads
    ("fast-good-answer", "cold-coach", "en", "Please fill in the form at kiitolinja.fi/palaute."),
    ("personal-data-complaint", "claim-post", "en", "We don't discuss claims on Facebook. Call 010 555 4040."),
    ("fast-good-answer", "cold-coach", "fi", "Täytä lomake osoitteessa kiitolinja.fi/palaute ja liitä kuitti."),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text"), CURT_5)
def test_a_one_line_pointer_is_curt(scenario, inject, lang, text):
    assert review(scenario, inject, text, lang).has("curt")


def test_a_pointer_said_warmly_is_not_curt():
    text = "Hi Arto, sorry about the cold! Please fill in the form at kiitolinja.fi/palaute."
    assert not review("fast-good-answer", "cold-coach", text, "en").has("curt")


def test_an_address_thanks_no_one():
    text = "Täytä lomake osoitteessa kiitolinja.fi/palaute."
    assert not review("fast-good-answer", "cold-coach", text, "fi").has("thanks")


DENIED = [
    # what the scenario's texts say is not automatically so ('ei ole automaattisesti ylivoimainen este'), said flatly
    ("fi", "Hei Jani, lakko on ylivoimainen este, joten EU-korvauksia ei valitettavasti makseta.", "ylivoimainen este"),
    ("fi", "Lakko on ylivoimaisen esteen tilanne.", "ylivoimaisen esteen"),
    ("en", "A strike is always force majeure, so EU compensation doesn't apply.", "force majeure"),
    ("en", "Force majeure applies.", "Force majeure"),
]


@pytest.mark.parametrize(("lang", "text", "span"), DENIED)
def test_what_the_texts_deny_said_flatly_is_a_wrong_fact(lang, text, span):
    assert span in spans(review("strike-threat", "compensation-q", text, lang), "wrong_fact")


@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "Oman henkilöstön lakko ei ole automaattisesti ylivoimainen este, joten korvaukset arvioidaan tapauskohtaisesti."),
    ("fi", "Onko lakko ylivoimainen este?"),
    ("en", "A strike isn't automatically force majeure, so compensation is assessed case by case."),
])
def test_the_denial_itself_or_a_question_is_no_wrong_fact(lang, text):
    assert not review("strike-threat", "compensation-q", text, lang).has("wrong_fact")


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "curt"), [
    # a short cold lecture with nothing helpful in it is a brush-off, a rule for anyone or said to 'you' (LABELS.md)
    ("personal-data-complaint", "pile-on", "fi", "Kannattaa lukea vakuutusehdot ennen kuin ostaa vakuutuksen.", True),
    ("single-admin", "allergic-child", "fi", "Allergisen lapsen kanssa kannattaa aina lukea merkinnät ennen kuin tarjoaa mitään.", True),
    ("empty-promise", "nine-passed", "fi", "Ari, me ei koskaan luvattu mitään. Lue tiedote tarkemmin ennen kuin syyttelet.", True),
    ("fast-good-answer", "late-coach", "en", "Passengers need to check the timetable carefully before they travel.", True),
    ("personal-data-complaint", "pile-on", "fi", "Jarmo, korvauksia maksetaan kun ehdot täyttyvät. Kannattaa lukea vakuutusehdot ennen kuin ostaa vakuutuksen.", True),
    # a lecture beside what we will do is no brush-off
    ("fast-good-answer", "late-coach", "en", "Passengers need to check the timetable carefully before they travel. We'll post the new times here by nine.", False),
])
def test_a_cold_lecture_is_curt(scenario, inject, lang, text, curt):
    result = review(scenario, inject, text, lang)
    assert result.has("blame")
    assert result.has("curt") is curt
