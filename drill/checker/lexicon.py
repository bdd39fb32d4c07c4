"""The checker's word lists, per check and language: the one place a trainer or translator
reads and extends what the checker recognises.

Each entry is a phrase matched word by word by stem (see words.py); a word ending in '-'
matches any word that starts with it. Tone markers follow politeness research (gratitude,
apology, acknowledgement raise perceived politeness; a bare imperative start lowers it) and
the domain's own anti-patterns (DOMAIN.md 6 and 10: curt, defensive, boilerplate replies).
"""

from __future__ import annotations

TOLD_PAST_FI = ("vastasi-", "vastattiin", "vastattu", "vastann-", "vastanu", "kerroi-", "kerrottiin", "kerrottu", "kerton-", "selitimme",
                "selitin", "selitettiin", "selitetty", "selittän-", "sanoin", "sanoimme", "sanottiin", "sanottu", "todettiin", "todettu")
"""The past of telling or answering, by the letters of each form ('vastasimme', 'vastattiin', 'on vastattu',
'olen vastannut', 'kerroimme', 'on kerrottu'): never the present, which says what we will tell ('kerromme')."""
ANSWERED_ALREADY_FI = (*(f"{told} … jo" for told in TOLD_PAST_FI), *(f"jo … {told}" for told in TOLD_PAST_FI),
                       "tutustu- … aiempa- vastau-", "katso … aiempi vastau-", "vastaus … yllä", "vastaus … ylempää", "vastaus … ylempänä")
"""'We told you already', in any order or tense of the past ('vastattiin sulle jo DM:ssä', 'sinulle on jo
kerrottu', 'oon jo vastannu tähän', 'kerroimme jo yllä miksi'), or the answer pointed at as given above
('vastaus löytyy ylempää', 'tutustukaa aiempaan vastaukseemme'); not to someone else ('vastasin hänelle jo', read in tone)."""
ANSWERED_ALREADY_EN = (*(f"already {verb} {what}" for verb in ("answered", "replied to", "responded to", "explained", "covered", "addressed")
                         for what in ("this", "that", "it", "you", "your", "why")),
                       *(f"already {verb} {where}" for verb in ("answered", "replied", "responded", "explained")
                         for where in ("above", "earlier", "before", "here", "twice")),
                       *(f"{verb} {what} already" for verb in ("answered", "replied to", "responded to", "explained", "covered")
                         for what in ("this", "that", "it", "you")),
                       *(f"already been {verb}" for verb in ("answered", "explained", "covered", "addressed")),
                       "already told you", "told you before", "been over this", "been through this", "been over that", "asked and answered",
                       *(f"{pointer} {whose} {when} {reply}" for pointer in ("see", "refer to", "as per") for whose in ("our", "my")
                         for when in ("previous", "earlier") for reply in ("reply", "answer", "response", "message", "comment")))
"""'We told you already' in its English shapes ('we've already answered this', 'this has already been
answered', 'I replied to you already', 'we've been over this',
'please refer to our previous response'); not what was done already ('we already replied to 300 messages
today', "I've already told the driver")."""

LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "apologises": {
        "fi": ("anteeksi", "pahoittel-", "valitettav-", "harmitta-", "sori", "sorry", "pahoillamme", "pahoillani"),
        "en": ("sorry", "apolog-", "regret", "our bad", "my bad"),
    },
    "thanks": {
        "fi": ("kiito-", "kiitti", "kiitokset", "kiittää"),
        "en": ("thank-", "thx", "appreciate"),
    },
    "acknowledges": {
        "fi": ("ymmärr-", "ymmärtä-", "ikävä-", "harmilli-", "turhautta-", "totta", "olet oikeassa", "hyvä kysymys", "hyvä huomio",
               "kuulostaa", "tiedämme", "tiedostamme", "näemme", "huomasimme", "kurja", "hankala", "huoli", "huolestu-", "huolissa-", "huolesi", "huolenne",
               "olet … oikeassa", "olette … oikeassa", "aiheellinen", "aiheellista", "aiheesta", "voi ei", "harmi", "kamala-", "kauhea-",
               "pelottav-", "ei ole ok", "ei oo ok", "viimeinen asia",
               "oot … oikeessa", "olet … oikeessa", "ootte … oikeessa", "olette … oikeessa", "oot … oikeassa", "ootte … oikeassa",
               "ansaitsit", "ansaitsitte", "ansaitset", "ansaitsette", "ansaitsi … parempa-", "ansaitsivat … parempa-", "ansaitsi … kunno-",
               "tiedän et", "tiedän että", "tiedetään et", "tiedetään että", "toivottavasti … paremmin", "toivottavasti … parane-",
               "ei ollut ok", "ei ollu ok", "meidän vastuulla", "vastuu on meidän", "vika oli meidän", "virhe oli meidän", "meidän virhe-",
               "meidän moka"),
        "en": ("understand", "frustrat-", "i see", "you're right", "you are right", "fair question", "fair point", "good question",
               "sounds", "we know", "we're aware", "we are aware", "must be", "worry", "worried", "concern-", "annoying", "inconvenien-",
               "absolutely fair", "fair enough", "fair hit", "fair criticism", "oh no", "rotten", "miserable", "awful", "frightening", "scary",
               "last thing you need", "i get it", "i get why", "completely get", "totally get", "we hear you", "i hear you", "must have been",
               "what a start", "stressful", "horrible",
               "you're … right", "you are … right", "deserved better", "deserve better", "deserved … better", "deserved an answer",
               "deserved a … answer", "that's rough", "so rough", "what a mess", "what a pain", "worst possible", "not ok", "not okay",
               "wasn't ok", "wasn't okay", "makes total sense", "makes complete sense", "i get that",
               "i get how", "hope … heal-", "hope … feel- better", "hope … better soon", "we got it wrong", "we messed up", "we dropped the ball"),
    },
    "curt": {
        "fi": ("ei kuulu someen", "ei kuulu tänne", "ei kuulu meille", "odota vuoroasi", "odottakaa",
               "kun se on valmis", "tulee kun tulee", "on mitä on", "ei tässä mitään voi", "ei voi mitään", "turha valittaa",
               "lue ohjeet", "lukekaa ohjeet", "lue sivu-",
               "lukekaa sivu-", "katso sivu-", "katsokaa sivu-", "katso nettisivu-", "katso ylös",
               "näin on päätetty", "päätös on tehty", "kyllä se siitä", "asia on loppuun käsitelty", "ei muuta", "et ole ainoa", "ette ole ainoita",
               "ei ole meidän ongelma-", "ei muuta mitään", "ei auta valittaa", "hölynpölyä", "pötyä", "kun ehditään", "kun ehdimme",
               "maailma … kaadu", "rauhoitu-", "rauhoittukaa-", "älä hermoile", "älkää hermoilko",
               "säännöt on säännöt", "säännöt ovat säännöt", "ei … sille … mitään voi-", "ei voi sille mitään",
               "ei … sille voi mitään", "ei … voida … sille … mitään", "ei … sille … voida … mitään", "ei … voida … asialle … mitään",
               "ei … asialle … voida … mitään", "ei … asialle … mitään voida", "kyllä se laantuu", "kyllä se menee ohi", "tulee sit kun tulee", "tulee sitten kun tulee",
               "jos olisit viitsinyt", "jos olisitte viitsineet", "jos olisit vaivautunut", "jos olisitte vaivautuneet",
               "se on … hänen ongelma-", "se on … heidän ongelma-", "se on … sinun ongelma-", "se on … teidän ongelma-", "se on … sun ongelma-"),
        "en": ("nothing more to discuss", "nothing more to say", "that's nonsense", "can't help you", "not my job",
               "not our job", "it is what it is", "read the website", "read our website",
               "check the website", "see our website", "not our problem", "nothing we can do", "deal with it",
               "the decision is final",
               "like everyone else", "not the only one", "told you already", "not doing that", "won't change it", "won't change anything",
               "aren't our problem", "isn't our problem", "not our concern", "nonsense", "when we get round to it", "when we get to it",
               "when we have time", "not the end of the world", "no big deal", "chill out",
               "rules are rules", "it'll blow over",
               "it will blow over", "you'd bothered to", "you had bothered to", "if you bothered to", "who bothered to",
               "you didn't bother to", "you never bothered to", "that's on them", "that's on her", "that's on him", "that's on you", "that is on them",
               "that is on her", "that is on him", "that is on you", "that's their problem", "that's her problem", "that's his problem",
               "that's your problem"),
    },
    "hush": {  # a cold lecture on its own; beside a fact given right it is blame around an answer (read in tone)
        "fi": ("älä levit-", "älkää levit-", "turha levit-", "lopeta … levit-", "lopettakaa … levit-", "levittäminen … ei auta",
               "levittely … ei auta"),
        "en": ("stop spreading", "don't spread", "do not spread", "no point spreading", "spreading … doesn't help", "spreading … won't help"),
    },
    "patience_plea": {  # curt said flat ('We're aware. Please be patient.'), a courtesy beside an apology for the wait (read in tone)
        "fi": ("kärsivällisyyttä", "odota rauhassa", "odottakaa rauhassa", "ole kärsivällinen", "olkaa kärsivällisiä", "malttakaa", "maltathan"),
        "en": ("be patient", "have patience", "patience please"),
    },
    "said_before": {
        "fi": ("kuten sanottu", "kuten jo sanottiin", "kuten jo kerrottiin", "kuten jo mainittiin", "kuten jo todettiin", "kuten sanoin",
               "kuten jo … sanoin", "kuten aiemmin … sanoin", "kuten jo … sanoimme", "kuten aiemmin … sanoimme", "kuten kerroin",
               "kuten jo … kerroin", "kuten aiemmin … kerroin", "kuten jo … kerroimme", "kuten aiemmin … kerroimme", "kuten mainitsin",
               "kuten jo … mainitsin", "kuten aiemmin … mainitsin", "kuten jo … mainitsimme", "kuten aiemmin … mainitsimme",
               "kuten totesin", "kuten jo … totesin", "kuten aiemmin … totesin", "kuten jo … totesimme", "kuten aiemmin … totesimme",
               *ANSWERED_ALREADY_FI),
        "en": ("as stated", "as we said", "as i said", "as i've said", "as we've said", "like i said", "like we said", "as i mentioned",
               "as i explained", "as … already said", "as … already stated", "as … already mentioned",
               "as … already explained", "as previously said", "as previously stated", "as previously mentioned", "as previously explained",
               *ANSWERED_ALREADY_EN),
    },
    "third_person": {
        "fi": ("hän", "he"),
        "en": ("he", "she", "they", "him", "her", "them"),
    },
    "vindicated": {
        "fi": ("ei … salattavaa", "ei … mitään salattavaa", "puhuu puolestaan", "puhuvat puolestaan", "puhuu omaa kieltään", "puhuvat omaa kieltään"),
        "en": ("nothing to hide", "speaks for itself", "speak for themselves", "speaks for themselves", "speak for itself"),
    },
    "flat_no": {
        "fi": ("ei", "eipä", "ei käy", "ei onnistu"),
        "en": ("no", "nope", "no way", "not happening"),
    },
    "refuse_here": {
        "fi": ("ei käsitellä", "ei keskustella", "ei hoitaa", "ei puida", "ei kommentoida", "ei voi kommentoida", "ei voi käsitellä",
               "ei voi keskustella", "ei kommentoi", "ei käsittele", "ei keskustele",
               *(f"ei {by_the_way} {verb}" for by_the_way in ("nyt", "enää", "tässä", "täällä", "yhtään", "lainkaan", "julkisesti", "somessa")
                 for verb in ("käsitellä", "keskustella", "hoitaa", "puida", "kommentoida"))),
        "en": ("we don't discuss", "we do not discuss", "we can't discuss", "we cannot discuss", "we won't discuss", "we don't handle",
               "we do not handle", "we don't deal with", "we do not deal with", "not discussed", "not handled", "we can't comment",
               "we cannot comment", "we don't comment", "we do not comment", "we won't comment", "we can't go into", "we cannot go into"),
    },
    "hollow_apology": {
        "fi": ("pahoittel- … kokema-", "pahoittel- … kokemu-"),
        "en": ("apologise for … experience", "apologize for … experience", "sorry for … experience", "regret … experience"),
    },
    "send_away": {
        "fi": ("kysy heiltä", "kysykää heiltä", "kysy sieltä", "kysykää sieltä", "kysy niiltä", "kysykää niiltä", "valita heille",
               "valittakaa heille", "ota … yhteyttä heihin", "ottakaa … yhteyttä heihin", "käänny heidän puoleensa",
               "kääntykää heidän puoleensa", "ota asia … kanssa", "ottakaa asia … kanssa"),
        "en": ("take … up with", "take … up in", "ask them", "complain to them", "talk to them", "go ask", "contact them"),
    },
    "your_turn": {
        "fi": ("vuorollaan", "vuorollasi", "vuorollanne", "vuorosi", "vuoronne", "sinun vuoro-", "sun vuoro-", "teidän vuoro-", "aikanaan"),
        "en": ("your turn", "in due course", "answer- … in turn", "repl- … in turn", "respond- … in turn", "handled in turn", "dealt with in turn",
               "processed in turn", "answered in turn", "get to … in turn", "looked at in turn", "go through … in turn"),
    },
    "elsewhere": {
        "fi": ("joudut kysymään", "joudutte kysymään", "saat kysyä … itse", "kysy … itse", "kysykää … itse", "ei ole meidän asia-", "ei kuulu meidän",
               "sinun ja … välinen", "teidän ja … välinen", "ota asia puheeksi", "ottakaa asia puheeksi", "ota asia esille", "ottakaa asia esille",
               "vie asia", "viekää asia", "kysy suoraan", "kysykää suoraan", "ei ole meidän vastuull-", "eivät ole meidän vastuull-",
               "ei oo meidän vastuull-", "ei oo meiän vastuull-", "ei ole vastuullamme", "eivät ole vastuullamme", "ei kuulu meidän vastuulle",
               "eivät kuulu meidän vastuulle", "ei kuulu vastuullemme", "eivät kuulu vastuullemme", "emme ole vastuussa", "me ei olla vastuussa"),
        "en": ("not something we can help with", "nothing we can help with", "not something we can do anything about", "not a matter for us",
               "not a question for us", "a matter for your", "a question for your", "between you and", "you'll have to ask", "you will have to ask",
               "you'll need to ask", "you will need to ask", "you'll have to take", "you'll have to contact", "you will have to contact",
               "sort … out with", "sort out with", "a matter for the", "a question for the", "raise it with", "raise this with", "raise that with",
               "raise the matter with", "raise your concerns with", "take this up with your", "take it up with your", "take that up with your",
               "direct your questions to", "direct your complaint to", "direct your complaints to", "direct your feedback to",
               "not our responsibility", "aren't our responsibility", "isn't our responsibility", "not the responsibility of",
               "we're not responsible for", "we are not responsible for", "we aren't responsible for", "can't be held responsible",
               "cannot be held responsible", "not our department"),
    },
    "public_place": {
        "fi": ("täällä", "tänne", "some-", "facebook-", "julkisesti", "julkise-", "kommenttiketju-", "seinällä", "sivuilla", "somessa"),
        "en": ("here", "on facebook", "in public", "publicly", "on social media", "on this page", "on our wall", "online", "in the comments",
               "on twitter", "on x"),
    },
    "no_comment": {
        "fi": ("ei kommenttia", "ei kommentoida", "emme kommentoi", "emme ota kantaa"),
        "en": ("we don't comment", "no comment", "we won't comment", "we do not comment"),
    },
    "offer": {
        "fi": ("katsotaan", "katsomme", "katson", "selvitetään", "selvitämme", "selvitän", "autamme", "autetaan", "autan", "jutellaan",
               "käydään … läpi", "käymme … läpi", "puhutaan lisää"),
        "en": ("we'll look", "i'll look", "we'll check", "i'll check", "we'll help", "i'll help", "happy to help", "glad to help", "let's talk",
               "let's go through", "we can talk", "we can go through", "happy to talk", "glad to talk"),
    },
    "cause": {
        "fi": ("koska", "sillä"),
        "en": ("because", "since"),
    },
    "because": {
        "fi": ("koska", "joten", "sillä", "siksi", "vuoksi"),
        "en": ("because", "so", "since", "as", "therefore"),
    },
    "blame": {
        "fi": ("tarkistakaa faktat", "tarkista faktat", "tarkistaa faktat", "tarkista ennen", "tarkistakaa ennen", "ennen kuin kirjoita-",
               "ennen kuin kirjoitat-", "ennen kuin syytät", "ennen kuin syytätte", "ennen kuin jaat", "ennen kuin jaatte", "ennen kuin jakaa",
               "ennen kuin kysyt-", "ennen kuin twiit-", "ennen kuin julkais-", "lukekaa tarkemmin", "lue tarkemmin", "lukekaa se",
               "kannattaa aina", "kannattaisi tarkistaa", "olisi voinut tarkistaa",
               "sinun olisi", "sun olisi", "teidän olisi", "asiakkaan olisi", "on vastuussa", "olet vastuussa",
               "pitäisi olla … selvä", "pitäis olla … selvä", "itse ensin", "itse provosoi-", "oma vika", "omaa vikaa", "oma moka", "itse aiheutta-", "et ole lukenut",
               "ette ole lukeneet", "et lukenut", "ette lukeneet", "omalla vastuulla", "omasta syystä", "huusit", "huusitte",
               "korotit äänesi", "aloitti huutamisen", "alkoi huutaa", "ei kannata ikinä", "ei kannata koskaan",
               "älä ikinä", "älä koskaan", "älkää ikinä", "älkää koskaan", "olisi pitänyt tietää",
               "lue … tarkemmin", "lukekaa … tarkemmin", "lue … uudelleen", "lue … uudestaan", "lukekaa … uudelleen", "lukekaa … uudestaan", "kannattaa lukea", "kannattaisi lukea", "olisi kannattanut",
               "ennen kuin ostaa", "ennen kuin ostat", "ennen kuin ostatte", "omalla vastuullasi", "omalla vastuullanne",
               "ei ole meidän vika-", "ei ollut meidän vika-", "ei ole meidän syy-", "sieltä … olisi nähnyt", "sieltä … olis nähny",
               "siitä … olisi nähnyt", "sieltä … olisi löytänyt", "sieltä … olisi selvinnyt"),
        "en": ("if people actually read", "if you'd checked", "if you had checked", "if you'd read", "if you had read",
               "you really shouldn't", "you shouldn't have", "you chose", "that's on them",
               "that's on you", "it's on you", "one's on you", "never post your", "do not post your", "don't post your",
               "herself first", "himself first", "themselves first", "read your contract", "read your policy", "read the terms", "please read them",
               "terms you accepted", "before demanding", "before complaining", "check your facts", "shouldn't trust", "read … again",
               "we already explained", "we've already explained", "we have already explained", "already told you", "as we already said",
               "as we've already said", "as already explained", "before posting", "before you post",
               "passengers are responsible", "customers are responsible", "you are responsible", "you're responsible",
               "always worth checking", "shouldn't come as a surprise", "before sharing", "you should have",
               "you should've", "you didn't read", "you did not read", "you failed to",
               "you were supposed to", "you forgot", "provoked", "are you sure you",
               "should know better", "you yelled",
               "you shouted", "raising your voice", "started shouting", "started yelling",
               "wasn't a great idea", "was not a great idea", "wasn't a good idea", "was not a good idea", "wasn't very smart",
               "hardly our fault", "not our fault", "think before they", "think before you", "need to think before",
               "you should only", "shouldn't … a surprise", "should not … a surprise", "should be obvious", "should be clear to", "that's on her", "that's on him", "one's on her", "one's on him",
               "read … more carefully", "read … properly", "for future reference", "for your future reference",
               "take responsibility for your", "need to take responsibility", "take some responsibility", "take more responsibility"),
    },
    "rules_said": {
        "fi": ("kuten … ehto", "kuten … ohje", "kuten … sopimus", "kuten … sääntö", "kuten … käskettiin", "kuten … neuvottiin",
               "kuten … ohjeistettiin", "ehto lukee", "ohje lukee", "sopimus lukee", "pienellä präntillä", "tiedotetaan … etukäteen",
               "tiedotettiin … etukäteen", "tiedotettu … etukäteen", "ilmoitettiin … etukäteen", "ilmoitetaan … etukäteen",
               "ilmoitettu … etukäteen", "kerrottiin … etukäteen", "kerrottu … etukäteen", "lukee kyllä", "kyllä lukee", "kyllä kerrottu",
               "kerrottu kyllä", "on kyllä kerrottu"),
        "en": ("as stated in", "as it says", "as mentioned in", "as explained in", "as written in", "as outlined in", "as clearly",
               "clearly stated", "clearly states", "clearly says", "clearly said", "clearly written", "clearly marked", "clearly explained",
               "clearly announced", "clearly communicated", "clearly indicated", "clearly shown", "clearly visible", "clearly signposted",
               "says clearly", "it clearly says", "as plainly", "plainly stated", "plainly said", "plainly says", "plainly written", "plainly marked",
               "the small print", "announced … in advance", "told … in advance",
               "informed … in advance", "notified … in advance", "announced … back in", "announced … weeks ago", "announced … months ago",
               "like you were told", "as you were told", "like she was told", "as she was told", "like he was told", "as he was told",
               "like they were told", "as they were told", "as instructed", "as … terms", "as … contract", "as … conditions",
               "terms you signed", "contract you signed", "you agreed to"),
    },
    "lecture_subject": {
        "en": ("you", "you're", "you've", "people", "parents", "customers", "passengers", "everyone", "anyone", "travellers", "members",
               "residents", "users", "one", "families", "those", "shoppers", "consumers", "guests", "customer", "passenger", "traveller", "user",
               "guest"),
    },
    "kin": {
        "fi": ("äiti", "isä", "mies", "vaimo", "puoliso", "poika", "tytär", "vanhempi", "lapsi", "sukulainen", "ystävä", "kaveri", "isovanhempi",
               "mummo", "pappa", "sisko", "veli", "omainen"),
        "en": ("mother", "mum", "mom", "father", "dad", "husband", "wife", "partner", "son", "daughter", "parents", "kids", "children", "relative",
               "friend", "grandmother", "grandfather", "sister", "brother", "family"),
    },
    "must_have": {
        "fi": ("olisi … pitänyt", "ois … pitäny-", "olisi … kannattanut", "ois … kannattanu-", "olisi voinu-", "ois voinu-", "kannattanu-", "pitäisi", "kannattaisi",
               "täytyisi", "tulisi", "olisi syytä", "olisi hyvä", "olisi ollut hyvä", "ois ollu hyvä", "olisi ollut syytä", "olisi ollut viisasta",
               "olisi ollut järkevää", "olisi ollut parempi"),
        "en": ("should have", "should've", "ought to have", "could have", "could've"),
    },
    "must": {
        "fi": ("kannattaa", "täytyy", "on syytä", "tulee", "kuuluu"),
        "en": ("should", "need to", "needs to", "have to", "has to", "must", "ought to", "supposed to", "expected to", "had better", "'d better",
               "up to you to"),
    },
    "diligence": {
        "fi": ("lukea", "tarkistaa", "katsoa", "tutustua", "hankkia", "ostaa", "varata", "lähteä", "maksaa", "opetella", "suunnitella", "miettiä", "ajatella",
               "varautua", "pukeutua", "pukea", "huomata", "tietää", "ottaa selvää", "seurata", "muistaa", "ymmärtää", "tajuta", "perehtyä"),
        "en": ("read", "check", "know", "plan", "think", "learn", "prepare", "book", "buy", "bought", "pay", "paid", "wear", "dress", "leave", "look at",
               "pay attention", "notice", "realise", "realize", "understand", "follow", "remember", "watch"),
    },
    "look_first": {
        "fi": ("selata", "odottaa", "kuulla", "vilkaista", "tsekata", "katsella", "kysyä meiltä"),
        "en": ("scroll", "wait", "hear", "consult", "have a look", "take a look", "look", "find out", "double-check", "get the facts", "get the full"),
    },
    "spoke_up": {
        "fi": ("kommentoida", "kirjoittaa", "jakaa", "postata", "twiitata", "tviitata", "kysyä", "kysellä", "valittaa", "syyttää", "syytellä",
               "arvostella", "tuomita", "levittää", "väittää", "vaatia", "spämmätä", "huudella", "kommentointi", "twiittaus", "valittelu",
               "syyttely", "levittely", "kyselu", "spämmäys", "huutelu", "tägätä", "viestitellä", "yhteydenotto"),
        "en": ("comment", "tweet", "post", "shar", "ask", "complain", "accus", "criticis", "criticiz", "judg", "spread", "demand", "rant", "moan",
               "jump", "attack", "slam", "writ", "repost", "retweet", "tag", "messag", "contact", "enquir", "inquir", "submit"),
    },
    "common_sense": {
        "fi": ("perusjuttu", "perusasia", "itsestäänselvyys", "itsestäänselvä", "maalaisjärki", "yleistieto", "päivänselvä", "selviö"),
    },
    "grumbling": {
        "fi": ("valittaa", "kitistä", "narista", "marmattaa", "nillittää", "vinkua", "ruikuttaa", "mussuttaa", "kiukutella", "pahoittaa mielensä",
               "etsiä … aihetta", "etsiä … syytä", "etsiä … jotain"),
    },
    "repeated_everywhere": {
        "fi": ("joka ketju-", "jokaise- ketju-", "joka paika-", "joka paikassa", "joka paikkaan", "kaikkialle", "kaikkialla", "joka kommentti-",
               "jokaise- kommentti-", "joka julkaisu-", "jokaise- julkaisu-", "joka postaukse-", "ympäriinsä", "uudestaan ja uudestaan",
               "yhä uudelleen", "moneen kertaan", "monta kertaa", "kymmeneen kertaan", "sata kertaa"),
        "en": ("every thread", "every post", "every comment", "every single post", "every single thread", "everywhere", "all over", "again and again",
               "over and over", "multiple times", "several times", "three times", "ten times", "a hundred times", "in every"),
    },
    "repeated_same": {
        "fi": ("samaa", "saman", "samoja", "samat", "uudestaan", "uudelleen", "taas"),
        "en": ("the same question", "the same thing", "the same comment", "the same message", "again"),
    },
    "no_need": {
        "fi": ("ei tarvitse", "ei tarvii", "ei tartte", "ei tarvi", "turha", "turhaa", "ei ole tarpeen"),
        "en": ("no need to", "there's no need to", "there is no need to", "you don't need to", "you do not need to", "no point", "you don't have to"),
    },
    "spam": {
        "fi": ("spämm-", "spamm-", "spämmi", "spammi"),
        "en": ("spam", "spamming", "spammed", "spams"),
    },
    "reproach": {
        "fi": ("tarkemmin", "huolellise-", "kunnolla", "ensin", "aina", "etukäteen", "ajoissa-", "aikaisemm-", "aiemmin", "itse", "ehto",
               "ohje", "sopimus", "vakuutusehto", "präntti", "jokainen", "joka", "ennen kuin", "ennenku", "sen sijaan", "lämpimästi",
               "hyvissä ajoin", "päivää ennen eräpäivää", "päivä ennen eräpäivää", "etuajassa"),
        "en": ("carefully", "properly", "first", "always", "every", "yourself", "yourselves", "themselves", "in advance", "ahead",
               "earlier", "terms", "rules", "before you", "instead of", "like everyone else", "small print", "instructions", "contract", "conditions", "for it", "for the weather", "warmer", "warmly", "in good time", "days before the due date",
               "day before the due date", "a day early", "days early",
               "really"),
    },
    "all_along": {
        "fi": ("jo eilen", "jo pitkään", "jo viikkoja", "jo päiviä", "jo tunteja", "jo aamusta", "jo aamulla", "koko ajan", "koko iltapäivän",
               "koko päivän", "koko aamun", "alusta asti", "alusta lähtien", "hyvissä ajoin"),
        "en": ("all along", "since this morning", "since early morning", "since yesterday", "for weeks", "for days", "for hours", "from the start",
               "well in advance", "already been"),
    },
    "next_time": {
        "fi": ("jatkossa", "ensi kerralla", "ensi kerraksi", "seuraavalla kerralla", "seuraavan kerran", "vastedes", "sen sijaan että",
               "jatkoa ajatellen", "jatkoa varten", "tulevaisuudessa", "tulevaisuuteen", "tulevaa varten", "ensi kertaa varten",
               "ensi kertaa ajatellen"),
        "en": ("next time", "in future", "in the future", "from now on", "going forward", "instead of", "rather than", "for the future",
               "for next time", "for future"),
    },
    "stating": {
        "fi": ("sanoa", "kertoa", "mainita", "ilmoittaa", "todeta", "tiedottaa", "kirjoittaa", "lukea", "sanottu", "kerrottu", "mainittu",
               "ilmoitettu", "todettu", "tiedotettu", "kirjoitettu", "painottaa", "korostaa", "selittää", "selitetty", "korostettu"),
    },
    "plainly": {
        "fi": ("selvä", "selkeä", "yksiselitteinen", "yksiselitteisesti"),
    },
    "spreaders": {
        "fi": ("joku", "kommentoija", "kirjoittaja", "kirjoittelija", "huutelija", "trolli", "somettaja", "tyyppi", "porukka"),
        "en": ("some people", "some of you", "someone", "somebody", "some commenters", "some users", "certain people", "certain users",
               "certain commenters", "a few people", "a few of you", "a few commenters", "people here", "people on here", "people in this thread",
               "you lot", "whoever"),
    },
    "sarcasm": {
        "fi": ("no kiitos vaan", "kiitos vaan taas", "kiitos taas tästäkin"),
        "en": ("sure because", "thanks for nothing", "thanks a lot for nothing"),
    },
    "scoffs": {
        "fi": ("niin varmaan", "just joo", "tosi rakentavaa", "todella rakentavaa", "erittäin rakentavaa", "tosi hyödyllistä", "todella hyödyllistä",
               "erittäin hyödyllistä", "tosi aikuismaista", "todella aikuismaista", "tosi kypsää"),
        "en": ("yeah right", "if you say so", "whatever you say", "good for you", "nice try", "very helpful", "so helpful", "how helpful",
               "really helpful", "very constructive", "how constructive", "very mature", "how mature", "real mature", "very useful", "how useful"),
    },
    "rude": {
        "fi": ("epäasiallinen", "aggressiivinen", "hyökkäävä", "uhkaava", "töykeä", "röyhkeä", "ilkeä", "asiaton", "solvaava", "uhkaileva",
               "vihamielinen", "riidanhaluinen", "ylimielinen"),
        "en": ("rude", "aggressive", "abusive", "verbally abusive", "hostile", "threatening", "insulting", "confrontational", "out of line",
               "disrespectful"),
    },
    "neglected": {
        "fi": ("lukenut", "tarkistanut", "noudattanut", "seurannut", "katsonut", "huomannut", "kuunnellut", "avannut", "vilkaissut", "perehtynyt",
               "tutustunut", "muistanut", "vaivautunut", "selvittänyt"),
        "en": ("read", "check", "checked", "follow", "followed", "look", "looked", "notice", "noticed", "pay attention", "paid attention", "open",
               "opened", "listen", "listened", "bother", "bothered", "remember", "remembered", "scroll", "scrolled"),
    },
    "orders": {
        "en": ("read", "check", "double-check", "make sure", "look", "plan", "prepare", "book", "buy", "wear", "dress", "leave", "allow",
               "arrive", "keep", "use", "try", "avoid", "don't", "do not", "never", "remember", "follow", "think", "take", "bring", "save",
               "send", "contact", "call", "ask", "message", "wait", "stick", "go", "come", "get", "note", "let", "tell", "talk", "speak", "report",
               "mention", "flag", "give", "turn", "switch", "shut", "close", "pay", "set", "add", "update", "write", "fill"),
    },
    "documents": {
        "en": ("terms", "conditions", "small print", "timetable", "timetables", "schedule", "confirmation", "ticket", "tickets", "booking", "instructions",
               "notice", "notices", "website", "page", "app", "policy", "email", "e-mail", "information", "details", "guidance", "rules",
               "announcement", "announcements", "update", "updates", "contract", "map", "list"),
    },
    "request": {
        "fi": ("toivomme", "toivoisimme", "toivoisin", "pyydämme", "pyytäisimme", "pyytäisin", "pyydän"),
        "en": ("please", "kindly", "we'd ask", "we would ask", "we ask", "we'd appreciate", "we would appreciate", "we'd prefer", "we would prefer"),
    },
    "advice": {
        "fi": ("on viisasta", "olisi viisasta", "on fiksua", "olisi fiksua", "suosittel-"),
        "en": ("worth", "wise to", "advisable", "a good idea to", "best to", "are best", "is best", "recommend", "we'd advise", "we advise", "it's good to", "it is good to",
               "good to have"),
    },
    "owed": {
        "fi": ("olisit ansainnut", "olisitte ansainneet", "olisi pitänyt saada", "olisit saanut meiltä", "olisitte saaneet meiltä",
               "olisit kuullut meistä", "olisitte kuulleet meistä"),
        "en": ("you should have heard", "you should've heard", "you should have had", "you should've had", "you should have received",
               "you should've received", "you should have got", "you should've got", "you should have been told", "you should've been told",
               "you shouldn't have had to", "you should not have had to", "you should never have had to", "you shouldn't have to",
               "you should not have to", "you shouldn't have needed", "you should not have needed", "you should never have needed",
               "ei olisi pitänyt joutua", "ei ois pitäny joutua", "ei olisi tarvinnut", "ei ois tarvinnu", "ei olisi pitänyt tarvita"),
    },
    "own_doing": {
        "fi": ("ihan itse", "tiedot itse", "tietonsa itse", "numeronsa itse", "korttinsa itse", "tilinumeronsa itse", "osoitteensa itse"),
        "en": ("their own details", "her own details", "his own details", "details themselves", "details herself", "details himself",
               "posted it themselves", "posted it herself", "posted it himself", "shared it themselves", "shared it herself",
               "shared it himself"),
    },
    "defensive": {
        "fi": ("ei meidän vika-", "ei ole meidän vika-", "ei meidän", "ei johdu meistä", "me vain vastasimme", "me vain vastattiin",
               "emme voi vastata siitä", "emme todellakaan", "emme ole poistaneet", "emme vaikene", "emme ole olleet hiljaa",
               "ei ole tehty mitään väärää", "ei oo tehty mitään väärää", "emme ole tehneet mitään väärää", "emme tehneet mitään väärää",
               "olemme toimineet", "toimineet oikein", "asianmukaisesti", "muutkin-", "kaikki muutkin-", "muillakin-", "täysin normaali-",
               "lain mukai-", "noudatamme lakia", "se on laki", "emme voi vaikuttaa", "on viranomaisten tiedossa", "yksipuoli-",
               "päättää hallitus", "päättää johto", "emme voi tietää", "emme voi olla vastuussa", "ei siinä mitään pahaa",
               "ei siinä ollut mitään pahaa", "ei siinä ollut mitään väärää", "ei tässä mitään salailla", "eikä siksi, että", "ei siksi, että",
               "päättää … hallitus", "hallituksen päätös", "hallituksen päättämä", "tehty … mitään väärää", "tehneet … mitään väärää"),
        "en": ("fully justified", "we stand by", "not because it was", "not because it's", "not because they were", "nothing to hide", "perfectly fine", "we can't police", "did nothing wrong",
               "done nothing wrong", "acted correctly", "we acted", "we followed", "follow the policy", "all decisions follow",
               "not ignoring you", "we're not ignoring", "we are not ignoring", "we're not silent", "we are not silent", "everyone else does", "everyone else is",
               "everyone else has", "everyone else charges", "other providers", "other operators", "other banks", "other insurers", "other airlines",
               "other companies", "not our fault", "in line with", "completely normal", "beyond our control", "out of our hands",
               "we can't be blamed", "not our decision", "take it up with", "one-sided", "than inflation", "anything new", "can't be responsible", "cannot be responsible",
               "we can't know", "nothing wrong with", "nothing wrong in"),
    },
    "stock_thanks": {  # thanks as a formula, for the message as such: 'Kiitos kommentista', 'Thank you for your feedback'
        "fi": ("kiitos kommentti", "kiitos palaute", "kiitos viesti", "kiitos yhteydenotto", "kiitos kysymys", "kiitti kommentista",
               "kiitti viestistä", "kiitti palautteesta", "kiitokset kommentti", "kiitokset palaute", "kiitokset viesti"),
        "en": ("thank- … for your comment", "thank- … for the comment", "thank- … for your feedback", "thank- … for the feedback",
               "thank- … for your message", "thank- … for the message", "thank- … for your input", "thank- … for reaching out",
               "thank- … for contacting", "thank- … for getting in touch", "thank- … for your post"),
    },
    "boilerplate": {
        "fi": ("kiitos palautteesta-", "kiitos viestistä-", "välitämme palaut-", "välitämme viest-", "välitämme eteenpäin", "viemme eteenpäin",
               "otamme palautteen vastaan", "pahoittelemme mahdollista", "pahoittelemme aiheutunutta", "palautteesi on meille tärkeä",
               "asiakastyytyväisyys on meille tärkeä", "palaute … välitetty", "välitetty eteenpäin", "palaute vastaanotettu",
               "pahoittelemme kokema", "pahoittelemme … kokemus", "otamme palautteen huomioon", "aiheutunutta haittaa",
               "aiheuttamaa haittaa", "teemme parhaamme", "teemme kaikkemme",
               "asiaa käsitellään", "meillä käsittelyssä", "arvostamme jokaista asiakasta-",
               "palautteenne on meille tärkeä", "käsittelemme jokaisen", "kun kerrottavaa on",
               "vastaamme kaikkiin viesteihin", "seuraa … kanavia-", "seuratkaa … kanavia-", "työskentelemme asian parissa", "asiaa selvitetään"),
        "en": ("we value your feedback", "thank you for your feedback", "thanks for your feedback", "pass it on", "pass this on",
               "pass your feedback on", "pass on your feedback", "any inconvenience", "your feedback is important", "we take all feedback",
               "customer satisfaction is important", "feedback … forwarded", "feedback … passed on", "comment … forwarded",
               "apologise for your experience", "apologize for your experience", "sorry for your experience", "value all feedback",
               "appreciate all feedback", "value all comments", "we take … seriously",
               "we're looking into it", "we are looking into it", "committed to providing", "values its customers", "we have received your feedback", "we've received your feedback", "of the utmost importance", "all applicable laws",
               "working hard to find", "working to resolve", "working hard to resolve", "takes all customer feedback", "takes … feedback seriously",
               "looking into the matter", "thank you for your understanding", "updates will follow", "follow our channels",
               "handled in turn", "sorry to hear about your experience", "can be found on our website"),
    },
    "forwarded": {
        "fi": ("palaute … välitetty", "palaute … välitetään", "välitetty eteenpäin", "välitetty … tiedoksi", "välitämme … eteenpäin",
               "välitämme palaut-", "viemme … eteenpäin", "viety eteenpäin", "palaute … huomioon", "palaute … tiedoksi", "palaute kirjattu",
               "palaute … vastaanotettu", "toimitettu eteenpäin", "palaute … toimitettu", "toimitamme … eteenpäin"),
        "en": ("feedback … forwarded", "forwarded the feedback", "forwarded the comment", "forwarded … to the relevant", "passed … to the relevant", "feedback … passed on", "feedback … noted", "feedback … logged", "feedback … recorded", "feedback on board",
               "comments … forwarded", "comment … passed on", "passed … on to", "pass it on", "pass this on", "pass on your", "pass your feedback",
               "passed your feedback", "passed on your", "forwarded it", "forwarded your", "forwarded yours", "noted your feedback", "logged your feedback"),
    },
    "pointers": {
        "fi": ("täytä … lomake", "täyttäkää … lomake", "täytäthän … lomake", "täyttäkäähän … lomake", "katso … nettisivu-", "katsokaa … nettisivu-",
               "katso … verkkosivu-", "katsokaa … verkkosivu-", "löytyy … nettisivu-", "löytyvät … nettisivu-", "löytyy … verkkosivu-",
               "tutustu … nettisivu-", "seuraa … nettisivu-", "seuratkaa … nettisivu-", "löydät … nettisivu-", "löydätte … nettisivu-",
               "löydät … verkkosivu-", "löydätte … verkkosivu-", "palautetta voi", "palautteen voi", "anna … palautetta", "antakaa … palautetta",
               "jätä … palaute", "jättäkää … palaute"),
        "en": ("feedback can be", "feedback may be", "leave … feedback", "give … feedback", "send … feedback", "submit … feedback",
               "fill in … form", "fill out … form", "check … website", "visit … website", "see … website", "refer to … website", "check … our page",
               "see … our page", "follow … website", "follow … our page", "found on … website", "found on … our page", "available on … website",
               "available on … our page"),
    },
    "our_site": {
        "fi": ("sivu", "nettisivu", "kotisivu", "verkkosivu", "sivusto", "verkkosivusto", "nettisivusto"),
        "en": ("our site", "our website", "our web site", "our homepage", "our home page", "our web page", "our webpage", "our page", "the website",
               "our faq", "our pages"),
    },
    "patience_thanks": {
        "fi": ("kiitos kärsivällisyy-", "kiitos … kärsivällisyy-", "kiitos ymmärrykse-", "kiitos … ymmärrykse-", "kiitos ymmärtäväisyy-",
               "kiitos … ymmärtäväisyy-", "kiitämme … kärsivällisyy-", "kiitämme … ymmärrykse-", "kiitti kärsivällisyy-", "kiitti ymmärrykse-"),
        "en": ("thank … for your patience", "thanks for your patience", "thank … for your understanding", "thanks for your understanding",
               "appreciate your patience", "appreciate your understanding", "thank … for bearing with us", "thanks for bearing with us",
               "thank … for waiting", "thanks for waiting"),
    },
    "wishes": {
        "fi": ("mukavaa matkaa", "hyvää matkaa", "hyvää päivänjatkoa", "mukavaa päivänjatkoa", "mukavaa päivää", "hyvää päivää", "mukavaa viikonloppua",
               "hyvää viikonloppua", "mukavaa iltaa", "hyvää iltaa", "seuraa meitä", "seuraathan meitä", "tervetuloa uudelleen"),
        "en": ("have a great day", "have a nice day", "have a good day", "have a lovely day", "have a great trip", "have a nice trip", "safe travels",
               "enjoy your day", "enjoy your trip", "have a great weekend", "have a nice weekend", "follow us", "see you on board"),
    },
    "moves": {
        "fi": ("yksityisviest-", "yksäri-", "yv", "yv:llä", "viestillä", "inboxi-", "messenger-", "soita-", "soitat-", "soittakaa",
               "puhelimi-", "sähköpost-", "meiliä", "chat-", "chätti-", "asiakaspalveluun", "laita viesti", "laittaisitko viestiä",
               "lähetä viesti", "lähetätkö viestin", "lähetäthän"),
        "en": ("dm", "dms", "private message", "message us", "inbox", "pm", "call us", "give us a call", "phone us", "email us", "e-mail us",
               "send us an email", "secure chat", "chat on our", "reach out privately", "by phone"),
    },
    "reason": {
        "fi": ("jotta", "koska", "sillä", "tietosuoj-", "yksityisyy-", "henkilötie-", "tietojasi", "tietojanne", "tietosi", "turvalli-",
               "ettei-", "julkisesti", "täällä julkisesti", "salassa", "luottamukselli-",
               "pankkisalaisuu-", "vakuutussalaisuu-", "salaisuu-", "henkilöllisyy-", "tunnistaa", "tunnistetaan", "tunnistautu-",
               "kaikkien nähtävillä", "kaikkien nähtäville", "suojaksi", "kuka tahansa", "terveystie-"),
        "en": ("so that", "so we can", "because", "privacy", "private", "personal", "details", "safely", "secure", "without sharing",
               "confidential", "not in public", "out of public", "protect", "secrecy", "verify", "identity", "identify", "who you are",
               "who anyone is", "public feed", "public wall", "open wall", "for everyone to see", "everyone can see", "let anyone",
               "anyone can", "anyone could", "health", "in public"),
    },
    "procedure": {
        "fi": ("ilmoit-", "hakemu-", "hae", "haet", "kuit-", "lomak-", "aineisto-", "valtakirj-"),
        "en": ("report it", "report the", "report a claim", "report damage", "submit", "apply", "application", "receipts", "form",
               "payroll file", "power of attorney"),
    },
    "hindsight": {
        "fi": ("olisi", "olisit", "olis", "olisitte", "ensi kerralla", "ensi kerraksi", "jatkossa", "vastedes"),
        "en": ("would have", "would've", "if you'd", "next time", "in future", "in the future", "for future reference"),
    },
    "absolute": {
        "fi": ("aina", "enää koskaan", "koskaan enää", "ikinä enää", "enää ikinä",
               "taata", "lupaamme", "lupaan", "luvataan", "voin luvata", "voimme luvata", "kaikki kulut", "kaikki kustannukset", "täysimääräi-",
               "automaattisesti", "joka tapauksessa", "tapahtui mitä tahansa",
               "milloin tahansa", "milloin vain", "koska tahansa"),
        "en": ("always", "never again", "will never", "will ever", "guarantee-", "promise-",
               "all costs", "all your costs", "all expenses", "all your expenses", "in full", "automatically", "no matter what",
               "whatever happens", "won't ever", "will not ever", "never let", "never … again", "any time", "anytime", "whenever you like", "whenever you want"),
    },
    "round_the_clock": {
        "fi": ("ympäri vuorokauden", "vuorokauden ympäri", "ympärivuorokautise-", "kellon ympäri", "yötä päivää", "päivin öin", "koko yön", "läpi yön", "kaikki päivät"),
        "en": ("round the clock", "around the clock", "day and night", "day or night", "night and day", "all night", "24 hours a day", "24 hrs a day",
               "every hour of the day"),
    },
    "serving": {
        "fi": ("täällä", "paikalla", "palvel-", "vastaa-", "vastata-", "päivyst-", "somessa", "tavoitettavissa", "auki", "avoinna", "lupau-",
               "asiakaspalvelu-"),
        "en": ("here", "answer-", "reply", "replies", "respond-", "on social media", "online", "available", "on call", "serve-", "open",
               "staffed", "promise", "customer service"),
    },
    # an open door, not a service promised: 'palaute on aina tervetullutta', 'questions are always welcome'
    "welcome": {
        "fi": ("tervetul-", "tervetull-"),
        "en": ("welcome",),
    },
    "as_a_rule": {
        "fi": ("laki", "lainsäädäntö", "sääntö", "ohje", "ehto", "periaate", "suunnitelma", "koskaan kysy", "koskaan pyydä", "ikinä kysy", "ikinä pyydä"),
        "en": ("law", "the rules", "our rules", "policy", "policies", "terms", "guidelines", "the plan", "never ask", "never … ask for"),
    },
    "at_once": {
        "fi": ("heti", "välittömästi", "saman tien", "samantien", "tuota pikaa", "hetkessä"),
        "en": ("immediately", "right away", "right now", "straight away", "at once", "in no time"),
    },
    "fixing": {
        "fi": ("korja-", "kunnossa", "toimii", "toimivat", "palaa", "palautu-", "valmis-", "perille", "perillä", "hyvit-", "korva-",
               "maksa-", "tuoda", "lähetä-", "toimitetaan", "toimitamme", "toimitan", "toimimaan", "kuntoon", "pystyyn", "pelaa taas", "pelaavat taas", "saat", "saatte", "saa", "saavat", "ehdit", "ehditte", "lentää", "lähtee", "pääse-"),
        "en": ("fix-", "back", "up again", "working", "restored", "sorted", "resolved", "refund-", "pay-", "paid", "deliver-", "arrive-", "there by",
               "up and running", "flies", "leave-", "get there", "make it", "be with you", "in your hands"),
    },
    "answering": {
        "fi": ("vasta-", "vastaamme", "palaan", "palataan", "palaa asiaan", "palaa sinulle", "palaa sulle", "palaa teille", "palaamme", "reagoi-", "kuittaa-", "palvelemme", "palvellaan", "palvelen", "otamme yhteyttä", "olemme yhteydessä", "soitamme", "soittaa", "soite-"),
        "en": ("answer", "reply", "respond", "get back", "come back", "be in touch", "call you back", "ring you", "phone you", "hear from us", "contact you", "call you", "response"),
    },
    "updating": {
        "fi": ("päivity-", "päivitys", "päivitämme", "tilannepäivity-", "tiedote-", "tiedotamme"),
        "en": ("update-", "status"),
    },
    "certainty": {
        "fi": ("varmasti", "takuulla", "taatusti", "ehdottomasti", "ilman muuta", "pidämme huolen", "huolehdimme", "varmistamme että",
               "varmistetaan että", "huolehditaan että", "pidetään huoli", "se on varma",
               "on varmaa", "se on selvä"),
        "en": ("definitely", "for sure", "no question", "i'm sure", "i am sure", "make sure", "guaranteed", "certainly", "it never",
               "no doubt", "rest assured"),
    },
    "outcome": {
        "fi": ("ei menetä senttiäkään", "ei menetä euroakaan", "et menetä", "ette menetä", "kukaan ei menetä", "tapahtua enää", "tapahtua uudelleen", "tapahtua uudestaan", "ei toistu", "ettei … toistu", "eikä … toistu", "ei enää toistu",
               "eduksesi", "edukseen", "eduksenne", "menee läpi", "menevät läpi", "kumotaan", "kukaan ei pääse käsiksi", "kukaan ei voi koskea",
               "kukaan ei jää ilman", "kukaan … ei jää ilman", "korjata … ensimmäisenä", "ensimmäisenä korjata-", "ensimmäisten joukossa", "kukaan ei jää jumiin", "kukaan ei jää rannalle", "kaikki päästä kotiin", "kaikki päästä perille", "kaikki mahtua"),
        "en": ("go your way", "go her way", "go his way", "go their way", "in your favour", "in your favor", "in her favour", "in her favor",
               "in his favour", "in his favor", "be overturned", "be reversed", "nobody can touch", "no one can touch",
               "won't lose a cent", "won't lose a penny", "won't lose anything", "won't lose any money", "will not lose", "nobody will lose",
               "no one will lose", "won't happen again", "will not happen again", "won't happen … again", "won't be repeated", "will not be repeated",
               "nobody will be left", "no one will be left", "no … will be left without", "nobody is left", "no one is left", "nobody gets left", "no one gets left",
               "everyone will get a seat", "everyone will get home", "everyone will get to", "everybody will get", "everyone gets a seat",
               "everyone will make it", "everyone will fit", "will be accepted", "will be approved", "will all be accepted", "first thing back", "first one we fix", "first to be fixed", "fixed first",
               "first in line", "top of the list", "top of our list", "first one fixed", "first ones fixed", "front of the queue"),
    },
    "intent": {
        "fi": ("pyrkiä", "yrittää", "toivoa", "tavoite-", "tavoittel-", "teemme kaikkemme", "tehdä parhaamme", "tehdä kaikki voitava", "parhaamme mukaan", "arvio-"),
        "en": ("estimate-", "aim", "aiming", "try", "trying", "hope", "hoping", "working to", "work to", "working hard to", "do our best", "doing our best",
               "do everything", "doing everything", "strive", "striving", "our goal", "our target", "intend"),
    },
    "returns": {
        "fi": ("palaut-", "rahat takaisin", "rahasi takaisin", "rahanne takaisin", "rahat … takaisin", "rahoja … takaisin", "rahat … takas",
               "rahoja … takas", "rahat takas", "hyvit-", "korvau-"),
        "en": ("refund-", "money back", "return-", "take … back", "bring … back", "reimburs-", "claim-"),
    },
    "compensation": {
        "fi": ("hyvit-", "korvaa-", "korvau-", "korvat-", "maksamme takaisin", "rahat takaisin", "ilmai-", "veloituksetta", "kaupan päälle", "lahjakort-", "alennuskood-",
               "jäädytä-", "ei peritä", "ei tarvitse maksaa", "ei tarvitse … maksaa", "ei tarvitse … hakea", "ette joudu maksamaan", "et joudu maksamaan",
               "jättää perimättä", "jättää … perimättä", "tehdä poikkeus", "tehdä … poikkeus", "vähentää … laskusta",
               "vapautetaan", "vapautamme", "ateriasetel-", "kuponk-", "kupong-", "rahasi takaisin", "rahanne takaisin", "maksu takaisin", "maksun takaisin", "maksat takaisin", "kuukausi ilmaiseksi",
               "talon piikkiin", "talon laskuun", "talon tarjoam-", "maksamme … puolestanne", "maksamme … puolestasi",
               "maksetaan … puolestanne", "maksetaan … puolestasi",
               # money given back in any word order ('rahat palautuu', 'palautamme summan'; 'palvelu palautuu' is the service, so the
               # verb first is the transitive one), and spoken 'takas' for 'takaisin' ('maksu takas')
               "raha … palaut-", "palauttaa … raha", "summa … palaut-", "palauttaa … summa", "veloitus … palaut-", "palauttaa … veloitus",
               "maksu … palaut-", "palauttaa … maksu", "raha … takas", "rahasi takas", "maksu … takas", "summa … takas", "veloitus … takas",
               # a price cut or a release from a charge: 'alennusta vesimaksuun', 'vapautuksen korotuksesta'
               "alennus", "vapautus", "alennettu hinta"),
        "en": ("refund-", "compensat-", "reimburs-", "for free", "free of charge", "voucher", "money back", "on the house", "gift card", "pay out", "pay you back",
               "discount code", "freeze your price", "freeze her price", "freeze his price", "cover the", "cover your", "cover all", "cover any", "cover everything",
               "cover them", "cover it", "cover those", "cover these",
               "pay for your", "pay for the", "won't have to pay", "don't have to pay", "no need to pay", "don't need to pay", "won't be charged",
               "will not be charged", "no need to apply", "don't need to apply", "won't need to apply", "credit you", "credit your", "credit the",
               "credit it", "credited to your", "credited on your", "credited back", "a credit on", "fee back", "fees back", "pay back",
               "waive", "waived", "write off", "written off", "knock … off", "off your next bill", "off your bill", "month free", "months free",
               "week free", "free month", "coupon-", "an exception for you", "make an exception", "making an exception", "exempt-",
               # money given back: 'returned to you', 'back on your account', 'return the money', a fee credited
               "returned to you", "returned to your", "return it to you", "return them to you", "return the money", "return your money",
               "return the amount", "return the payment", "return the charge", "back to your account", "back on your account",
               "back into your account", "back in your account", "back to your card", "back on your card", "payment back", "charge back",
               "amount back", "credit a", "credit one", "credit every-", "fee credited", "fees credited",
               # a price cut or a release from a charge
               "discount", "discounted", "reduced rate", "reduced price", "lower rate", "lower price", "cheaper rate", "cheaper price"),
    },
    # the whole sum, a promise where it is given back or paid ('we'll refund the whole fare', 'korvaamme koko lipun hinnan'),
    # not where it is only named ('isompi juttu kuin koko hinta')
    "whole_sum": {
        "fi": ("koko hinta", "koko summa", "koko lippu", "koko lipun hinta", "koko maksu", "koko lasku", "täysi hinta", "joka sentti", "jokainen sentti"),
        "en": ("whole ticket", "whole fare", "whole price", "whole amount", "whole cost", "entire ticket", "entire fare", "entire price",
               "entire amount", "entire cost", "full price", "full fare", "full amount", "full cost", "every cent", "every penny"),
    },
    # how someone will feel: a certainty about it is a warm guess ('hän ilahtuu varmasti'), no commitment
    "feeling": {
        "fi": ("ilahtu-", "ilahdutta-", "iloi-", "iloinen", "tykkää-", "piristä-", "lämmittä-", "liikuttu-", "mielissä-", "otettu-"),
        "en": ("delighted", "pleased", "glad", "happy", "thrilled", "touched", "love it", "love to hear", "enjoy", "made her day",
               "made his day", "make her day", "make his day", "cheer-"),
    },
    "entitled": {
        "fi": ("voi saada", "voit saada", "voitte saada", "voivat saada", "voi hakea", "voit hakea", "voitte hakea", "voivat hakea",
               "on oikeus", "olet oikeutettu", "olette oikeutettu-", "ovat oikeutettu-", "on oikeutettu"),
        "en": ("can get", "can have", "can claim", "can apply for", "entitled to", "eligible for", "qualify for", "qualifies for", "have a right to",
               "have the right to", "has a right to", "has the right to"),
    },
    "on_schedule": {
        "fi": ("ajoissa-", "ajallaan", "aikataulussa-", "aikataulun mukaan", "aikataulun mukaisesti", "suunnitellusti", "ehdit hyvin", "ehditte hyvin",
               "ehdit kyllä", "ehditte kyllä", "ehdit … hyvin", "ehditte … hyvin", "ehtii kyllä", "ehtivät kyllä", "ehditään kyllä", "ehditään hyvin", "ehditään … hyvin", "minä hetkenä hyvänsä", "hetkenä minä hyvänsä", "millä hetkellä hyvänsä", "hetkellä millä hyvänsä", "enää hetki", "enää pari minuuttia", "lähteä … normaalisti", "lentää … normaalisti", "kulkea … normaalisti",
               "lähtee kyllä", "lentää kyllä", "lähtevät kyllä", "lentävät kyllä", "pääset kyllä", "pääsette kyllä",
               "odottaa sinua", "odottavat sinua", "odottaa teitä", "odottavat teitä"),
        "en": ("on time", "on schedule", "as scheduled", "as planned", "won't affect", "will not affect", "waiting for you", "you'll make it",
               "you will make it", "plenty of time", "fly as normal", "flies as normal", "fly normally", "flies normally", "leave as normal",
               "leaves as normal", "depart as normal", "departs as normal", "it'll fly", "it will fly", "will still fly", "will go ahead as",
               "won't touch", "will not touch", "won't be affected", "will not be affected", "flight will go", "flight will leave", "flight will depart",
               "flight will take off", "flights will go", "flights will leave", "will go as planned",
               "matter of minutes", "any minute", "any moment", "minutes away"),
    },
    "future_we": {
        "fi": ("korjaamme", "korjataan", "vastaamme", "palaamme", "soitamme", "hoidamme", "selvitämme", "ilmoitamme", "lähetämme", "päivitämme",
               "lupaan", "lupaamme", "takaamme", "olen … täällä", "olemme … täällä", "ollaan … täällä", "olen … linjoilla", "olemme … linjoilla",
               "ollaan … linjoilla", "olen … tavoitettavissa", "olemme … tavoitettavissa", "ollaan … tavoitettavissa"),
        "en": ("we'll", "we will", "we shall", "i'll", "i will", "you'll", "you will", "it'll", "it will", "they'll", "will be",
               "we're going to", "we are going to", "we guarantee", "we promise", "we refund", "we compensate", "we're … here", "we are … here",
               "i'm … here", "i am … here", "we're … online", "we are … online", "i'm … online", "i am … online",
               "we reply", "we answer", "we respond", "you get a", "you get the", "you get your", "you receive a", "you receive the", "everyone gets", "everyone … gets", "everybody … gets",
               "every … gets", "each … gets", "all … get", "we pay", "we cover", "we rebook",
               "we always", "we're always", "we are always", "it never", "never drops", "never goes down"),
    },
    "private_terms": {
        "fi": ("diabete-", "syöpä-", "syövä-", "sydän-", "sydämen", "lääki-", "lääkity-", "raskau-", "raskaana", "masennu-",
               "allergi-", "sairau-", "leikkau-", "hoitojakso-", "velka-", "velat", "maksuhäiriö-", "luottotie-", "ulosot-", "laina-", "lainasi",
               "tilisi saldo", "saldosi", "tulosi", "työttöm-", "korvauspäätö-", "hylkäyspäätö-", "murtum-", "päivystyskäyn-",
               "päivystyks-", "rannevamm-", "selkävamm-", "polvivamm-", "aiempi vamma", "lääkärintodistu-", "eläke-", "eläkkee-", "hylättiin", "hylätty",
               "päivystysreiss-", "sairaala-", "ambulanssi-", "adrenaliini-", "anafyla-", "kipulääk-", "särkylääk-", "kivut", "kipuja"),
        "en": ("diabet-", "cancer", "heart condition", "medicat-", "pregnan-", "depression", "allerg-", "illness", "surgery",
               "debt-", "arrears", "overdraft", "credit rating", "loan", "your balance", "your income", "unemploy-", "claim decision",
               "rejected claim", "fractur-", "earlier injury", "previous injury", "wrist injury", "earlier wrist injury", "emergency room", "medical certificate", "pension", "claim was denied",
               "claim was turned down", "claim was rejected", "a&e", "hospital", "ambulance", "adrenaline", "epipen", "anaphyla-",
               "painkiller-", "broken wrist", "broken arm", "broken leg", "broken ankle", "broken hip", "broken bone-"),
    },
    # what was decided or done in one case, told in the past: a health detail beside it is that
    # person's, though no 'you' or name stands there ('fysioterapia hylättiin, koska…', 'our handler misread…');
    # a Finnish past decision denied ('ei korvattu', 'ei ole myönnetty') is read by its participle, of these verbs
    # (personal.py), not any past denied ('jota ei ole merkitty pakkaukseen')
    "case_told": {
        "fi": ("hylättiin", "hylkäsimme", "hylkäsi", "evättiin", "epäsimme", "jäi korvaamatta", "jätettiin korvaamatta", "luki", "luettiin",
               "lukenut", "sekoitti", "sekoittanut", "sekoitettiin", "tulkitsi", "tulkittiin", "tulkinnut"),
        "en": ("was denied", "were denied", "was declined", "were declined", "was rejected", "were rejected", "was turned down",
               "were turned down", "wasn't covered", "was not covered", "weren't covered", "wasn't paid", "was not paid", "mixed up",
               "misread", "misinterpreted", "read … as", "got … wrong"),
    },
    "decision_verbs": {
        "fi": ("korvata", "maksaa", "myöntää", "hyväksyä", "hyvittää"),
    },
    # telling refused or made a condition: 'emme voi kertoa, miksi … hylättiin', 'if a claim was denied'
    "case_not_told": {
        "fi": ("jos", "mikäli", "ei … kertoa", "ei … kerrota", "ei … käsitellä", "ei … keskustella", "ei … kommentoida"),
        "en": ("if", "whether", "can't discuss", "cannot discuss", "can't share", "cannot share", "can't say", "cannot say", "can't tell",
               "cannot tell", "won't go into", "can't go into", "don't discuss", "do not discuss"),
    },
    # a person in that state, not a detail of theirs: 'pensioners living alone' says who a rule is
    # for (beginnings of words as written: a stem of 'pensioner' is 'pension')
    "private_terms_people": {
        "fi": ("eläkeläi", "vammai"),
        "en": ("pensioner", "retiree"),
    },
    # a health word the general rule says too ('pyöräilyvammat korvataan', 'cycling injuries are
    # covered'): a detail of the person only in a sentence that tells their case
    "case_terms": {
        "fi": ("vamma", "vamma-"),
        "en": ("injur-",),
    },
    # 'you' as anyone: in a condition ('if you're allergic', 'jos sulla on oireita'), where only 'your' still
    # points at the person ('if your fracture still hurts')
    "anyone_if": {
        "fi": ("jos", "mikäli", "jollei", "ellei"),
        "en": ("if", "whether", "in case", "unless"),
    },
    "your": {
        "fi": ("sinun", "sun", "teidän", "teiän", "teijän"),
        "en": ("your", "ur", "yours"),
    },
    # as written and as people on shift type them ('sulle', 'sun', 'teiän', 'ur'): each spelled, since
    # the base form 'sinä' is also a form of 'se'
    "second_person": {
        "fi": ("sinun", "sinulla", "sinulle", "sinua", "sinut", "sinulta", "sinusta", "teidän", "teillä", "teille", "teitä", "teidät",
               "teiltä", "sun", "sulla", "sulle", "sulta", "sua", "sut", "sä", "teiän", "teijän", "teil"),
        "en": ("your", "you", "you're", "you've", "yours", "yourself", "ur", "u", "ya"),
    },
    "size": {
        "fi": ("kymmeni-", "satoja", "tuhansia", "paljon", "useita", "kasvaa", "kasvava-", "leviää", "levinnyt", "jaettu", "jakoja", "kommentte-",
               "viraali-", "asiakasta", "ihmistä", "kaikki", "koko"),
        "en": ("dozens", "hundreds", "thousands", "many", "several", "growing", "spreading", "viral", "shared", "shares", "comments",
               "customers", "people", "all of"),
    },
    "done": {
        "fi": ("vastasin", "vastattu", "vastasimme", "julkaisin", "julkaistu", "piilotin", "piilotettu", "siirsin", "ohjasin", "pyysin",
               "kerroin", "laitoin", "tarkistin", "olen vastannut", "olen julkaissut", "olen kertonut", "olen pyytänyt", "ollaan vastattu"),
        "en": ("i answered", "i've answered", "answered", "i replied", "replied", "i posted", "posted", "i hid", "hidden", "i moved",
               "i asked", "we asked", "i told", "i've told", "we told", "i checked", "we've replied", "we replied", "i have"),
    },
    "needed": {
        "fi": ("tarvi-", "tarvitaan", "tarvitsen", "tarvitsemme", "pyydän", "pyydämme", "voitko", "voisitko", "voitteko", "päätä-", "päätös",
               "lausun-", "kanta-", "hyväksy-", "ohje-", "soita minulle", "soitatko", "ota yhteyttä", "kommentoi-", "vastaisitko"),
        "en": ("need", "needs", "please", "can you", "could you", "decide", "decision", "statement", "approve", "approval", "guidance",
               "call me", "comment", "respond", "sign off", "your call"),
    },
    "played_down": {
        "fi": ("jäämi-", "jäämä", "pieni- määr-", "pien- määr-", "vähäi- määr-", "hivene-", "hivenmäär-", "vähäi- riski-", "riski on pieni",
               "riski on vähäinen", "riski on hyvin pieni", "pieni riski", "ei todellista vaaraa", "ei varsinaista vaaraa", "vain varotoim-",
               "pelkkä varotoim-", "pelkästään varotoim-", "pelkkää varotoim-"),
        "en": ("traces", "a trace of", "trace amount-", "small amount-", "tiny amount-", "small quantit-", "low risk", "risk is low", "risk is small",
               "risk is minimal", "risk is very low", "minimal risk", "no real danger", "no real risk", "no serious risk", "only a precaution",
               "just a precaution", "merely a precaution", "purely a precaution", "purely precautionary", "only precautionary"),
    },
    "harmed": {
        "fi": ("sairastu-", "sairaala-", "päivystyk-", "päivystyks-", "oire-", "oiree-", "reaktio-", "loukkaantu-", "vahingoittu-", "kipeänä",
               "sairaana"),
        "en": ("ill", "sick", "hospital-", "reaction-", "symptom-", "injur-", "hurt", "harmed", "emergency room"),
    },
}
"""Every word list, by check (or building block) and language."""

