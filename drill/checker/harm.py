"""Nobody harmed, said where the drill tells of someone harmed.

An item may tell of someone hurt by what happened ('our 6-year-old had an allergic reaction …
and we ended up in A&E', 'kaksi meistä oli kipeänä'). A shift worker playing the crisis down
says 'nobody has fallen ill', 'no one was hurt', 'kukaan ei ole sairastunut': a denial of what
the drill says happened. The drill holds a harm (lexicon 'harmed') where a sentence of its items,
facts or good answers says it plainly (not asked, not denied); a reply's clause that says no one
('nobody', 'no one', 'kukaan', 'ketään') with a harm word denies it. Not: asked, or a condition
('if anyone feels ill, call 112').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import negates
from drill.checker.lexicon import words
from drill.checker.words import ASKED, Token, find, sentences_in, stated

NOBODY = re.compile(r"\b(?:nobody|no one|no-one|noone|not a single (?:one|person|child|customer)|kukaan|ketään|yksikään)\b", re.IGNORECASE)
CONDITION = re.compile(rf"\b(?:{ASKED}|in case|jos joku|anyone who|kuka tahansa)\b", re.IGNORECASE)


def harm_denied(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says no one was harmed where the drill says someone was."""
    if not (_harm_told(ctx.seen, ctx.lang) or _harm_told(ctx.facts, ctx.lang)):  # each text's sentences read once per drill, by other rules too
        return
    for m, c0, c1 in stated(text, NOBODY):
        if CONDITION.search(text, c0, c1):
            continue
        hit = find([t for t in toks if c0 <= t.start < c1], words("harmed", ctx.lang), ctx.lang)
        if hit:
            yield "wrong_fact", m.start(), max(m.end(), hit[-1][1])


@lru_cache(maxsize=64)
def _harm_told(said: str, lang: str) -> bool:
    """Whether a sentence of the drill's texts says someone was harmed, plainly."""
    return any(find(list(toks), words("harmed", lang), lang) and not any(negates(t) for t in toks) and not sentence.rstrip().endswith("?")
               for sentence, toks in sentences_in(said, lang))
