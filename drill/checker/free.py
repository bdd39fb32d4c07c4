"""Free, said of what the facts give a price for.

The facts price one thing and let another go free ('one small pet in a carrier travels free; a
bigger dog travels on a leash with a €5 pet ticket'). A shift worker who remembers only the free
half says 'dogs travel free', 'mäyräkoira pääsee kyytiin ilmaiseksi': a wrong fact. A reply's
clause that says free ('free', 'at no cost', 'ilmaiseksi', 'maksutta') and names what the facts'
priced clause names and their free clause does not (a word of the one and not the other: 'dog',
'koira'), without naming any word only the free clause has ('small', 'carrier', 'pieni'), says the
priced thing is free: a price's state, wrong even where the checker reads 'free' as an offer too.
Not: denied, asked, conditional or hedged ('a small dog in a carrier may go free'), nor free as in
not taken ('we'll keep the front seats free').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import content_word, same_word
from drill.checker.figures import figures
from drill.checker.words import ASKED, NEGATED, Token, clauses, sentences_in, stated

FREE = re.compile(r"\b(?:free(?: of charge)?|at no (?:extra )?cost|no charge|for nothing|ilmaiseksi|maksutta|maksuton\w*|veloituksetta|ilmai\w*)\b",
                  re.IGNORECASE)
NOT_SAID = re.compile(rf"\b(?:{NEGATED}|{ASKED}|unless|may|might|voi|voivat|saattaa|only if|vain jos|"
                      r"kunhan|provided)\b|n't\b", re.IGNORECASE)
ROOM = re.compile(r"\b(?:keep\w*|kept|leave|left|hold\w*|seats?|room|space|row|vapaa\w*|paikk\w*|tila\w*)\b", re.IGNORECASE)
"""Free as in not taken ('keep the front seats free for you'): no price said."""


def priced_free(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says free of what the facts price."""
    priced, free = _sides(ctx.facts, ctx.lang)
    if not priced:
        return
    for m, c0, c1 in stated(text, FREE):
        if NOT_SAID.search(text[c0:m.start()] + " " + text[m.end():c1]) or ROOM.search(text, c0, c1):  # 'no' of 'at no cost' denies nothing
            continue
        words = [t for t in toks if c0 <= t.start < c1 and content_word(t) and not m.start() <= t.start < m.end()]
        if any(same_word(t, p) for t in words for p in priced) and not any(same_word(t, f) for t in words for f in free):
            yield "wrong_fact", m.start(), m.end()


@lru_cache(maxsize=64)
def _sides(facts: str, lang: str) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    """The words only the facts' priced clauses use, and the words only their free clauses use,
    of the sentences that give both a price and a free thing."""
    priced: list[Token] = []
    free: list[Token] = []
    for sentence, toks in sentences_in(facts, lang):
        if not FREE.search(sentence):
            continue
        money = [start for kind, _, start, _ in figures(sentence) if kind == "money"]
        for c0, c1 in clauses(sentence):
            words = [t for t in toks if c0 <= t.start < c1 and content_word(t)]
            if any(c0 <= start < c1 for start in money):
                priced += words
            elif FREE.search(sentence, c0, c1) and not NOT_SAID.search(sentence, c0, c1):
                free += words
    if not free:
        return (), ()
    return (tuple(p for p in priced if not any(same_word(p, f) for f in free)),
            tuple(f for f in free if not any(same_word(f, p) for p in priced)))