ALIKE_GIFTS: tuple[tuple[str, ...], ...] = (
    ("refund", "money back", "rahat takaisin", "rahasi takaisin", "rahanne takaisin", "maksaa takaisin", "maksamme takaisin", "palaut",
     "hinnan takaisin", "hinta takaisin", "rahat takas", "rahasi takas", "returned to you", "back to your", "back on your", "back into your",
     "back in your", "return the", "return your"),
    ("free", "for free", "free of charge", "ilmai", "maksutta", "maksuton", "veloituksetta"),
    ("reimburs", "korvaa", "korvat"),
    ("in full", "full refund", "täysi palautus", "täyden hinnanpalautuksen", "whole", "entire", "full price", "full fare", "full amount",
     "full cost", "koko", "täysi hinta"),
)
"""Gifts said in other words, in either language: where a fact gives a refund ('the fare is refunded',
'lipun hinnan täysi palautus'), 'your money back' or 'rahat takaisin' of the same thing is that refund,
and 'ilmaiseksi' is the facts' 'maksutta'. A reply's word is backed by a fact that uses any word of its group."""


CALLING_BACK = frozenset({"soitamme", "soitan", "soitetaan", "soitellaan", "soittelemme", "soittaa"})
"""We (or a colleague) calling the customer: 'soitamme sulle', 'ravintolapäällikkö soittaa'. The
lemma of 'soita' meets these too, but a call we make moves nothing of the customer's."""
SENDING = frozenset({"send", "sends", "sent", "lähetämme", "lähetetään", "laitamme", "laitetaan"})
TO_YOU = frozenset({"you", "sinulle", "sulle", "teille"})
"""'We'll send you a private message', "we'll DM you": a channel we reach the customer by, as spelled."""


