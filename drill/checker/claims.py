"""Claims without a figure, read against the scenario's facts.

Two kinds a shift worker gets wrong under pressure and a reader can check:
- a cause ("caused by a storm", "johtui ohjelmistopäivityksestä", "it was a power cut") whose
  words the facts never use: an invented or guessed cause is a wrong fact, however confident;
- a code in the format of a code the facts give (batch L2607: a letter and four digits) that the
  facts do not give, or give as unaffected ('unaffected_batches: L2604, L2611') in a sentence
  that does not say it is safe.
Words are compared by their first five letters, as topics are (figures.topic), so 'cables' and
'cable', 'päivityksestä' and 'päivitys' meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import CODE, Context, code_shape, is_code
from drill.checker.figures import TOPIC_STOP, figures
from drill.checker.words import EMOJI_CHARS, clause_span, sentence_span

CAUSE = re.compile(
    r"\b(?:caused by|due to|because of|the cause (?:is|was)|was down to|(?:it|this) was (?:a|an)|the result of|"
    r"johtu(?:i|u|vat|ivat)|aiheutt(?:i|aa)|syy(?:nä)? (?:on|oli)|syynä (?:on|oli)|taustalla (?:on|oli))\s",
    re.IGNORECASE,
)
"""Where a reply names a cause; what follows, to the end of the clause, is the cause."""
CLAUSE_END = re.compile(r"[,.;:!?–—()\n]|\b(?:and|but|so|which|ja|mutta|joten|eikä)\b", re.IGNORECASE)
INDEFINITE = frozenset({"jossa", "josta", "jotai", "jokin", "muual", "muuss", "elsew", "somew", "somet", "anoth"})
"""'jossain muualla', 'something else', 'somewhere else': the first letters of words that name no cause, only that it is another."""
CAUSE_STOP = TOPIC_STOP | INDEFINITE | frozenset({"meidän", "omass", "jonka", "joka", "their", "there", "these", "those", "other", "yksit"})
IDENTITY = re.compile(r"(?:it|this) was", re.IGNORECASE)
"""'It was a human': who or what it was, one word; a cause in these words says more ('it was a fault in the new router')."""
SAFE = re.compile(r"\b(?:fine|safe|ok|okay|unaffected|not affected|(?:are|is)n't (?:affected|recalled)|not recalled|can be eaten|turvalli\w*|kunnossa|ok:?t|ei koske|"
                  r"eivät kuulu|voi syödä|eivät ole|ei ole)\b", re.IGNORECASE)
"""A sentence that says a code is safe, not affected."""
NEGATED = re.compile(r"\b(?:not|no|never|isn't|aren't|wasn't|ei|eivät|eikä|emme|en|ette|älä|älkää)\b", re.IGNORECASE)
"""A clause that denies what it says ('L2611 is not recalled', 'L2607 ei ole turvallinen')."""
ALL = re.compile(r"\b(?:all|every|each|kaikki|kaikkia|kaikkien|kaikista|jokainen|jokaista|jokaisen)\b(?:\s+[^\W\d_]+){0,3}", re.IGNORECASE)
"""'all our flights', 'kaikkia Kaurakeksi-eriä': a claim about every one of something."""
HIT = re.compile(r"\b(?:cancel\w*|recall\w*|affected|withdrawn|down|grounded|perut\w*|peruu\w*|perui\w*|takaisinve\w*|vedetään|"
                 r"vedettiin|kerätään|koskee|koskevat|pois käytöstä|poikki|vaaralli\w*|dangerous|unsafe|"
                 r"palauta\w*|palautta\w*|palautetaan|heitä\w*|heittäkää|hävit\w*|roskiin|return(?:s|ing)?(?!\s+to\b)|returned|throw\w*|bin|discard\w*|"
                 r"(?:don't|do not|älä|älkää)\s+(?:eat|syö|syökö))\b", re.IGNORECASE)
"""What the crisis did to them: cancelled, recalled, affected; or what we tell people to do with them
because of it: return, throw away, not eat ('return all your oat biscuits', 'heittäkää kaikki keksit
roskiin')."""
RULE = re.compile(r"\b(?:sääntö\w*|säännö\w*|rules?|policy|policies|ehto|ehdot|ehdo\w*|terms|periaate\w*|principles?)\b", re.IGNORECASE)
"""A clause about a rule that applies to all ('sääntö koskee kaikkia asiakkaita'): no claim that all were hit."""
NOT_ALL = re.compile(r"\b(?:not|no|ei|eivät|emme|only|vain|ainoastaan|yhtään)\b", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[,;–—()]|:(?!\w)")
NAMED_CLAUSE_MARK = re.compile(CLAUSE_MARK.pattern + rf"|\b(?:vaan|but|rather|instead)\b|[{EMOJI_CHARS}]")
"""Where the clause that names a cause ends, besides punctuation: a contrast ('ei hakkerointi vaan
sähkökatko', 'not a hack but a power cut': the second is asserted) or an emoji, which ends a
thought as a full stop does."""
RELATIVE = re.compile(r"\b(?:jonka|joiden|jotka|joka|jota|joita|whose|who|which|that)\b", re.IGNORECASE)
WHEN = re.compile(r"\b(?:half|hour|minute|day|week|morning|evening|night|time|tunti|tunnin|minuut|päivä|viikko|aamu|ilta|kerta)", re.IGNORECASE)
"""'every half hour', 'joka päivä': how often, not how many were hit."""


def claims(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each cause the facts do not give and each code in a fact's
    format that the facts do not give (or give as unaffected, said of as if it were); ('informs',
    start, end) for each code the facts give said as they give it (not the customer's own)."""
    vocabulary = _vocabulary(ctx.facts)
    for m in CAUSE.finditer(text):
        stop = CLAUSE_END.search(text, m.end())
        said = text[m.end():stop.start() if stop else len(text)]
        if IDENTITY.match(m.group()) and len(said.split()) < 2:
            continue
        content = [w[:5] for w in re.findall(r"[^\W\d_]{5,}", said.lower()) if w[:5] not in CAUSE_STOP]
        if content and 2 * sum(w not in vocabulary for w in content[:3]) > len(content[:3]):  # mostly words the facts never use
            yield "wrong_fact", m.start(), m.end() + len(said.rstrip())
    yield from _denied_said(text, ctx)
    yield from _other_value(text, ctx)
    shapes, given, unaffected = ctx.fact_code_shapes, ctx.fact_codes, ctx.unaffected_codes
    if given or any(kind.startswith("n:") for kind, _ in _counts(ctx.facts)):  # the facts say which ones, or how many
        for m in ALL.finditer(text):
            start, end = _clause(text, m.start(), m.end())
            named = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", m.group().lower())}
            if (WHEN.search(m.group()) or RULE.search(text, start, end) or _total_given(text[m.start():end], ctx.facts)
                    or any(is_code(c) and c in given for c in CODE.findall(text, start, end))):  # 'all packs from batch L2607': the batch the facts give
                continue
            hit = HIT.search(text, start, m.start()) or HIT.search(text, m.end(), end)  # 'every cancelled passenger' only says which
            if hit and hit.start() > m.end() and RELATIVE.search(text, m.start(), hit.start()):
                continue  # 'jokainen matkustaja, jonka lento perutaan': which ones, not that all were hit
            if hit and not NOT_ALL.search(text, start, end) and named.isdisjoint(_all_said(ctx.facts)):
                yield "wrong_fact", m.start(), m.end()
    for m in CODE.finditer(text):
        code = m.group()
        if not is_code(code) or code_shape(code) not in shapes:
            continue
        start, end = sentence_span(text, m.start())
        c0, c1 = _clause(text, m.start(), m.end())
        said_hit = bool(HIT.search(text, c0, c1)) and not NEGATED.search(text, c0, c1)
        said_safe = bool(SAFE.search(text, c0, c1)) and not NEGATED.search(text, c0, c1)
        own = code in ctx.own_codes  # the customer's own code: what they asked about, not a code we made up
        unsaid = not own and not SAFE.search(text, start, end)
        if (code not in given and not own) or (code in unaffected and (said_hit or unsaid)) or (code in given and code not in unaffected and unaffected and said_safe):
            yield "wrong_fact", m.start(), m.end()
        elif code in given and (not own or code in ctx.public_codes):  # the batch or flight the facts name, not a customer's booking
            yield "informs", m.start(), m.end()


DENIAL = re.compile(r"\b(?:is not|isn't|are not|aren't|ei ole|eivät ole)\s+(?:automatically|necessarily|automaattisesti|välttämättä)\s+"
                    r"(?:an?\s+)?([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)", re.IGNORECASE)
"""What the organisation's texts say is not so, a hedge and all ('a strike by our own staff isn't
automatically force majeure', 'ei ole automaattisesti ylivoimainen este'): said flatly in a
reply ('a strike is force majeure', 'Force majeure applies'), it contradicts them."""
ALSO_CALLED = {"ylivoimai": "force majeure", "extraordinary circumstance": "force majeure"}
"""The same legal term as replies say it: what the texts deny as an extraordinary circumstance is denied as force majeure."""
CLAIM_CLAUSE = re.compile(r"[,;:.!?–—\n]|\b(?:so|but|joten|mutta|koska|because)\b", re.IGNORECASE)


def _denied_said(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says, without a negation, what the
    scenario's texts (facts, notes, every item) say is not automatically so."""
    for denied in _denials(ctx.facts, ctx.seen):
        for m in denied.finditer(text):
            start, end = clause_span(text, m.start(), m.end(), marks=CLAIM_CLAUSE)
            if not NEGATED.search(text, start, end) and text[end:end + 1] != "?":
                yield "wrong_fact", m.start(), m.end()


@lru_cache(maxsize=64)
def _denials(*texts: str) -> tuple[re.Pattern[str], ...]:
    """The things the texts say are not automatically so, each as a pattern of its words' first
    five letters ('ylivoimaisen esteen' meets 'ylivoimainen este')."""
    said = {m.group(1).lower() for text in texts for m in DENIAL.finditer(text)}
    said |= {alias for term in said for key, alias in ALSO_CALLED.items() if term.startswith(key)}
    stems = sorted({tuple(w[:5] for w in term.split()) for term in said})
    return tuple(re.compile(r"\b" + r"\w*\s+".join(re.escape(w) for w in words) + r"\w*", re.IGNORECASE) for words in stems)


@lru_cache(maxsize=64)
def _vocabulary(facts: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[^\W\d_]{5,}", facts.lower()))


@lru_cache(maxsize=64)
def _counts(facts: str) -> tuple[tuple[str, object], ...]:
    return tuple((kind, value) for kind, value, _, _ in figures(facts) if kind.startswith("n:"))


def _total_given(said: str, facts: str) -> bool:
    """Whether 'all' is said with a count the facts give ('all 176 flights' where 176 flights are
    affected): the facts' own total, no claim beyond it."""
    counts = {value for _, value in _counts(facts)}
    given = re.match(r"\W*\w+\s+(?:of\s+(?:our|the)\s+)?(\d{1,3}(?:[ ,]\d{3})+|\d+)\b", said)  # 'all 176', 'all of our 38'
    return given is not None and float(re.sub(r"[ ,]", "", given.group(1))) in counts


@lru_cache(maxsize=64)
def _all_said(facts: str) -> frozenset[str]:
    """The words the facts themselves say 'all' of, where it happened to all ('we cancel all
    flights on Friday'): the same claim in a reply is right."""
    found: set[str] = set()
    for m in ALL.finditer(facts):
        start, end = _clause(facts, m.start(), m.end())
        if HIT.search(facts, start, end) and not NOT_ALL.search(facts, start, end):
            found |= {w[:5] for w in re.findall(r"[^\W\d_]{4,}", m.group().lower())} - {"kaikk", "every", "jokai"}
    return frozenset(found)


def _clause(text: str, start: int, end: int, marks: re.Pattern[str] = CLAUSE_MARK) -> tuple[int, int]:
    """The clause around text[start:end] ('all channels now' ends at the colon, before 'flights cancelled')."""
    return clause_span(text, start, end, *sentence_span(text, start), marks=marks)


SLOTS: dict[str, dict[str, str]] = {
    "cause": {
        "cyber": r"hakker\w*|hakkero\w*|hack\w*|tietomur\w*|kyberhyök\w*|cyber\s?attack\w*|hyökkäy\w*|attack\w*|breach\w*|ransomware|"
                 r"kiristyshaitta\w*|palvelunesto\w*|ddos|tietovuo\w*|data leak\w*",
        "update": r"ohjelmistopäivit\w*|järjestelmäpäivit\w*|päivitysvirhe\w*|(?:software|system|faulty|failed|bad|botched) update\w*|"
                  r"(?:viallise\w*|epäonnistu\w*) päivity\w*|(?:päivity\w*|update)(?=\s+(?:meni|on mennyt|went|has gone)\s+(?:\w+\s+)?(?:pieleen|wrong))|"
                  r"(?:päivity\w*|update)(?=\s+(?:epäonnistui|kaatui|failed|broke))",
        "power": r"sähkökatk\w*|sähkövi\w*|power (?:cut|outage|failure)\w*|blackout\w*",
        "weather": r"myrsky\w*|storm\w*|ukkos\w*|thunder\w*|lumipyry\w*|lumisa\w*|snowstorm\w*|snowfall\w*|heavy snow|snow\b|liukkau\w*|icy roads?",
        "database": r"tietokan\w*|database\w*",
        "maintenance": r"huoltotö\w*|huolto\w*|maintenance",
        "party": r"laitetoimittaj\w*|ohjelmistotoimittaj\w*|it-toimittaj\w*|palvelintoimittaj\w*|järjestelmätoimittaj\w*|toimittajamme|"
                 r"alihankkij\w*|urakoitsij\w*|palveluntarjoaj\w*|kumppani\w*|supplier\w*|subcontractor\w*|contractor\w*|vendor\w*|partner\w*|"
                 r"(?:service|it|hosting|cloud|software|system|server) providers?|third[- ]part(?:y|ies)|ulkopuoli\w* (?:toimittaj|palveluntarjoaj|yhtiö|yrity)\w*",
        "hardware": r"laitevi\w*|laiterik\w*|laitteistovi\w*|laitteistorik\w*|palvelinvi\w*|palvelinrik\w*|levyrik\w*|kiintolevyrik\w*|"
                    r"hardware (?:fault|failure|problem|issue|error)s?|(?:server|disk|hard drive) (?:fault|failure|crash)e?s?|"
                    r"(?:broken|faulty|failed|failing) (?:server|hardware|disk|hard drive)s?",
        "roadworks": r"tietö\w*|tietyö\w*|road\s?works?",
        "accident": r"onnettomuu\w*|kolari\w*|accident\w*|(?:car|bus|coach|road|traffic|lorry|truck|van)\s+crash\w*|collision\w*",
        "traffic": r"liikenneruuhk\w*|traffic jam\w*|heavy traffic",
        "breakdown": r"moottorivi\w*|rengasrikko\w*|breakdown\w*|broke down|puncture\w*",
        "staffing": r"sairastu\w*|sairaana|sairauslom\w*|off sick|called in sick|sick leave|understaff\w*|short[- ]staffed|henkilöstöpula\w*|"
                    r"henkilökuntapula\w*|vajaamiehit\w*|vajaalla miehityksellä",
        "till": r"kassajärjestelm\w*|tilausjärjestelm\w*|kassavi\w*|(?:till|checkout|ordering|order) system\w*",
    },
    "allergen": {
        "hazelnut": r"hasselpähk\w*|hazelnut\w*",
        "peanut": r"maapähk\w*|peanut\w*",
        "almond": r"mantel\w*|almond\w*",
        "walnut": r"saksanpähk\w*|walnut\w*",
        "cashew": r"cashew\w*",
        "milk": r"maito\w*|maidon\w*|milk\w*|lactose|laktoosi\w*",
        "gluten": r"gluteeni\w*|gluten\w*|vehnä\w*|wheat",
        "egg": r"kananmun\w*|\begg\w*",
        "soy": r"soija\w*|\bsoy\w*",
        "sesame": r"seesam\w*|sesame",
    },
}
"""The values a slot can take that a reply names without a figure: what caused the crisis, and
what allergen is in the product. The scenario's facts say which values are so (named in a clause
that does not deny them) and which are not (named only denied: 'no signs of a data breach or an
attack'). A reply that names as so a value the facts deny, or another value of a slot whose value
the facts give, contradicts them: the wrong allergen, a hacker where the facts say maintenance,
a supplier where the facts name none. A value is met after a hyphenated first part too
('IT-palveluntarjoajamme', 'pilvi-palvelintoimittaja')."""
_NAMING = r"(?<![\w-])(?:[^\W\d_]{{1,12}}-)?(?:{})"
SLOT_PATTERNS = {slot: {value: re.compile(_NAMING.format(words), re.IGNORECASE) for value, words in values.items()} for slot, values in SLOTS.items()}
ANY_VALUE = re.compile(_NAMING.format("|".join(f"(?:{words})" for values in SLOTS.values() for words in values.values())))
"""Any value of any slot, matched in the lower-cased text (the slots' words are all lower case):
most replies name none, and one pass tells (a quarter of the time the two dozen patterns take one
by one; without IGNORECASE, which folds every letter at every place tried, 2.4 times faster again)."""
DISMISSED = re.compile(r"\b(?:not|no|never|isn't|wasn't|aren't|weren't|nothing|nor|false|untrue|rumou?rs?|myth|ei|eikä|eivät|emme|mitään|huhu\w*|"
                       r"perätön|perättömi\w*|paikkaansa|väite\w*|väittä\w*|claim\w*|says|saying|asks?|asking|asked|kysy\w*|kysel\w*|tiedustel\w*|inquir\w*|enquir\w*|wonder\w*|if|whether|jos|mikäli|onko|is it|is this|"
                       r"epäil\w*|suspect\w*|rule out|sulje\w* pois)\b",
                       re.IGNORECASE)
"""A clause that names a value without asserting it: denied, a rumour, someone's claim, a question, a
condition, a suspicion."""
ASSERTS_CAUSE = re.compile(r"\b(?:johtu\w*|syy\w*|aiheut\w*|cause\w*|due to|because|koska|vuoksi|takia|kyse\w*|taustalla|down to|behind|"
                           r"katkais\w*|katkesi|rikkoi|kaatoi|vaurioitt\w*|meni\s+(?:\w+\s+)?pieleen|epäonnistui|knocked out|brought down|took down|"
                           r"cut (?:the|a|our)|damaged|went wrong|failed|crash\w*|kaatui|kaatunut|hajosi|what happened|happened is|mitä tapahtui|"
                           r"result\w*|after|jälkeen|it was|was an?|oli|on ollut|looks like|seems|appears|näyttää|vaikuttaa|"
                           r"it's an?|it is an?|(?:there's|there is|there was) an?|"
                           r"(?:fault|problem|issue|outage|glitch)(?:'s| is| lies| was)|(?:vika|ongelma|häiriö|katko|vian syy)\s+(?:on|oli|löytyi|löytyy))\b",
                           re.IGNORECASE)
"""A sentence that gives a cause (not one that only names a word of the kind: 'päivitämme tilannetta'),
or guesses it as good as given ('it looks like a power cut', 'näyttää sähkökatkolta'), or tells
what failed ('rolling back last night's failed software update', 'what happened is that our
provider's server crashed'), or where the fault is ('vika on IT-toimittajan palvelimella', 'the
problem is a broken server')."""


def _named(text: str) -> Iterator[tuple[str, str, int, int, bool]]:
    """(slot, value, start, end, asserted) of each value a text names."""
    if not ANY_VALUE.search(text.lower()):
        return
    for slot, values in SLOT_PATTERNS.items():
        for value, pattern in values.items():
            for m in pattern.finditer(text):
                c0, c1 = _clause(text, m.start(), m.end(), NAMED_CLAUSE_MARK)
                question = text[sentence_span(text, m.start())[1]:][:1] == "?"
                yield slot, value, m.start(), m.end(), not (DISMISSED.search(text, c0, c1) or question)


@lru_cache(maxsize=64)
def _slot_truth(facts: str) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The (slot, value) pairs the facts assert, and the slots whose value they give."""
    said = {(slot, value) for slot, value, _, _, asserted in _named(facts) if asserted}
    return frozenset(said), frozenset(slot for slot, _ in said)


def _other_value(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each slot value a reply asserts that the facts deny, or that
    differs from the value they give (a cause only in a sentence that gives a cause, or that puts
    it in the place of a cause it dismisses: 'not a hack, just a power cut')."""
    asserted, given = _slot_truth(ctx.facts)
    named = list(_named(text))
    for slot, value, start, end, says in named:
        if not says or (slot, value) in asserted:
            continue
        named_in_facts = bool(SLOT_PATTERNS[slot][value].search(ctx.facts))  # named only as denied
        s0, s1 = sentence_span(text, start)
        instead = any(o_slot == slot and not o_says and s0 <= o_start < s1 for o_slot, _, o_start, _, o_says in named)  # 'ei hakkerointi, sähkökatko'
        if slot == "cause" and not (named_in_facts or instead or ASSERTS_CAUSE.search(text, s0, s1)):
            continue
        if named_in_facts or slot in given:
            yield "wrong_fact", start, end
