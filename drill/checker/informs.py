"""A fact of the drill given in the reply's own words.

`figures.py` finds a fact said as a figure or an address, but people on shift mostly restate a
fact in words: 'cards and cash machines work as normal', 'kortit ja automaatit toimii ihan
normisti'. A sentence of the reply gives a fact when it shares at least `SHARED` base forms
with one sentence of the organisation's own texts (facts, notes, briefing), counting only words
that carry content there: a word most of the drill's sentences use (its name, 'customer',
'asiakas') says nothing of which fact; a fact of two such words is given when both are said. A
sentence that negates what the fact affirms (or the other way round: a fear denied in a clause
after the fact is not the fact denied), asks, or also carries a fault (a leak, a promise, a wrong figure, blame, a
defence, a brush-off) gives no fact: a fact used to argue or said with a case's private details
is not information given to the reader.

Read against the drill's sentences, never a word list: the rule works for drills it never saw.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from drill.checker.denials import negates
from drill.checker.lexicon import COMMON_WORDS
from drill.checker.words import Token, clause_span, sentence_span, sentences_in

SHARED = 3
"""Content base forms a reply's sentence and a fact's sentence must share: two ('online bank')
is what a complaint and its answer share anyway."""
SHORT = 2
"""Words of content a fact's sentence needs to be read at all; a fact this short is shared whole."""
REPORTED = re.compile(r"\s*(?:that|whether|että|jotta)\b", re.IGNORECASE)
"""A clause that is what the one before it says or denies."""
COMMON_SHARE = 0.08
"""A base form in more than this share of the drill's sentences is the drill's topic, not a fact."""
MIN_LETTERS = 3


def informs(text: str, toks: list[Token], public: str, lang: str, faults: list[tuple[int, int]]) -> Iterator[tuple[str, int, int]]:
    """('informs', start, end) for each sentence of the reply that restates one of the drill's facts."""
    facts, common = _facts(public, lang)
    if not facts:
        return
    done = -1
    for tok in toks:
        if tok.start < done:
            continue
        start, end = sentence_span(text, tok.start)
        done = end
        if text[end:end + 1] == "?" or any(a < end and b > start for a, b in faults):
            continue
        sentence = [t for t in toks if start <= t.start < end]
        content = [(t, t.forms - common) for t in sentence if _content(t, lang)]
        negated = any(negates(t) for t in sentence)
        for forms, fact_negated, need in facts:
            shared = [t for t, own in content if not own.isdisjoint(forms)]
            if len({t.lower for t in shared}) >= need and fact_negated in (negated, _denied(text, sentence, shared, start, end)):
                yield "informs", start, end
                break


def _denied(text: str, sentence: Sequence[Token], shared: Sequence[Token], start: int, end: int) -> bool:
    """Whether a sentence denies what it says in the shared words: a negation from the start of
    the clause of the first of them to the last. A fear denied after the fact is said, in a
    clause of its own, leaves the fact affirmed ('e-laskut maksetaan eräpäivänä, eli mikään ei
    myöhästy'); 'cards and ATMs don't work' and 'we can't say cards work' deny it."""
    first = min(t.start for t in shared)
    c0 = clause_span(text, first, first, start, end)[0]
    if REPORTED.match(text, c0):  # 'we can't say that …', 'emme voi luvata, että …'
        c0 = clause_span(text, max(start, c0 - 2), max(start, c0 - 2), start, end)[0]
    last = max(t.start for t in shared)
    return any(negates(t) and c0 <= t.start < last for t in sentence)


@lru_cache(maxsize=64)
def _facts(public: str, lang: str) -> tuple[tuple[tuple[frozenset[str], bool, int], ...], frozenset[str]]:
    """Each sentence of the organisation's texts in `lang` as (its content base forms, whether it
    negates, how many of its words a reply's sentence must share), and the base forms too common
    among them to name a fact. A fact of two words of content ('mobiiliverkko toimii',
    'korjausaikaa ei tiedetä') is given whole when both are said."""
    read = [([t.forms for t in toks if _content(t, lang)], any(negates(t) for t in toks)) for _, toks in sentences_in(public, lang)]
    counts = Counter(f for words, _ in read for f in {f for forms in words for f in forms})
    common = frozenset(f for f, n in counts.items() if n > COMMON_SHARE * len(read))
    found = []
    for words, neg in read:
        kept = {forms - common for forms in words} - {frozenset()}
        if len(kept) >= SHORT:
            found.append((frozenset().union(*kept), neg, min(SHARED, len(kept))))
    return tuple(found), common


def _content(tok: Token, lang: str) -> bool:
    return len(tok.lower) >= MIN_LETTERS and not tok.lower.isdigit() and tok.lower not in COMMON_WORDS[lang]
