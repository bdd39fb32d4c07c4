"""Asserted: a reply that says what the drill's facts say is not so.

The facts and the good answers deny things a worried public guesses: 'no Friday flight has been
cancelled', 'the water business pays the town no dividend in 2027', 'perjantain lentoja ei ole
peruttu'. A shift worker who repeats the guess as news ('Friday flights are cancelled', 'about a
fifth goes to the town as a dividend') contradicts them. A fact's denial is its clause: the word
its negation governs (the first verb after it, else the first content word) and the clause's
other content words. A reply's clause that says that word without a negation, with another word
of the fact's clause (by base form or shared beginning), asserts what the facts deny. Not: a
clause that denies, hedges, asks or sets a condition ('if Friday flights are cancelled, …').

The author may say so in an answer's feedback instead: 'no such exemption exists' of the bad
answer that offers pensioners one. A reply's clause that offers it as so ('pensioners on a small
income can be exempted', 'eläkeläiset vapautetaan korotuksesta') says what is not (`no_such`);
one that pledges it ('we'll make sure you're exempted') is a promise.

A channel the texts rule out for a thing ('receipts are uploaded to Oma Lumme – not sent by
ordinary e-mail') offered for it ('you can e-mail the receipts and certificate', 'lähetä kuitit
sähköpostilla') says what is not so either (`ruled_out`).

An item that comes by a trigger may come after the story moved on (the flights were cancelled
after all): there a denial that another fact sentence asserts is not held against a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import content_word, done_word, negates, same_word
from drill.checker.figures import topic
from drill.checker.words import ASKED, NEGATED, Token, clause_span, clauses, readings, sentence_span, sentences_in
from drill.scenario.types import text_in

NOT_ASSERTED = re.compile(
    rf"\b(?:{NEGATED}|{ASKED}|nothing|none|en|ette|älä|älkää|unless|when|once|kun|kunhan|may|might|"
    r"could|would|should|voi|voivat|saattaa|saattavat|mahdollisesti|possibly|perhaps|maybe|ehkä|rumou?r\w*|huhu\w*|claim\w*|väit\w*|says|said|"
    r"sanoo|sanotaan|kuulemma|apparently|until|before|ennen|unconfirmed|vahvistamat\w*|without|ilman)\b|n['’]t\b",
    re.IGNORECASE,
)
"""A reply's clause that does not assert: denied ('without promising everyone a seat'), conditional, hedged, asked, someone else's claim."""


def asserted(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that asserts what a fact sentence denies."""
    by_trigger = ctx.inject is not None and ctx.inject.at is None  # maybe after the story moved on
    denied = ((_still_denied(ctx.facts, ctx.lang) if by_trigger else _denied(ctx.facts, ctx.lang)) + _denied(ctx.public, ctx.lang, "after")
              + _denied(ctx.facts, ctx.lang, "before"))
    if not denied:
        return
    for c0, c1 in clauses(text):
        if text[sentence_span(text, c0)[1]:][:1] == "?" or NOT_ASSERTED.search(text, c0, c1):
            continue
        clause = [t for t in toks if c0 <= t.start < c1 and content_word(t)]
        for word, others, needed in denied:
            hit = next((t for t in clause if same_word(t, word)), None)
            if hit is not None and sum(any(same_word(t, o) for o in others) for t in clause if t is not hit) >= needed:
                yield "wrong_fact", hit.start, hit.end
                break


RULED_OUT = re.compile(r"\b(?:not|never)\s+(?:[^\W\d_]+\s+){0,2}?(?:by|via|through|over|to)\s+(?:an?\s+)?(?:ordinary|regular|normal|plain\s+)?\s*e-?mail\b"
                       r"|\b(?:ei|eikä|eivät)\s+(?:[^\W\d_]+\s+){0,2}?(?:tavallise\w*\s+)?sähköpost\w*", re.IGNORECASE)
