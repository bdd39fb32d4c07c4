"""Blame said as a reproof of the customer's conduct, with no word of fault in it.

LABELS.md counts spreading rumours or panic as blame, and polite replies reprove without
naming a fault; these rules read who is told off, not which phrase is used:
- the commenter told to stop spreading a falsehood or fear ('please don't spread rumours',
  'stop spreading false claims', 'älkää levittäkö huhuja', 'lopeta paniikin lietsominen'):
  the verb of spreading said to them, with what is false or frightening as its object, or
  asked politely in the passive ('toivoisimme, ettei huhuja levitettäisi', "we'd appreciate it
  if people didn't spread rumours"), or believing everything ("don't believe everything you read");
- the customer expected to have known ('luulis että sen tietää', 'tämän luulisi olevan
  kaikille selvää', "you'd think people would know"): one would think, said of knowing;
- the customer's act, as a Finnish verbal noun, named as what makes things worse ('ryhmiin
  jakaminen vaan ruuhkauttaa tätä', 'saman viestin lähettäminen ei nopeuta käsittelyä'),
  the Finnish form of accuse.GERUND_JUDGED;
- their diligence doubted as a hope ('which hopefully you remembered to take out',
  'toivottavasti muistit'), the risk laid on them ('a risk you take'), the provocation theirs
  ('the customer was shouting at our staff', 'asiakas korotti ääntään jo ennen kuin kuvaus alkoi'), their post named as the harm ('posts like this just
  cause panic', 'tällaiset huhut vaan lisäävät paniikkia'), a named customer as the one who should have
  ('Hannan olisi pitänyt antaa').
- the customer told to look before they speak up ('scroll up before you comment', 'selaa ylös ennen
  kuin kommentoit': spoke_first), told off for asking over and over ('äläkä kysele joka ketjussa':
  repeated), or told that everyone knows ("that's basic stuff", 'tää on ihan perusjuttu': basics); the
  critics sneered at as grumblers ('some folks will complain about anything', 'kaikesta sitä valitetaan': grumblers);
  told to mind their manners ('ask politely and you'll get an answer', 'kysy asiallisesti': mind_manners);
  the precaution they did not take said to be for this ("that's what travel insurance is for": unbought).
Each keeps what is ours ('emme halua lietsoa paniikkia', 'luulisin että korjaus valmistuu')
and a spreading that is welcome ('thank you for spreading the word').
"""

from __future__ import annotations

import re
from itertools import pairwise

from drill.checker.accuse import FIRST_PERSON_FI, bases, ours
from drill.checker.lexicon import words
from drill.checker.words import Token, find, readings, sentence_span

FALSEHOOD = (r"(?:rumou?rs?|lies|falsehoods?|misinformation|disinformation|fake\s+news|nonsense|gossip|panic|fear|hysteria|"
             r"conspirac(?:y|ies)|speculation|scare\s+stories|(?:false|fake|untrue|unverified|unofficial|unconfirmed|baseless|misleading|wrong|unfounded|"
             r"unsubstantiated|inaccurate|erroneous)\s+\w+|"
             r"(?:only\s+)?half\s+(?:the|of\s+the)\s+story|one-sided\s+\w+|"
             r"(?:things|stuff|claims|stories|information)\s+that\s+(?:are|is|were|was)(?:n't|\s+not)\s+(?:true|correct|accurate|verified)|"
             r"(?:without|out\s+of)\s+(?:any\s+)?context|"
             r"(?:stuff|things|claims|posts|stories|comments|rumou?rs|info|information)\s+like\s+(?:this|that|these|those)|"
             r"(?:this|that)\s+kind\s+of\s+(?:thing|stuff|claim|story|post|info|information)|such\s+(?:claims|stories|things|stuff|posts|rumou?rs)|"
             r"everything\s+(?:\w+\s+){0,2}?(?:read|hear|heard|see|saw|say|says|said|tell|tells|told|post|posts|posted|write|writes|wrote))")
EN_SPREAD = re.compile(
    r"\b(?:stop|quit|don't|do not|no more|avoid|refrain from|(?:urged|requested|asked|advised|reminded|encouraged)\s+not\s+to|(?:advised|urged|warned)\s+against)"
    r"\s+(?:\w+\s+)?(?:spreading|spread|stirring up|stirring|stir up|fuell?ing|fuel|circulating|circulate|disseminating|disseminate|"
    rf"whipping up|causing|cause|posting|sharing|share|post|passing on|pass on|forwarding|forward|repeating|repeat|believing|believe|listening to|"
    rf"listen to|falling for|fall for)\s+(?:\w+\s+){{0,2}}?{FALSEHOOD}\b"
    r"|\b(?:stop|quit|enough of)\s+(?:the\s+)?(?:scaremongering|fearmongering|rumour-mongering|rumor-mongering)\b"
    rf"|\b(?:{'|'.join(words('spreaders', 'en'))})(?:'s|'re)?\s+(?:(?:is|are|keeps?|has been|have been|again|still|just|busy|here)\s+){{0,3}}"
    rf"(?:spreading|spread|stirring up|peddling|pushing|fuell?ing|whipping up)\s+(?:\w+\s+){{0,2}}?{FALSEHOOD}\b",
    re.IGNORECASE)
SPREADING_EN = r"(?:spread|spreading|shared|sharing|share|posted|posting|post|passed\s+on|passing\s+on|repeated|repeating|circulated|circulating|believed)"
EN_ASKED_NOT = re.compile(
    r"\b(?:we'd|we\s+would|i'd|i\s+would|we)\s+(?:really\s+|kindly\s+)?(?:appreciate\s+it|ask|prefer|rather|hope|urge\s+\w+)\s+(?:if|that)?\s*"
    r"(?:(?:people|you|everyone|commenters|all\s+of\s+you|no\s+one)\s+(?:didn't|did\s+not|wouldn't|would\s+not|don't|do\s+not|not|stopped|refrained\s+from)?\s*"
    rf"{SPREADING_EN}\s+(?:\w+\s+){{0,2}}?{FALSEHOOD}"
    rf"|(?:\w+\s+){{0,3}}?{FALSEHOOD}\s+(?:weren't|were\s+not|wasn't|was\s+not|not\s+be|aren't|are\s+not|isn't|is\s+not)\s+(?:\w+\s+)?{SPREADING_EN})\b",
    re.IGNORECASE)
