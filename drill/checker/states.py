"""States without a figure, read against the state the drill's facts give.

A shift worker under pressure says a thing is as usual when the facts say otherwise: the phone
line 'palvelee normaalisti' where the facts say it is closed over the holidays, the coaches 'on
schedule' where they are late, the app 'works again' where it is down, the biscuits 'fine to eat'
where they are dangerous, the wifi 'never drops' where it 'may drop'. Each fact sentence that
gives a state (lexicon.OPPOSITE_STATES, or 'may <verb>') says it of the things it names; a
reply's clause that says the opposite state of one of those things (a shared content word, by
base form) contradicts it, and so does one that names nothing but us ('meillä ei ole
miehitysongelmia', 'we're fully staffed': all of ours; 'every one of our restaurants', 'our
restaurants are staffed to plan'), and 'always' takes in now ('we always staff to plan'). A phrase
with a gap is said of a name in its gap too ('Staffing at Hervanta was adequate'). Not a
contradiction: the state denied or hedged ('should be back soon' is a promise matter, not a fact),
promised or aimed at, also by the main clause of an 'että'/'that' clause ('jatkossa huolehdimme,
että…'), asked, conditional, said of another one ('other batches are safe') or of a time ahead
('at the weekend we run on normal staffing'); nor a 'without interruptions' in a reply that says the 'may'
itself ('the wifi can drop …; the sockets work without interruptions'). A word the organisation's own texts say both states of tells neither
('fee' in 'the basic fee does not change' and 'the water fee rises').

An item that arrives by a trigger, not by the clock, may come after the state changed (the app
is back): there a state that any item or good answer of the drill says otherwise is not held
against a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from drill.checker.context import Context
from drill.checker.denials import SKIP, STOP, same_word
from drill.checker.lexicon import BREAKS, OPPOSITE_STATES
from drill.checker.words import ASKED, NEGATED, STEM, Token, clause_span, find, own_word, sentence_span, sentences_in

CLAUSE = re.compile(r"[,;–—()]|:(?!\d)|\b(?:but|and|so|because|which|mutta|ja|joten|eli|koska|sillä|jotka|joka)\b", re.IGNORECASE)
"""Where a clause ends: not at a time's colon ('from 19:00 it is fully staffed' is one clause, its time a NOT_SAID)."""
NOT_SAID = re.compile(rf"\b(?:{NEGATED}|{ASKED}|wasn't|weren't|won't|doesn't|don't|älä|should|shouldn't|might|may|could|"
                      r"hopefully|expect\w*|once|unless|until|when|will|soon|within|by|in future|from now on|pitäisi|pitäis|pitäs|toivottavasti|odotetaan|oletettavasti|kun|"
                      r"kunhan|ennen kuin|pian|mennessä|viimeistään|sisällä|sisään|jatkossa|tästä lähtien|tästedes|vastedes|going forward|promise\w*|lupaa\w*|lupaan|"
                      r"aim\w*|try|tries|trying|strive\w*|pyri\w*|pyrki\w*|yritä\w*|yritämme|tavoit\w*|huolehdi\w*|make sure|ensure|varmist\w*|says|said|claims?|rumou?r\w*|huhu\w*|väit\w*)\b|'ll\b|\bklo\s*\d|\d[:.]\d\d", re.IGNORECASE)
"""Outside the state's own words: a clause that denies it, hedges or promises it (for a time, from
now on), sets a condition, or reports what someone else says."""
COMPLEMENT = re.compile(r"\s*(?:että|ettei|that)\b", re.IGNORECASE)
"""A clause that opens with 'että' or 'that' is said under its main clause, whose hedge or promise
covers it ('jatkossa huolehdimme, että vuorossa on aina riittävästi väkeä')."""
LATER = re.compile(r"\b(?:weekends?|tomorrow|next week|viikonlop\w*|huomenna|huomisesta|ensi viikolla)\b", re.IGNORECASE)
"""A clause about a coming time ('on the weekend we're fully staffed', 'huomenna aikataulussa'): not the state the facts give of now."""
ALL_OURS = re.compile(r"\b(?:all|every|each)\b(?:\s+[^\W\d_]+){0,2}?\s+our\b|\b(?:kaikki|kaikissa|jokainen|jokaisessa|jokaisen)\s+[^\W\d_]+mme\b"
                      r"|\bour\s+[^\W\d_]+s\b(?!')|\b[^\W\d_]+i(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|hin)mme\b", re.IGNORECASE)