COMMON_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset({
        "ja", "ei", "että", "ettei", "olemme", "ollaan", "olet", "olette", "ole", "oli", "ovat", "se", "ne", "tämä", "tää", "nyt",
        "meillä", "teillä", "sinulla", "sulla", "meidän", "teidän", "kiitos", "kiitti", "hei", "moi", "kun", "jos", "mutta", "tai",
        "myös", "vielä", "jo", "voi", "voit", "voitte", "heti", "pian", "täällä", "tänne", "sitä", "siitä", "niin", "kanssa", "emme",
        "mitä", "miten", "missä", "koska", "ihan", "vaan", "eli", "asia", "asiaa", "asiasta", "tästä", "meille", "sinulle", "teille",
    }),
    "en": frozenset({
        "the", "and", "is", "are", "we", "you", "your", "to", "of", "for", "with", "this", "that", "it", "be", "have", "has", "will",
        "can", "not", "please", "thanks", "thank", "sorry", "our", "us", "there", "here", "from", "was", "were", "would", "should",
        "about", "what", "when", "if", "but", "or", "any", "more", "hi", "hello", "we're", "you're", "it's", "don't", "can't",
    }),
}
"""The short common words of each language, none shared with the other ('on', 'me' and 'no'
are both): what tells the language a reply is written in."""


