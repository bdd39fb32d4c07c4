"""Test-wise cues: what in an option's wording gives the right answer away without reading.

Item-writing research (Haladyna, Downing & Rodriguez 2002) names the cues that let a
test-wise player win blind: a label that grades itself ("Warm but vague", "Vähättele"), and
the best answer being the longest. `drill lint` warns on both (D413, D414), so a drill teaches
judgement, not the reading of cues. The word lists are the documented list the format guide
points to; a stem matches the start of a word, so Finnish inflections match too ("tyly"
matches "tylysti").
"""

from __future__ import annotations

import re
from functools import cache

SELF_GRADING: dict[str, tuple[str, ...]] = {
    "en": (
        "vague", "play it down", "play down", "downplay", "deny", "denial", "guess", "speculat", "curt",
        "defensive", "blame", "boilerplate", "canned", "sarcas", "dismissive", "stall", "evasive", "evade",
        "dodge", "overpromis", "over-promis", "promise too much", "empty promise", "rude", "cold", "weak",
        "wrong", "bad", "poor", "best", "ideal", "cover up", "cover-up", "passive-aggressive", "robotic",
        "lazy", "brush off", "brush-off", "excuse", "patronis", "patroniz", "condescend", "lecture",
        "snap at", "mistake", "risky", "careless", "hasty", "overreact", "panic", "too much", "too little",
        "too late", "too early", "unprofessional", "arrogant", "smug", "hollow", "generic", "pushy",
    ),
    "fi": (
        "vähättel", "kiistä", "kiellä", "arvail", "arvaa", "spekuloi", "ympäripyöre", "tyly", "puolustel",
        "puolustautu", "syyllistä", "vakiofraas", "fraasi", "lupaa liikaa", "ylilupa", "tyhjä lupaus",
        "väistel", "vältel", "jahkail", "viivyttel", "epämääräi", "kylmä", "ylimielis", "huono", "paras",
        "virhe", "sarkas", "ivall", "nuiv", "passiivis-aggressiivi", "robottimai", "saarna", "läksyt",
        "tyrmää", "hätäi", "paniikki", "liikaa", "liian", "ammattimaton", "töksähtäv", "ontto", "mitäänsanomat",
        "kaavamai", "laiska", "huolima", "riskialtti", "peittel",
    ),
}
"""Words and phrases that judge an option instead of describing it, per language."""

LONGEST_MARGIN = 1.25
"""The best option is 'the longest by a wide margin' when it is this many times longer than
every other option of its choice point, in some language."""


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = SELF_GRADING.get(lang)
    if not words:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w.strip()) for w in words) + ")", re.IGNORECASE)


def self_grading(label: str, lang: str) -> str | None:
    """The first word in a label that grades the option, or None. Languages without a list
    (anything but fi and en) are not checked."""
    pattern = _pattern(lang)
    found = pattern.search(label) if pattern else None
    return found.group(1).lower() if found else None


def longest_by_margin(lengths: list[int], best: int) -> bool:
    """Whether the option at index `best` is longer than each other one by LONGEST_MARGIN."""
    others = [n for i, n in enumerate(lengths) if i != best]
    return bool(others) and lengths[best] >= LONGEST_MARGIN * max(others)