"""The commenters asked, politely and with no one named, not to spread what is false ('we'd appreciate it if
people didn't spread rumours', 'we'd ask that unverified claims not be shared'): the Finnish 'toivoisimme,
ettei huhuja levitettäisi' (_asked_not)."""
"""The commenter told to stop, or not to, spread or believe what is false, frightening or out of context: an order to
them ('don't believe gossip', 'stop spreading things that aren't true', "don't share screenshots without context"); or the
commenters said, in the third person, to spread it ('some people here are spreading nonsense again'), not a rumour
said to go round ('a false claim is being shared: it isn't true'). The formal register urges the public the same way ('the public
is urged to refrain from circulating unfounded claims', 'customers are requested not to disseminate unverified information')."""
FI_SPREAD = frozenset({"levittää", "levitellä", "lietsoa", "nostattaa", "ruokkia", "jakaa", "lietsota", "levittely", "lietsonta", "uskoa"})
FI_FALSEHOOD = frozenset({"huhu", "valhe", "perätön", "paniikki", "pelko", "hysteria", "disinformaatio", "salaliittoteoria", "juoru",
                          "pelottelu", "höpö", "höpöhöpö", "misinformaatio", "valeuutinen", "väärä", "kuulopuhe", "puppu", "hölynpöly",
                          "vahvistamaton", "perusteeton", "virheellinen", "paikkansapitämätön", "harhaanjohtava"})
STOPPING = frozenset({"lopettaa", "ei"})


def _false(tok: Token) -> bool:
    """A word of falsehood or fear, or a compound that ends in one ('sisäpiirihuhu', 'somehuhu', 'valeuutinen')."""
    return bool(bases(tok) & FI_FALSEHOOD) or any(b.endswith(FALSE_TAILS) for b in bases(tok))


FALSE_TAILS = ("huhu", "valhe", "paniikki", "juoru", "puppu", "hölynpöly", "disinformaatio")
"""What a compound of falsehood ends in (Voikko gives the compound as its base: 'sisäpiirihuhu')."""
"""'lopeta levittäminen', 'älä levitä': what turns a verb of spreading into an order to the commenter."""
POINTLESS = frozenset({"turha", "turhaa", "turhaan"})
"""'turha levitellä huhuja' (no point spreading rumours): said right before the infinitive, an order to the commenter too."""


EN_BEFORE_SPEAKING = re.compile(
    r"\b(?:before|prior\s+to|b4)\s+(?:(?:you|u|people|anyone|everyone|others|they|y'all|you\s+all)\s+)?(?:(?:go|start|come|rush|decide)\s+(?:on\s+|to\s+)?)?"
    r"(?:" + "|".join(words("spoke_up", "en")) + r")\w*", re.IGNORECASE)
BEFORE_FI = frozenset({"ennenku", "ennenkuin", "ennenko"})
"""'ennen kuin' written as one word, as it is spoken ('ennenku jakaa')."""
UNTIL_THEN = frozenset({"kuin", "ku", "ko"})
WE_EN = frozenset({"we", "we'll", "we're", "we've", "i", "i'll", "i'm", "i've", "let's", "let", "us"})


