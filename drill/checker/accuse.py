"""Blame said without the words of fault: the customer as the one who erred, the one whose
omission caused what happened, or the one whose act is judged.

fault.py reads blame where the reply names the fault, the risk or the duty. Polite replies blame
without naming any of them, and no list of their phrasings stays complete; these rules read the
shape of the sentence instead:
- an error with the customer as its agent ('you've misunderstood', 'olet ymmärtänyt väärin',
  'you're spreading unverified claims', 'lietsot paniikkia turhaan');
- a past counterfactual whose condition is the customer's omission ('if you'd collected it, it
  wouldn't have been cold', 'anyone who looked would have seen it', 'jos ehdot olisi luettu');
- the customer's act judged ('posting it in public wasn't wise', 'se oli huolimatonta', 'et
  olisi saanut laittaa sitä julki').
Each keeps what is ours ('if we had checked', 'it was careless of us'), what the customer
underwent ('you were given the wrong time') and what is negated ('you're not wrong').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from drill.checker.lexicon import words
from drill.checker.words import Token, clause_span, clauses, find, readings, sentence_span

CLAUSE = re.compile(r"[,;:–—()]|\s-\s|\b(?:but|and|mutta|ja|koska|because)\b", re.IGNORECASE)
"""Where a clause ends: the agent of one clause is not the agent of the next ('jos luit sen, siinä luki väärin')."""

EN_AGENT = r"\byou(?:'re|'ve| are| have| must have| must've| probably| clearly| obviously| may have| might have| seem to| seem to have)?\s+"
EN_ERROR = re.compile(
    EN_AGENT + r"(?!been\b|were\b|was\b|got\s+(?:a|an|the|your)\b)(?:(?!for\b)\w+\s+){0,3}?"
    r"(?:mis(?:read|understood|understand|understanding|remember(?:ed)?|heard|took|taken)|mix(?:ed|ing)\s+(?:it\s+|this\s+|that\s+|us\s+|them\s+|the\s+\w+\s+)?up"
    r"|got\s+(?:it|that|this)\s+wrong|(?:read|heard|understood|remember(?:ed)?)\s+(?:\w+\s+){0,2}?wrong(?:ly)?|someone else's|somebody else's"
    r"|spreading|scaring|stirring|for no reason"
    r"|(?:entered|typed|keyed|used|chose|chosen|picked|selected|booked|clicked|dialled|dialed|opened|filled in|put in|read|looked at|looking at"
    r"|checked|checking|reading|gone to|went to|paid)\s+(?:in\s+)?(?:a|an|the|your)?\s*(?:wrong|incorrect|outdated)"
    r"|(?:looking at|reading|read|thinking of|confusing|confused|mixing)\s+(?:\w+\s+){0,2}?(?:an?\s+|the\s+)?(?:old|older|different|another|other)"
    r"|(?<=must have )(?:been\s+)?(?:looking at|reading|thinking of|confusing|mixing|looked at|read|confused|mixed|misread|entered|typed|picked|chosen))\b",
    re.IGNORECASE)
"""'You' as the agent of a mistake or a falsehood: misreading, mixing up, spreading; not the one
it was done to ('you were given wrong information', 'you got a wrong bill') nor the one who saw
it ('you may have seen rumours': the rumour is no act of theirs) nor the one thanked ('thank you
for spreading the word'). Mixing things up is one ('you must be mixing us up with someone else').
Their act aimed at the wrong thing is such a mistake too ('you must have
entered the wrong code', "you're probably looking at an old timetable", 'thinking of another
company'), and so is a verb of error ('you have misunderstood')."""
EN_THEIR_ERROR = re.compile(
    r"\b(?:the|this|that)\s+(?:customer|passenger|traveller|policyholder|user|guest|member|subscriber|commenter|poster)\s+"
    r"(?:has\s+|had\s+|must\s+have\s+|probably\s+|clearly\s+|simply\s+|obviously\s+)*"
    r"(?:mis(?:read|understood|remembered|heard|took)|mixed\s+(?:it\s+|this\s+|that\s+)?up|got\s+(?:it|that|this)\s+wrong)\b", re.IGNORECASE)
"""The customer named in the third person as the one who erred ('the customer has misread her policy'),
said to a colleague or the public."""
FI_ERRORS = frozenset({"väärin", "turhaan", "virheellisesti"})
"""How a Finnish second-person verb errs, said of the act itself ('olet ymmärtänyt väärin', 'lietsot paniikkia
turhaan'); not what it met ('olet ehkä nähnyt huhuja' saw a rumour, it did not make one)."""
FI_WRONG = frozenset({"väärä", "virheellinen"})
"""The wrong thing chosen ('olet varmaan syöttänyt väärän koodin', 'katsoit väärää aikataulua'): an error
of the second-person verb's act, unless the verb is one of undergoing (FI_UNDERGONE)."""
FI_UNDERGONE = frozenset({"saada", "nähdä", "kuulla", "kokea", "joutua", "törmätä", "lähettää",
                          "saanut", "nähnyt", "kuullut", "kokenut", "joutunut", "törmännyt", "lähettänyt"})
"""'Sait väärän tiedon', 'olet nähnyt vääriä tietoja': what the customer met, not what they did wrong
(a past participle is its own base form in Voikko's readings, so both are listed)."""
FI_ERRING = frozenset({"sekoittaa", "erehtyä", "sekoittanut", "erehtynyt"})
"""Verbs that are an error in themselves ('olet varmaan sekoittanut meidät toiseen yhtiöön', 'erehdyit vuorosta')."""
NEGATION = re.compile(r"\b(?:not|n't|never|ei|et|ette|älä|älkää)\b|n't\b", re.IGNORECASE)
QUESTION_OR_IF = re.compile(r"\b(?:if|jos|mikäli|whether)\b", re.IGNORECASE)
"""'Sorry if you misunderstood us': a condition is no charge."""


def errors(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Clauses where the customer is the agent of a mistake: in English 'you' before a verb of
    error ('you must have misread', 'you're spreading unverified information'); in Finnish a
    second-person verb with a word of error in its clause ('olet ymmärtänyt väärin', 'olet varmaan
    syöttänyt väärän koodin', 'olet sekoittanut meidät toiseen yhtiöön'). Not
    negated, not in a condition, not a question."""
    found = []
    for start, end in _clauses(text):
        clause = text[start:end]
        if NEGATION.search(clause) or QUESTION_OR_IF.search(clause) or text[end:end + 1] == "?":
            continue
        if lang == "en":
            found += [(start + m.start(), start + m.end()) for rule in (EN_ERROR, EN_THEIR_ERROR) for m in rule.finditer(clause)]
            continue
        inside = [t for t in toks if start <= t.start < end]
        agent = [t for t in inside if any(r[4] == "2" and r[5] == "indicative" for r in readings(t))] or \
                [t for t in inside if t.lower in ("sä", "sinä", "te", "sää")]
        error = [t for t in inside if ({t.lower} | bases(t)) & FI_ERRORS or bases(t) & FI_ERRING]
        if not any(bases(t) & FI_UNDERGONE for t in inside):
            error += [t for t in inside if bases(t) & FI_WRONG]
        if agent and error:
            found.append((min(agent[0].start, error[0].start), max(agent[0].end, error[0].end)))
    return found


SUBJECT = r"(?:you|people|customers|passengers|travellers|anyone|everyone|she|he|parents|users|residents)"
IF_OMITTED = re.compile(
    rf"\bif\s+{SUBJECT}\s*(?:'d|had)\s+(?:only\s+|just\s+|actually\s+)?"
    r"(?!like\b|prefer\b|rather\b|care\b|want\b|wanted\b|wish\b|been\b|received\b|heard\b|got\b|gotten\b|had\b|known\b"
    r"|any\b|a\b|an\b|the\b|some\b|no\b|to\b|your\b|it\b|this\b|that\b|questions?\b|problems?\b|trouble\b)[a-z]+",
    re.IGNORECASE)
"""'if you'd sent us a DM': the customer's past omission as a condition ('if you'd like' asks; 'if
you had any trouble' has 'had' as its verb, not a past perfect)."""
HAD_YOU = re.compile(rf"(?:^|[.!?,;]\s*)had\s+{SUBJECT}\s+(?:only\s+|just\s+)?(?!been\b|received\b|heard\b|got\b|had\b)[a-z]+(?:ed|en|wn|ght|ead|pt|ft|aid|ut|nt|ade)\b",
                     re.IGNORECASE | re.MULTILINE)
"""'Had you checked the app, …', 'Had you kept it in your hand luggage, …': the same condition said by inversion."""
WOULD_HAVE_SEEN = re.compile(rf"\b{SUBJECT}\s*(?:would|'d)\s*(?:have|'ve)\s+(?:seen|known|noticed|found|read|realised|realized)\b", re.IGNORECASE)
"""'which you would have seen if you followed our page', "you'd have known": what the customer would have
known, had they looked (unless the condition is ours: 'had we posted sooner')."""
OUR_CONDITION = re.compile(r"\b(?:if|had)\s+(?:we|i|our|someone|somebody|anyone|they)\b|\bif\s+\w+\s+had\s+(?:been\s+)?told\b", re.IGNORECASE)
"""'if we had told you, you would have known' is ours to own."""
WHO_FAILED = re.compile(rf"\b{SUBJECT}\s+who\s+(?:\w+\s+){{1,6}}?(?:would|'d|could)\s*(?:have|'ve)\s+(?:seen|known|noticed|found|read|realised|realized)\b",
                        re.IGNORECASE)
"""'customers who bothered to look would have seen it': those who did what the customer did not."""
BOTHERED = re.compile(rf"\b(?:if|had)\s+{SUBJECT}\s*(?:'d|had)?\s+(?:(?:only|just|even|actually|ever)\s+)?"
                      r"(?:bothered|cared|troubled\s+(?:yourself|themselves|herself|himself)|taken\s+the\s+time|took\s+the\s+time)\s+to\b",
                      re.IGNORECASE)
"""'if you'd bothered to read it', 'had anyone taken the time to look': the condition is the sneer, with
or without what would have followed."""
GENERIC = r"(?:people|customers|passengers|travellers|everyone|everybody|users|residents|parents|members|guests|shoppers|commenters|folks)"
IF_THEY_WOULD = re.compile(rf"\bif\s+(?:only\s+)?{GENERIC}\s+(?:(?:would|'d)\s+)?(?:only\s+|just\s+|actually\s+)?"
                           r"(?:read|check|checked|look|looked|follow|followed|think|thought|plan|planned|listen|listened|pay attention|paid attention"
                           r"|remember|remembered|take the time|took the time|scroll|scrolled)\b", re.IGNORECASE)
"""'If people would read the website first, …', 'if people read the announcement first there'd be less to
complain about', 'if everyone checked the app, …': what people at large fail to do, as the condition of an
outcome (said to 'you' the same words ask politely: 'if you would send us a DM, we'd check'); an outcome of
ours ('if customers read this and have questions, we'd be glad to help') is an offer."""
WOULD = re.compile(r"\b(?:would|wouldn't|could|couldn't)\b|'d\b", re.IGNORECASE)
ACTUALLY_DID = re.compile(
    r"\b(?:people|customers|passengers|travellers|anyone|everyone|someone|somebody|those|users|residents|parents|one|others)\s+who\s+"
    r"(?:(?:has|have|had|do|does|did)\s+)?(?:actually|really|bother(?:ed|s)?\s+to|take\s+the\s+time\s+to|took\s+the\s+time\s+to)\s+"
    r"(?:read|reads|check|checks|checked|look|looks|looked|see|seen|saw|follow|follows|followed|know|knows|plan|plans|planned|listen|listened"
    r"|pay attention|paid attention|prepare|prepared)\b", re.IGNORECASE)
"""'people who actually read their terms rarely have problems', 'a comment from someone who has actually
seen the work': those who did what the customer did not (a sneer by contrast; not 'the people who actually
decide', whose act is no diligence, nor in a sentence of thanks)."""
ROLE_APPEAL = re.compile(
    r"\bas\s+an?\s+(?!(?:result|rule|reminder|matter|precaution|whole|first|quick|courtesy|bonus|side)\b)(?:\w+\s+){0,1}\w+,?\s*you(?:'ll|\s+(?:of\s+all\s+people\s+)?(?:should|ought\s+to|must|will))\s+(?:surely\s+|already\s+)?"
    r"(?:know|be\s+aware|understand|have\s+(?:seen|read|known|heard))\b", re.IGNORECASE)
"""'As a councillor you should know that…', "as a regular traveller you'll have seen it already": the
customer's role said as why they ought to know (not what they will find: 'as a member you'll get', nor a
connective: 'as a result you should know more by noon')."""
OUTCOME = re.compile(r"\b(?:would|wouldn't|could|couldn't|'d)\s*(?:not\s+)?(?:have|'ve|know|be)\b|\b\w+'d\s+(?:have|know)\b", re.IGNORECASE)
"""The other half of a counterfactual: what would have been ('it would have been quicker', 'you'd know')."""
FIRST_PERSON_FI = frozenset({"me", "meidän", "meiän", "minä", "mä", "mun", "minun", "meillä", "meiltä"})


def ours(words: list[Token]) -> bool:
    """Whether a Finnish sentence speaks of us: 'me', 'meidän' and the like, or a first-person
    verb (Voikko's reading): what we did or should have done is no reproach of the customer.
    The potential mood is not read: its first person is all but unused in speech, and it is how
    Voikko also reads nouns ('nainen', 'naida' in the potential)."""
    return any(t.lower in FIRST_PERSON_FI or any(r[4] == "1" and r[5] != "potential" for r in readings(t)) for t in words)


THANKING = re.compile(r"\b(?:thank\w*|thanks|kiit\w*)\b", re.IGNORECASE)
REALLY_FI = frozenset({"oikeasti", "todella", "edes", "ikinä", "koskaan"})
"""In a Finnish relative clause ('ne, jotka oikeasti lukevat ehdot'): those who did what the customer did not."""


def omissions(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """A past counterfactual whose condition is what the customer failed to do: 'if you'd
    collected it at the counter it wouldn't have been cold', 'you'd know that if you'd read
    them', 'anyone who looked would have seen it'; in Finnish 'jos' with a passive conditional
    perfect and no one of ours ('jos ehdot olisi luettu', not 'jos olisimme tarkistaneet':
    the second person 'jos olisit lukenut' is fault.counterfactuals'), or the zero person's
    ('jos olisi katsonut')."""
    found = []
    if lang == "en":
        for m in IF_OMITTED.finditer(text):
            s0, s1 = sentence_span(text, m.start())
            if OUTCOME.search(text[s0:m.start()]) or OUTCOME.search(text[m.end():s1]):
                found.append((m.start(), m.end()))
        found += [m.span() for m in HAD_YOU.finditer(text) if OUTCOME.search(text, m.end(), sentence_span(text, m.end())[1])]
        for m in WOULD_HAVE_SEEN.finditer(text):
            s0, s1 = sentence_span(text, m.start())
            if not OUR_CONDITION.search(text, s0, s1):
                found.append(m.span())
        found += [m.span() for m in IF_THEY_WOULD.finditer(text)
                  if WOULD.search(text, m.end(), sentence_span(text, m.end())[1]) and not WE_SUBJECT.search(text, m.end(), sentence_span(text, m.end())[1])]
        found += [m.span() for m in ACTUALLY_DID.finditer(text) if not THANKING.search(text, *sentence_span(text, m.start()))]
        return found + [m.span() for rule in (WHO_FAILED, BOTHERED, ROLE_APPEAL) for m in rule.finditer(text)]
    found += _actually_did_fi(text, toks)
    for k, tok in enumerate(toks):
        if tok.lower not in ("jos", "mikäli"):
            continue
        s0, s1 = sentence_span(text, tok.start)
        clause = [t for t in toks[k + 1:k + 6] if t.start < s1]
        passive = [t for t in clause if any(r[8] == "past_passive" for r in readings(t))]
        conditional = [t for t in clause if any(r[0] == "olla" and r[5] == "conditional" and r[4] != "1" for r in readings(t))]
        by_us = ours([t for t in toks if s0 <= t.start < s1])
        if passive and conditional and not by_us:
            found.append((tok.start, passive[0].end))
        zero = _zero_person_omission(toks[k + 1:k + 5])
        if zero and not by_us:
            found.append((tok.start, zero.end))
        generic = _generic_omission(toks[k + 1:k + 5])
        if generic and not by_us:
            found.append((tok.start, generic.end))
    return found


GENERIC_FI = frozenset({"ihminen", "asiakas", "kaikki", "porukka", "jokainen", "matkustaja", "käyttäjä", "kommentoija", "kansa", "väki"})


def _generic_omission(after: list[Token]) -> Token | None:
    """After 'jos', people at large as the subject of a conditional of diligence ('jos ihmiset lukisivat
    tiedotteen ensin', 'jos porukka vaan lukis ohjeet', 'jos kaikki katsoisivat sovelluksesta'): the Finnish
    IF_THEY_WOULD, what everyone fails to do; 'jos asiakkaat haluavat lisätietoja' is no diligence, and a
    sentence of ours ('olisimme kiitollisia') asks a favour."""
    if not after or not any(r[0] in GENERIC_FI and r[2] == "nimento" for r in readings(after[0])):
        return None
    diligent = set(words("diligence", "fi"))
    return next((t for t in after[1:] if any(r[0] in diligent and r[5] == "conditional" and r[4] == "3" for r in readings(t))), None)


ZERO_BETWEEN = frozenset({"vain", "vaan", "edes", "ensin", "ajoissa", "etukäteen", "itse", "vähän", "vähänkään", "yhtään", "hieman", "kunnolla", "tarkemmin"})


def _zero_person_omission(after: list[Token]) -> Token | None:
    """After 'jos', the zero person's conditional perfect of a verb of diligence with no subject
    before it ('jos olisi katsonut', 'jos olisi edes seurannut tiedotteita'): Finnish says the
    generic 'you' so, and it is the customer's omission; 'jos kuljettaja olisi katsonut' has its
    subject, and is read as the driver's. The participle the lexicon's 'neglected' has."""
    if not after or not any(r[0] == "olla" and r[5] == "conditional" and r[4] == "3" for r in readings(after[0])):
        return None
    rest = [t for t in after[1:] if t.lower not in ZERO_BETWEEN][:1]
    return rest[0] if rest and bases(rest[0]) & set(words("neglected", "fi")) else None


def _actually_did_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The Finnish ACTUALLY_DID: a relative 'joka'/'jotka' followed within three words by 'oikeasti'
    (or 'todella', or a form of 'vaivautua') and a verb of diligence ('ne, jotka oikeasti lukevat
    ehdot, tietävät', 'jotka vaivautuivat katsomaan aikataulun'); not in a sentence of ours or of
    thanks ('kiitos kaikille, jotka oikeasti lukivat tiedotteen')."""
    diligent = set(words("diligence", "fi"))
    found = []
    for k, tok in enumerate(toks):
        if not bases(tok) & {"joka"}:
            continue
        s0, s1 = sentence_span(text, tok.start)
        after = [t for t in toks[k + 1:k + 5] if t.start < s1]
        marked = [t for t in after if t.lower in REALLY_FI or "vaivautua" in bases(t)]
        did = [t for t in after if bases(t) & diligent and (not marked or t.start > marked[0].start)]
        sentence = [t for t in toks if s0 <= t.start < s1]
        if marked and did and not ours(sentence) \
                and not THANKING.search(text, s0, s1):
            found.append((tok.start, did[0].end))
    return found


SAYING = r"(?:post|repost|shar|reshar|tweet|retweet|comment|ask|tell|messag|spamm|tagg|screenshott|writ|complain|shout|yell|film|nam|publish|copy|forward)ing"
"""Gerunds of the customer speaking up in public: what this domain blames ('posting it again')."""
GERUND_JUDGED = re.compile(
    r"(?:^|[.!?]\s+|[,–—-]\s*|\b(?:honestly|frankly|and|but|so)\s+)(?:"
    r"([a-z]+ing)\b[^.!?]{0,80}?\b(?:wasn't|isn't|was not|is not|won't be|will not be)\s+(?:really\s+|very\s+|exactly\s+|particularly\s+|the most\s+)?"
    r"(?:wise|smart|sensible|clever|helpful|a good idea|a great idea|the best idea|the best way|advisable)\b"
    rf"|({SAYING})\b[^.!?]{{0,80}}?\b(?:(?:just|only)\s+(?:slows|delays|makes|holds|spreads|causes|creates|stirs|fuels|feeds|adds)"
    r"|(?:probably\s+|really\s+|certainly\s+)?(?:doesn't|does not|didn't|did not|won't|will not)\s+(?:help|make|get|speed|bring))\b"
    rf"|({SAYING})\b[^.!?]{{0,60}}?\b(?:instead of|rather than)\s+[a-z]+ing\b"
    rf"|({SAYING})\b[^.!?]{{0,60}}?\b(?:is|was|are|goes)\s+against\s+(?:our|the)\s+(?:\w+\s+)?(?:rules|guidelines|policy|terms)"
    rf"|({SAYING}|expecting|demanding)\b[^.!?]{{0,80}}?\b(?:(?:isn't|is not|wasn't|was not|aren't|are not)\s+(?:really\s+|exactly\s+)?"
    r"(?:okay|ok|acceptable|appropriate|fair|reasonable|on|cool|right)"
    r"|(?:is|was|'s|are)\s+(?:a\s+bit\s+|a\s+little\s+|rather\s+|just\s+|simply\s+)?(?:much|too\s+much|unreasonable|unfair|inappropriate|out\s+of\s+line)))\b",
    re.IGNORECASE)
"""The customer's act, as a gerund, judged unwise ('posting your diagnosis in public wasn't wise'),
or their speaking up called futile or harmful ('posting the same complaint again just slows everyone down',
'copying the notice only spreads confusion',
'asking again doesn't get you an answer any faster') or the wrong way ('tagging us in a tweet
instead of sending a DM meant…') or against the rules ('naming staff is against our rules') or out of line ('filming
staff without asking isn't okay', 'posting at 8 and expecting a reply at 8.05 is a bit much'); not a tip that failed ('restarting the modem doesn't help: the
fault is ours') nor what we did ('we're posting here instead of sending e-mails')."""
GERUND_RISKED = re.compile(r"(?:^|[.!?]\s+|[,–—-]\s*|\b(?:honestly|frankly|and|but|so)\s+)(?!\w*thing\b|during\b|morning\b|evening\b)([a-z]+ing\b[^.!?]{0,80}?\b(?:was|were)\s+(?:always\s+|a\s+bit\s+|rather\s+|quite\s+)?(?:going\s+to\s+be\s+)?"
                           r"(?:a\s+(?:\w+\s+)?(?:risk|gamble)|risky))\b", re.IGNORECASE)
"""The customer's past act, as a gerund, called a risk they took ('booking a trip right after the strike
was announced was always going to be a risk'), as 'a risk you take' is (reproof.EN_RISK_TAKEN); the
present ('flying in winter is a risk') judges no one's act. Not in a sentence with one of ours in it."""
RISKS_FI = frozenset({"riski", "riskialtis", "uhkapeli", "uhkarohkea", "riskinotto"})
"""What the Finnish past verdict calls the act ('lippujen ostaminen lakon alla oli aina riski')."""
WHO_HINDER = re.compile(rf"\b{SUBJECT}\s+who\s+(?:\w+\s+){{1,8}}?(?:don't|do not|doesn't|didn't)\s+help\b", re.IGNORECASE)
"""'customers who film staff instead of talking to the manager don't help either'."""
CARELESS = frozenset({"huolimaton", "harkitsematon", "varomaton", "ajattelematon", "vastuuton", "typerä", "tyhmä", "hölmö", "careless",
                      "reckless", "thoughtless", "irresponsible", "unwise", "foolish", "silly", "naive", "naïve"})
"""Adjectives that judge a deed as careless: said of the customer's deed, they blame."""
FIRST_PERSON_EN = re.compile(r"\b(?:we|we've|we're|we'd|us|our|i|i'm|i've|me|my)\b", re.IGNORECASE)
PROHIBITED = frozenset({"saanut", "saaneet", "saanu"})
UNDERGONE = frozenset({"joutua", "odottaa", "kärsiä"})
"""'Ette olisi saaneet joutua odottamaan': what the customer went through is a sympathy, not a prohibition."""


def judged(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer's act judged: a gerund with a verdict ('posting it wasn't wise'), a word
    of carelessness in a sentence with no one of ours in it ('se oli aika huolimatonta', not
    'it was careless of us'), or in Finnish a negated second-person 'olisi saanut' with an
    infinitive ('et olis saanut laittaa sitä julki': you were not allowed to)."""
    found = [(m.start(m.lastindex or 0), m.end()) for m in GERUND_JUDGED.finditer(text)] + [m.span() for m in WHO_HINDER.finditer(text)] if lang == "en" else []
    found += [m.span(1) for m in GERUND_RISKED.finditer(text) if lang == "en" and not FIRST_PERSON_EN.search(text, *sentence_span(text, m.start()))]
    for tok in toks:
        if not ({tok.lower} | bases(tok)) & CARELESS:
            continue
        s0, s1 = sentence_span(text, tok.start)
        ours = FIRST_PERSON_EN.search(text, s0, s1) if lang == "en" else any(t.lower in FIRST_PERSON_FI for t in toks if s0 <= t.start < s1)
        before = text[max(s0, tok.start - 20):tok.start]
        if not ours and not NEGATION.search(before):
            found.append((tok.start, tok.end))
    if lang != "en":
        found += _risked_fi(text, toks)
        for k in range(len(toks) - 3):
            neg, aux, part, verb = toks[k:k + 4]
            if (neg.lower in ("et", "ette") and bases(aux) == {"olla"} and part.lower in PROHIBITED
                    and any("A-infinitive" in f for f in verb.forms) and not bases(verb) & UNDERGONE):
                found.append((neg.start, verb.end))
    return found


def _risked_fi(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The Finnish GERUND_RISKED: a verbal noun in the nominative ('ostaminen', 'matkustaminen')
    with a past 'oli' after it in its sentence and a word of risk right after that ('oli aina
    riski', 'oli riskialtista'), not negated, with no one of ours in the sentence."""
    found = []
    for tok in toks:
        if not any(r[5] == "MINEN-infinitive" and r[2] == "nimento" for r in readings(tok)):
            continue
        s0, s1 = sentence_span(text, tok.start)
        after = [t for t in toks if tok.end <= t.start < s1]
        was = next((k for k, t in enumerate(after) if any(r[0] == "olla" and r[6] == "past_imperfective" and r[4] == "3" for r in readings(t))), -1)
        risk = [t for t in after[was + 1:was + 4] if bases(t) & RISKS_FI] if was >= 0 else []
        sentence = [t for t in toks if s0 <= t.start < s1]
        if risk and not any(t.lower in ("ei", "eikä") for t in after[:was + 1]) and not any(t.lower in FIRST_PERSON_FI for t in sentence):
            found.append((tok.start, risk[0].end))
    return found


NEGLECT_ADVERBS = r"(?:(?:probably|clearly|obviously|simply|just|apparently|evidently|even)\s+)?"
EN_NEGLECTED = re.compile(
    r"\byou\s+" + NEGLECT_ADVERBS + r"(?:didn't|did not|never|haven't|have not|failed to)\s+(?:even\s+)?(?:bother(?:ed)?\s+to\s+)?"
    r"(?:" + "|".join(re.escape(w) for w in words("neglected", "en")) + r")\b"
    r"|\byou\s+" + NEGLECT_ADVERBS + r"(?:ignored|overlooked|disregarded|skipped)\b"
    rf"|\b{GENERIC}\s+(?:usually\s+|often\s+|simply\s+|just\s+)?(?:haven't|have not|hadn't|had not|didn't|did not|don't|do not|never)\s+"
    r"(?:even\s+)?(?:bother(?:ed)?\s+to\s+)?(?:read|check|checked|follow|followed|look\s+at|looked\s+at|pay\s+attention\s+to|paid\s+attention\s+to|open|opened)\b"
    r"(?!\s+in\b)", re.IGNORECASE)
"""The customer's omission said as a fact: 'you didn't follow the instructions', 'you never
checked your email', 'you ignored the notice', and said of customers at large with a verb of
reading what they were given ('the problems start when people haven't read their terms'; not
'passengers haven't checked in yet', nor 'people didn't notice the outage': no duty of theirs)."""
NEGLECTERS_FI = frozenset({"asiakas", "ihminen", "matkustaja", "käyttäjä", "vakuutettu", "kuluttaja", "moni", "useimmat"})
"""Customers at large as the subject of a Finnish omission ('kun ihmiset eivät ole lukeneet ehtojaan')."""
UNREAD_FI = frozenset({"lukenut", "tarkistanut", "noudattanut", "seurannut", "perehtynyt", "tutustunut", "avannut", "katsonut", "vaivautunut"})
"""What customers at large are said not to have done with what they were given (not 'huomannut': no duty)."""
FI_NEGLECT_BETWEEN = frozenset({"ole", "olla", "ilmeisesti", "varmaan", "ehkä", "edes", "siis", "kai", "selvästikään", "kuitenkaan", "vissiin"})
"""Words between 'et' and its participle ('et ilmeisesti tarkistanut', 'ette ole edes lukeneet')."""


def neglects(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """What the customer failed to do, said as a fact of the past: in English 'you' with a
    negated verb of diligence or a verb of ignoring (EN_NEGLECTED); in Finnish 'et'/'ette' (or
    'eivät' after customers at large: 'ihmiset eivät ole lukeneet ehtojaan') with the past participle of a verb of diligence ('et noudattanut ohjeita', 'et ilmeisesti
    tarkistanut lähtöaikaa') or a second-person past of ignoring ('jätit ilmoituksen huomiotta',
    'sivuutit'). Not in a condition ('if you didn't get the e-mail'), not a question."""
    found = []
    for start, end in _clauses(text):
        if QUESTION_OR_IF.search(text, start, end) or text[end:end + 1] == "?":
            continue
        if lang == "en":
            found += [m.span() for m in EN_NEGLECTED.finditer(text, start, end)]
            continue
        inside = [t for t in toks if start <= t.start < end]
        for k, tok in enumerate(inside):
            at_large = tok.lower == "eivät" and any(bases(t) & NEGLECTERS_FI for t in inside[max(0, k - 3):k])
            if tok.lower in ("et", "ette") or at_large:
                rest = inside[k + 1:k + 4]
                while rest and rest[0].lower in FI_NEGLECT_BETWEEN:
                    rest = rest[1:]
                if rest and bases(rest[0]) & (UNREAD_FI if at_large else set(words("neglected", "fi"))):
                    found.append((tok.start, rest[0].end))
            ignored = any(r[0] == "sivuuttaa" or (r[0] == "jättää" and any(t.lower == "huomiotta" for t in inside)) for r in readings(tok))
            if ignored and any(r[4] == "2" and r[5] == "indicative" for r in readings(tok)):
                found.append((tok.start, tok.end))
    return found


EN_PREVENTABLE = re.compile(
    r"\b(?:a little|a bit of|some|more|better|a quick)\s+(?:planning|checking|care|attention|reading|preparation|look)(?:\s+\w+){0,2}?\s+"
    r"(?:would have|could have|would've|could've)\s+(?:avoided|prevented|saved|spared)"
    r"|\byou\s+had\s+(?:plenty of|enough|ample|more than enough|lots of)\s+time\s+to\s+(?:check|read|see|notice|look|plan|prepare|find out)\b",
    re.IGNORECASE)
FI_PREVENTABLE = re.compile(
    r"\b\w*(?:suunnittelu|tarkkaavaisuude|huolellisuude|tarkistukse|ennakoinni|varautumise|lukemise)\w*lla\b(?:\s+\w+){0,3}?\s+"
    r"(?:olisi|ois)\s+(?:\w+\s+){0,2}?(?:vältetty|vältytty|estetty|välttynyt|vältyttäisiin)"
    r"|\baikaa\s+(?:tarkistaa|lukea|katsoa|selvittää|varautua)\s+(?:\w+\s+)?(?:oli|olisi ollut)\s+(?:hyvin|riittävästi|reilusti|tarpeeksi)\b",
    re.IGNORECASE)
"""The customer's lack of diligence as what would have prevented it ('a little planning ahead would
have avoided this', 'pienellä ennakkosuunnittelulla tämä olisi vältetty'), or the time they had to
look ('you had plenty of time to check it', 'aikaa tarkistaa oli hyvin')."""


def preventable(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of EN_PREVENTABLE / FI_PREVENTABLE in sentences with no one of ours ('more care on
    our part would have prevented this' owns it)."""
    found = []
    for m in (EN_PREVENTABLE if lang == "en" else FI_PREVENTABLE).finditer(text):
        s0, s1 = sentence_span(text, m.start())
        ours = FIRST_PERSON_EN.search(text, s0, s1) if lang == "en" else OURS_FI.search(text, s0, s1)
        if not ours:
            found.append(m.span())
    return found


OURS_FI = re.compile(r"\b(?:me|meidän|meiän|meillä|meiltä|meitä|minä|mä|minun|mun|omalta osaltamme|osaltamme)\b", re.IGNORECASE)


EN_FOREWARNED = re.compile(
    r"\byou\s+(?:were|have been|'ve been|had been)\s+(?:already\s+|clearly\s+)?(?:told|informed|notified|advised|warned)\s+"
    r"(?:(?:about|of)\s+(?:this|that|it|the\s+\w+)\s+)?(?:already|when you|at the time|in advance|beforehand|before you|on booking|at booking|twice)\b",
    re.IGNORECASE)
FI_FOREWARNED = re.compile(
    r"\b(?:sinulle|sulle|teille)\s+(?:on\s+)?(?:jo\s+)?(?:kerrottu|kerrottiin|ilmoitettu|ilmoitettiin|tiedotettu|tiedotettiin|sanottu|sanottiin)"
    r"\s+(?:\w+\s+){0,2}?(?:jo|etukäteen|varatessa|varausta tehdessä|aiemmin|moneen kertaan|kahdesti)\b", re.IGNORECASE)
"""'You were told about this when you booked', 'sinulle kerrottiin tästä jo varausta tehdessä': the
customer was warned and should have known (not what they were told wrong: 'sinulle kerrottiin jo
aiemmin väärä aika' has its error in it, and an apology owns it)."""


def forewarned(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans where the customer is said to have been told already (EN_FOREWARNED, FI_FOREWARNED), in a
    sentence with no word of error and no apology."""
    found = []
    for m in (EN_FOREWARNED if lang == "en" else FI_FOREWARNED).finditer(text):
        s0, s1 = sentence_span(text, m.start())
        if not MISTOLD.search(text, s0, s1):
            found.append(m.span())
    return found


SUBORDINATE = re.compile(r"\b(?:miksi|mitä|miten|että|ettei|koska|why|what|how|that)\b", re.IGNORECASE)
NEGATED_CLAUSE = re.compile(r"\b(?:not|never|n't|ei|eikä|emme|en|eivät)\b|n't\b", re.IGNORECASE)


def _told_clauses(text: str, toks: list[Token]) -> Iterator[tuple[int, int, list[Token]]]:
    """The clauses in which a reply can say the customer was told: not in a question, not in a
    sentence that owns an error or apologises, not negated (a negation in what was told, after 'miksi',
    'että', 'why', 'that', is not: 'kerroimme jo, miksi asiaa ei voi käsitellä'); each with its words."""
    starts = [t.start for t in toks]
    for start, end in _told_spans(text):
        yield start, end, toks[bisect_left(starts, start):bisect_left(starts, end)]


@lru_cache(maxsize=1024)
def _told_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `_told_clauses`, kept per text: three rules ask for them."""
    found = []
    for start, end in clauses(text):
        s0, s1 = sentence_span(text, start)
        told = SUBORDINATE.search(text, start, end)
        if text[s1:s1 + 1] != "?" and not MISTOLD.search(text, s0, s1) and not NEGATED_CLAUSE.search(text, start, told.start() if told else end):
            found.append((start, end))
    return tuple(found)


def pointed_out(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Where a Finnish reply says the customer was plainly told, in any word order: a verb of
    saying or writing (not their own saying, not a promise of ours: 'kerromme selvästi') with
    'selvästi' or 'selkeästi' in its clause ('kuten tiedotteessa selvästi sanottiin', 'tämä lukee
    ihan selvästi sivuillamme', 'ehdoissa on kerrottu selkeästi'). Not negated ('sitä ei kerrottu
    tarpeeksi selvästi' owns the fault), not what should have been said ('olisi pitänyt kertoa selvemmin'),
    not in a question, nor in a sentence that owns an error or apologises. English says it in fixed
    phrases ('as clearly stated', 'it's clearly marked'): the lexicon's rules_said."""
    if lang == "en":
        return []
    found = []
    for _, _, inside in _told_clauses(text, toks):
        if any(r[5] == "conditional" for t in inside for r in readings(t)):
            continue  # 'tiedotteessa olisi pitänyt lukea selvästi': what we should have written
        plain = [t for t in inside if any(r[0] in words("plainly", "fi") and r[2] in ("kerrontosti", "") and r[10] != "comparative" for r in readings(t))]
        said = [t for t in inside if any(r[0] in words("stating", "fi") and r[4] != "2" and not (r[4] == "1" and r[6] == "present_simple")
                                         for r in readings(t))]
        if plain and said:
            found.append((min(plain[0].start, said[0].start), max(plain[0].end, said[0].end)))
    return found


PAGE_SAYS = (
    r"\b(?:as|like)\s+it\s+(?:says|said|states|stated|reads|read)(?=\s+(?:(?:right|clearly|there|here|also)\s+)?(?:on|in|at)\s+(?:our|the)\b)"
    r"|\blike\s+(?:our|the)\s+(?:\w+\s+){0,2}?(?:says|said|states|stated|explains|shows)\b"
    r"|\bas\s+per\s+(?:our|the)\s+(?:\w+\s+)?(?:page|website|site|notice|terms|update|post|faq|announcement|timetable|conditions|rules|info)\b")
"""The page itself pointed at as saying it ('like it says on our page', 'like the notice says', 'as per our
website'): the customer could have read it there. In a reply that apologises it backs our word, and tells
no one off ('Sorry for the wait! We answer within two hours, as it says on our page')."""
EN_SAID_BEFORE = re.compile(
    r"(?<!\bdo\s)(?<!\bdid\s)(?<!\bdone\s)(?<!\bexactly\s)(?<!\bjust\s)\b(?:as|like)\s+(?:i|we|i've|we've|i\s+have|we\s+have|i'd|we'd)\s+(?:already\s+|just\s+|previously\s+|repeatedly\s+)?"
    r"(?:said|told\s+you|mentioned|explained|stated|written|wrote|pointed\s+out|noted|answered)\b"
    r"|\bas\s+(?:already|previously|repeatedly)\s+(?:said|mentioned|explained|stated|noted|pointed\s+out|answered)\b"
    r"|\bas\s+(?:said|mentioned|explained|stated|noted|answered)\s+(?:before|earlier|above|several\s+times|many\s+times|repeatedly)\b"
    r"|\bas\s+(?:stated|said|explained|shown|written|listed|mentioned|announced|posted|noted)\s+(?:on|at)\s+(?:our|the)\b"
    r"|\bas\s+our\s+(?:\w+\s+){0,2}?(?:says|states|explains|shows|tells\s+you|makes\s+clear)\b"
    r"|" + PAGE_SAYS, re.IGNORECASE)
"""What the reply points back at as said before: 'as I said', 'as already mentioned', 'as stated on
our page', 'as our website says': the customer was told already, and should have known (not our word
kept: 'we did as we said', 'exactly as we said'); spoken 'like we already said' the same."""
AS_FI = frozenset({"kuten", "niinku", "niinkuin", "niinkun"})
"""'as', written or spoken as one word ('niinku sivulla lukee')."""
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e\w*|pahoittel\w*|anteeksi|sori)\b", re.IGNORECASE)
SAID_BEFORE_FI = frozenset({"jo", "aiemmin", "aikaisemmin", "monesti", "useasti", "toistamiseen"})
"""Words of 'already' between 'kuten' and a verb of saying ('kuten jo kerroin', 'kuten aiemmin kerroimme')."""


def said_before(text: str, toks: list[Token], lang: str, update: bool) -> list[tuple[int, int]]:
    """The reply pointing back at what was said before, as if the customer should have known it:
    in English EN_SAID_BEFORE; in Finnish 'kuten', 'niin kuin' or spoken 'niinku' with a verb of saying after it in
    its clause, said already by us or by no one named ('kuten jo kerroin', 'kuten aiemmin kerroimme',
    'kuten jo sanottiin') or said now by the page itself ('kuten sivullamme lukee', 'niin kuin
    ehdoissa mainitaan'): LABELS.md's 'was told already'. Not in a sentence that owns an error or apologises
    ('kuten sivullamme virheellisesti lukee'), the page said now not in a reply that apologises (PAGE_SAYS),
    not negated, not in a question; in a status update,
    said to everyone, a pointer back to an earlier update ('as we said this morning') tells no one off."""
    if update:
        return []
    found = []
    sorry = bool(SORRY.search(text))
    for start, end, inside in _told_clauses(text, toks):
        if lang == "en":
            found += [m.span() for m in EN_SAID_BEFORE.finditer(text, start, end) if not (sorry and re.match(PAGE_SAYS, text[m.start():], re.IGNORECASE))]
            continue
        for k, tok in enumerate(inside):
            as_ = tok.lower in AS_FI or (tok.lower in ("kuin", "ku") and k > 0 and inside[k - 1].lower == "niin")
            after = inside[k + 1:k + 5] if as_ else []
            said = [t for t in after if any(r[0] in words("stating", "fi") and r[5] == "indicative" and r[4] in ("1", "3", "4") for r in readings(t))]
            if not said:
                continue
            now = any(r[0] in words("stating", "fi") and r[6] == "present_simple" and r[4] in ("3", "4") for r in readings(said[0]))
            already = any(t.lower in SAID_BEFORE_FI for t in after if t.start < said[0].start) and any(
                r[0] in words("stating", "fi") and r[4] in ("1", "4") for r in readings(said[0]))
            if already or (now and not sorry):  # the page pointed at in a reply that apologises backs our word
                found.append((inside[k - 1].start if tok.lower in ("kuin", "ku") else tok.start, said[0].end))
    return found


EN_TOLD_ALREADY = re.compile(
    r"\b(?:we|i)(?:'ve|\s+have)?\s+already\s+(?:answered|replied|responded|explained|told|covered|addressed|gone\s+through|went\s+through|said)"
    r"(?=\s+(?:you|this|that|it|your|above|here|in\s+(?:dm|dms|private|the\s+comments|a\s+dm|our|the\s+thread)|to\s+(?:you|this|that|your))\b|\s*[.,!;:–—]|\s*$)"
    r"|\b(?:this|that|it|your\s+question|the\s+question|these\s+questions|the\s+same\s+question)\s+(?:has|have|was|were|'s)\s+(?:already\s+)?been\s+(?:already\s+)?"
    r"(?:answered|covered|explained|addressed)(?=\s+(?:already|above|before|earlier|several\s+times|many\s+times|twice|in\s+the\s+\w+|in\s+(?:dm|dms|private))\b)"
    r"|\b(?:the\s+)?(?:instructions|answer)\s+(?:have|has|were|was)\s+(?:already\s+)?(?:been\s+)?(?:already\s+)?(?:given|posted)\b",
    re.IGNORECASE | re.MULTILINE)
"""Told already, in so many words: 'we already answered you in DM', "I've already explained this", 'this has been
answered above already', 'the instructions were already given' (not our count: 'we've already answered 200 messages')."""
TOLD_FI = frozenset({"vastata", "ohjeistaa", "neuvoa", "kertoa", "sanoa", "mainita", "todeta", "selittää", "ilmoittaa", "antaa"})
TOLD_PARTICIPLES_FI = frozenset({"kerrottu", "sanottu", "vastattu", "annettu", "ohjeistettu", "neuvottu", "selitetty", "mainittu", "todettu",
                                 "ilmoitettu"})
"""Voikko gives a past participle as its own base form: 'on jo kerrottu', 'ohjeet on jo annettu'."""
OUR_PERFECT_FI = ("vastan", "kerton", "selittän", "sanon", "mainin", "ohjeistan", "neuvon")
"""Our own perfect as spelled, written or spoken ('olemme jo vastanneet', 'oon jo vastannu')."""
OUR_AUXILIARY_FI = frozenset({"olen", "olemme", "oon", "ollaan", "oomme", "ollut"})
GIVEN = frozenset({"ohje", "vastaus", "neuvo", "tieto", "ohjeistus"})
"""What 'antaa' gives when it tells ('ohjeet annettiin jo'), not a refund given ('hyvitys annettiin jo')."""


def to_another(text: str, toks: list[Token], start: int, end: int, lang: str) -> bool:
    """Whether a clause of 'told already' speaks of someone else ('vastasin hänelle jo', 'I answered
    him already'): a report to a colleague of what was said to a third person, not the reader told off."""
    c0, c1 = clause_span(text, start, end)
    return bool(find([t for t in toks if c0 <= t.start < c1], words("third_person", lang), lang))


def told_already(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """The customer told they were answered already, with no 'as' ('we already answered you in DM',
    'kerroimme jo yllä miksi', 'vastattiin sulle jo', 'ohjeet on jo annettu', 'oon jo vastannu'): in
    Finnish 'jo' beside our past (first person or passive) of telling or answering, or a perfect of it;
    'antaa' only of instructions or an answer. Said in public (a note to a colleague reports what was
    done: 'vastasin jo ohjaamalla hänet chattiin'), not in a status update, not negated, not in a
    question nor in a sentence that owns an error or apologises, and no count in its clause
    ('olemme jo vastanneet yli 200 viestiin' is our workload)."""
    found = []
    for start, end, inside in _told_clauses(text, toks):
        if lang == "en":
            found += [m.span() for m in EN_TOLD_ALREADY.finditer(text, start, end)]
            continue
        if any(t.text.isdigit() for t in inside):
            continue
        given = any(bases(t) & GIVEN or any(b.endswith(tuple(GIVEN)) for b in bases(t)) for t in inside)
        ours_perfect = any(t.lower in OUR_AUXILIARY_FI for t in inside)
        for k, tok in enumerate(inside):
            if tok.lower != "jo":
                continue
            near = inside[max(0, k - 3):k + 4]
            told = [t for t in near if t is not tok and (
                any(r[0] in TOLD_FI and r[6] == "past_imperfective" and r[4] in ("1", "4") and (r[0] != "antaa" or given) for r in readings(t))
                or (bases(t) & TOLD_PARTICIPLES_FI and ("annettu" not in bases(t) or given))
                or (ours_perfect and t.lower.startswith(OUR_PERFECT_FI) and PERFECT_END.search(t.lower)))]
            if told:
                found.append((min(tok.start, told[0].start), max(tok.end, told[0].end)))
    return [(a, b) for a, b in found if not to_another(text, toks, a, b, lang)]


PERFECT_END = re.compile(r"(?:nut|nyt|nu|ny|neet)$")


YOUR_PAPERS = (r"(?:letter|decision|contract|policy|terms|conditions|confirmation|ticket|booking|e-?mail|invoice|bill|documents?|papers|agreement|statement"
               r"|instructions|receipt)")
OUR_PAGE = (r"(?:(?:our|the)\s+(?:\w+\s+)?(?:page|site|website|faq|notice|announcement|update|updates|post|wall|feed|app|comments|thread|timeline)\b"
            r"|[\w-]+\.(?:fi|com|net|org)\b)")
EN_ALL_THERE = re.compile(
    r"\b(?:it's\s+all|it\s+is\s+all|that's\s+all|it's\s+right\s+there|everything's|everything\s+is|everything\s+you\s+need\s+is|the\s+answer\s+is"
    r"|all\s+of\s+(?:it|this|that)\s+is|all\s+the\s+info(?:rmation)?\s+is)\s+(?:all\s+|right\s+there\s+|clearly\s+|already\s+|literally\s+)*"
    rf"(?:in|on)\s+your\s+(?:own\s+)?(?:\w+\s+)?{YOUR_PAPERS}\b"
    rf"|\b(?:it's|it\s+is|that's|everything's|everything\s+is)\s+(?:all\s+|already\s+|right\s+there\s+)*(?:in|on|at)\s+{OUR_PAGE}"
    r"(?:[^.!?]|[.](?=\w)){0,30}?\b(?:tbh|to\s+be\s+honest|honestly|though|literally|anyway|already)\b"
    rf"|\b(?:tbh|to\s+be\s+honest|honestly|literally),?\s+(?:it's|it\s+is|that's|everything's|everything\s+is)\s+(?:all\s+|already\s+|literally\s+)*(?:in|on|at)\s+{OUR_PAGE}"
    rf"|\b(?:it's|it\s+is|that's|everything's|everything\s+is)\s+literally\s+(?:all\s+)?(?:in|on|at)\s+{OUR_PAGE}", re.IGNORECASE)
"""Where the answer was all along ("it's all in your decision letter", 'everything is in your booking confirmation',
"it's all on our FAQ page tbh"): the customer's own papers, or our page with a word of 'you could have looked'
('tbh', 'though', 'literally'). Our page named plainly ("it's all at koskilanvesi.fi/hinnat") is a pointer."""
WE_SUBJECT = re.compile(r"\b(?:we|we'll|we've|we're|we'd|i|i'll|i've|i'm)\b", re.IGNORECASE)
"""Us as the subject ('we'll put it all in your confirmation'); 'our page' is where the answer is, said to them."""
YOUR_PAPERS_FI = frozenset({"päätös", "päätöskirje", "kirje", "sopimus", "ehto", "vakuutusehto", "sopimusehto", "vahvistus", "varausvahvistus",
                            "lippu", "lasku", "vakuutuskirja", "ohje", "sähköposti", "viesti", "tiliote"})
THERE_FI = frozenset({"lukea", "löytyä", "olla", "kertoa", "mainita"})


def all_there(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """EN_ALL_THERE; in Finnish 'kaikki' with a verb of being there ('lukee', 'löytyy', 'on') and the
    customer's own papers, a second-person suffix on them ('kaikki lukee päätöskirjeessäsi', 'se on kaikki
    teidän sopimuksessa'), in a sentence not ours ('lähetämme kaikki vahvistuksessasi' is what we will do)."""
    if lang == "en":
        return [m.span() for m in EN_ALL_THERE.finditer(text) if not WE_SUBJECT.search(text, *sentence_span(text, m.start()))]
    found = []
    for start, end in clauses(text):
        inside = [t for t in toks if start <= t.start < end]
        everything = [t for t in inside if t.lower == "kaikki"]
        papers = [t for k, t in enumerate(inside) if any(r[0] in YOUR_PAPERS_FI or r[0].endswith(("kirje", "sopimus", "ehdot", "vahvistus")) for r in readings(t))
                  and (any(r[9] in ("2s", "2p") for r in readings(t)) or (k > 0 and inside[k - 1].lower in ("sinun", "sun", "teidän", "teiän")))]
        there = [t for t in inside if any(r[0] in THERE_FI and r[4] == "3" and r[5] == "indicative" for r in readings(t))]
        if everything and papers and there and not ours(inside):
            found.append((min(everything[0].start, papers[0].start), max(everything[0].end, papers[0].end)))
    return found


REBUTTAL = re.compile(r"\b(?:nope|not\s+true|(?:that's|that\s+is|this\s+is|it's)\s+(?:simply\s+|just\s+|completely\s+)?(?:false|wrong|untrue|nonsense)|untrue"
                      r"|ei\s+pidä\s+paikkaansa|ei\s+oo?\s+totta|ei\s+ole\s+totta|perätön\w*|höpö\s*höpö|väärin)\b", re.IGNORECASE)
GO_READ = re.compile(r"(?:^|[.!?,;:–—]\s*)(?:just\s+|go\s+(?:and\s+)?|maybe\s+|vaikka\s+)?(read|lue|lukekaa|lukeppa|lukekaapa)\s+(?!more\b|lisää\b)",
                     re.IGNORECASE | re.MULTILINE)


def go_read(text: str, update: bool) -> list[tuple[int, int]]:
    """A rebuttal and an order to go and read it ('Nope. Pay hasn't gone up, read the annual report.', 'Not true,
    read your policy', 'Ei pidä paikkaansa, lue vuosikertomus'): the claim refuted and the customer sent to educate
    themselves. A pointer with no rebuttal ('Read the full notice at vaskela.fi') or 'read more' is no such order,
    nor is 'check the app for your gate' (only reading is), nor a status update, said to everyone."""
    if update or not REBUTTAL.search(text):
        return []
    return [m.span(1) for m in GO_READ.finditer(text)]


ALL_ALONG_EN = (r"for\s+ages|for\s+(?:days|weeks|months|a\s+week|a\s+month)|all\s+along"
                r"|since\s+(?:yesterday|last\s+\w+|\w+day|the\s+start|\w+'s)|from\s+the\s+start")
TODAY_EN = (r"for\s+hours|all\s+(?:morning|afternoon|day|evening|night)"
            r"|since\s+(?:(?:this|early|first\s+thing\s+this)\s+morning|\d+(?:[.:]\d+)?\s*(?:am|pm|a\.m\.|p\.m\.)?)")
UP_THERE_EN = (r"\b(?:it|they|this|that|these|those|which|(?:the|our|all)\s+(?!(?:staff|team|crews?|technicians?|engineers?|drivers?|people|colleagues?)\b)(?:\w+\s+)?\w+)"
               r"\s*(?:'s|'ve|\s+has|\s+have|\s+had)\s+been\s+(?:\w+\s+){0,6}?"
               r"(?:pinned|posted|up|there|online|published|available|listed|on\s+(?:our|the)\s+\w+|at\s+the\s+top)\b[^.!?]{0,50}?")
EN_BEEN_THERE = re.compile(
    UP_THERE_EN + rf"\b(?:{ALL_ALONG_EN})\b"
    r"|\b(?:it's|it\s+is|they're|they\s+are|that's|everything's|everything\s+is|it's\s+all|all\s+of\s+it\s+is)\s+(?:all\s+)?(?:at|on|in|up)\b(?:[^.!?]|[.](?=\w)){0,60}?"
    rf"\band\s+(?:has|have)\s+been\s+(?:\w+\s+)?(?:{ALL_ALONG_EN}|{TODAY_EN})\b",
    re.IGNORECASE)
EN_UP_TODAY = re.compile(UP_THERE_EN + rf"\b(?:{TODAY_EN})\b", re.IGNORECASE)
FI_UP_THERE = (r"\b(?:on|ovat|oli|olivat)\s+(?:\w+\s+)?(?:ollut|ollu|olleet)\s+(?:\w+\s+){0,4}?"
               r"(?:kiinnitettynä|esillä|näkyvillä|julkaistuna|saatavilla|ylhäällä|sivulla\w*|sivuilla\w*|siellä|netissä|verkossa|tiedotteessa\w*)\b[^.!?]{0,40}?")
FI_BEEN_THERE = re.compile(FI_UP_THERE + r"(?:\bjo\s+\w+|\biät\s+ja\s+ajat|\balusta\s+(?:asti|lähtien)|\beilisestä|\beilen|\bviikko\w*)", re.IGNORECASE)
FI_UP_TODAY = re.compile(FI_UP_THERE + r"(?:\bkoko\s+(?:aamun|päivän|iltapäivän|illan)|\b\w+st[aä]\s+(?:asti|lähtien|saakka))", re.IGNORECASE)
LOOK_ORDER = re.compile(r"(?:^|[.!?,;:–—]\s*|\b(?:so|just|please|maybe|pls|vaan|niin)\s+)(?:check|see|look|read|scroll|visit|katso|katsokaa|kato|lue|lukekaa"
                        r"|tarkista|tarkistakaa|selaa|selatkaa|kurkkaa|kurkatkaa)\b", re.IGNORECASE | re.MULTILINE)
"""An order to go and look ('Check the shop notices', 'Selaa ylös'): what makes a notice up only since this morning a reproach."""
"""What the customer asks about said to have been up all along ("it's been pinned as the top post for ages",
"they've been there since yesterday's announcement", 'se on ollut kiinnitettynä ylhäällä jo iät ja ajat',
'they've been up all afternoon', 'it's all at our site and has been all morning', 'on ollut sivulla koko
aamun'): they would have found it had they looked. Up only since today ('all afternoon', 'since 9 am', 'koko
aamun', EN_UP_TODAY, FI_UP_TODAY) it reproaches only beside an order to go and look (LOOK_ORDER: 'Check the shop
notices, they've been up all afternoon'); said alone it answers 'you've been silent' ('tiedote on ollut sivullamme
koko iltapäivän'). Not our people said to have been there ('the crews have been there since 6 am')."""


EN_BROKE_RULES = re.compile(
    r"\b(?:you|it|they|he|she|(?:the|your|that|this|her|his|their|its)\s+(?:\w+\s+)?(?:comment|post|message|reply|writer|author|poster|commenter)s?)\s+"
    r"(?:clearly\s+|simply\s+|repeatedly\s+)?(?:broke|violated|breached|went\s+against|did\s+not\s+follow|didn't\s+follow)\s+(?:our|the)\s+(?:\w+\s+){0,2}?"
    r"(?:rules|guidelines|policy|terms|code\s+of\s+conduct|netiquette)\b", re.IGNORECASE)
"""The customer's comment said to have broken the rules, in the past ('it broke our discussion rules',
'its writer broke our rules', 'you violated the house rules'): their conduct, not ours, is why it went;
the rule in general ('we only remove comments that break our rules') names no one's act."""
EN_CHOSE_INSTEAD = re.compile(
    r"\b(?:you|she|he|they|(?:the|this|that)\s+(?:customer|passenger|policyholder|person|user|guest|commenter|poster|writer))\s+"
    r"(?:chose|decided|went|preferred|opted|ran)\b[^.!?]{0,60}?\b(?:instead\s+of|rather\s+than)\s+[a-z]+ing\b", re.IGNORECASE)
"""The customer's choice set against the right way ('this customer chose to go to the media instead of using
our secure chat', 'you went to Facebook rather than calling us'): they took the wrong road."""
CHOOSING_FI = frozenset({"päättää", "valita", "mennä", "lähteä", "viedä", "kääntyä"})


def chose_instead(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Spans of EN_CHOSE_INSTEAD (its chooser is never one of ours); in Finnish a second- or
    third-person past of choosing or going ('päätti', 'menit', 'vei asian') with 'sen sijaan' or
    'sijaan' after it in its sentence ('asiakas vei asian lehteen sen sijaan, että olisi käyttänyt chattia'),
    with no one of ours before it ('työntekijämme päätti soittaa kirjoittamisen sijaan')."""
    if lang == "en":
        return [m.span() for m in EN_CHOSE_INSTEAD.finditer(text)]
    found = []
    for tok in toks:
        if not any(r[0] in CHOOSING_FI and r[4] in ("2", "3") and r[6] == "past_imperfective" for r in readings(tok)):
            continue
        s0, s1 = sentence_span(text, tok.start)
        sentence = [t for t in toks if s0 <= t.start < s1]
        later = [t for t in sentence if t.start > tok.start]
        if any(t.lower == "sijaan" for t in later) and not any(t.lower in FIRST_PERSON_FI or any(r[9] == "1p" for r in readings(t)) for t in sentence if t.start < tok.start):
            found.append((tok.start, next(t for t in later if t.lower == "sijaan").end))
    return found


RULES_FI = frozenset({"sääntö", "keskustelusääntö", "ohje", "ehto", "käyttöehto", "periaate", "netiketti"})


def broke_rules(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Spans where the customer's comment broke the rules: EN_BROKE_RULES; in Finnish a past of
    'rikkoa' in the second or third person ('rikoit', 'kommenttisi rikkoi') with rules in its clause,
    not negated and with no one of ours as its subject ('rikoimme', 'työntekijämme rikkoi ohjeita' are ours)."""
    if lang == "en":
        return [m.span() for m in EN_BROKE_RULES.finditer(text) if not NEGATION.search(m.group())]
    found = []
    for start, end in _clauses(text):
        inside = [t for t in toks if start <= t.start < end]
        broke = [t for t in inside if any(r[0] == "rikkoa" and r[4] in ("2", "3") and r[6] == "past_imperfective" for r in readings(t))]
        ours = any(t.lower in FIRST_PERSON_FI or any(r[9] == "1p" for r in readings(t)) for t in inside if t.start < (broke or inside)[0].start)
        if broke and any(bases(t) & RULES_FI for t in inside) and not NEGATION.search(text, start, end) and not ours:
            found.append((broke[0].start, broke[0].end))
    return found


def been_there(text: str, lang: str, update: bool) -> list[tuple[int, int]]:
    """Spans of EN_BEEN_THERE / FI_BEEN_THERE, not in a status update (said to everyone, it points
    no one at what they missed), nor negated or in a sentence that apologises ('it has been on the
    page since Monday, sorry it was hard to find')."""
    if update:
        return []
    found = []
    rules = [EN_BEEN_THERE if lang == "en" else FI_BEEN_THERE] + ([EN_UP_TODAY if lang == "en" else FI_UP_TODAY] if LOOK_ORDER.search(text) else [])
    for m in (m for rule in rules for m in rule.finditer(text)):
        s0, s1 = sentence_span(text, m.start())
        if not MISTOLD.search(text, s0, s1) and not NEGATED_CLAUSE.search(m.group()):
            found.append(m.span())
    return found


MISTOLD = re.compile(r"\b(?:wrong|incorrect|sorry|apologi[sz]e|our mistake|väär\w*|virhe\w*|pahoittel\w*|anteeksi)\b", re.IGNORECASE)


PASSIVE_DUTY = re.compile(r"\b(?:should|ought to|must|needs? to|has to|have to)\s+(?P<past>have\s+)?(?:been|be)\s+(?:\w+\s+)?"
                          r"(?:read|checked|double-checked|looked at|reviewed|consulted|studied|followed|booked|bought|planned)\b", re.IGNORECASE)
"""A duty of diligence said in the passive ('the terms should have been read', 'the confirmation should be
checked'): whose duty it was the sentence around it says (duties(); fault._for_next_time)."""


def duties(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """A past duty of diligence in the passive on what the customer reads ('the terms should have
    been read', 'your confirmation ought to have been checked more carefully'): the customer's
    omission with no one named, in a sentence with no one of ours ('our notice should have been
    checked', 'the heater should have been checked, and we're sorry') and not negated. Finnish says
    it with no subject at all ('ehdot olisi pitänyt lukea'), and fault.lectures reads that."""
    found = []
    for m in PASSIVE_DUTY.finditer(text) if lang == "en" else ():
        s0, s1 = sentence_span(text, m.start())
        before = [t for t in toks if s0 <= t.start < m.start()]
        if m.group("past") and find(before, words("documents", lang), lang) and not FIRST_PERSON_EN.search(text, s0, s1) \
                and not NEGATION.search(text, s0, m.end()):
            found.append(m.span())
    return found


ACCEPTED = frozenset({"hyväksymä", "allekirjoittama"})
"""'hyväksymäsi ehdot', 'allekirjoittamanne sopimus': the terms as the customer's own act of accepting them."""
TERMS = frozenset({"ehto", "sopimus", "sääntö", "ohje"})
ACCEPTING = frozenset({"hyväksyä", "allekirjoittaa"})


def accepted(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A Finnish agent participle of accepting with a second-person suffix before the terms
    ('kuten hyväksymäsi ehdot sanovat', 'allekirjoittamanne matkasopimus'), or a second-person
    verb of accepting with the terms in its sentence ('ehdoissa, jotka hyväksyit'): pointing at
    what the customer signed up to holds them to it ('hyväksymäsi hyvitys' is a refund they took)."""
    found = [(t.start, nxt.end) for t, nxt in pairwise(toks)
             if any(r[0] in ACCEPTED and r[8] == "agent" and r[9] in ("2s", "2p") for r in readings(t)) and not nxt.forms.isdisjoint(TERMS)]
    for t in toks:  # 'ehdoissa, jotka hyväksyit': the second person of accepting, with the terms in its sentence
        if any(r[0] in ACCEPTING and r[4] == "2" and r[5] == "indicative" for r in readings(t)):
            s0, s1 = sentence_span(text, t.start)
            if any(not u.forms.isdisjoint(TERMS) for u in toks if s0 <= u.start < s1):
                found.append((t.start, t.end))
    return found


def accusations(text: str, toks: list[Token], lang: str, update: bool = False, public: bool = True) -> list[tuple[int, int]]:
    """Every span where the reply blames without naming the fault (the rules above)."""
    return (errors(text, toks, lang) + omissions(text, toks, lang) + judged(text, toks, lang) + accepted(text, toks) + duties(text, toks, lang)
            + neglects(text, toks, lang) + forewarned(text, lang) + preventable(text, lang) + pointed_out(text, toks, lang)
            + said_before(text, toks, lang, update) + go_read(text, update) + (all_there(text, toks, lang) if not update else []) + (told_already(text, toks, lang) if public and not update else []) + been_there(text, lang, update) + broke_rules(text, toks, lang)
            + chose_instead(text, toks, lang))


@lru_cache(maxsize=1024)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    cuts = sorted({m.start() for m in CLAUSE.finditer(text)} | {m.start() for m in re.finditer(r"[.!?](?=\s|$)|\n", text)} | {len(text)})
    for stop in cuts:
        if stop > start:
            spans.append((start, stop))
        start = stop + 1
    return tuple(spans)


def bases(tok: Token) -> set[str]:
    return {r[0] for r in readings(tok)}
