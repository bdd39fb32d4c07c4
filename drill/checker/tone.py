"""How a reply speaks: acknowledgement, apology, thanks, and the anti-patterns of DOMAIN.md
(curt, blaming the customer, defensive, boilerplate, shouting); whether a move to another
channel says why; whether an escalation note is a situation report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drill.checker.context import CODE
from drill.checker.lexicon import words
from drill.checker.words import Token, find

SIGNALS = ("acknowledges", "apologises", "thanks", "curt", "blame", "defensive", "boilerplate")
VOCATIVE = re.compile(r"^\s*@?[A-ZÅÄÖ][\w-]+,")
"""A reply that opens with the person's name ('Hanna, …') addresses them: not a bare one-liner."""
GREETING = re.compile(r"^\s*(hei|moi|moikka|terve|hyvää|hi|hello|hey|dear|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
SHOUT = re.compile(r"!{2,}|\b[A-ZÅÄÖ]{3,}\b(?:[\s,]+\b[A-ZÅÄÖ]{3,}\b)+")
CURT_MAX_WORDS = 5
"""A reply this short with no greeting, thanks, apology or acknowledgement reads as curt."""


def tone(text: str, toks: list[Token], lang: str) -> Iterator[tuple[str, int, int]]:
    """(check, start, end) for each tone signal found."""
    found: dict[str, list[tuple[int, int]]] = {name: find(toks, words(name, lang), lang) for name in SIGNALS}
    warm = found["acknowledges"] or found["apologises"] or found["thanks"]
    shouting = [(m.start(), m.end()) for m in SHOUT.finditer(text)
                if not all(CODE.fullmatch(word) for word in m.group().replace(",", " ").split() if word.isalnum())]
    if not found["curt"] and not warm:
        if (found["blame"] or shouting) or (len(toks) <= CURT_MAX_WORDS and not GREETING.match(text) and not VOCATIVE.match(text)):
            found["curt"] = [(0, len(text.rstrip()))]  # cold all through: no warmth to soften a rebuke or a one-liner
    for name in SIGNALS:
        for start, end in found[name]:
            yield name, start, end
    for start, end in shouting:
        yield "shouting", start, end


def moves_without_reason(toks: list[Token], lang: str, redirecting: bool) -> tuple[int, int] | None:
    """The span that moves the case to another channel when no reason is given (None: fine)."""
    moves = find(toks, words("moves", lang), lang)
    if not moves and not redirecting:
        return None
    if find(toks, words("reason", lang), lang):
        return None
    if moves:
        return moves[0]
    return (toks[0].start, toks[-1].end) if toks else (0, 0)


def sitrep_missing(toks: list[Token], lang: str) -> bool:
    """An escalation note is a situation report when it says enough of: how big it is, what
    has been done, what is needed (two of the three, in at least eight words)."""
    parts = sum(bool(find(toks, words(kind, lang), lang)) for kind in ("size", "done", "needed"))
    parts += any(t.text.isdigit() for t in toks) and not find(toks, words("size", lang), lang)
    return len(toks) < 8 or parts < 2
