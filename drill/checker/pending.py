"""Pending: an outcome said as settled before the decision the facts time.

The facts may say a thing is decided later, at a time ('Friday's flights are decided after the
conciliation, around 07:15', 'perjantaista päätetään noin klo 7.15'). A shift worker who answers an
item that comes before that time and says the outcome as settled ('Friday is flying as normal',
'perjantai on käytännössä peruttu') states what nobody knows yet. The thing pending is the day the
fact sentence names; a reply's clause that names that day with an outcome (lexicon.SETTLED), not
denied, hedged, promised or set as a condition (states.NOT_SAID), says it. Items that come by a
trigger, and updates answering no item, may come after the decision: they are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.figures import figures
from drill.checker.lexicon import PENDING, SETTLED
from drill.checker.states import NOT_SAID, state_clause
from drill.checker.words import find, sentence_span, sentences_in


def pending(text: str, toks: list, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says settled the outcome of a day the facts
    say is decided after the item comes."""
    if ctx.inject is None or ctx.inject.at is None:
        return
    came = ctx.scenario.clock.starts + timedelta(seconds=ctx.inject.at)
    days = frozenset(day for day, (hour, minute) in _pending(ctx.facts, ctx.lang) if came < _next(ctx.scenario.clock.starts, hour, minute))
    if not days:
        return
    for a, b in find(toks, SETTLED[ctx.lang], ctx.lang):
        c0, c1 = state_clause(text, a, b)
        if text[sentence_span(text, a)[1]:][:1] == "?" or NOT_SAID.search(text[c0:a] + " " + text[b:c1]):
            continue
        if any(kind == "weekday" and value in days for kind, value, _, _ in figures(text[c0:c1])):
            yield "wrong_fact", a, b


def _next(start: datetime, hour: int, minute: int) -> datetime:
    """The first time of day (hour, minute) at or after the drill's start."""
    at = start.replace(hour=hour, minute=minute)
    return at if at >= start else at + timedelta(days=1)


@lru_cache(maxsize=64)
def _pending(facts: str, lang: str) -> frozenset[tuple[float, tuple[int, int]]]:
    """(day, the time of day it is decided) of each fact sentence that says a day is decided later."""
    found: set[tuple[float, tuple[int, int]]] = set()
    for sentence, toks in sentences_in(facts, lang):
        if not find(list(toks), PENDING[lang], lang):
            continue
        said = list(figures(sentence))
        clocks = [value for kind, value, _, _ in said if kind == "clock" and isinstance(value, tuple)]
        found |= {(value, (clocks[0][0], clocks[0][1])) for kind, value, _, _ in said if kind == "weekday" and clocks and isinstance(value, float)}
    return frozenset(found)
