"""A requirement the facts waive, said as needed.

The facts and the good answers say what a customer need not bring or send: 'a refund at the shop
without a receipt', 'no plumber's report is needed first', 'rahat takaisin ilman kuittia',
'putkimiehen lausuntoa ei tarvita'. A shift worker going by habit asks for it anyway ('you'll
need a plumber's report before we can process anything', 'saat rahat takaisin kuittia vastaan'):
a rule the drill says is not so. The waived thing is the word after 'without' or 'ilman', the
words between 'no' and 'needed', or the words before 'ei tarvita'; a reply that names it (by its
first letters) right after a word of needing ('need a plumber's report', 'tarvitaan kuitti') or
right before one ('kuittia vastaan', 'a receipt is required'), in a clause not denied, asked or
set as a condition ('if you still have the receipt'), says it is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.words import ASKED, NEGATED, clause_span, sentence_span

WAIVED = re.compile(
    r"\b(?:without|ilman)\s+(?:a|an|the|any|your)?\s*([^\W\d_]+)"
    r"|\bno\s+((?:[^\W\d_]+(?:'s)?\s+){0,2}?[^\W\d_]+)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)"
    r"|\b([^\W\d_]+)\s+ei\s+(?:tarvita|vaadita)\b",
    re.IGNORECASE,
)
"""What the drill's texts say is not needed: 'without a receipt', 'no plumber's report is needed', 'kuittia ei tarvita'."""
STEM = 5
"""A reply's word meets a waived one by this many first letters ('receipts', 'kuittia' and 'kuitti')."""
NEEDED_BEFORE = re.compile(r"\b(?:need|needs|needed|require|requires|required|must\s+(?:have|show|bring|send)|have\s+to\s+(?:have|show|bring|send)|"
                           r"tarvi\w*|vaadi\w*|vaaditaan|edellyt\w*)\b(?:\s+\S+){0,3}\s+$", re.IGNORECASE)
NEEDED_AFTER = re.compile(r"\s+(?:vastaan|tarvitaan|vaaditaan|(?:is|are)\s+(?:needed|required))\b", re.IGNORECASE)
"""A word of needing right before the thing ('need a plumber's report') or right after it ('kuittia vastaan')."""
NOT_REQUIRED = re.compile(rf"\b(?:{NEGATED}|{ASKED}|et|ette|en|etkä|ettekä|enkä|without|ilman|still|vielä|anyway|if you have|jos sinulla)\b|n't\b", re.IGNORECASE)
"""A clause that waives it too, asks, or sets a condition ('if you still have it')."""


def waived(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each thing said needed that the drill's texts waive."""
    stems = _waived(ctx.facts)
    if not stems:
        return
    for m in re.finditer(r"[^\W\d_]{5,}", text):
        if m.group().lower()[:STEM] not in stems:
            continue
        before = NEEDED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = NEEDED_AFTER.match(text, m.end())
        if not (before or after):
            continue
        s0, s1 = sentence_span(text, m.start())
        c0, c1 = clause_span(text, m.start(), m.end(), s0, s1)
        if text[s1:s1 + 1] != "?" and not NOT_REQUIRED.search(text, c0, c1):
            yield "wrong_fact", before.start() if before else m.start(), after.end() if after else m.end()


@lru_cache(maxsize=64)
def _waived(facts: str) -> frozenset[str]:
    """The first letters of each word the drill's texts say is not needed."""
    return frozenset(w.lower()[:STEM] for m in WAIVED.finditer(facts) for group in m.groups() if group
                     for w in re.findall(r"[^\W\d_]{5,}", group))
