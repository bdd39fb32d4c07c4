"""How dangerous, played down.

A shift worker calming a worried customer says the allergen is 'only small traces', 'vain
hivenen', 'the risk is low', 'no real danger unless …', 'it's only a precaution', where the
drill's facts say the product is dangerous (lexicon.OPPOSITE_STATES 'dangerous', said plainly)
and nobody knows how much of it there is. Where no text the drill holds true (its facts, notes
and good answers) plays the danger down itself, a reply's clause that does (lexicon
'played_down') contradicts them. Not: denied ('it is not just a precaution'), asked, a
condition, a guess said as one ('it may be just traces, we don't know yet'), or said to stress the danger ('even small traces can be dangerous', 'pienikin määrä
on vaarallinen').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import negates
from drill.checker.lexicon import OPPOSITE_STATES, words
from drill.checker.states import state_clause
from drill.checker.words import ASKED, Token, find, sentence_span, sentences_in

STRESSED = re.compile(r"\b(?:even|jopa|dangerous|vaaralli\w*|\w+kin|\w+kaan|\w+kään|serious reaction\w*|vakava\w*|hengenvaaralli\w*)\b",
                      re.IGNORECASE)
"""A clause that stresses the danger, naming a small amount: 'even small traces can be dangerous'."""
CONDITION = re.compile(rf"\b(?:{ASKED})\b", re.IGNORECASE)
GUESSED = re.compile(r"\b(?:may be|might|could be|perhaps|maybe|possibly|probably|ehkä|mahdollisesti|luultavasti|voi olla|saattaa olla|"
                     r"don't know|do not know|not known|not sure|ei tiedetä|emme tiedä|en tiedä|ei ole tiedossa|ei vielä tiedetä)\b", re.IGNORECASE)
"""A sentence that says the amount is a guess ('it may be just small traces, but we don't know yet'):
a guess hedged as one is no wrong fact; 'may contain trace amounts' hedges the hazelnut, not the amount."""


def risk_played_down(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that plays down a danger the facts state."""
    if not _dangerous(ctx.facts, ctx.lang) or _played_down(ctx.facts, ctx.lang):
        return
    for a, b in find(toks, words("played_down", ctx.lang), ctx.lang):
        c0, c1 = state_clause(text, a, b)
        rest = [t for t in toks if c0 <= t.start < c1 and not a <= t.start < b]
        s0, s1 = sentence_span(text, a)
        if (text[s1:][:1] == "?" or CONDITION.search(text, c0, c1) or STRESSED.search(text, c0, c1) or GUESSED.search(text, s0, s1)
                or any(negates(t) for t in rest)):
            continue
        yield "wrong_fact", a, b


@lru_cache(maxsize=64)
def _dangerous(facts: str, lang: str) -> bool:
    """Whether a fact sentence says plainly that something is dangerous."""
    danger, safe = OPPOSITE_STATES["dangerous"][lang]
    return any(find(list(toks), danger, lang) and not find(list(toks), safe, lang) for _, toks in sentences_in(facts, lang))


@lru_cache(maxsize=64)
def _played_down(facts: str, lang: str) -> bool:
    """Whether the drill's true texts play the danger down themselves."""
    return any(find(list(toks), words("played_down", lang), lang) for _, toks in sentences_in(facts, lang))
