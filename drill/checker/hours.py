"""Round-the-clock service said as today's fact against the staffed hours.

A shift worker who wants to reassure writes 'we're here for you 24/7', 'palvelemme somessa
ympäri vuorokauden', 'me ollaan täällä koko yön' where the ground rules staff the channel only
part of the day: a wrong fact about the organisation (and, where the page already promises
24/7, the empty promise repeated as true). The ground rules give the hours (`staffed`); the
facts say what really is open round the clock (the card blocking line): a clause that speaks of
the same thing, by a content word its sentence shares, is right. Not a fact said: the round-the-clock denied
('24/7 isn't true'), reported ('our page says 24/7', 'tekstissä lukee, että vastaamme 24/7'), wished, asked or conditional, or set in the
future ('from now on we'll answer day or night': a promise matter, which commitments reads).
The page's words said as true are no report ('palvelemme 24/7 kuten sivulla lukee', 'as promised').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.figures import topic
from drill.checker.lexicon import words
from drill.checker.words import Token, clause_span, find, sentence_span

ROUND_THE_CLOCK = re.compile(r"(?<![\w/])24\s?/\s?7(?![\w/])|\b24\s?h\b", re.IGNORECASE)
"""24/7 in digits (the lexicon's 'round_the_clock' has it in words)."""
CLAUSE = re.compile(r"[,;:–—()]|\b(?:but|and|so|mutta|ja|joten)\b", re.IGNORECASE)
NOT_NOW = re.compile(
    r"\b(?:not|no|never|\w+n[’']t|ei|eikä|eivät|emme|en|ettei|will|shall|going to|from now on|in future|"
    r"going forward|jatkossa|vastedes|tästä lähtien|jatkossakin|until|kunnes|asti|saakka|if|whether|jos|mikäli|should|would|could|"
    r"pitäisi|pitäis|olisi|ois|hope\w*|toivo\w*|says|said|page|sivu\w*|mainos\w*|marketing|markkinoin\w*|lukee|luki|text|teksti\w*|"
    r"campaign|kampanj\w*|wording|muotoilu\w*|refers?|tarkoittaa|viittaa|screenshot|kuvakaappau\w*|sorry|apologi\w*|anteeksi|pahoitt\w*|"
    r"koko viikonlopun|viikonlopun ajan|(?:all|this|over the) weekend)\b|'ll\b",
    re.IGNORECASE,
)
"""A clause that does not say the round-the-clock is so today: denied, in the future (also a
coming weekend: 'vastaamme koko viikonlopun ympäri vuorokauden'), wished, conditional or asked,
the page's text quoted, an apology for it."""
ENDORSED = re.compile(
    r"\b(?:kuten|niin\s*kuin|niinku|niinkuin|as|like|just\s+as)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:sivu\w*|page|site|website|verkkosivu\w*|lukee|luki|says|said|stated|states|promised|promises|luvattu|luvataan|lupaamme|kerrotaan|kerrottu|mainittu)\b"
    r"(?:\s+(?:says|said|stated|lukee|on|our|the|page|sivulla|sivullamme|website))*",
    re.IGNORECASE)
"""The page's words said as true ('24/7, kuten sivulla lukee', 'as it says on our page', 'as
promised'): not a report that keeps its distance, but the round-the-clock said again as so."""
REPORTED = re.compile(r"\s*(?:että|that)\b", re.IGNORECASE)
"""A clause that opens with 'että' or 'that' is what the clause before it says was said or written."""
PHONE_LINE = re.compile(r"\b(?:phone|puhel\w*|numero\w*|soit\w*|call)\b|\d{2,}[ -]\d{3}", re.IGNORECASE)
"""A reply's clause about a phone line: its hours are the facts' on that line, not the staffed hours of social media."""


def round_the_clock(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says a channel of ours serves round the
    clock where the ground rules staff it for part of the day and no fact says so of that thing."""
    staffed = ctx.scenario.ground_rules.staffed
    if staffed is None or staffed[1] - staffed[0] >= 24 * 60 - 1:
        return
    said = [(m.start(), m.end()) for m in ROUND_THE_CLOCK.finditer(text)] + find(toks, words("round_the_clock", ctx.lang), ctx.lang)
    for a, b in said:
        s0, s1 = sentence_span(text, a)
        if text[s1:s1 + 1] == "?":
            continue
        c0, c1 = clause_span(text, a, b, s0, s1, CLAUSE)
        clause = [t for t in toks if c0 <= t.start < c1]
        if REPORTED.match(text, c0):  # 'esittelytekstissä lukee, että vastaamme 24/7': the page's words, read with what reports them
            c0 = s0
        if _hedged(text, c0, c1) or PHONE_LINE.search(text, c0, c1) or not find(clause, words("serving", ctx.lang), ctx.lang):
            continue
        if topic(text[s0:s1]) - topic(text[a:b]) & _round_the_clock_things(ctx.facts):
            continue  # 'the card blocking line: it's open round the clock', as the facts say
        yield "wrong_fact", a, b


def _hedged(text: str, c0: int, c1: int) -> bool:
    """Whether a clause keeps the round-the-clock from being said as so today (NOT_NOW), apart
    from the page's words it says as true (ENDORSED)."""
    endorsed = [m.span() for m in ENDORSED.finditer(text, c0, c1)]
    return any(not any(a <= m.start() < b for a, b in endorsed) for m in NOT_NOW.finditer(text, c0, c1))


@lru_cache(maxsize=64)
def _round_the_clock_things(facts: str) -> frozenset[str]:
    """What the facts say is open round the clock: the topic of each fact sentence that says so
    plainly (not one that quotes the page's promise or denies it)."""
    found: set[str] = set()
    for line in facts.splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            hit = ROUND_THE_CLOCK.search(sentence) or re.search(r"ympäri vuorokauden|round the clock|around the clock", sentence, re.IGNORECASE)
            if hit and not NOT_NOW.search(sentence):
                found |= topic(sentence) - topic(hit.group())
    return frozenset(found - GENERIC)


GENERIC = frozenset({"palve", "servi", "avoin", "toimi", "works"})
"""Words any service sentence has ('palvelee', 'works'): they name no thing."""