def words(kind: str, lang: str) -> tuple[str, ...]:
    table = LEXICON[kind]
    return table.get(lang) or table["en"]


OPPOSITE_STATES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "closed": {
        "fi": (("on kiinni", "ovat kiinni", "suljettu", "suljettuna", "ei palvele", "eivät palvele"),
               ("palvelee … normaalisti", "palvelevat … normaalisti", "palvelee … tavalliseen tapaan", "on … auki", "ovat … auki", "on … avoinna",
                "ovat … avoinna")),
        "en": (("is closed", "are closed", "is shut", "are shut", "stays closed", "stay closed", "remains closed", "remain closed"),
               ("open as usual", "open as normal", "open normally", "is open", "are open", "running as usual")),
    },
    "late": {
        "fi": (("on … myöhässä", "ovat … myöhässä", "myöhästyvät", "myöhästyy", "viivästyvät", "viivästyy"),
               ("aikataulussa", "aikataulun mukaan", "ajallaan", "ajoissa")),
        "en": (("is … late", "are … late", "running late", "is … delayed", "are … delayed", "behind schedule"),
               ("on schedule", "on time", "running to schedule", "as scheduled")),
    },
    "down": {
        "fi": (("poissa käytöstä", "on poikki", "ovat poikki", "on alhaalla", "ovat alhaalla", "ei toimi", "eivät toimi"),
               ("toimii taas", "toimivat taas", "toimii jo", "toimivat jo", "taas käytössä", "jo käytössä", "palautunut", "on palannut", "ovat palanneet")),
        "en": (("is down", "are down", "been down", "was down", "were down", "not working", "doesn't work", "don't work", "out of service"),
               ("works again", "work again", "working again", "is back", "are back", "back up", "up again", "back online", "restored")),
    },
    "dangerous": {
        "fi": (("vaaralli-", "ei saa syödä", "älä syö", "älkää syökö"),
               ("ei ole … vaaraa", "ei vaaraa", "ei ole vaarallinen", "eivät ole vaarallisia", "vaaraton", "vaarattomia", "turvallinen", "turvallisia",
                "voi syödä", "voivat syödä", "voi hyvin syödä")),
        "en": (("dangerous", "do not eat", "don't eat", "unsafe"),
               ("fine to eat", "safe to eat", "ok to eat", "okay to eat", "won't hurt", "will not hurt", "not dangerous", "harmless", "is safe",
                "are safe", "no danger", "no risk")),
    },
    "working": {
        "fi": (("toimivat normaalisti", "toimii normaalisti", "toimivat tavalliseen tapaan", "toimii tavalliseen tapaan"),
               ("eivät toimi", "ei toimi", "poissa käytöstä", "pois käytöstä", "on alhaalla", "ovat alhaalla", "tauolla", "keskeytetty", "jumissa")),
        "en": (("work normally", "works normally", "work as normal", "working normally", "work as usual", "works as usual"),
               ("are down", "is down", "paused", "suspended", "not working", "don't work", "doesn't work", "out of service", "out of order",
                "aren't working", "isn't working")),
    },
    "rose": {
        "fi": (("nousivat", "nousi", "nostettiin", "korotettiin"),
               ("jäädytett-", "ei … nostettu", "eivät … nousseet", "ei … noussut", "ei … korotettu", "ei … korotuks-", "ei … palkankorotuks-",
                "ei … nostoja", "eivät … nousi", "pysyneet ennallaan", "pysyivät ennallaan", "pysynyt ennallaan", "pysyi ennallaan", "pysyneet samana",
                "pysyivät samana", "pysyi samana", "samalla tasolla", "nolla prosenttia", "nollakorotu-")),
        "en": (("rose", "risen", "were raised", "was raised", "increased"),
               ("frozen", "froze", "not raised", "weren't raised", "wasn't raised", "no raise", "no pay rise", "didn't rise", "did not rise", "not increased",
                "hasn't gone up", "haven't gone up", "has not gone up", "have not gone up", "didn't go up", "did not go up", "hasn't risen",
                "haven't risen", "has not risen", "have not risen", "hasn't increased", "haven't increased", "stayed the same", "stayed flat",
                "remained flat", "remained the same", "stayed unchanged", "remained unchanged", "were unchanged", "was unchanged", "zero increase",
                "no increase", "not a cent more", "no raises", "no pay rises", "no pay increase")),
    },
    "unchanged": {
        "fi": (("ei muutu", "pysyy ennallaan", "pysyy samana", "ei tule muutosta", "säilyy ennallaan"),
               ("nousee", "nousevat", "kallistuu", "kallistuvat", "korotetaan", "nostetaan", "muuttuu")),
        "en": (("does not change", "doesn't change", "stays the same", "remains the same", "stays unchanged", "remains unchanged"),
               ("goes up", "go up", "going up", "rises", "increases", "is raised", "is going up", "will rise", "will increase")),
    },
    "understaffed": {
        "fi": (("sairaana", "kipeänä", "vajaamiehit-", "alimiehit-"),
               ("täysi miehitys", "täydellä miehityksellä", "täysin miehitetty", "täydellä vahvuudella", "miehitetty suunnitelman mukaan",
                "miehitetään … suunnitelman mukaan", "eikä vajaamiehity-", "ei vajaamiehity-", "ei … miehitysongelm-", "ei … vajaamiehity-",
                "normaalisti miehitetty", "normaalisti miehitettyjä", "miehitetty normaalisti", "normaalilla miehityksellä", "normaali miehitys",
                "suunnitellulla miehityksellä", "suunnitellusti miehitetty", "ei … alimiehity-", "eikä … alimiehity-",
                "miehity- … suunnitelman mukai-", "miehite- … suunnitelman mukai-", "miehitä- … suunnitelman mukai-", "suunnitelman mukainen miehitys",
                "miehity- … riittävä", "miehity- … kunnossa", "miehity- … normaali", "riittävästi … väkeä", "riittävästi … henkilökuntaa",
                "riittävästi … työntekijöitä", "riittävästi … porukkaa", "tarpeeksi … väkeä", "tarpeeksi … henkilökuntaa", "tarpeeksi … työntekijöitä",
                "tarpeeksi … porukkaa", "tarpeeks … väkeä", "tarpeeks … porukkaa", "täysi vahvuus", "poissaolo- … paika-", "poissaolo- … korvattiin")),
        "en": (("off sick", "understaffed", "short-staffed", "short staffed"),
               ("fully staffed", "full staff", "properly staffed", "staffed according to plan", "staffed as planned", "no understaff-",
                "any understaff-", "no staffing problem-", "no staffing issue-", "planned staffing", "normal staffing", "normally staffed",
                "staffed normally", "usual staffing", "fully manned", "staff … to plan", "staffed … to plan", "staffing … to plan",
                "staffing … as planned", "staffing … according to plan", "staffing … adequate", "adequately staffed", "sufficiently staffed",
                "well staffed", "well-staffed", "enough staff", "enough people on", "plenty of staff", "plenty of people on", "full strength",
                "staffing … fine", "staffing … in order", "staffing … was … adequate", "staffing … was … fine", "absences … covered", "sick leave … covered")),
    },
}
"""States a drill's facts give and the states that contradict them, per language: (the facts'
words, a reply's words). A reply that says the second of what the facts say the first of
('the phone line is open as usual' where it is closed; 'on schedule' where the coaches are late;
'works again' where it is down; 'fine to eat' where the biscuits are dangerous) contradicts them."""


