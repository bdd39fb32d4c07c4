"""The only one, said to be many.

A drill's facts may hang on one person or thing being the only one ('Paula Lindroos is the only
admin of the Facebook page', 'on Facebook-sivun ainoa ylläpitäjä'). A shift worker defending
the organisation says there are several ('several of us can update the page', 'our page has
several admins', 'useampi meistä pystyy päivittämään sivua'): that contradicts the fact. A
reply's clause that says 'several', 'many', 'more than one' (fi 'useampi', 'usea', 'moni')
with a content word of the fact's clause (by base form or shared beginning: 'admins', 'sivua')
says so. Not: the clause denied, asked, hedged or set as a condition ('if several of us could
update the page'), nor a clause about another thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import content_word, negates, same_word
from drill.checker.words import ASKED, NEGATED, Token, sentences_in, stated

ONLY = re.compile(r"\b(?:the only|the sole|ainoa|ainoana|ainut|ainoat)\b", re.IGNORECASE)
"""A fact that one is the only one ('the only admin', 'ainoa ylläpitäjä')."""
MANY = re.compile(r"\b(?:several|many|multiple|more than one|a few of us|all of us|useampi|useammalla|useat|useita|usea|moni|monta|monella|"
                  r"kaikki meistä|kuka tahansa meistä|anyone of us|any of us)\b", re.IGNORECASE)
"""A reply's word for more than one."""
NOT_SAID = re.compile(
    rf"\b(?:{NEGATED}|{ASKED}|doesn't|don't|should|would|could|pitäisi|pitäis|olisi|"
    r"ois|may|might|voisi\w*|hope\w*|toivo\w*|will|aim|tavoite\w*|jatkossa|in future|from now on|soon|pian)\b|'ll\b|n't\b",
    re.IGNORECASE,
)
"""A clause that does not say there are several now: denied, asked, a wish or a plan ('from now on
several of us will have the rights')."""


def sole(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says there are several of what the facts
    say there is only one of."""
    only = _only(ctx.facts, ctx.lang)
    if not only:
        return
    for m, c0, c1 in stated(text, MANY):
        if NOT_SAID.search(text, c0, c1):
            continue
        clause = [t for t in toks if c0 <= t.start < c1 and content_word(t) and not m.start() <= t.start < m.end()]
        if any(same_word(t, w) for t in clause for words in only for w in words):
            yield "wrong_fact", m.start(), m.end()


@lru_cache(maxsize=64)
def _only(facts: str, lang: str) -> tuple[tuple[Token, ...], ...]:
    """The content words of each fact clause that says one is the only one (not denied)."""
    found = []
    for sentence, toks in sentences_in(facts, lang):
        for m, c0, c1 in stated(sentence, ONLY):
            clause = [t for t in toks if c0 <= t.start < c1]
            if not any(negates(t) for t in clause):  # 'you're not the only one asking' says no one is the only one
                found.append(tuple(t for t in clause if content_word(t) and not m.start() <= t.start < m.end()))
    return tuple(found)
