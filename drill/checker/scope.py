"""How many are hit, played down.

A shift worker calming a wall says the trouble 'only hits a small group of app users', 'affects
only a small part of our customers', 'koskee vain muutamaa taloa', where the drill's facts give
the outage whole (the online bank and the app are down) or count those hit in thousands (about
17,000 households). Where no text the drill holds true (its facts, notes and good answers) plays
the number down itself, a reply's clause that names a few of those hit ('a small number of',
'a handful of', 'vain pientä osaa', 'muutamaa') beside a word of being hit ('affects', 'hits',
'having trouble', 'koskee', 'häiriö') contradicts them. Not: asked, a condition, or a few of a
time ('a few minutes').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.words import ASKED, NEGATED, sentence_span, stated

FEW = re.compile(
    r"\b(?:a small (?:group|number|part|share|fraction|minority|handful|percentage)|(?:only|just) a (?:few|handful)|a handful of|a minority of|"
    r"very few|pie\w* osa\w*|pien\w* joukko\w*|pien\w* ryhmä\w*|pien\w* määrä\w*|muutam\w*|harva|harvat|harvoja|harvaa|harvoilla|kouralli\w*)\b(?!\s+(?:min|hour|day|week|tun|päiv|viiko|sekun))",
    re.IGNORECASE,
)
"""A few of those hit ('a small group of app users', 'vain pientä osaa asiakkaista'); not of a time."""
HIT = re.compile(r"\b(?:affect\w*|hit|hits|impact\w*|having (?:trouble|problems|issues)|disrupt\w*|koske\w*|vaikutt\w*|häiriö\w*|ongelm\w*|"
                 r"vaikeuk\w*|vika\w*|katko\w*|ilman)\b", re.IGNORECASE)
NOT_SAID = re.compile(rf"\b(?:{ASKED}|{NEGATED})\b|n't\b", re.IGNORECASE)


def played_down(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says only a few were hit where the drill never does."""
    if _plays_down(ctx.facts):
        return
    for m, c0, c1 in stated(text, FEW):
        if HIT.search(text, c0, c1) and not NOT_SAID.search(text, c0, c1):
            yield "wrong_fact", m.start(), m.end()


@lru_cache(maxsize=64)
def _plays_down(facts: str) -> bool:
    """Whether the drill's true texts say themselves that only a few were hit."""
    for m in FEW.finditer(facts):
        s0, s1 = sentence_span(facts, m.start())
        if HIT.search(facts, s0, s1):
            return True
    return False