PENDING: dict[str, tuple[str, ...]] = {
    "fi": ("päätetään", "päätös tulee", "päätös odotetaan", "ratkeaa"),
    "en": ("is decided", "are decided", "be decided", "decision comes", "decision is expected", "decision expected", "decision is due"),
}
"""A fact sentence that says a thing is decided later ('Friday's flights are decided around 07:15')."""
SETTLED: dict[str, tuple[str, ...]] = {
    "fi": ("peruttu", "perutaan", "peruttiin", "peruuntuu", "peruuntuvat", "peruuntui", "lentävät … normaalisti", "lentää … normaalisti",
           "lennetään … normaalisti", "lentävät … aikataulun mukaan", "lentää … aikataulun mukaan", "lentävät … tavalliseen tapaan"),
    "en": ("cancelled", "canceled", "operating normally", "operate normally", "operates normally", "operating as normal", "operate as normal",
           "flying normally", "flies normally", "fly normally", "flying as normal", "flies as normal", "fly as normal", "flying as usual",
           "flies as usual", "goes ahead", "going ahead", "as scheduled"),
}
"""An outcome said as settled: a reply that says one of these of what the facts say is decided later
('Friday is flying as normal', 'perjantai on peruttu'), before that time, says what nobody knows yet."""


DEEDS: dict[str, dict[str, frozenset[str]]] = {
    "told": {
        "en": frozenset({"say", "says", "said", "tell", "told", "give", "gave", "given", "promise", "promised", "publish", "published", "announce",
                         "announced", "post", "posted", "state", "stated", "put out"}),
        "fi": frozenset({"sanoa", "kertoa", "antaa", "luvata", "julkaista", "ilmoittaa", "väittää", "luvannut", "antanut", "sanonut", "kertonut",
                         "julkaissut", "ilmoittanut"}),
    },
    "removed": {
        "en": frozenset({"delete", "deletes", "deleted", "remove", "removes", "removed", "erase", "erases", "erased", "hide", "hid", "hidden",
                         "take down", "took down", "taken down"}),
        "fi": frozenset({"poistaa", "piilottaa", "pyyhkiä", "poistella", "poistanut", "piilottanut", "pyyhkinyt"}),
    },
}
"""Verbs of one deed, per language (English as written, Finnish by base form): we gave a time, we said
it, we published it; we removed a reply, deleted it, took it down. A reply that denies one of them
('we never said nine o'clock', 'emme poista kommentteja') denies the deed the drill's best answer owns
in another of them ('we gave a time without grounds', 'poistimme sen'); one that says the deed in
another verb beside ('we never promised a time, we gave an estimate') denies none."""


BREAKS: dict[str, tuple[str, ...]] = {
    "verbs": ("drop", "katke", "katka", "cut", "break", "disconnect", "pätki"),
    "nouns": ("interruption", "break", "outage", "katko", "katkea", "keskeyty", "keskeytyks", "pätkim", "disconnect"),
}
"""A connection that may drop, and the nouns of its dropping, by their first letters: 'wifi may drop'
is denied by 'without interruptions' as by 'without a drop', 'voi katkeilla' by 'ilman keskeytyksiä'."""


OUR_COMPANY = frozenset({"company", "yhtiö", "yhtiömme", "konserni"})
"""What officialese calls the organisation in place of 'we' ('the company has not deleted…', 'yhtiö ei ole poistanut…')."""
