"""Blame as grammar: whom a reply makes the subject of the fault.

A reply blames the customer when it makes them the one who failed:
- the one who should or could have done otherwise, a counterfactual with them as its subject
  ('you should have checked', 'you could've read', 'olisit voinut tarkistaa', 'jos seuraisit',
  'teidän olisi pitänyt');
- the owner of the fault, the risk or the choice ('your own risk', "that's on her", 'down to
  you', "the customer's mistake", 'sinun riskisi', 'omasta päätöksestäsi', 'asiakkaan virhe');
- the one who answers for it ('the passenger is responsible for', 'matkustaja vastaa itse siitä');
- the one who did it to themselves, said in public ('she posted it herself', 'Leena kirjoitti
  tiedot itse');
- the one lectured on diligence (lectures(): 'read the terms carefully', 'pukekaa lämpimämmin').
The same shapes with the organisation as the subject own the fault ('we should have', 'meidän
olisi pitänyt', 'our mistake', 'virheemme'); negated they take it away ('not your fault', 'ei
ole sinun vikasi'); what the customer was owed ('you should have heard from us') is ours. None
of these blames. Finnish person, mood, possessive suffix and tense are Voikko's readings
(words.forms); without Voikko the lexicon's phrases still meet.
"""

from __future__ import annotations

import re
from itertools import pairwise

from drill.checker.accuse import FIRST_PERSON_EN, PAGE_SAYS, PASSIVE_DUTY, SORRY, accusations
from drill.checker.lexicon import words
from drill.checker.reproof import reproofs
from drill.checker.words import Token, find, readings, sentence_span

BASE, PERSON, MOOD, TENSE, POSSESSIVE, COMPARISON = 0, 4, 5, 6, 9, 10
"""Where a Voikko reading (words.readings: its base form, then words.FEATURES) keeps each."""
FAULT_NOUNS = frozenset({"vika", "syy", "virhe", "moka", "riski", "vastuu", "huolimattomuus"})
"""What a fault is called in Finnish: with a second-person suffix it is the customer's ('riskisi')."""
YOUR = frozenset({"sinun", "sun", "teidän", "teiän", "hänen", "heidän"})
"""A genitive before 'oma': spoken Finnish drops the suffix ('teidän oma valinta')."""
CHOICES = frozenset({"päätös", "valinta"})
"""A decision is the customer's fault only as their own ('omasta päätöksestäsi'): 'päätöksesi' alone is their claim decision."""
REQUESTS = frozenset({"voida", "haluta", "viitsiä", "jaksaa", "saada", "ehtiä", "tarvita"})
"""Verbs whose second-person conditional asks politely ('voisitko', 'haluaisitko'): no counterfactual."""
SPELLED_CONDITIONAL = re.compile(r"(?<!vo)(?<!halua)isi(?:t|tte)$")
"""The second-person conditional by its ending, where Voikko does not read the word ('olisit', 'lukisitte')."""
FAULT = re.compile(
    r"\b(?:(?:is|'s|was|are|were)\s+(?:all\s+|entirely\s+|squarely\s+|really\s+)?(?:down to|on)\s+(?:you|her|him|them|the customer)\b"
    r"|(?:your|her|his|their)\s+own\s+(?:fault|risk|choice|doing|responsibility|mistake|problem|decision(?=\s+to\b))"
    r"|(?:is|'s|was|are|were)\s+(?:all\s+|entirely\s+|simply\s+)?(?:your|her|his|their)\s+(?:own\s+)?(?:fault|risk|choice|decision|responsibility|mistake|problem)"
    r"|\b(?:customer|passenger|user|member|subscriber|client|traveller|buyer|owner|account holder|policyholder|guest|parent)(?:'s|s')?\s+"
    r"(?:own\s+)?(?:fault|error|mistake|responsibility|job|duty)"
    r"|\b(?:hasty|careless|rash|premature|unwise|reckless|negligent|an? (?:mistake|oversight|error))\s+on\s+(?:your|her|his|their)\s+part)\b",
    re.IGNORECASE,
)
"""The fault, risk or choice said to be theirs, whoever the customer is called ('the subscriber's own
responsibility'), or their doing judged ('a bit hasty on your part'). A decision is theirs to own only
said so ('it was your own decision', 'your own decision to travel'): 'we'll go through your own decision
with you' is the decision on their claim."""
COUNTERFACTUAL = re.compile(r"\b(?:could|might|ought to|should|shouldn't|should not|ought not to)\s*(?:(?:also|easily|just|simply|really|at least|always)\s+)?(?:have|'ve)\s+(?!been\b|had\b|heard\b|received\b|got\b|gotten\b)[a-z]+",
                            re.IGNORECASE)
