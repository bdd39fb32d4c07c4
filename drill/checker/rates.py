"""Sums by the month or the year, read against the facts' sums for the same one.

The facts give what a rise costs someone in a year ('family of four: about €99 a year'); a
shift worker answering a family works it out by the month and gets it wrong ('about €2–3 a
month', 'noin 99 € kuukaudessa'), or gives another household's sum. A reply's sum with its
period ('kuussa', 'a month', 'vuodessa', 'a year') is turned into a year's and read against the
facts' sums of a known period whose clause names the same one (a content word shared: 'family',
'perheelle'; where the clause names no one, what its sentence says before it, back to the sum
before: 'For a family of four using 180 m³ a year, the change works out at €99 a month'): none of
them near it is a wrong fact; a range ('2–3 € kuussa') is near where any of it is, and a sum as
near as its rounding ('reilut 2 € kuussa' for €28 a year). The facts' sum takes its period from its
sentence ('for a family of four (about 180 m³) about €99' after '… €55 a year'); a sentence that
gives both periods ('about €8 a month (€99 a year)') is read for neither. Only the
organisation's own texts are read, not the good answers: these work sums out by the month for
one household after another, and a shared word ('rise', 'korotus') would tie a reply's sum to
another household's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.figures import figures, topic
from drill.checker.words import clause_span, sentence_span

MONTH = re.compile(r"\W{0,3}(?:(?:a|per|each|every|/)\s*month\b|monthly\b|/\s?kk\b|kk\b|kuussa\b|kuukaudessa\b|kuukausittain\b|kuukaudelta\b)",
                   re.IGNORECASE)
YEAR = re.compile(r"\W{0,3}(?:(?:a|per|each|every|/)\s*year\b|annually\b|yearly\b|vuodessa\b|vuosittain\b|vuodelta\b)", re.IGNORECASE)
PERIOD_WORDS = (re.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b|\bkuussa\b|\bkuukaudessa\b|\bkuukausittain\b", re.IGNORECASE),
                re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannually\b|\bvuodessa\b|\bvuosittain\b", re.IGNORECASE))
"""A month's and a year's words anywhere in a fact's sentence (its period, where it says only one)."""
CLAUSE = re.compile(r"[,;]|\b(?:and|but|ja|mutta|eli|or|tai)\b", re.IGNORECASE)
PERIOD_TOPIC = frozenset({"month", "kuuka", "kuuss", "vuode", "year", "vuosi", "annua", "euroa", "euros", "euroo"})
"""Words of the period and the currency: they name no one a sum is for."""
NEAR = 0.15
"""How far from a year's sum in the facts a reply's may be and still be that sum (both are 'about')."""
MONTHS = 12
ROUNDING = 0.5
"""A sum is written rounded to its last digit: '2 € a month' is anything from €1.50 to €2.50 of one."""
RANGE_FROM = re.compile(r"(\d+(?:[.,]\d+)?)\s?[–-]\s?$")
"""The low end of a range a sum ends ('2–3 €'): the sum is any of it."""


def rates(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each sum by the month or year that the facts give
    otherwise for the same one."""
    given = _yearly(ctx.public)
    if not given:
        return
    last = 0  # where the sum before ends: what a sentence names before a sum is said of it ('for two people about €55')
    for kind, value, start, end in figures(text):
        if kind != "money" or not isinstance(value, float):
            continue
        before, last = last, end
        per = MONTHS if MONTH.match(text, end) else 1 if YEAR.match(text, end) else 0
        if not per:
            continue
        said = _clause_topic(text, start, end)
        if not any(said & about for _, about in given):  # 'For a family of four …, the change works out at €99 a month'
            said = topic(text[max(sentence_span(text, start)[0], before):start]) - PERIOD_TOPIC
        same = [v for v, about in given if said & about]
        low = RANGE_FROM.search(text, 0, start)
        least = float(low.group(1).replace(",", ".")) if low else value  # 'noin 2–3 € kuussa': the range from 2
        rounded = ROUNDING * per * (1 if value == int(value) else 0.1)  # 'reilut 2 € kuussa' for €28 a year
        if same and not any(least * per - max(NEAR * v, rounded) <= v <= value * per + max(NEAR * v, rounded) for v in same):
            yield "wrong_fact", start, end


def _clause_topic(text: str, start: int, end: int) -> frozenset[str]:
    c0, c1 = clause_span(text, start, end, *sentence_span(text, start), marks=CLAUSE)
    return topic(text[c0:start] + " " + text[end:c1]) - PERIOD_TOPIC  # not the sum's own words ('kahdeksan')


@lru_cache(maxsize=64)
def _yearly(facts: str) -> tuple[tuple[float, frozenset[str]], ...]:
    """(a year's sum, the topic of its clause) of each sum in the facts whose sentence gives one period."""
    found = []
    for kind, value, start, end in figures(facts):
        if kind != "money" or not isinstance(value, float):
            continue
        sentence = facts[slice(*sentence_span(facts, start))]
        month, year = (bool(p.search(sentence)) for p in PERIOD_WORDS)
        if month != year:
            found.append((value * (MONTHS if month else 1), _clause_topic(facts, start, end)))
    return tuple(found)