"""A channel the organisation's texts rule out for a thing ('receipts are uploaded to Oma Lumme – not
sent by ordinary e-mail', 'ladataan Oma Lummeen, ei sähköpostilla')."""
BY_EMAIL = re.compile(r"\b(?:e-?mail\w*|sähköpost\w*|s-?posti\w*|meilaa\w*|meilillä|mail\s+(?:it|them|us))\b", re.IGNORECASE)
NOT_OFFERED = re.compile(rf"\b(?:{NEGATED}|{ASKED}|en|ette|älä|älkää|instead of|sijaan|rather than)\b|n['’]t\b", re.IGNORECASE)
"""A clause that rules the channel out too, asks or sets a condition."""
RULED_SHARE = 2
"""Words a reply's sentence shares with the fact sentence that rules the channel out: it speaks of the same things ('receipts', 'certificates')."""


def ruled_out(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that offers e-mail for the things the
    organisation's texts say must not go by e-mail ('receipts and certificates can be emailed to
    us', 'lähetä kuitit sähköpostilla')."""
    things = _ruled_out(ctx.facts)
    if not things:
        return
    for m in BY_EMAIL.finditer(text):
        s0, s1 = sentence_span(text, m.start())
        c0, c1 = clause_span(text, m.start(), m.end(), s0, s1)
        if text[s1:s1 + 1] == "?" or NOT_OFFERED.search(text, c0, c1):
            continue
        if any(len(topic(text[s0:s1]) & t) >= RULED_SHARE for t in things):
            yield "wrong_fact", m.start(), m.end()


@lru_cache(maxsize=64)
def _ruled_out(facts: str) -> tuple[frozenset[str], ...]:
    """The words of each fact sentence that rules e-mail out, less the channel's own."""
    return tuple(topic(sentence) - topic(" ".join(BY_EMAIL.findall(sentence))) for line in facts.splitlines()
                 for sentence in re.split(r"(?<=[.!?])\s+", line) if RULED_OUT.search(sentence))


NO_SUCH = re.compile(r"\bno such ([^\W\d_]+) exists\b|\bthere(?:'s| is) no such ([^\W\d_]+)|\b(?:tällaista|sellaista) ([^\W\d_]+) ei ole(?: olemassa)?\b",
                     re.IGNORECASE)
"""The author's word in an answer's feedback that a thing the answer offers does not exist ('no such
exemption exists', 'tällaista vapautusta ei ole olemassa')."""
PLEDGED = re.compile(r"\b(?:will|shall|make sure|ensure|lupaan|lupaamme|varmistamme|huolehdimme)\b|'ll\b", re.IGNORECASE)
"""A clause that pledges the thing ('we'll make sure you are exempted'): a promise, not a fact said."""
NO_SUCH_STEM = 6
"""A reply's word meets the thing by this many first letters ('exemption', 'exempted'; 'vapautusta', 'vapautetaan')."""


def no_such(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that offers as so a thing the feedback of one of
    the item's answers says does not exist (an exemption the bad answer invents)."""
    stems = _no_such(tuple(text_in(o.feedback, ctx.lang) for o in ctx.inject.options if o.feedback)) if ctx.inject is not None else ()
    if not stems:
        return
    for c0, c1 in clauses(text):
        if text[sentence_span(text, c0)[1]:][:1] == "?" or NOT_ASSERTED.search(text, c0, c1) or PLEDGED.search(text, c0, c1):
            continue
        for m in re.finditer(r"[^\W\d_]+", text[c0:c1]):
            if m.group().lower().startswith(stems):
                yield "wrong_fact", c0 + m.start(), c0 + m.end()
                break


@lru_cache(maxsize=256)
def _no_such(feedback: tuple[str, ...]) -> tuple[str, ...]:
    return tuple({w.lower()[:NO_SUCH_STEM] for f in feedback for m in NO_SUCH.finditer(f) for w in m.groups() if w and len(w) >= NO_SUCH_STEM})


@lru_cache(maxsize=64)
def _denied(facts: str, lang: str, objects: str = "") -> tuple[tuple[Token, tuple[Token, ...], int], ...]:
    """(the denied word, the other content words of its clause, how many of them a reply must
    share) of each plain denial in the facts of what happened: a past participle after the
    negation ('no Friday flight has been cancelled', 'lentoja ei ole peruttu'; two more words
    shared), or the noun right after 'no' ('pays the town no dividend'; one more); with `objects`
    'after', instead the object after a Finnish verb the negation governs ('ei maksa kaupungille
    osinkoa'; one more), read in the organisation's own texts alone: the good answers deny what we
    will not do ('emme voi antaa vastausta täällä'), no fact; with 'before', only what is said not
    to be needed, its object right before the negation ('putkimiehen lausuntoa ei tarvita'; one
    more): not a rule of ours ('terveystietoja ei käsitellä julkisesti'), which a reply may admit
    breaking, nor 'merkkejä ei ole'."""
    found = []
    for sentence, toks in sentences_in(facts, lang):
        for i, neg in enumerate(toks):
            if not negates(neg):
                continue
            c0, c1 = clause_span(sentence, neg.start, neg.end)
            if FACT_HEDGE.search(sentence, c0, c1):
                continue
            following = [t for t in toks[i + 1:] if t.start < c1 and content_word(t)]
            done = next((t for t in following if _participle(t)), None)
            noun = following[0] if neg.lower == "no" and following and toks[i + 1] is following[0] and not done_word(following[0]) else None
            verb_first = done is None and neg.lower in OF_IT and i + 1 < len(toks) and _verb(toks[i + 1])
            if objects == "after":
                word = next((t for t in following if _partitive_noun(t)), None) if verb_first else None  # 'ei maksa kaupungille osinkoa'
            elif objects == "before":  # 'putkimiehen lausuntoa ei tarvita'
                word = toks[i - 1] if verb_first and i and c0 <= toks[i - 1].start and _partitive_noun(toks[i - 1]) and toks[i + 1].forms & NEEDED else None
            else:
                word = done or noun
            if word is None:
                continue
            others = tuple(t for t in toks if c0 <= t.start < c1 and content_word(t) and t is not word and not done_word(t))
            if len(others) >= (2 if done else 1):
                found.append((word, others, 2 if done else 1))
    return tuple(found)


FACT_HEDGE = re.compile(r"\b(?:if|jos|kun|when|may|voi|should|älä|don't|please|yet|vielä|vain|only|know|tiedä|tiedetä|must|need|tarvitse\w*)\b",
                        re.IGNORECASE)
"""A fact clause that denies no event: a condition, a hedge, a request, what is not yet known."""


NEEDED = frozenset({"tarvita", "vaatia", "edellyttää"})
"""Finnish verbs of a requirement: what the good answers say is not needed ('lausuntoa ei tarvita')."""
OF_IT = frozenset({"ei", "eivät"})
"""A Finnish negation of what something does ('vesiliiketoiminta ei maksa'), not a rule of ours ('emme toista')."""


def _verb(tok: Token) -> bool:
    """A Finnish verb by Voikko's reading ('maksa' after 'ei')."""
    return any(r[1] == "teonsana" for r in readings(tok))


def _partitive_noun(tok: Token) -> bool:
    """A Finnish noun in the partitive, the object a negated verb governs ('ei maksa … osinkoa');
    not a participle ('asiakkaan itse julkaisemia tietoja')."""
    return any(r[1] == "nimisana" and r[2] == "osanto" and not r[8] for r in readings(tok))


def _participle(tok: Token) -> bool:
    """A past participle: 'cancelled', 'breached'; Finnish 'peruttu', 'murtauduttu', 'poistanut'."""
    read = readings(tok)
    if read:
        return any(r[8].startswith("past") for r in read)
    return done_word(tok)


@lru_cache(maxsize=64)
def _still_denied(facts: str, lang: str) -> tuple[tuple[Token, tuple[Token, ...], int], ...]:
    """The facts' denials that no other fact sentence asserts, read once per drill and language."""
    return tuple(d for d in _denied(facts, lang) if not _also_asserted(d, facts, lang))


def _also_asserted(denial: tuple[Token, tuple[Token, ...], int], facts: str, lang: str) -> bool:
    """Whether another fact sentence says the denied thing plainly (a later turn of the story)."""
    word, others, _ = denial
    for _, toks in sentences_in(facts, lang):
        if any(negates(t) for t in toks):
            continue
        hit = next((t for t in toks if same_word(t, word)), None)
        if hit is not None and any(same_word(t, o) for t in toks if t is not hit for o in others):
            return True
    return False