"""'could have checked', 'could also have read', "shouldn't have posted": what someone might have done otherwise (not what they were owed: 'should
have had'; 'could not have known' is no omission)."""
FIRST = frozenset({"first", "ensin", "ensimmäisenä", "ekana"})
"""'The customer posted those details first': the one who made it public before us, unless it was us."""
WE = frozenset({"we", "we'll", "we've", "we'd", "we're", "i", "i'll", "i've", "i'd", "i'm", "our", "me", "minä", "mä", "meidän"})
SELF = frozenset({"itse", "ite", "herself", "himself", "themselves", "yourself", "yourselves"})
OWNERS = frozenset({"your", "her", "his", "their"})
"""Before 'own' a word of self too: 'you posted your own claim number' (not 'we posted our own update')."""
MADE_PUBLIC = {"fi": ("laittaa", "kirjoittaa", "julkaista", "jakaa", "kertoa", "lähettää", "postata", "paljastaa"),
               "en": ("posted", "shared", "published", "wrote", "written", "put", "revealed", "gave", "told", "post", "share", "publish",
                      "reveal")}
"""Verbs of making something public: with 'itse', 'herself', the customer's own doing ('she chose to post
it herself' as well as 'she posted it herself'; 'we'll post it ourselves' has no word of self)."""
PARTICIPLE_END = re.compile(r"(?:nut|nyt|nu|ny|neet|sut|syt|su|sy|seet)$")
"""The past active participle as spelled, written or spoken ('kirjoittanut', 'laittanu', 'julkaissut'):
Voikko gives a participle as its own base form, and knows no spoken one."""
AUXILIARY = frozenset({"on", "oli", "olet", "oot", "olit", "ovat", "olivat", "ootte", "olette", "olitte", "oon"})
"""'olla' said of the customer in a perfect or pluperfect ('on itse kirjoittanut', 'oot ite postannu'); not ours ('olemme')."""


def _stem(verb: str) -> str:
    """A Finnish verb's stem before a participle ending: 'laitta(nut)', 'kerto(nut)', 'julkais(sut)', 'posta(nnut)'."""
    return verb[:-1] if verb[-2] in "aeiouyäö" else verb[:-2]


PUBLISHED_STEMS = tuple(_stem(v) for v in MADE_PUBLIC["fi"])


def _published(tok: Token) -> bool:
    """A past participle of making public, as spelled ('on itse kirjoittanut', 'oli ite laittanu')."""
    return tok.lower.startswith(PUBLISHED_STEMS) and bool(PARTICIPLE_END.search(tok.lower))
NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|isn't|wasn't|aren't|weren't|ei|eikä|et|ette|eivät|en)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
"""A negation in the three words before: 'not your fault', 'ei ole sinun vikasi', 'et olisi voinut tietää'."""


def blame(text: str, toks: list[Token], lang: str, public: bool, update: bool = False) -> list[tuple[int, int]]:
    """Spans where the reply makes the customer the subject of the fault. 'She posted her
    details herself' blames in public; in a note to a colleague it is what happened. A status
    update (update) is said to everyone: what it says was said before, and advice against
    posting, tell no one off."""
    found = find(toks, words("blame", lang), lang) + lectures(text, toks, lang) + counterfactuals(text, toks, lang)
    found += [(m.start(), m.end()) for m in FAULT.finditer(text) if not _negated(text, m.start())]
    found += owned_faults(text, toks, lang) + held_responsible(text, toks, lang) + accusations(text, toks, lang, update, public) + reproofs(text, toks, lang, update)
    if public:
        found += own_doing(text, toks, lang)
    owed = find(toks, words("owed", lang), lang)  # 'you should have heard from us sooner' faults us, not the customer
    return sorted({(a, b) for a, b in found if not any(o < b and a < e for o, e in owed)})


def _negated(text: str, at: int) -> bool:
    start, _ = sentence_span(text, at)
    return bool(NEGATED_BEFORE.search(text, start, at))


def _question(text: str, tok: Token) -> bool:
    return tok.lower.endswith(("ko", "kö")) or text[tok.end:sentence_span(text, tok.start)[1] + 1].rstrip().endswith("?")