"""A clause said of all of ours ('every one of our restaurants', 'kaikissa ravintoloissamme', and
the plural alone: 'our restaurants are staffed to plan', 'ravintoloissamme on aina täysi
miehitys'): of the one the facts name too."""
UNTIL = re.compile(r"\b(?:until|till)\s+(?:about\s+|around\s+)?\d|\d[.:]?\d*\s+(?:asti|saakka)\b", re.IGNORECASE)
FUTURE = frozenset({"will", "'ll"})
"""A state the facts say lasts until a time: 'everyone will be in Helsinki on time' before then is a
wrong fact as well as a promise (the other hedges still say nothing as so)."""
OTHER = re.compile(r"\b(?:other|another|rest of|except|muut|muita|muiden|muissa|muilla|muu|paitsi)\b", re.IGNORECASE)
"""A clause about another one than the facts speak of ('other batches are safe')."""
PRONOUN = frozenset({"it", "they", "these", "this", "that", "most", "some", "all", "everyone", "everybody", "jokainen", "se", "ne", "tämä", "nämä", "useimmille", "useimmat",
                     "siitä", "niistä", "kaikki", "suurin", "osa"})
"""Words that stand for a thing named in the clause before ('…, so most are fine to eat')."""
RELATIVE_OPENS = re.compile(r"\b(?:joka|jotka|which|that|who)\s*$", re.IGNORECASE)
"""A clause a relative opens speaks of the thing named before it ('wifi, joka toimii … ilman katkoja');
so does a 'may' said never to happen, read with its sentence where its own clause names nothing the
fact names ('every coach has wifi, so you can work … without a single drop')."""
SUBJECT = frozenset({"it", "they", "se", "ne"})
"""A pronoun right before a fact's state is its subject ('…; in 2026 they rose', '…; vuonna 2026 ne nousivat'):
the state is said of what the sentence named before it."""
FILLER = frozenset({"and", "or", "now", "nyt", "tai", "ja"})
OURS = frozenset({"we", "we're", "we've", "us", "meillä", "me", "meitä", "meidän"})
"""A clause that names nothing but us ('meillä ei ole miehitysongelmia', 'we're fully staffed') says the state of all of ours."""
MAY = frozenset({"may", "might", "voi", "voivat", "saattaa", "saattavat"})
CAN = frozenset({"can", "could", "voi", "voivat", "saattaa", "saattavat"})
NEVER = frozenset({"never", "koskaan", "ikinä"})
"""A 'may' denied outright: 'never drops', 'ei katkea koskaan' (not 'don't post', a request)."""
STATE_MAY = "may"
WITHOUT = frozenset({"without", "ilman"})
QUANTIFIERS = frozenset({"a", "any", "single", "one", "yhtään", "mitään", "minkäänlaisia"})
STEM_LETTERS = 4
"""A noun after 'without' is the verb's when they share this many first letters ('katkoja', 'katkeilla'; 'drop', 'drops')."""


def _same_stem(noun: Token, verb: Token) -> bool:
    """The verb's own noun ('drops', 'katkoja' of 'katkeilla'), or a noun of breaking where the verb breaks ('interruptions' of 'drop')."""
    return (same_word(noun, verb) or (len(noun.lower) >= STEM_LETTERS and noun.lower[:STEM_LETTERS] == verb.lower[:STEM_LETTERS])
            or (verb.lower.startswith(BREAKS["verbs"]) and noun.lower.startswith(BREAKS["nouns"])))