def spoke_first(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer told to look before they speak up: a verb of looking or diligence in a sentence
    with 'before' and a verb of speaking up after it ('Maybe scroll up before you comment?',
    'kindly consult the notice prior to commenting', 'Selaa ylös ennen kuin kommentoit', 'kannattaa
    lukea tiedote ennen kommentointia', 'ois parempi odottaa ennenku jakaa', and formally 'kindly consult the
    terms before contacting us', 'toivomme asiakkaiden perehtyvän ehtoihin ennen yhteydenottoa'): they spoke before they
    looked. In Finnish the verb after 'ennen kuin' is theirs (the second person, the zero person or an
    infinitive, not a subject's between: 'ennen kuin toimittaja kirjoittaa'), or a verbal noun after 'ennen';
    not ours ('we'll check the facts before posting', 'tarkistamme ennen kuin julkaisemme'), and a
    sequence of steps of our own ('tarkistetaan ennen kuin kirjoitetaan') names no one."""
    found = []
    looking = find(toks, words("diligence", lang) + words("look_first", lang), lang)
    if lang == "en":
        for m in EN_BEFORE_SPEAKING.finditer(text):
            s0, s1 = sentence_span(text, m.start())
            look = [(a, b) for a, b in looking if s0 <= a < s1 and (a, b) != m.span()]
            if look and not any(_said_by_us(toks, a) for a, _ in look):
                found.append(m.span())
        return found
    spoke = set(words("spoke_up", "fi"))
    said = {a for a, _ in find(toks, words("spoke_up", "fi"), "fi")}  # by stem too: Voikko knows no 'postata', 'twiitata'
    for k, tok in enumerate(toks):
        joined = tok.lower in BEFORE_FI
        if not (joined or (tok.lower == "ennen" and k + 1 < len(toks))):
            continue
        after = toks[k + 1:k + 3] if joined or toks[k + 1].lower not in UNTIL_THEN else toks[k + 2:k + 4]
        clause = joined or toks[k + 1].lower in UNTIL_THEN
        verb = next((t for t in after if any(r[0] in spoke and _theirs(r, clause) for r in readings(t)) or (t.start in said and not readings(t))), None)
        if verb is None or (after and verb is not after[0] and not _adverb(after[0]) and not _object(after[0], verb, clause)):
            continue
        s0, s1 = sentence_span(text, tok.start)
        lookers = [t for t in toks if s0 <= t.start < s1 and any(s <= t.start < e for s, e in looking) and t is not verb]
        if lookers and not any(r[4] in ("1", "4") for t in lookers for r in readings(t)):
            found.append((tok.start, verb.end))
    return found


EN_DONT = re.compile(r"\b(?:don't|dont|do\s+not|stop|quit|please\s+stop|no\s+more)\b", re.IGNORECASE)
SPOKE_EN = re.compile(r"\b(?:" + "|".join(words("spoke_up", "en")) + r")\w*", re.IGNORECASE)


def repeated(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer told off for asking or posting over and over: an order not to ('älä', 'äläkä',
    "don't", 'stop') with a verb of speaking up and where or how often ('äläkä kysele joka ketjussa',
    "please don't ask the same thing in every thread", 'stop posting it everywhere'), or 'no need' with
    spamming or with everywhere ('samaa kysymystä ei tarvitse spämmätä', 'no need to post it in every
    thread'), or spamming forbidden ('please don't spam'). 'No need to ask again, we've got it' reassures,
    and is not this; nor is our own 'we won't spam you'."""
    found = []
    everywhere, same, spam, no_need = (find(toks, words(kind, lang), lang) for kind in ("repeated_everywhere", "repeated_same", "spam", "no_need"))
    for s0, s1 in sorted({sentence_span(text, t.start) for t in toks}):
        sentence = [t for t in toks if s0 <= t.start < s1]
        if lang == "en":
            dont = [m.span() for m in EN_DONT.finditer(text, s0, s1)]
            spoke = [m.span() for m in SPOKE_EN.finditer(text, s0, s1)]
            if any(t.lower in ("we", "we'll", "i", "i'll", "won't") for t in sentence):
                continue
        else:
            dont = [(t.start, t.end) for t in sentence if any((r[0] == "ei" and r[5] == "imperative") or (r[0] == "lopettaa" and r[4] == "2") for r in readings(t))]
            spoke = find(sentence, words("spoke_up", "fi"), "fi")
            if _we_fi(sentence):
                continue  # 'emme spämmää teitä'
        told = dont + [x for x in no_need if s0 <= x[0] < s1]
        if not told:
            continue
        first = min(told)[0]
        spoken = [x for x in spoke if x[0] > first]
        where = [x for x in everywhere if s0 <= x[0] < s1] + ([x for x in same if s0 <= x[0] < s1] if dont else [])
        why = [x for x in spam if s0 <= x[0] < s1] or (spoken if where else [])
        if why:
            found.append((first, max(b for _, b in why)))
    return found


def _we_fi(sentence: list[Token]) -> bool:
    """Whether a Finnish sentence is said of us: a pronoun of ours or a word that is only a first-person
    verb (not 'moneen kertaan', whose 'kertaan' is also 'I revise', nor 'tuon', also 'I bring')."""
    return any(t.lower in FIRST_PERSON_FI or (readings(t) and all(r[4] == "1" for r in readings(t))) for t in sentence)


EN_BASICS = re.compile(
    r"\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:pretty\s+|really\s+|just\s+|such\s+|very\s+)?(?:basic\s+stuff|the\s+basics|basics|pretty\s+basic"
    r"|common\s+knowledge|kind\s+of\s+obvious|obvious\s+stuff)\b"
    r"|\beveryone\s+knows\s+(?:not\s+to|that\s+you|better|you\s+(?:don't|never|shouldn't))|\b(?:it\s+)?goes\s+without\s+saying\b", re.IGNORECASE)
WE_SUBJECT_EN = re.compile(r"\b(?:we|we're|we've|we'll|i|i'm|i've|i'll)\b", re.IGNORECASE)


def basics(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """What the customer did said to break what everyone knows ("that's basic stuff", 'common knowledge',
    'everyone knows not to', 'it goes without saying', 'tää on ihan perusjuttu', 'kaikkihan sen tietää',
    'maalaisjärjellä sen tajuaa'): they ought to have known. Not negated ('ei ole mikään itsestäänselvyys'
    is a sympathy), not of ours ('it goes without saying that we're sorry', 'perusjuttu, jonka hoidamme')."""
    if lang == "en":
        return [m.span() for m in EN_BASICS.finditer(text) if not WE_SUBJECT_EN.search(text, *sentence_span(text, m.start()))]
    known = set(words("common_sense", "fi"))
    found = []
    for k, tok in enumerate(toks):
        if not (bases(tok) & known or tok.lower == "kaikkihan"):
            continue
        sentence = _sentence(text, toks, tok.start)
        if not any(t.lower in ("ei", "eikä", "ole") for t in toks[max(0, k - 3):k]) and not _we_fi(sentence):
            found.append((tok.start, tok.end))
    return found


EN_GRUMBLERS = re.compile(
    r"\b(?:some\s+(?:people|folks|of\s+you|commenters|users)|certain\s+people|there's\s+always\s+(?:someone|somebody|one)|there\s+is\s+always\s+someone"
    r"|people\s+these\s+days|you\s+lot)\b[^.!?]{0,30}?"
    r"\b(?:(?:looking|look|looks)\s+for\s+(?:things|something|reasons?|an?\s+(?:excuse|reason)|drama|trouble)\s+to\s+(?:be\s+|get\s+)?"
    r"(?:upset|angry|offended|outraged|complain|moan|whine|mad)"
    r"|(?:will|would|'ll)\s+complain\s+about\s+(?:anything|everything)|complain\s+about\s+(?:anything|everything)"
    r"|love\s+to\s+(?:complain|moan|whine|be\s+(?:outraged|offended|upset|angry))|(?:are|is)\s+never\s+(?:happy|satisfied))\b", re.IGNORECASE)
ANYTHING_FI = frozenset({"kaikesta", "aihetta", "syytä", "mistä", "kaikkeen"})
"""What grumbling is a sneer about: 'valittaa kaikesta', 'etsii aihetta', 'jotain mistä valittaa', 'mistä vaan'."""
GRUMBLERS_FI = frozenset({"joku", "jokin", "osa", "porukka", "ihminen", "tyyppi", "eräs"})


def grumblers(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The critics sneered at as people who look for something to complain about ('Some people just go looking
    for things to be upset about', 'some folks will complain about anything', 'jotkut vaan etsii aina jotain
    mistä valittaa', 'aina löytyy joku, joka valittaa kaikesta', 'kaikesta sitä näköjään valitetaan'): the
    complaint is laid on the complainer. Not what some of them rightly said ('some of you complained about the
    wait, and you're right'), not ours."""
    if lang == "en":
        return [m.span() for m in EN_GRUMBLERS.finditer(text) if not WE_SUBJECT_EN.search(text, *sentence_span(text, m.start()))]
    grumble = find(toks, words("grumbling", "fi"), "fi")
    found = []
    for a, b in grumble:
        sentence = _sentence(text, toks, a)
        who = any(bases(t) & GRUMBLERS_FI for t in sentence if t.start < a) or any(
            r[4] == "4" for t in sentence if a <= t.start < b for r in readings(t))  # 'kaikesta sitä valitetaan'
        sneer = any(t.lower in ANYTHING_FI for t in sentence)
        if who and sneer and not _we_fi(sentence) and not any(t.lower in ("ei", "eikä") for t in sentence if t.start < a):
            found.append((a, b))
    return found


EN_MIND_MANNERS = re.compile(
    r"(?:^|[.!?,;:–—]\s*|\b(?:just|please|so|and|maybe|then|pls)\s+)(?:ask|say|write|speak|talk|put|keep|phrase|comment)\s+(?:it\s+|that\s+|things\s+|this\s+|your\s+\w+\s+)?"
    r"(?:(?:a\s+(?:bit|little)\s+)?more\s+)?(?:politely|nicely|civilly|civil|respectfully|polite|courteously)\b"
    r"|\bmind\s+your\s+(?:tone|language|manners|words)\b"
    r"|\b(?:polite|civil|respectful)\s+(?:questions|comments|messages)\s+(?:get|will\s+get|are\s+answered|receive)\b"
    r"|\bif\s+you\s+(?:ask|asked|say|said|write|wrote)\s+(?:it\s+)?(?:nicely|politely|civilly|respectfully)\b", re.IGNORECASE | re.MULTILINE)
"""The customer told to mind their manners, as the condition of an answer or as an order ('Ask politely and
you'll get an answer', 'keep it civil', 'mind your tone', 'polite questions get answers', 'if you ask nicely'):
their tone is the fault. Not a thanks for it ('thanks for asking so politely') nor our own ('we'll ask politely')."""
CIVIL_FI = frozenset({"asiallisesti", "kohteliaasti", "kauniisti", "ystävällisesti", "asiallisemmin", "kohteliaammin", "kauniimmin", "sivistyneesti"})
CIVIL_NOUNS_FI = frozenset({"asiallinen", "kohtelias", "ystävällinen", "sivistynyt"})


def mind_manners(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """EN_MIND_MANNERS; in Finnish a civil manner ('asiallisesti', 'kohteliaammin') with an order to the
    customer ('kysy asiallisesti, niin vastataan', 'kirjoita vähän kohteliaammin') or with no verb at all
    ('vähän kohteliaammin, kiitos'), or only civil questions said to be answered ('asiallisiin kysymyksiin
    vastataan'). Not thanks ('kiitos asiallisesta viestistä'), not ours ('vastaamme asiallisesti kaikille')."""
    if lang == "en":
        return [m.span() for m in EN_MIND_MANNERS.finditer(text) if not THANKED.search(text, *sentence_span(text, m.start()))]
    found = []
    for tok in toks:
        civil = tok.lower in CIVIL_FI
        civil_questions = any(r[0] in CIVIL_NOUNS_FI and r[2] == "sisatulento" for r in readings(tok))  # 'asiallisiin kysymyksiin vastataan'
        if not (civil or civil_questions):
            continue
        sentence = _sentence(text, toks, tok.start)
        if THANKED.search(text, *sentence_span(text, tok.start)) or _we_fi(sentence):
            continue
        verbs = [t for t in sentence if any(r[1] == "teonsana" for r in readings(t))]
        ordered = any(any(r[4] == "2" and r[5] == "imperative" for r in readings(t)) for t in sentence)
        answered = civil_questions and any(any(r[0] == "vastata" and r[4] == "4" for r in readings(t)) for t in sentence)
        if (civil and (ordered or not verbs)) or answered:
            found.append((tok.start, tok.end))
    return found


PRECAUTION_EN = r"(?:(?:travel|cancellation|home|contents|trip)\s+(?:insurance|cover|protection))"
EN_WHAT_INSURANCE_IS_FOR = re.compile(
    rf"\b(?:that's|that\s+is|this\s+is|it's)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:your\s+|a\s+|the\s+)?{PRECAUTION_EN}\s+is\s+(?:for|there\s+for)\b"
    rf"|\b{PRECAUTION_EN}\s+(?:exists|is\s+there|is\s+meant|is\s+designed|is\s+made|is)\s+(?:exactly\s+|precisely\s+|just\s+)?for\s+(?:exactly\s+|precisely\s+)?"
    r"(?:this|that|these|situations?\s+like|cases?\s+like|things?\s+like|moments?\s+like)\b"
    rf"|\b(?:this|that)\s+is\s+(?:exactly\s+)?why\s+(?:people|you|everyone|travellers)\s+(?:take\s+out|buy|get|have|should\s+(?:have|get|take\s+out|buy))\s+(?:a\s+|your\s+)?{PRECAUTION_EN}",
    re.IGNORECASE)
"""The precaution the customer did not take said to be for exactly this ("that's what travel insurance is for",
'travel insurance exists for exactly this kind of thing', 'this is why people take out cancellation cover'):
the loss laid on them for not buying it."""
PRECAUTIONS_FI = ("matkavakuutus", "peruutusturva", "peruutusvakuutus", "matkustajavakuutus", "kotivakuutus")
FOR_THIS_FI = frozenset({"varten", "varalle", "varalta"})


def unbought(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """EN_WHAT_INSURANCE_IS_FOR; in Finnish a precaution ('matkavakuutus', 'peruutusturva') with 'varten' or
    'varalle' in its sentence and what it points at ('sitä varten on matkavakuutus', 'tällaisia tilanteita varten
    on olemassa matkavakuutus', 'matkavakuutus on just tätä varten'), not ours."""
    if lang == "en":
        return [m.span() for m in EN_WHAT_INSURANCE_IS_FOR.finditer(text) if not WE_SUBJECT_EN.search(text, *sentence_span(text, m.start()))]
    found = []
    for tok in toks:
        if not any(b.endswith(PRECAUTIONS_FI) for b in bases(tok)):
            continue
        sentence = _sentence(text, toks, tok.start)
        pointed = any(bases(t) & {"se", "tämä", "tällainen", "tuollainen", "sellainen"} for t in sentence)
        if pointed and any(t.lower in FOR_THIS_FI for t in sentence) and not _we_fi(sentence):
            found.append((tok.start, tok.end))
    return found


THANKED = re.compile(r"\b(?:thank\w*|thanks|kiit\w*)\b", re.IGNORECASE)


def _theirs(reading: tuple[str, ...], clause: bool) -> bool:
    """After 'ennen kuin', a verb of theirs: the second person, the zero person's third, an infinitive
    ('ennenku jakaa'), the passive of the formal register ('ennen kuin tietoja jaetaan': whoever looks first is
    then not ours, spoke_first reads that); after 'ennen' alone a verbal noun ('ennen kommentointia', 'ennen
    kysymistä', 'ennen yhteydenottoa', 'ennen julkaisujen jakamista')."""
    if not clause:
        return reading[5] == "MINEN-infinitive" or reading[1] == "nimisana"
    return reading[4] in ("2", "4") or (reading[4] == "3" and reading[3] == "singular") or reading[5] == "A-infinitive"


def _adverb(tok: Token) -> bool:
    return any(r[1] == "seikkasana" for r in readings(tok))


def _object(tok: Token, verb: Token, clause: bool) -> bool:
    """The object before the verb of speaking up: a genitive before a verbal noun ('ennen julkaisujen jakamista'),
    any noun before a passive ('ennen kuin tietoja jaetaan'), which has no subject ('ennen kuin toimittaja kirjoittaa' has)."""
    case = ("omanto",) if not clause else ("omanto", "osanto", "nimento")
    return any(r[1] == "nimisana" and r[2] in case for r in readings(tok)) and (not clause or any(r[4] == "4" for r in readings(verb)))


def _said_by_us(toks: list[Token], at: int) -> bool:
    """Whether the verb at `at` is ours: 'we'll check', 'I always read' (not 'we'd ask everyone to look')."""
    k = next(k for k, t in enumerate(toks) if t.start == at)
    before = [t.lower for t in toks[max(0, k - 3):k]]
    while before and before[-1] in ("will", "always", "first", "must", "should", "can", "also", "just", "then", "do", "carefully"):
        before.pop()
    return bool(before) and before[-1] in WE_EN


def reproofs(text: str, toks: list[Token], lang: str, update: bool = False) -> list[tuple[int, int]]:
    """Spans where the reply reproves the customer's conduct (the rules above). A status update
    (update) is said to everyone: advice against posting card numbers there warns, and reproves
    no one who did it."""
    if lang == "en":
        rules = (EN_SPREAD, EN_ASKED_NOT, EN_EXPECTED, EN_HOPED, EN_RISK_TAKEN, EN_PROVOKED, EN_POSTS_CAUSE, EN_WOULD_HELP, EN_RUDE, EN_REACTED,
                 *(() if update else (EN_ADVISED_AGAINST,)))
        return ([m.span() for rule in rules for m in rule.finditer(text) if not (rule is EN_RUDE and _negated_en(text, m))] + spoke_first(text, toks, lang)
                + repeated(text, toks, lang) + basics(text, toks, lang) + grumblers(text, toks, lang) + mind_manners(text, toks, lang)
                + unbought(text, toks, lang))
    return (spoke_first(text, toks, lang) + repeated(text, toks, lang) + basics(text, toks, lang) + grumblers(text, toks, lang) + mind_manners(text, toks, lang)
            + unbought(text, toks, lang) + _rude_fi(text, toks) + _reacted_fi(text, toks) + _spreading_fi(text, toks) + _expected_fi(text, toks) + _worsens_fi(text, toks) + _named_duty_fi(text, toks) + _hoped_fi(text, toks)
            + ([] if update else _advised_against_fi(text, toks)) + _posts_cause_fi(text, toks) + _provoked_fi(text, toks))


EN_RUDE = re.compile(
    r"\b(?:customer|guest|passenger|man|woman|father|dad|mother|mum|gentleman|lady|person filming)\s+(?:was|were|had\s+been|got)\s+"
    r"(?:already\s+|being\s+|very\s+|extremely\s+|quite\s+|really\s+|pretty\s+|so\s+)*(?:" + "|".join(words("rude", "en")) + r")\b", re.IGNORECASE)
"""'The customer was rude to our staff long before filming started': the customer's conduct judged, the
one who started it (not 'he was rude': in a viral-video reply 'he' is as often our employee)."""
EN_REACTED = re.compile(r"\b(?:only|just|simply|merely)\s+(?:reacted|responded|replied)\s+to\s+(?:the\s+way|how)\s+(?:he|she|they)\s+(?:was|were|had\s+been)\s+"
                        r"(?:spoken|talked|treated|addressed)\b", re.IGNORECASE)
"""'Our employee only reacted to the way he was spoken to': the staff's conduct laid on how the customer spoke."""
REACTING = frozenset({"vastata", "reagoida"})
ADDRESSING = frozenset({"puhutella", "kohdella", "puhua", "huutaa", "haukkua"})


def _negated_en(text: str, m: re.Match[str]) -> bool:
    return bool(re.search(r"\b(?:not|never|n't)\b|n't\b", m.group(), re.IGNORECASE))


def _rude_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A customer, or a person of the story, said to have been rude: a word of the lexicon's
    'rude' after 'olla' whose subject right before it is one of PROVOKERS ('Asiakas oli jo
    ennen kuvaamista todella epäasiallinen'), not negated; 'työntekijämme oli epäasiallinen'
    is ours to own."""
    rude = set(words("rude", "fi"))
    found = []
    for k, tok in enumerate(toks[1:], 1):
        if not any(r[0] == "olla" and r[4] == "3" and r[5] == "indicative" for r in readings(tok)):
            continue
        if not any(r[0] in PROVOKERS and r[1] == "nimisana" and r[2] == "nimento" for r in readings(toks[k - 1])):  # 'hän' may be our employee
            continue
        s1 = sentence_span(text, tok.start)[1]
        after = [t for t in toks[k + 1:k + 7] if t.start < s1]
        judged = [t for t in after if bases(t) & rude]
        if judged and not any(t.lower in ("ei", "eikä") for t in toks[max(0, k - 2):k + 1]) and not any(r[9] == "1p" for r in readings(toks[k - 1])):
            found.append((toks[k - 1].start, judged[0].end))
    return found


def _reacted_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'Työntekijämme vastasi vain siihen, miten häntä ensin puhuteltiin': our staff said only to have
    reacted (a third-person past of REACTING with 'vain' after it) to how they were addressed (a
    passive of ADDRESSING later in the sentence): the customer as the one who started it."""
    found = []
    for k, tok in enumerate(toks):
        if not any(r[0] in REACTING and r[4] == "3" for r in readings(tok)):
            continue
        s1 = sentence_span(text, tok.start)[1]
        later = [t for t in toks[k + 1:] if t.start < s1]
        if later[:2] and any(t.lower in MERELY for t in later[:2]):
            addressed = [t for t in later if any(r[0] in ADDRESSING and r[4] == "4" for r in readings(t))]
            if addressed:
                found.append((tok.start, addressed[0].end))
    return found


RAGING = frozenset({"huutaa", "huudella", "kiroilla", "raivota", "riehua", "haukkua", "uhkailla", "solvata", "nimitellä", "korottaa"})
STARTED = frozenset({"ensin", "ensimmäisenä", "ekana", "aloittaa"})
"""'huusi ensin', 'korotti ääntään jo ennen kuin kuvaus alkoi' (and 'ennen kuin'): who started it."""
PROVOKERS = frozenset({"asiakas", "matkustaja", "mies", "nainen", "isä", "äiti", "henkilö", "hän", "he", "kävijä", "vieras", "ostaja",
                       "herra", "rouva", "tyyppi", "kuvaaja", "videoija", "äijä", "ukko", "jätkä", "jäbä"})
"""Who is said to have started it: the customer or a person in the story, not our staff ('kuljettaja huusi ensin' is ours to own)."""


RAGED = frozenset({"huutanut", "huudellut", "kiroillut", "raivonnut", "riehunut", "haukkunut", "uhkaillut", "solvannut", "nimitellyt"})
"""Past participles of RAGING ('oli huutanut'): Voikko gives a participle as its own base form."""
OPENS_CLAUSE = frozenset({"että", "kun", "koska", "ja", "mutta", "vaikka", "jotta"})


def _raged(toks: list[Token], k: int) -> bool:
    """Whether toks[k] says someone shouted or raged in the past: a third-person past ('huusi'), a
    pluperfect ('oli huutanut') or an infinitive after a past 'ehtinyt' / 'alkanut' ('oli jo ehtinyt huutaa')."""
    tok, before = toks[k], [t.lower for t in toks[max(0, k - 3):k]]
    return (any(r[0] in RAGING and r[4] == "3" and r[6] == "past_imperfective" for r in readings(tok))
            or (bases(tok) & RAGED and any(w in ("oli", "olivat") for w in before))
            or (any(r[0] in RAGING and r[5] == "A-infinitive" for r in readings(tok)) and k > 0 and toks[k - 1].lower in ("ehtinyt", "ehtineet", "alkanut")))


def _full_name(first: Token, last: Token) -> bool:
    """A first name and a surname, both capitalised ('Janne Salmi'): a reply names our staff by first name if at all,
    so a full name is the customer's."""
    return (first.text[:1].isupper() and last.text[:1].isupper() and any(r[1] == "etunimi" for r in readings(first))
            and not any(r[1] == "etunimi" for r in readings(last)))


def _provoked_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The Finnish EN_PROVOKED: a third-person past verb of shouting or abuse ('korotti ääntään',
    'huusi', 'kiroili') with a customer or a person of the story as its subject ('asiakas', 'se mies')
    and who started it ('jo ennen kuin kuvaus alkoi', 'ensin') after it, or said as a pluperfect or
    after 'ehtinyt' with 'jo', against what began only later ('kuvaaminen alkoi vasta, kun mies oli
    jo ehtinyt huutaa'): the one who provoked it.
    Not ours ('työntekijämme korotti ääntään ensin': the 1p suffix; 'me korotimme'), not in a sentence
    that is sorry, nor a call for help ('huusi apua') or a price raised ('korotti hintoja')."""
    found = []
    for k, tok in enumerate(toks):
        if not _raged(toks, k):
            continue
        sentence = _sentence(text, toks, tok.start)
        later = [t for t in sentence if t.start > tok.start]
        before = [t for t in sentence if t.start < tok.start]
        clause = before[-4:]
        while clause and not any(t.lower in OPENS_CLAUSE for t in clause[:1]) and any(t.lower in OPENS_CLAUSE for t in clause):
            clause = clause[1:]
        started = any((bases(t) | {t.lower}) & STARTED for t in later) or any(
            a.lower == "ennen" and b.lower == "kuin" for a, b in pairwise(later)) or (
            any(t.lower == "jo" for t in clause) and any(t.lower == "vasta" for t in before))  # 'kuvaaminen alkoi vasta, kun mies oli jo ehtinyt huutaa'
        if "korottaa" in bases(tok) and not any("ääni" in bases(t) for t in later[:3]):
            continue  # 'korotti hintoja' raises prices, not a voice ('korotti ensin ääntään' does)
        if later and "apu" in bases(later[0]):
            continue  # 'huusi apua' called for help
        who = before[-2:] + [t for t in clause if bases(t) & PROVOKERS and any(r[2] == "nimento" for r in readings(t))]
        named = len(before) > 1 and _full_name(before[-2], before[-1])  # 'Janne Salmi korotti ensin ääntään': the customer, named in full
        by_us = ours(before) or any(r[9] == "1p" for t in who for r in readings(t))  # 'työntekijämme huusi ensin'; a later 'ja työntekijämme teki parhaansa' is another clause
        if started and (any(bases(t) & PROVOKERS for t in who) or named) and not by_us and not any((bases(t) | {t.lower}) & SORRY for t in sentence):
            found.append((tok.start, tok.end))
    return found


SUCH = frozenset({"tällainen", "tuollainen", "moinen", "sellainen", "epävirallinen", "vahvistamaton"})
"""What names the post at hand ('tällaiset huhut', 'epävirallinen tieto') as the thing that harms."""
CONFUSION = frozenset({"sekaannus", "hämmennys", "sekavuus", "epätietoisuus"})
CAUSING = frozenset({"lisätä", "aiheuttaa", "lietsoa", "ruokkia", "levittää", "luoda", "nostattaa", "synnyttää"})
MERELY = frozenset({"vain", "vaan", "ainoastaan", "turhaan", "turhaa"})


def _posts_cause_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The Finnish EN_POSTS_CAUSE: 'tällaiset huhut vaan lisäävät paniikkia', 'tuollaiset
    kirjoitukset aiheuttavat vain turhaa pelkoa', 'epävirallinen tieto lisää vain sekaannusta':
    what such posts only cause, with a falsehood, fear or confusion as the harm, in a sentence with no one of ours ('tällaiset tilanteet aiheuttavat
    pelkoa, ymmärrämme sen' has no 'vain', and is a sympathy)."""
    found = []
    for tok in toks:
        if not bases(tok) & SUCH:
            continue
        sentence = _sentence(text, toks, tok.start)
        after = [t for t in sentence if t.start > tok.start]
        cause = [t for t in after if bases(t) & CAUSING]
        if cause and any(t.lower in MERELY for t in after) and any(_false(t) or bases(t) & CONFUSION for t in after) and not ours(sentence):
            found.append((tok.start, cause[0].end))
    return found


EN_ADVISED_AGAINST = re.compile(
    r"\b(?:(?:you|people|customers|passengers|anyone|one)\s+(?:really\s+|just\s+|simply\s+|honestly\s+)?"
    r"(?:should(?:n't| not| never)|ought not to|must not|mustn't)|(?:no one|no-one|nobody)\s+should)\s+(?:ever\s+|really\s+)?"
    r"(?:post|share|put|write|publish|tag|believe|trust|spread|give out|do that|do this)\b"
    r"|\b(?:which|what)\s+(?:(?:you|people|customers)\s+(?:really\s+|just\s+|honestly\s+)?(?:should(?:n't|\s+not|\s+never)|must\s+not|mustn't|ought\s+not\s+to)"
    r"|(?:no\s+one|no-one|nobody)\s+(?:really\s+)?should)\s+(?:ever\s+)?do\b", re.IGNORECASE)
"""Advice against what the customer did ('you really should not post card numbers here', 'which you
should never do' said of what they did, 'nobody should share a booking code in public'): what they did, said as what no one
should do ('no one should' as a plain 'should': 'no one should post it' is the same advice)."""
EN_WOULD_HELP = re.compile(
    r"\b(?:would|'d)\s+(?:also\s+|really\s+)?help\s+(?:us\s+|a lot\s+|everyone\s+)?if\s+(?:you|people|everyone|customers|users|passengers)\s+"
    r"(?:didn't|did not|would not|wouldn't|stopped|would stop|could stop|avoided|could avoid)\s+\w+", re.IGNORECASE)
"""'It would help if people didn't post the same question several times': a polite reproof of
their conduct ('it would help if you could send the number' asks for something, and is not one)."""
DISCOURAGED = frozenset({"laittaa", "uskoa", "luottaa", "jakaa", "postata", "kirjoittaa", "kommentoida", "julkaista", "levittää", "tägätä",
                         "spämmätä", "twiitata", "valittaa", "huutaa"})
"""What the customer did that a reply advises against ('korttitietoja ei kannata laittaa julkiseen kommenttiin',
'kavereiden juttuja ei kannata uskoa'); not what they feel ('ei kannata huolestua') nor a tip ('ei kannata soittaa nyt')."""


def _advised_against_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'Ei kannata' (or 'ei kannattaisi'; in any word order: 'eikä tällaisia huhuja kannata levittää') with an infinitive of the customer's conduct after it
    (DISCOURAGED) and no one of ours before it in the sentence ('meidän ei kannata jakaa
    arvailuja' is our own caution); in a reply that moves the case to a private channel it is
    the reason for the move ('tilaustietoja ei kannata jakaa täällä, laita yksityisviesti')."""
    if find(toks, words("moves", "fi"), "fi"):  # 'niitä ei kannata laittaa tänne, laita yksityisviesti': the reason for the move
        return []
    found = []
    for k, tok in enumerate(toks[:-2]):
        if tok.lower not in ("ei", "eikä"):
            continue
        s0, s1 = sentence_span(text, tok.start)
        pays = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].start < s1 and "kannattaa" in bases(toks[j])), None)  # 'eikä tällaisia huhuja kannata levittää'
        if pays is None:
            continue
        after = [t for t in toks[pays + 1:pays + 5] if t.start < s1]
        done = [t for t in after if any(r[0] in DISCOURAGED and r[5] == "A-infinitive" for r in readings(t))]
        if done and not ours([t for t in toks[:pays] if s0 <= t.start]):
            found.append((tok.start, done[0].end))
    return found


EN_HOPED = re.compile(r"\bhopefully\s+(?:you|you've|you have|you'd|she|he|they)\s+(?:\w+\s+)?"
                      r"(?:remembered|checked|read|took|taken|bought|booked|kept|saved|made|got|thought|noticed|followed)\b", re.IGNORECASE)
"""'which hopefully you remembered to take out': the customer's diligence doubted, said as a hope."""
EN_RISK_TAKEN = re.compile(r"\brisks?\s+(?:that\s+)?(?:you|they|she|he|travellers|passengers|customers|people)\s+(?:take|takes|took|run|runs|ran|accept|accepted)\b",
                           re.IGNORECASE)
"""'a risk you take when you travel': the risk laid on the customer, as 'your own risk' is."""
EN_PROVOKED = re.compile(
    r"\b(?:customer|he|she|they|you|father|dad|mother|mum|man|woman|passenger|guest)(?:\s+(?:in|from|on)\s+(?:the|that|this)\s+(?:video|clip|film))?"
    r"\s+(?:was\s+|were\s+|had\s+been\s+|started\s+|began\s+)?"
    r"(?:shouting|yelling|swearing|screaming|shouted|yelled|swore|screamed)\s+at\s+(?:our|the|my|her|his)\b"
    r"|\b(?:customer|he|she|father|dad|man|woman|passenger|guest|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))\s+(?:had\s+)?(?:already\s+)?raised\s+(?:his|her|their)\s+voice"
    r"\s+(?:first|before|already|long\s+before)\b"
    r"|\b(?:our|the)\s+(?:employee|staff|cashier|worker|driver|colleague)\s+(?:was|were|had\s+been|got)\s+(?:verbally\s+)?"
    r"(?:abused|insulted|shouted\s+at|yelled\s+at|sworn\s+at|provoked)\s+(?:first|before|already)\b"
    r"|\b(?:filming|recording|the\s+(?:video|clip|camera|recording))\s+(?:only\s+)?(?:started|began|starts|begins)\s+(?:only\s+)?(?:after|once|when)\s+"
    r"(?:he|she|they|the\s+customer|the\s+man|the\s+woman)\s+(?:had\s+)?(?:already\s+)?(?:been\s+|started\s+)?"
    r"(?:shouting|yelling|swearing|screaming|shouted|yelled|swore|screamed)\b", re.IGNORECASE)
"""'the customer was shouting at our staff', 'the man in the video was shouting at her', 'our employee was
verbally abused before the clip starts', 'filming only started after he had been shouting': the one who
provoked it (the lexicon has 'you yelled')."""
EN_POSTS_CAUSE = re.compile(
    r"\b(?:posts?|comments?|messages?|tweets?|videos?|claims?|stories|rumou?rs?|gossip|screenshots?|speculation)\s+like\s+(?:this|that|these|those|yours)\b[^.!?]{0,40}?"
    r"\b(?:cause|causes|caused|spread|spreads|create|creates|fuel|fuels|stir|stirs|only|just)\b"
    r"|\b(?:second-hand|secondhand|third-hand|unofficial|unverified)\s+(?:\w+\s+){0,2}?(?:information|info|news|reports?|claims?|posts?|updates?|warnings?|lists?|numbers|details|figures)\s+"
    r"(?:\w+\s+){0,4}?(?:only|just|simply|merely)\s+(?:causes?|creates?|spreads?|adds?\s+to|fuels?|leads?\s+to)\b", re.IGNORECASE)
"""'posts like this just cause unnecessary panic', 'second-hand recall information only causes confusion':
the customer's post named as the harm."""
NECESSIVE = frozenset({"pitänyt", "pitäny", "kannattanut", "kannattanu", "täytynyt", "täytyny"})
NAMES = frozenset({"etunimi", "sukunimi"})
SORRY = frozenset({"pahoitella", "anteeksi", "sori", "sorry"})


def _named_duty_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A person named in the genitive as the one who should have ('Hannan olisi pitänyt antaa
    valtakirja'), or the customer's kin ('äitisi olisi pitänyt antaa numero'): the necessive's subject is a customer, unless the sentence is ours or sorry
    ('Jeren olisi pitänyt vastata asiallisemmin, pahoittelemme')."""
    found = []
    for k, tok in enumerate(toks[:-2]):
        kin = any(r[0] in words("kin", "fi") and r[9] in ("2s", "2p") for r in readings(tok))  # 'äitisi olisi pitänyt antaa numero'
        if not kin and not any(r[1] in NAMES and r[2] == "omanto" for r in readings(tok)):
            continue
        aux, duty = toks[k + 1], toks[k + 2]
        sentence = _sentence(text, toks, tok.start)
        if (any(r[0] == "olla" and r[5] == "conditional" for r in readings(aux)) and duty.lower in NECESSIVE
                and not ours(sentence) and not any((bases(t) | {t.lower}) & SORRY for t in sentence)):
            found.append((tok.start, duty.end))
    return found


def _hoped_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'toivottavasti muistit / olet lukenut': a hope about what the customer did, in the past."""
    found = []
    for k, tok in enumerate(toks):
        if tok.lower != "toivottavasti":
            continue
        after = toks[k + 1:k + 4]
        did = [t for t in after if any(r[4] == "2" and r[5] == "indicative" and r[6] in ("past_imperfective", "present_simple") for r in readings(t))]
        if did and (any(r[6] == "past_imperfective" for r in readings(did[0])) or bases(did[0]) == {"olla"}):
            found.append((tok.start, did[0].end))
    return found


def _sentence(text: str, toks: list[Token], at: int) -> list[Token]:
    s0, s1 = sentence_span(text, at)
    return [t for t in toks if s0 <= t.start < s1]



def _spreading_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A Finnish verb of spreading said to the commenter (second person, or after 'älä',
    'lopeta': 'lopettakaa huhujen levittely'), or said of commenters in the third person ('osa
    kommentoijista levittää täällä valheita', 'jotkut lietsoo paniikkia'), with a falsehood or fear
    in its sentence and no one of ours; a rumour said to go round ('huhua levitetään', 'huhu
    leviää') names no one."""
    found = []
    for k, tok in enumerate(toks):
        if not bases(tok) & FI_SPREAD and not (bases(tok) & REFRAIN and _urged(_sentence(text, toks, tok.start), tok)):
            continue
        said_to = any(r[4] == "2" for r in readings(tok)) or (
            k > 0 and (any(r[0] in STOPPING and r[4] == "2" for r in readings(toks[k - 1]))
                       or (toks[k - 1].lower in POINTLESS and any(r[5] == "A-infinitive" for r in readings(tok)))))
        sentence = _sentence(text, toks, tok.start)
        stopped = any(any(r[0] == "lopettaa" and r[4] == "2" for r in readings(t)) for t in sentence if t.start < tok.start or t in toks[k:k + 3])
        said_of = any(r[4] == "3" and r[5] == "indicative" for r in readings(tok)) and any(
            bases(t) & set(words("spreaders", "fi")) for t in sentence if t.start < tok.start)
        urged = _urged(sentence, tok)
        asked = _asked_not(sentence, tok) or urged
        near = toks[max(0, k - 3):k + 4] if urged else sentence  # 'pyydämme jakamaan tiedotetta, jotta huhut eivät leviä' urges no restraint
        false = [t for t in near if (t in sentence and _false(t)) or (said_to and "uskoa" in bases(tok) and t in toks[k + 1:k + 3] and t.lower == "kaikkea")]
        if (said_to or stopped or said_of or asked) and false and not ours([t for t in sentence if t not in asked]):
            found.append((min(tok.start, false[0].start), max(tok.end, false[0].end)))
    return found


def _asked_not(sentence: list[Token], verb: Token) -> list[Token]:
    """The request that a verb of spreading asks not to be done, said politely in the passive
    ('toivoisimme, ettei tällaisia huhuja levitettäisi', 'pyydämme, ettei vahvistamattomia tietoja
    jaeta'): the request word before 'ettei' before the passive verb, the commenters asked to stop
    with no one named. What it returns is ours to say, and does not make the sentence ours."""
    if not any(r[4] == "4" for r in readings(verb)):
        return []
    before = [t for t in sentence if t.start < verb.start]
    cut = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == "ettei"), None)
    asking = [t for t in before[:cut] if t.lower in words("request", "fi")] if cut is not None else []
    return asking[-1:]


URGING = frozenset({"pyytää", "kehottaa", "toivoa", "kannustaa", "suositella", "muistuttaa"})
REFRAIN = frozenset({"pidättäytyä", "välttää"})
"""'pidättäytyä perusteettomista väitteistä': in the formal register the restraint urged is itself the verb of spreading."""


def _urged(sentence: list[Token], verb: Token) -> list[Token]:
    """The formal register's urging of the public, with no one named: a verb of spreading or of restraint as an
    infinitive or verbal noun ('pyydämme pidättäytymään huhujen levittämisestä', 'kehotamme olemaan levittämättä',
    'eikä jakamaan') or in the passive ('toivomme, että pidättäydytään'), after our request or the passive
    'kehotetaan'. What it returns is ours to say, and does not make the sentence ours; our own restraint
    ('pidättäydymme arvioimasta') urges no one."""
    if not any((r[5] in ("MA-infinitive", "MINEN-infinitive") and r[2] != "nimento") or r[4] == "4" for r in readings(verb)):
        return []
    return [t for t in sentence if t.start < verb.start and any(r[0] in URGING and (r[4] == "4" or (r[4] == "1" and r[3] == "plural"))
                                                                 for r in readings(t))][-1:]


KNOWING = frozenset({"tietää", "selvä", "ymmärtää", "osata", "tajuta", "huomata", "muistaa", "itsestäänselvä", "yleistieto"})


def _expected_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """'One would think' ('luulisi', spoken 'luulis': the third-person conditional of luulla, no
    one's own guess as 'luulisin' is) said of knowing: the customer should have known."""
    found = []
    for tok in toks:
        if not any(r[0] == "luulla" and r[4] == "3" and r[5] == "conditional" for r in readings(tok)):
            continue
        sentence = _sentence(text, toks, tok.start)
        if any(bases(t) & KNOWING for t in sentence) and not ours(sentence):
            found.append((tok.start, tok.end))
    return found


EN_EXPECTED = re.compile(
    r"\b(?:you'd|you would|one would|one'd|i'd|i would)\s+(?:have\s+)?think\s+(?:that\s+)?(?:\w+\s+){0,4}?"
    r"(?:would|'d|should)\s+(?:have\s+)?(?:know|known|realise|realize|realised|realized|understand|understood|be obvious|be clear)\b"
    r"|\bsurely\s+(?:you|everyone|anyone|people)\s+(?:\w+\s+)?(?:know|knows|knew|realise|realize|understand)\b"
    r"|\bcommon sense\b",
    re.IGNORECASE)
""""You'd think people would know", 'surely you know', 'common sense': what the customer ought to have known."""
SPEAKING_UP = frozenset({"jakaa", "postata", "kirjoittaa", "kommentoida", "lähettää", "kysyä", "kysellä", "valittaa", "huutaa", "tägätä",
                         "spämmätä", "julkaista", "levittää", "twiitata", "kuvata", "soitella"})
WORSENS = frozenset({"ruuhkauttaa", "hidastaa", "pahentaa", "vaikeuttaa", "sotkea", "tukkia", "viivästyttää", "kuormittaa",
                     "jumittaa", "pidentää"})
HELPS = frozenset({"auttaa", "nopeuttaa", "edistää"})
PROPER = frozenset({"ok", "okei", "hyväksyttävä", "asiallinen", "reilu", "sopiva", "fiksu", "viisas", "järkevä", "kohtuullinen", "soveliain",
                    "sallittu"})
"""What the customer's act is said not to be ('kuvaaminen ilman lupaa ei ole ok'), or 'liika' (too much): a verdict on it."""


def _worsens_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A Finnish verbal noun of speaking up ('jakaminen', 'kyseleminen') as the subject of a verb
    that makes things worse, or of a negated one that helps ('ei nopeuta'), or judged out of line
    ('kuvaaminen ilman lupaa ei ole ok', 'on vähän liikaa'), in its sentence."""
    found = []
    nouns = set(words("spoke_up", "fi"))  # 'huhujen levittely ei kyllä auta': a noun of speaking up, as the verbal noun
    for tok in toks:
        if not any(r[2] == "nimento" and ((r[0] in SPEAKING_UP and r[5] == "MINEN-infinitive") or (r[0] in nouns and r[1] == "nimisana"))
                   for r in readings(tok)):
            continue
        after = [t for t in _sentence(text, toks, tok.start) if t.start > tok.start]
        worse = [t for t in after if bases(t) & WORSENS]
        unhelpful = [t for k, t in enumerate(after) if bases(t) & HELPS and any(u.lower in ("ei", "eikä") for u in after[max(0, k - 3):k])]  # 'ei kyllä auta
        improper = [t for k, t in enumerate(after) if (bases(t) & PROPER and any(u.lower in ("ei", "eikä") for u in after[max(0, k - 3):k]))
                    or ("liika" in bases(t) and not any(u.lower in ("ei", "eikä") for u in after[max(0, k - 3):k]))]
        if (worse or unhelpful or improper) and not ours(after):
            found.append((tok.start, (worse or unhelpful or improper)[0].end))
    return found