def counterfactuals(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """What the customer should or could have done: in Finnish a verb in the second person
    conditional ('olisit tarkistanut', 'lukisitte', 'jos seuraisit'), not a polite request
    ('voisitko', 'haluaisitte') nor a question or a negation ('et olisi voinut tietää'); in
    English a customer subject before 'could/should have' ('you could have read'), or one of
    their kin ('your mother should really have given a mobile number'; reproof._named_duty_fi
    reads 'äitisi olisi pitänyt')."""
    found = []
    if lang != "en":
        for tok in toks:
            read = readings(tok)
            verbs = [r for r in read if r[PERSON] == "2" and r[MOOD] == "conditional"]
            if not read and SPELLED_CONDITIONAL.search(tok.lower):  # no Voikko: the ending says it
                verbs = [("", "")]
            if verbs and not any(r[BASE] in REQUESTS for r in verbs) and not _question(text, tok) and not _negated(text, tok.start):
                found.append((tok.start, tok.end))
        return found
    subjects = set(words("lecture_subject", lang)) - ANYONE
    for m in COUNTERFACTUAL.finditer(text):
        before = [t.lower for t in toks if t.end <= m.start()][-2:]
        kin = len(before) > 1 and before[-2] in OWNERS and before[-1] in words("kin", lang)  # 'your mother should have given a number'
        if before and (before[-1] in subjects or kin or (len(before) > 1 and before[-2] in subjects and before[-1] in ADVERBS)):
            found.append((m.start(), m.end()))
    return found


ANYONE = frozenset({"anyone", "one"})
"""'anyone could have seen them' says what might have happened, not what someone failed to do."""
ADVERBS = frozenset({"really", "just", "probably", "all", "honestly", "simply", "easily", "always"})


def owned_faults(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """A Finnish fault noun with a second-person suffix ('sinun riskisi', 'omasta päätöksestäsi',
    'vastuullanne'), held by the customer ('vastuu on sinulla') or after a customer in the
    genitive ('asiakkaan virhe'), not negated
    ('se ei ole sinun vikasi')."""
    if lang == "en":
        return []
    found = []
    for i, tok in enumerate(toks):
        own = i > 0 and any(r[BASE] == "oma" and r[2] != "omanto" for r in readings(toks[i - 1]))  # 'oman päätöksesi yksityiskohdat' is a genitive
        faults = [r for r in readings(tok) if r[BASE] in FAULT_NOUNS or (own and r[BASE] in CHOICES)]
        if not faults:
            continue
        yours = any(r[POSSESSIVE] in ("2s", "2p") for r in faults) or (own and i > 1 and toks[i - 2].lower in YOUR)
        yours = yours or _held_by_customer(toks[i + 1:i + 4])
        theirs = i > 0 and toks[i - 1].lower in ("asiakkaan", "matkustajan", "käyttäjän", "kuluttajan", "asiakkaiden", "matkustajien")
        if (yours or theirs) and not _negated(text, tok.start):
            found.append(((toks[i - 1].start if theirs else tok.start), tok.end))
    return found


CUSTOMERS_FI = frozenset({"asiakas", "matkustaja", "käyttäjä", "kuluttaja", "tilaaja", "ostaja", "vakuutettu", "vanhempi", "huoltaja", "kävijä",
                          "matkailija", "vieras"})
RESPONSIBLE_EN = re.compile(
    r"\b(?:the\s+|each\s+|every\s+)?(?:customer|passenger|traveller|traveler|user|guest|parent|account\s+holder|policyholder|subscriber|buyer)s?"
    r"\s+(?:is|are|remains?|themselves\s+are)\s+(?:solely\s+|fully\s+|personally\s+|always\s+|ultimately\s+|themselves\s+)?responsible\s+for\b"
    r"|\b(?:it's|it\s+is|that's|that\s+is)\s+(?:always\s+|entirely\s+|ultimately\s+)?up\s+to\s+(?:the|each|every)\s+"
    r"(?:customer|passenger|traveller|traveler|user|guest|parent|policyholder|subscriber|buyer)\s+to\b", re.IGNORECASE)
"""'The passenger is responsible for taking their bag', "it's up to each traveller to check": the duty
laid on whoever the customer is called (the lexicon has 'you are responsible')."""


def held_responsible(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer said to answer for it themselves: in English RESPONSIBLE_EN; in Finnish 'vastata
    itse' with the customer as its subject, the second person ('vastaat itse siitä') or a customer
    noun right before it ('matkustaja vastaa itse siitä, että…'), not negated; 'vastaamme itse
    kysymyksiin' is ours."""
    if lang == "en":
        return [m.span() for m in RESPONSIBLE_EN.finditer(text) if not _negated(text, m.start())]
    found = []
    for k, tok in enumerate(toks[:-1]):
        if toks[k + 1].lower != "itse":
            continue
        said = [r for r in readings(tok) if r[BASE] == "vastata" and r[MOOD] == "indicative"]
        theirs = any(r[PERSON] == "2" for r in said) or (
            k > 0 and any(r[PERSON] == "3" for r in said) and any(r[BASE] in CUSTOMERS_FI and r[2] == "nimento" for r in readings(toks[k - 1])))
        if theirs and not _negated(text, tok.start):
            found.append((tok.start, toks[k + 1].end))
    return found


HOLDERS = frozenset({"sinulla", "sulla", "teillä", "teil", "sinun", "sun", "teidän", "asiakkaalla", "matkustajalla", "asiakkaan", "matkustajan"})
"""Who holds the fault said after it ('vastuu on sinulla', 'syy on asiakkaan'): the customer."""


def _held_by_customer(after: list[Token]) -> bool:
    """'Vastuu on sinulla', 'vika on teidän': the verb 'olla' and the customer as the holder right
    after a fault noun, not negated ('vastuu ei ole sinulla')."""
    return (any("olla" in {r[BASE] for r in readings(t)} for t in after) and any(t.lower in HOLDERS for t in after)
            and not any(t.lower in NEGATIONS for t in after))


PAST_EN = re.compile(r"[a-z]+ed")
PAST_IRREGULAR = frozenset({"chose", "made", "took", "put", "gave", "sent", "wrote", "did", "set", "paid", "bought", "left", "sold", "told", "got"})
"""English past forms, as spelled ('you moved', 'you chose'): 'you can see it yourself' has none."""


def own_doing(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer made it public themselves: a word of self ('itse', 'herself') or of before us ('first') in the clause
    after a past verb of making public ('kirjoitti', 'laittoi', 'posted', 'shared'), or the phrases
    of the lexicon ('their own details'); or did it themselves, whatever they did, said to them in the
    past ('you moved the flight yourself', 'siirsit lennon itse'; not 'you can see it yourself')."""
    found = find(toks, words("own_doing", lang), lang) + _own_post_first(text, toks, lang)
    verbs = MADE_PUBLIC["en" if lang == "en" else "fi"]
    for k, tok in enumerate(toks):
        own = tok.lower == "own" and k > 0 and toks[k - 1].lower in OWNERS
        if tok.lower not in SELF and tok.lower not in FIRST and not own:
            continue
        start = sentence_span(text, tok.start)[0]
        clause = [t for t in toks if start <= t.start < tok.start]
        if tok.lower in FIRST and (any(t.lower in WE for t in clause) or (clause and clause[-1].lower in ("the", "a", "its"))):
            continue  # 'we posted the notice first' is ours; 'the first flight' is no adverb
        if lang == "en":
            made = [t for t in clause if t.lower in verbs]
            if made and any(t.start > made[-1].start and t.lower not in verbs and (PAST_EN.fullmatch(t.lower) or t.lower in PAST_IRREGULAR) for t in clause):
                made = []  # 'whoever wrote it probably removed it themselves': the act done oneself is the later verb
            if tok.lower in ("yourself", "yourselves"):  # 'you moved the flight yourself': any past act of theirs
                made += [b for a, b in pairwise(clause) if a.lower == "you" and (PAST_EN.fullmatch(b.lower) or b.lower in PAST_IRREGULAR)]
        else:
            made = [t for t in clause if any(r[BASE] in verbs and r[TENSE] == "past_imperfective" and r[PERSON] != "1" for r in readings(t))]
            made += _perfect_published(text, toks, k, start)
            if tok.lower == "itse":  # 'siirsit lennon itse': any past act of theirs, in the second person
                made += [t for t in clause if any(r[PERSON] == "2" and r[MOOD] == "indicative" and r[TENSE] == "past_imperfective" for r in readings(t))
                         and not any(r[TENSE] == "present_simple" or r[BASE] in REQUESTS for r in readings(t))]  # 'voit' is also 'you can
        made = sorted((t for t in made if not _to_us(toks, t)), key=lambda t: t.start)
        if made:
            found.append((min(made[0].start, tok.start), max(made[0].end, tok.end)))
    return found


POSTS = frozenset({"comment", "comments", "post", "posts", "message", "tweet", "update", "reply", "screenshot", "kommentti", "postaus", "viesti",
                   "päivitys", "julkaisu", "twiitti", "vastaus", "kuvakaappaus"})
BEFORE_US = re.compile(r"\b(?:already|first|before\s+(?:we|our|us|anyone)|earlier\s+than\s+(?:we|us|our)|jo|ensin|ennen\s+(?:meitä|meidän|vastaustamme|kuin\s+vastasimme))\b",
                       re.IGNORECASE)


def _own_post_first(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """It was there already in the customer's own post ('the number was already in Minna's own comment before we
    replied', 'numero oli jo hänen omassa kommentissaan'): 'own' / 'oma' before a post, said of someone not us,
    with 'already', 'first' or 'before we' in the sentence; 'please edit your own comment' has none, 'our own
    reply' is ours."""
    found = []
    for k, tok in enumerate(toks[:-1]):
        if lang == "en":
            mine = tok.lower == "own" and k > 0 and (toks[k - 1].lower in OWNERS or toks[k - 1].lower.endswith("'s"))
        else:
            mine = any(r[BASE] == "oma" for r in readings(tok)) and not (k > 0 and toks[k - 1].lower in ("meidän", "meiän", "minun", "mun"))
            mine = mine and not any(r[POSSESSIVE] in ("1s", "1p") for r in readings(tok))
        post = toks[k + 1]
        if not mine or not (post.lower in POSTS or any(r[BASE] in POSTS for r in readings(post))) or any(r[POSSESSIVE] in ("1s", "1p") for r in readings(post)):
            continue  # 'oman vastauksemme' is ours
        s0, s1 = sentence_span(text, tok.start)
        if BEFORE_US.search(text, s0, s1):
            found.append(((toks[k - 1].start if k > 0 else tok.start), post.end))
    return found


TO_US = frozenset({"meille", "mulle", "minulle", "meitä", "us", "me"})
"""Who it was told to: 'hän on itse kertonut meille', 'she told us herself' made nothing public."""


def _to_us(toks: list[Token], verb: Token) -> bool:
    k = toks.index(verb)
    return any(t.lower in TO_US for t in toks[k + 1:k + 3])


def _perfect_published(text: str, toks: list[Token], k: int, start: int) -> list[Token]:
    """The participle of a perfect or pluperfect of making public round the word of self at toks[k]
    ('asiakas on itse kirjoittanut', 'hän oli ite laittanu', 'olet jakanut osoitteesi itse'), with the
    customer's 'olla' before it in the sentence, not ours ('olemme itse kirjoittaneet') nor negated
    ('hän ei ole itse julkaissut')."""
    end = sentence_span(text, toks[k].start)[1]
    near = [t for t in toks[max(0, k - 4):k + 4] if start <= t.start < end and t is not toks[k]]
    participle = [t for t in near if _published(t)]
    if not participle:
        return []
    before = [t for t in toks if start <= t.start < participle[0].start]
    auxiliary = any(t.lower in AUXILIARY for t in before)
    return participle[:1] if auxiliary and not any(t.lower in NEGATIONS for t in before) else []


OURS = frozenset({"we", "we've", "we'd", "we're", "we'll", "i", "i've", "i'd", "i'm", "i'll", "it", "it's", "they", "he", "she", "this", "that", "our", "my", "meidän",
                  "minun", "mun", "meiän", "me", "minä", "mä"})
"""Who else may be the one who should have: 'we should have checked' faults us, 'the fix should' is a forecast."""
NOT_YOU = frozenset({"en", "ei", "emme", "eivät", "eikä", "enkä", "emmekä"})
"""Negative verbs of others than 'you': the connegative after them looks like an imperative ('en lähde')."""
NEGATIONS = frozenset({"ei", "eikä", "en", "et", "emme", "ette", "eivät", "not", "never", "shouldn't"})
OPENERS = frozenset({"maybe", "just", "perhaps", "so", "then", "try", "next", "time", "to", "please", "ehkä", "vaikka", "niin", "ja"})
"""Words that may come before an imperative at the start of a clause ('maybe wear a warmer coat')."""
CLAUSE_MARK = re.compile(r"[,;:–—(]")


def lectures(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Lecturing the customer on what they should do or should have done: an obligation laid on
    them with a verb of diligence (read, check, plan, hankkia, varautua), said as a counterfactual
    ('you should have read', 'olisi kannattanut lukea', 'kannattais hankkia') or with a note of
    reproach (carefully, first, every, the terms; tarkemmin, ensin, etukäteen), or a diligence
    imperative with reproach ('read the terms', 'dress for it', 'lue ehdot tarkemmin'), the
    reproach also being that it was there all along, said before the advice ('korotuksesta
    tiedotettiin jo eilen, kannattaa seurata tiedotteita'); and
    pointing at what the rules said ('as stated in the terms', 'ohjeissa lukee selvästi').
    Spans of words the lexicon matches by lemma, so inflected and spoken forms meet."""
    spans = {kind: find(toks, words(kind, lang), lang)
             for kind in ("rules_said", "must_have", "must", "diligence", "reproach", "advice", "next_time", "request", "all_along")}
    spans["reproach"] = [(a, b) for a, b in spans["reproach"] if not _first_step(text, a, b)]
    spans["reproach"] += _manner_comparatives(toks) + [(m.start(), m.end()) for m in BEFORE_DOING.finditer(text)]
    sorry = SORRY.search(text)  # 'Sorry for the wait! We answer within two hours, as it says on our page': the page backs our word
    found = [(a, b) for a, b in spans["rules_said"] if not (sorry and re.match(PAGE_SAYS, text[a:], re.IGNORECASE))] + _for_next_time(text, toks, spans, lang)
    for a, b in spans["diligence"]:
        s0, s1 = sentence_span(text, a)
        inside = {kind: [x for x in v if s0 <= x[0] < s1 and (x[0], x[1]) != (a, b)] for kind, v in spans.items()}
        reproach = [x for x in inside["reproach"] if not (x[0] < b and a < x[1])]
        reproach += [x for x in inside["all_along"] if x[1] <= a]  # 'tiedotettiin jo eilen, kannattaa seurata tiedotteita'
        counter = [x for x in inside["must_have"] if x[0] < a and _customer_must(toks, s0, x[0], lang)]
        must = [x for x in inside["must"] if x[0] < a and _customer_must(toks, s0, x[0], lang)]
        must += [x for x in inside["advice"] if x[0] < a]  # 'it's always wise to check': no subject but theirs
        told = lang == "en" or _infinitive(toks, a)  # 'kannattaa lukea', not 'pitää vääränä, tarkistetaan'
        if not reproach and text[a:b].lower().startswith(ROUTINE):
            counter = []  # 'kun vuokra pitäisi maksaa' says what is due; 'kannattaa maksaa hyvissä ajoin' lectures
        if (told and (counter or (must and reproach))) or (reproach and _imperative(text, toks, a, s0, lang)):
            found.append(((counter or must or [(a, b)])[0][0], b))
    if lang == "en":  # 'you should have …' whatever the verb (what we owed them is taken out by the caller)
        found += [x for x in spans["must_have"] if text[x[0]:x[1]].lower().startswith("should") and _said_by_customer(toks, x[0])]
    return found


THEN = re.compile(r"\b(?:sitten|sit|sen\s+jälkeen|jonka\s+jälkeen|then|after\s+that|afterwards)\b", re.IGNORECASE)
FIRST_STEP = frozenset({"ensin", "first"})


def _first_step(text: str, start: int, end: int) -> bool:
    """Whether 'ensin' / 'first' opens a sequence of steps, a 'sitten' / 'then' after it in its sentence
    ('hanki lausunto ensin ja tee sitten ilmoitus', 'get the statement first, then file the claim'): what to do
    in order, not that they should have looked first."""
    return text[start:end].lower() in FIRST_STEP and bool(THEN.search(text, end, sentence_span(text, start)[1]))


ROUTINE = ("maks", "pay", "paid")
"""Verbs of diligence everyone owes on some day (paying): said with a must alone they say what is due, and
lecture only with a word of reproach ('laskut kannattaa maksaa hyvissä ajoin', 'bills are best paid days before the due date')."""
BEFORE_DOING = re.compile(r"\bbefore\s+[a-z]+ing\b", re.IGNORECASE)
"""'think about that before posting': the moment the customer should have stopped to think."""


def _for_next_time(text: str, toks: list[Token], spans: dict[str, list[tuple[int, int]]], lang: str) -> list[tuple[int, int]]:
    """Advice for next time, or instead of what was done, laid on the customer, whatever the
    verb ('kannattaa jatkossa maksaa laskut ajoissa', 'next time it's worth waiting', 'kannattaa
    tehdä vikailmoitus eikä laittaa viestiä'): it says the customer did it wrong this time. In
    Finnish the duty must govern an infinitive ('tiedotteet tulee jatkossa' is a forecast); in
    English the customer must be the subject right before it ('next time you log in, the app
    should work' is the app's duty). A request for next time is such advice too ('in future,
    please send us a DM', 'toivomme, että jatkossa palautteen voisi antaa suoraan meille',
    'jatkossa laita viesti yksärillä', 'in future, make sure you check'), and so is what to do
    first ('next time you can check there before asking') and the duty said in the passive ('next
    time the confirmation should be checked'), and a better way set against theirs ('next time a DM
    reaches us faster than a tweet': _better_way, also said before a 'for next time' that closes the sentence:
    'a DM would have reached us quicker than a tweet, for next time'); what we will do next time is not ('jatkossa
    tiedotamme', 'next time we'll post it earlier'), nor a time clause ('next time you travel, …')."""
    found = []
    instead = [(t.start, t.end) for k, t in enumerate(toks[:-1]) if t.lower == "eikä" and _infinitive(toks, toks[k + 1].start)]
    for a, b in spans["next_time"] + instead:
        s0, s1 = sentence_span(text, a)
        duty = [x for x in spans["must"] + spans["must_have"] if s0 <= x[0] < s1 and _customer_must(toks, s0, x[0], lang)
                and (_said_by_customer(toks, x[0]) if lang == "en" else any(_infinitive(toks, t.start) for t in toks if x[1] < t.start < s1))]
        duty += [x for x in spans["advice"] if s0 <= x[0] < s1]
        duty += [x for x in spans["reproach"] if s0 <= x[0] < s1 and text[x[0]:x[1]].lower().startswith(("before", "ennen"))]
        duty += [x for x in spans["request"] if s0 <= x[0] < s1 and (lang == "en" or _asks_customer(toks, x[1], s1))]
        duty += _better_way(toks, b, s1, lang)
        if text[b:s1].strip(" .!") == "":  # 'A DM reaches us quicker than a tweet, for next time.': the advice before the time that ends it
            duty += _better_way(toks, s0 - 1, a, lang)
        if lang != "en":  # 'jatkossa laita viesti suoraan meille': an order for next time
            duty += [(t.start, t.end) for t in toks if b < t.start < s1 and t.start - b < ORDER_REACH and _order(t)]
        else:  # 'next time, double-check the date', 'next time the confirmation should be checked'
            duty += _order_en(toks, b, s1) + [m.span() for m in PASSIVE_DUTY.finditer(text, s0, s1) if not FIRST_PERSON_EN.search(text, s0, s1)]
            if text[b:s1].strip(" .!") == "":  # 'Dress warmly next time.': the order opens the sentence the time ends
                duty += _order_en(toks, s0 - 1, a)
        if duty and not ((a, b) in instead and a < duty[0][0]):  # 'eikä' contrasts with the advice before it
            found.append((min(duty[0][0], a), max(duty[0][1], b)))
    return found


BETTER_EN = frozenset({"faster", "quicker", "sooner", "better", "easier", "simpler", "safer", "quickly", "easily", "reliably"})
THEN_NOW = frozenset({"now", "today", "tonight", "this", "before", "usual", "ever", "nyt", "tänään", "tällä", "ennen", "aiemmin", "yleensä",
                      "tavallisesti", "viimeksi", "last"})
"""After 'than' / 'kuin', a time: 'next time the coaches will be warmer than today' compares our times, not ways of acting."""
SUBJECT_WE_FI = frozenset({"me", "mä", "minä", "mää"})


def _better_way(toks: list[Token], after: int, end: int, lang: str) -> list[tuple[int, int]]:
    """A better way for next time, set against what the customer did, with no duty said ('next time
    a DM reaches us faster than a tweet', 'ensi kerralla yksityisviesti tavoittaa meidät nopeammin
    kuin julkinen twiitti'): a comparative of ease or speed with 'than' / 'kuin' after it, what follows
    it no time ('faster than today' is our own progress), and no one of ours nor a forecast ('we'll',
    'will') in the clause."""
    rest = [t for t in toks if after < t.start < end]
    than = next((k for k, t in enumerate(rest) if t.lower in ("than", "kuin")), None)
    if than is None or than + 1 >= len(rest) or rest[than + 1].lower in THEN_NOW:
        return []
    before = rest[max(0, than - 3):than]
    if lang == "en":
        better = [t for t in before if t.lower in BETTER_EN]
        ours = any(t.lower in WE or t.lower in ("will", "won't") or t.lower.endswith("'ll") for t in rest[:than])
    else:
        better = [t for t in before if any(r[COMPARISON] == "comparative" for r in readings(t))]
        ours = any(t.lower in SUBJECT_WE_FI or any(r[PERSON] == "1" for r in readings(t)) for t in rest[:than])
    return [(better[0].start, rest[than + 1].end)] if better and not ours else []


BARE_EN = frozenset(w.split()[0] for w in words("diligence", "en"))
"""The English verbs of diligence as spelled in the lexicon: an order is said in the bare form."""
EN_OPENERS = frozenset({"please", "just", "do", "always", "simply", "kindly", "maybe", "perhaps"})


def _order_en(toks: list[Token], after: int, end: int) -> list[tuple[int, int]]:
    """An English order right after 'next time' / 'in future' (an opener such as 'please' or
    'just' between): the first word or two of the rest of the clause, as spelled, are an order of
    the lexicon's ('next time, double-check the date', 'in future, make sure…'); 'next time you
    travel' has a subject there, and 'instead of taking' a gerund."""
    rest = [t for t in toks if after < t.start < end]
    while rest and rest[0].lower in EN_OPENERS:
        rest = rest[1:]
    orders = set(words("orders", "en"))  # as spelled: 'instead of just taking it down' is no order
    said = [k for k in (1, 2) if len(rest) >= k and " ".join(t.lower for t in rest[:k]) in orders]
    return [(rest[0].start, rest[said[0] - 1].end)] if said else []


ORDER_REACH = 16
"""How near after 'jatkossa' an order must come ('Jatkossa, laita vaikka viesti'): the order for next time, not a wish later on."""


def _asks_customer(toks: list[Token], start: int, end: int) -> bool:
    """Whether what a Finnish request ('toivomme, että…') asks is the customer's act: a verb in
    the conditional or the second person after it ('palautteen voisi antaa', 'laittaisitte'), or
    the infinitive the request governs right after it ('pyydämme ottamaan yhteyttä paikan päällä', 'pyydämme jatkossa lähettämään'),
    and no one of ours ('meidän olisi pitänyt'); not a wish for them ('matkasi sujuvat')."""
    after = [t for t in toks if start <= t.start < end]
    acts = any(any(r[MOOD] == "conditional" or r[PERSON] == "2" for r in readings(t)) for t in after)
    asked = after[1:2] if after and any(r[1] == "seikkasana" or r[2] == "sisaolento" for r in readings(after[0])) else after[:1]  # 'pyydämme (jatkossa) ottamaan', not 'pyydämme kuljettajia tarkistamaan'
    acts = acts or any(any(r[MOOD] == "MA-infinitive" and r[2] == "sisatulento" for r in readings(t)) for t in asked)
    return acts and not any(t.lower in OURS for t in after)


def _order(tok: Token) -> bool:
    """A Finnish second-person imperative that is nothing else ('laita', 'soittakaa'), not a form
    an indicative shares ('saa', 'viesti' as 'viestiä')."""
    found = readings(tok)
    return any(r[PERSON] == "2" and r[MOOD] == "imperative" for r in found) and not any(r[MOOD] == "indicative" for r in found)


TIME_COMPARATIVES = frozenset({"myöhemmin", "aiemmin", "aikaisemmin", "pikemmin", "useammin", "harvemmin", "pidemmin", "kauemmin"})
"""Comparatives of time ('tarkista tilanne myöhemmin'): when, not how well."""


def _manner_comparatives(toks: list[Token]) -> list[tuple[int, int]]:
    """Finnish comparative adverbs of manner ('tarkemmin', 'lämpimämmin', 'huolellisemmin'): said
    with a diligence verb they reproach, as 'more carefully' does."""
    return [(t.start, t.end) for t in toks if t.lower not in TIME_COMPARATIVES
            and any(r[2] == "keinonto" and r[COMPARISON] == "comparative" for r in readings(t))]


def _infinitive(toks: list[Token], at: int) -> bool:
    tok = next(t for t in toks if t.start == at)
    return any("A-infinitive" in f for f in tok.forms)


def _said_by_customer(toks: list[Token], at: int) -> bool:
    """Whether the word at `at` has a customer as its subject right before it ('you should have',
    'people really should have'), not a thing ('a notice should have been')."""
    before = [t.lower for t in toks if t.end <= at][-3:]
    while before and before[-1] in ("really", "just", "probably", "all", "honestly", "simply"):
        before.pop()
    return bool(before) and before[-1] in words("lecture_subject", "en")


def _customer_must(toks: list[Token], start: int, at: int, lang: str) -> bool:
    """Whether the obligation at `at` falls on the customer: in English the last subject before it
    is theirs ('you', 'parents'); in Finnish it is not ours ('meidän olisi pitänyt')."""
    before = [t.lower for t in toks if start <= t.start < at]
    if before and before[-1] in NEGATIONS:  # 'kenenkään ei pitäisi odottaa': no one should have to, a sympathy
        return False
    if lang != "en":
        return not any(w in OURS for w in before)
    subjects = set(words("lecture_subject", lang))
    last = next((w for w in reversed(before) if w in subjects or w in OURS), None)
    return last is not None and last in subjects


def _imperative(text: str, toks: list[Token], at: int, start: int, lang: str) -> bool:
    """Whether the verb at `at` is said as an order: in Finnish a second-person form ('lue', 'luit',
    'lukekaa'); in English the first word of a clause, after at most an opener ('maybe wear'), in
    its bare form as the lexicon spells it ('Booking K7QX2M is all set' names a booking) and not a
    heading ('NOTICE: all decisions…')."""
    k = next(k for k, t in enumerate(toks) if t.start == at)
    if lang != "en":  # 'en lähde arvaamaan': after 'en', 'ei', 'emme' the same form is the negative verb's other half
        return (k == 0 or toks[k - 1].lower not in NOT_YOU) and any(r[4] == "2" for r in readings(toks[k]))
    if toks[k].lower not in BARE_EN or text[toks[k].end:toks[k].end + 1] == ":":
        return False
    before = [t for t in toks if start <= t.start < at]
    i = len(before)
    while i > 0 and before[i - 1].lower in OPENERS:
        i -= 1
    head = before[i].start if i < len(before) else at
    return i == 0 or bool(CLAUSE_MARK.search(text, before[i - 1].end, head))