def states(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says the opposite state of a thing the
    facts give a state of."""
    held = _held(ctx.facts, ctx.lang)
    if not held:
        return
    changed = _changed(ctx)
    lasting = _lasting(ctx.facts, ctx.lang)
    contrary = _turned(ctx.public, ctx.lang)  # the organisation's own texts, at the start: not a good answer after the story moved on
    for state, said_of, verb in held:
        if any(turned == state and said & said_of for turned, said in changed):
            continue
        things = said_of - frozenset(w for turned, said in contrary if turned == state for w in said)  # 'fee' of 'the basic fee does not change' and 'the fee rises'
        for a, b in _said(text, toks, state, verb, ctx.lang):
            c0, c1 = state_clause(text, a, b)
            s0 = sentence_span(text, a)[0]
            head = text[s0:c0] if COMPLEMENT.match(text, c0) else ""  # 'we'll make sure that…', 'lupaan, että…': the main clause governs it
            hedges = {m.group().lower() for m in NOT_SAID.finditer(head + " " + text[c0:a] + " " + text[b:c1])}
            if (text[sentence_span(text, a)[1]:][:1] == "?" or (hedges and not (state in lasting and hedges <= FUTURE))
                    or OTHER.search(text, c0, c1) or LATER.search(text, c0, c1)):
                continue
            near = [t for t in toks if c0 <= t.start < c1 and not a <= t.start < b]
            gap = [] if state == STATE_MAY else [t for t in toks if a < t.start < b and t.text[:1].isupper()  # a name in a phrase's gap: 'Staffing at Hervanta was adequate'
                                                 and not own_word(t, OPPOSITE_STATES[state][ctx.lang][1], ctx.lang)]
            ours = (any(t.lower in OURS for t in near) and not _content([t for t in near if t.lower not in OURS])) or bool(ALL_OURS.search(text, c0, c1))
            if not _content(near) or _lead(near) or RELATIVE_OPENS.search(text, 0, c0) or (state == STATE_MAY and not _content(near) & things):
                near = [t for t in toks if s0 <= t.start < c1 and not a <= t.start < b]
            if ours or _content(near + gap) & things:
                yield "wrong_fact", a, b


def _said(text: str, toks: list[Token], state: str, verb: Token | None, lang: str) -> list[tuple[int, int]]:
    """Where a reply says the state opposite to `state`: its lexicon words, or for 'may <verb>'
    the verb denied ('never drops', 'ei katkea') or its noun said absent ('without a single drop',
    'ilman katkoja')."""
    if state != STATE_MAY:
        return find(toks, OPPOSITE_STATES[state][lang][1], lang)
    assert verb is not None
    if any(t.lower in MAY | CAN and same_word(u, verb) for t, u in pairwise(toks)):
        return []  # the reply says the 'may' itself ('the wifi can drop on quiet stretches'): its 'without interruptions' is of another thing
    found = []
    for i, t in enumerate(toks):
        if t.lower in WITHOUT:  # 'without a single drop', 'ilman katkoja': the verb's noun, none of it
            noun = next((u for u in toks[i + 1:i + 4] if u.lower not in QUANTIFIERS), None)
            if noun is not None and _same_stem(noun, verb):
                found.append((t.start, noun.end))
            continue
        if t.lower not in NEVER:
            continue
        before = [j for j in range(max(0, i - 2), i) if t.lower != "never" and same_word(toks[j], verb)]  # 'ei katkea koskaan'
        after = [j for j in range(i + 1, min(len(toks), i + 3)) if same_word(toks[j], verb)]  # 'never drops'
        if before:
            j = before[0] - 1 if before[0] > 0 and toks[before[0] - 1].lower in ("ei", "eivät") else before[0]
            found.append((toks[j].start, t.end))
        elif after:
            found.append((t.start, toks[after[0]].end))
    return found


def state_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause a state is said in, cut at CLAUSE's marks (a time's colon is no mark): what
    pending and risk read a settled outcome or a played-down danger in, as states does."""
    return clause_span(text, start, end, *sentence_span(text, start), marks=CLAUSE)


def _lead(near: list[Token]) -> bool:
    """Whether a clause's subject is a word that stands for a thing named before."""
    return bool(near) and near[0].lower in PRONOUN


def _content(toks: list[Token]) -> frozenset[str]:
    """The base forms of a clause's content words (no readings, no loan stems)."""
    return frozenset(f for t in toks if len(t.lower) >= 3 and t.lower not in SKIP and t.lower not in STOP and t.lower not in PRONOUN
                     and t.lower not in MAY and t.lower not in FILLER and not t.lower.isdigit() for f in t.forms if "|" not in f and not f.startswith(STEM))


@lru_cache(maxsize=64)
def _lasting(facts: str, lang: str) -> frozenset[str]:
    """The states a fact sentence says last until a time ('15–30 min late until about 9:30',
    'myöhässä noin klo 9.30 asti'): what a reply says will be, before then, is said against them."""
    return frozenset(state for sentence, toks in sentences_in(facts, lang) if UNTIL.search(sentence)
                     for state, words in OPPOSITE_STATES.items() if find(list(toks), words[lang][0], lang))


@lru_cache(maxsize=64)
def _held(facts: str, lang: str) -> tuple[tuple[str, frozenset[str], Token | None], ...]:
    """(state, the content words of the fact sentence that gives it, the verb of a 'may') for
    each state the facts give plainly (not denied: 'eivät toimi' is the state's own words)."""
    found: list[tuple[str, frozenset[str], Token | None]] = []
    for sentence, sentence_toks in sentences_in(facts, lang):
        toks = list(sentence_toks)
        for state, words in OPPOSITE_STATES.items():
            spans = find(toks, words[lang][0], lang)
            if spans and not find(toks, words[lang][1], lang):  # not a sentence that says both ('card closed, the blocking line open')
                found += [(state, _things(sentence, toks, a, b), None) for a, b in spans]
        for i, t in enumerate(toks[:-1]):
            verb = toks[i + 1]
            if t.lower in MAY and len(verb.lower) >= 4 and not verb.lower.startswith(("be", "ol")):
                found.append((STATE_MAY, _things(sentence, toks, t.start, verb.end), verb))
    return tuple(found)


def _things(sentence: str, toks: list[Token], a: int, b: int) -> frozenset[str]:
    """What a fact's state is said of: the content words of its clause ('the customer service
    phone line is closed over the holidays; faults can be reported…'), or of its sentence where
    the clause names it by a pronoun ('…; they are dangerous to people allergic to nuts', 'Johdon
    palkat ovat vuosikertomuksessa; vuonna 2026 ne nousivat')."""
    c0, c1 = state_clause(sentence, a, b)
    near = [t for t in toks if c0 <= t.start < c1 and not a <= t.start < b]
    subject = [t for t in near if t.end <= a][-1:]
    if subject and subject[0].lower in SUBJECT and c0 > 0:  # the clause before names what the pronoun stands for
        p0 = clause_span(sentence, c0 - 1, c0 - 1, marks=CLAUSE)[0]
        near = [t for t in toks if p0 <= t.start < c1 and not a <= t.start < b]
    elif _lead(near) or not _content(near):
        near = [t for t in toks if not a <= t.start < b]
    return _content(near)


def _changed(ctx: Context) -> frozenset[tuple[str, frozenset[str]]]:
    """The states that an item of the drill, or a good answer, says are otherwise by then, each
    with what its clause says it of: held only against replies to items that come by the
    clock, before any trigger moved the story on, and only of the same things ('the app is
    down' turns no state of the ATMs)."""
    if ctx.inject is None or ctx.inject.at is not None:
        return frozenset()
    return _turned(ctx.seen, ctx.lang) | _turned(ctx.facts, ctx.lang)


@lru_cache(maxsize=64)
def _turned(said: str, lang: str) -> frozenset[tuple[str, frozenset[str]]]:
    return frozenset((state, _things(sentence, list(toks), a, b)) for sentence, toks in sentences_in(said, lang)
                     for state, words in OPPOSITE_STATES.items() for a, b in find(list(toks), words[lang][1], lang))
