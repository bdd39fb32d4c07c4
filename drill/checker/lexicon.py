"""The checker's word lists, per check and language: the one place a trainer or translator
reads and extends what the checker recognises.

Each entry is a phrase matched word by word by stem (see words.py); a word ending in '-'
matches any word that starts with it. Tone markers follow politeness research (gratitude,
apology, acknowledgement raise perceived politeness; a bare imperative start lowers it) and
the domain's own anti-patterns (DOMAIN.md 6 and 10: curt, defensive, boilerplate replies).
"""

from __future__ import annotations

LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "apologises": {
        "fi": ("anteeksi", "pahoittel-", "valitettav-", "harmitta-", "sori", "sorry"),
        "en": ("sorry", "apolog-", "regret", "our bad", "my bad"),
    },
    "thanks": {
        "fi": ("kiito-", "kiitti", "kiitokset"),
        "en": ("thank-", "thx", "appreciate"),
    },
    "acknowledges": {
        "fi": ("ymmärr-", "ymmärtä-", "ikävä-", "harmilli-", "turhautta-", "totta", "olet oikeassa", "hyvä kysymys", "hyvä huomio",
               "kuulostaa", "tiedämme", "tiedostamme", "näemme", "huomasimme", "kurja", "hankala", "huoli-", "huolesi", "huolenne"),
        "en": ("understand", "frustrat-", "i see", "you're right", "you are right", "fair question", "fair point", "good question",
               "sounds", "we know", "we're aware", "we are aware", "must be", "worry", "worried", "concern-", "annoying", "inconvenien-"),
    },
    "curt": {
        "fi": ("ei kuulu someen", "hoida nää", "odota rauhassa", "kun se on valmis", "tulee kun tulee", "ei tässä mitään voi", "ei pidä paikkaansa", "lukekaa se", "poistathan julkaisun", "turha valittaa", "ei oo tehty mitään väärää", "on mitä on", "ei kommenttia", "ei kommentoida", "lue ohjeet", "lue sivu-", "katso sivu-", "katso nettisivu-", "kärsivällisyyttä",
               "ei kuulu meille", "turha valittaa", "odota vuoroasi", "odottakaa", "ei voi mitään", "näin on päätetty", "päätös on tehty",
               "kyllä se siitä", "asia on loppuun käsitelty", "ei muuta"),
        "en": ("nothing more to discuss", "nothing to hide", "that's nonsense", "no way", "can't help", "not my job", "we don't comment", "like everyone else", "stop spreading", "please read them", "deal with", "that one's on you", "that's what travel insurance is for", "maybe wear", "it is what it is", "no comment", "read the", "check the website", "see our website", "be patient", "not our problem",
               "nothing we can do", "deal with it", "the decision is final", "that's all", "that is all", "as stated", "as we said"),
    },
    "blame": {
        "fi": ("tarkistakaa", "tarkista ennen", "tarkistaa faktat", "tarkistaa asiat", "ennen kuin kirjoitatte", "ennen kuin twiittaa", "ennen kuin syytät", "ennen kuin jaat", "ennen kuin jakaa", "ennen kuin kysytte", "kannattaa aina ottaa", "kannattaisi tarkistaa", "lukekaa", "itse ensin", "itse provosoi", "olisi voinut tarkistaa", "olisit voinut", "olisit valinnut", "kannattaa varata", "ei kannata jakaa", "on vastuussa", "sen pitäisi olla selvää", "kirjoitti tilinumeronsa itse", "julkaisi korttinsa itse", "poistathan julkaisun", "olisit", "olisitte", "oma vika", "omaa vikaa", "oma moka", "itse aiheutta-", "sinun olisi", "teidän olisi", "olisi pitänyt",
               "et ole lukenut", "ette ole lukeneet", "et lukenut", "ette lukeneet", "omalla vastuulla", "omasta syystä"),
        "en": ("if people actually read", "if you'd checked", "if you had checked", "you'd have known", "you would have known", "you really shouldn't", "stop spreading", "you chose", "that's on them", "that's on you", "on you", "never post your", "do not post your", "don't post your", "herself first", "himself first", "read your contract", "before demanding", "check before", "check your facts", "shouldn't trust", "are responsible for", "terms you accepted", "please read them", "if you'd read", "didn't exactly help", "started shouting", "provoked", "always worth checking", "should have checked", "shouldn't come as a surprise", "like everyone else", "before sharing", "you should have", "you should've", "your own fault", "your fault", "you didn't read", "you did not read", "if you had",
               "it's on you", "you failed to", "you were supposed to", "at your own risk", "you forgot"),
    },
    "defensive": {
        "fi": ("ei meidän vika", "me vain vastattiin", "me vain vastasimme", "emme voi vastata siitä", "emme todellakaan", "emme ole poistaneet", "emme vaikene", "ei oo tehty mitään väärää", "liiton päätös", "se on laki", "asia on viranomaisten tiedossa", "emme ole tehneet mitään väärää", "emme tehneet mitään väärää", "olemme toimineet", "toimineet oikein", "asianmukaisesti",
               "muutkin", "kaikki muutkin", "muillakin", "ei ole meidän vika-", "ei meidän vika-", "ei johdu meistä", "täysin normaali-",
               "lain mukaan toimimme", "noudatamme lakia", "emme voi vaikuttaa"),
        "en": ("fully justified", "we stand by it", "nothing to hide", "perfectly fine", "we can't police", "we didn't reveal", "we did nothing wrong here", "all decisions follow", "follow the policy", "not ignoring you", "faults happen", "we have not been hacked", "less than inflation", "we did nothing wrong", "we've done nothing wrong", "we have done nothing wrong", "we acted", "acted correctly",
               "everyone else", "other companies", "not our fault", "in line with", "we stand by", "we followed", "completely normal",
               "beyond our control", "we can't be blamed"),
    },
    "boilerplate": {
        "fi": ("kiitos palautteesta-", "kiitos viestistä-", "välitämme palaut-", "välitämme viest-", "välitämme eteenpäin", "viemme eteenpäin",
               "otamme palautteen vastaan", "pahoittelemme mahdollista", "pahoittelemme aiheutunutta", "palautteesi on meille tärkeä",
               "asiakastyytyväisyys on meille tärkeä"),
        "en": ("we value your feedback", "thank you for your feedback", "thanks for your feedback", "pass it on", "pass this on",
               "pass your feedback on", "pass on your feedback", "any inconvenience", "your feedback is important", "we take all feedback",
               "customer satisfaction is important"),
    },
    "moves": {
        "fi": ("yksityisviest-", "yksäri-", "yv", "yv:llä", "viestillä", "inboxi-", "messenger-", "soita-", "soitat-", "soittakaa", "soitamme",
               "puhelimi-", "numeroon", "sähköpost-", "meiliä", "chat-", "chätti-", "asiakaspalveluun", "laita viesti", "laittaisitko viestiä",
               "lähetä viesti", "lähetätkö viestin", "lähetäthän"),
        "en": ("dm", "dms", "private message", "message us", "inbox", "pm", "call us", "give us a call", "phone us", "email us", "e-mail us",
               "send us an email", "secure chat", "chat on our", "reach out privately", "by phone"),
    },
    "reason": {
        "fi": ("jotta", "koska", "sillä", "tietosuoj-", "yksityisyy-", "henkilötie-", "tietojasi", "tietojanne", "tietosi", "turvalli-",
               "ettei", "julkisesti", "täällä julkisesti", "tarkist-", "selvit-", "katsoa tarkemmin", "salassa", "luottamukselli-"),
        "en": ("so that", "so we can", "because", "privacy", "private", "personal", "details", "safely", "secure", "without sharing",
               "to check", "look into", "confidential", "not in public", "out of public", "protect"),
    },
    "absolute": {
        "fi": ("aina", "ympäri vuorokauden", "ympärivuorokautise-", "ei enää koskaan", "ei koskaan enää", "heti", "välittömästi",
               "saman tien", "takaa-", "lupaa-", "varmasti korjaan-", "varmasti korjataan"),
        "en": ("always", "round the clock", "around the clock", "never again", "immediately", "right away", "right now",
               "straight away", "guarantee-", "promise-", "definitely fix", "will never"),
    },
    "answering": {
        "fi": ("vasta-", "vastaamme", "palaa-", "palaamme", "reagoi-", "kuittaa-", "otamme yhteyttä", "olemme yhteydessä", "soitamme"),
        "en": ("answer", "reply", "respond", "get back", "come back", "be in touch", "call you back", "hear from us", "contact you"),
    },
    "certainty": {
        "fi": ("varmasti", "takuulla", "taatusti", "ehdottomasti", "ilman muuta", "pidämme huolen", "huolehdimme", "ei hätää"),
        "en": ("definitely", "for sure", "no question", "i'm sure", "i am sure", "make sure", "guaranteed", "certainly", "never drops",
               "it never", "no doubt"),
    },
    "compensation": {
        "fi": ("hyvit-", "korvaa-", "korvau-", "maksamme takaisin", "rahat takaisin", "ilmai-", "veloituksetta", "kaupan päälle", "lahjakort-"),
        "en": ("refund-", "compensat-", "reimburs-", "for free", "free of charge", "voucher", "money back", "on the house", "gift card"),
    },
    "future_we": {
        "fi": ("korjaamme", "korjataan", "vastaamme", "palaamme", "soitamme", "hoidamme", "selvitämme", "ilmoitamme", "lähetämme", "päivitämme"),
        "en": ("we'll", "we will", "we shall", "i'll", "i will", "you'll", "you will", "it'll", "it will", "they'll", "will be",
               "we're going to", "we are going to", "we guarantee", "we promise", "we refund", "we compensate", "we're here", "we are here"),
    },
    "private_terms": {
        "fi": ("diabete-", "syöpä-", "syövä-", "sydän-", "sydämen", "lääki-", "lääkity-", "diagnoo-", "raskau-", "raskaana", "masennu-",
               "allergi-", "sairau-", "leikkau-", "hoitojakso-", "velka-", "velat", "maksuhäiriö-", "luottotie-", "ulosot-", "laina-", "lainasi",
               "tilisi saldo", "saldosi", "palkka-", "tulosi", "työttöm-", "korvauspäätö-", "hylkäyspäätö-"),
        "en": ("diabet-", "cancer", "heart condition", "medicat-", "diagnos-", "pregnan-", "depression", "allerg-", "illness", "surgery",
               "debt-", "arrears", "overdraft", "credit rating", "loan", "your balance", "salary", "your income", "unemploy-", "claim decision",
               "rejected claim"),
    },
    "second_person": {
        "fi": ("sinun", "sinulla", "sinulle", "sinua", "teidän", "teillä", "teille"),
        "en": ("your", "you", "you're", "you've"),
    },
    "size": {
        "fi": ("kymmeni-", "satoja", "tuhansia", "paljon", "useita", "kasvaa", "kasvava-", "leviää", "levinnyt", "jaettu", "jakoja", "kommentte-",
               "viraali-", "toimittaja-", "media-", "asiakasta", "ihmistä", "kaikki", "koko"),
        "en": ("dozens", "hundreds", "thousands", "many", "several", "growing", "spreading", "viral", "shared", "shares", "comments",
               "journalist", "press", "media", "customers", "people", "all of"),
    },
    "done": {
        "fi": ("vastasin", "vastattu", "vastasimme", "julkaisin", "julkaistu", "piilotin", "piilotettu", "siirsin", "ohjasin", "pyysin",
               "kerroin", "laitoin", "tarkistin", "olen vastannut", "olen julkaissut", "olen kertonut", "olen pyytänyt", "ollaan vastattu"),
        "en": ("i answered", "i've answered", "answered", "i replied", "replied", "i posted", "posted", "i hid", "hidden", "i moved",
               "i asked", "asked", "i told", "i've told", "we told", "i checked", "we've replied", "we replied", "i have"),
    },
    "needed": {
        "fi": ("tarvi-", "tarvitaan", "tarvitsen", "tarvitsemme", "pyydän", "pyydämme", "voitko", "voisitko", "voitteko", "päätä-", "päätös",
               "lausun-", "kanta-", "hyväksy-", "ohje-", "soita minulle", "soitatko", "ota yhteyttä", "kommentoi-", "vastaisitko"),
        "en": ("need", "needs", "please", "can you", "could you", "decide", "decision", "statement", "approve", "approval", "guidance",
               "call me", "comment", "respond", "sign off", "your call"),
    },
}
"""Every word list, by check (or building block) and language."""


def words(kind: str, lang: str) -> tuple[str, ...]:
    table = LEXICON[kind]
    return table.get(lang) or table["en"]
