"""A fact of the drill given in the reply's own words.

`figures.py` finds a fact said as a figure or an address, but people on shift mostly restate a
fact in words: 'cards and cash machines work as normal', 'kortit ja automaatit toimii ihan
normisti'. A sentence of the reply gives a fact when it shares at least `SHARED` base forms
with one sentence of the organisation's own texts (facts, notes, briefing), counting only words
that carry content there: a word most of the drill's sentences use (its name, 'customer',
'asiakas') says nothing of which fact. A sentence that negates what the fact affirms (or the
other way round), asks, or also carries a fault (a leak, a promise, a wrong figure, blame, a
defence, a brush-off) gives no fact: a fact used to argue or said with a case's private details
is not information given to the reader.

Read against the drill's sentences, never a word list: the rule works for drills it never saw.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.denials import negates
from drill.checker.lexicon import COMMON_WORDS
from drill.checker.words import Token, sentence_span, sentences_in

SHARED = 3
"""Content base forms a reply's sentence and a fact's sentence must share: two ('online bank')
is what a complaint and its answer share anyway."""
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
        content = [t for t in sentence if _content(t, lang)]
        negated = any(negates(t) for t in sentence)
        for forms, fact_negated in facts:
            shared = {t.lower for t in content if not (t.forms - common).isdisjoint(forms)}
            if len(shared) >= SHARED and negated == fact_negated:
                yield "informs", start, end
                break


@lru_cache(maxsize=64)
def _facts(public: str, lang: str) -> tuple[tuple[tuple[frozenset[str], bool], ...], frozenset[str]]:
    """Each sentence of the organisation's texts in `lang` as (its content base forms, whether it
    negates), and the base forms too common among them to name a fact."""
    read = [(frozenset(f for t in toks if _content(t, lang) for f in t.forms), any(negates(t) for t in toks))
            for _, toks in sentences_in(public, lang)]
    counts = Counter(f for forms, _ in read for f in forms)
    common = frozenset(f for f, n in counts.items() if n > COMMON_SHARE * len(read))
    return tuple((forms - common, neg) for forms, neg in read if len(forms - common) >= SHARED), common


def _content(tok: Token, lang: str) -> bool:
    return len(tok.lower) >= MIN_LETTERS and not tok.lower.isdigit() and tok.lower not in COMMON_WORDS[lang]
