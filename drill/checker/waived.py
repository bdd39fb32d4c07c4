"""A requirement the facts waive, said as needed.

The facts and the good answers say what a customer need not bring or send: 'a refund at the shop
without a receipt', 'no plumber's report is needed first', 'rahat takaisin ilman kuittia',
'putkimiehen lausuntoa ei tarvita'. A shift worker going by habit asks for it anyway ('you'll
need a plumber's report before we can process anything', 'saat rahat takaisin kuittia vastaan',
'take it back with the receipt', 'kuitti pitää olla mukana', 'kuitilla saat rahat'): a rule the
drill says is not so. The waived thing is the word after 'without' or 'ilman', the words between
'no' and 'needed', or the words before 'ei tarvita'. A reply's word names it by its first letters;
a word of needing right before it ('need', 'tarvitaan') or after it ('kuittia vastaan', 'is
required') says it is needed. Where the reply's sentence speaks of getting one's money back
(lexicon 'returns'), more says so: a word of bringing, showing or having it with you a few words
before it ('bring your', 'with the', 'on presentation of', 'näytä', 'pitää olla') or after it
('must be shown', 'mukana', 'kanssa'), or the Finnish adessive ('kuitilla saat rahat'); and a
Finnish word names it by its base form too ('kuitin', 'ostokuitti'). Those words say nothing of
needing elsewhere ('log in with your online-bank credentials', 'salasanalla'), and some of what
the drills' texts are 'without' is a state, not a waiver ('ilman sijaisia'). Not needed: in a
clause that waives it too, asks, or sets a condition ('if you still have the receipt').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.lexicon import words
from drill.checker.words import ASKED, NEGATED, Token, clause_span, find, sentence_span, sentences_in

WAIVED = re.compile(
    r"\b(?:without|ilman)\s+(?!muuta\b)(?:a|an|the|any|your)?\s*([^\W\d_]+)"
    r"|\bno\s+((?:[^\W\d_]+(?:'s)?\s+){0,2}?[^\W\d_]+)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)"
    r"|\b([^\W\d_]+)\s+ei\s+(?:tarvita|vaadita)\b",
    re.IGNORECASE,
)
"""What the drill's texts say is not needed: 'without a receipt', 'no plumber's report is needed', 'kuittia ei tarvita'
(not the idiom 'ilman muuta', 'of course')."""
STEM = 5
"""A reply's word meets a waived one by this many first letters ('receipts', 'kuittia' and 'kuitti')."""
NEEDED_BEFORE = re.compile(r"\b(?:need|needs|needed|require|requires|required|must\s+(?:have|show|bring|send)|have\s+to\s+(?:have|show|bring|send)|"
                           r"tarvi\w*|vaadi\w*|vaaditaan|edellyt\w*)\b(?:\s+\S+){0,3}\s+$", re.IGNORECASE)
NEEDED_AFTER = re.compile(r"\s+(?:vastaan|tarvitaan|vaaditaan|(?:is|are)\s+(?:needed|required))\b", re.IGNORECASE)
"""A word of needing right before the thing ('need a plumber's report') or right after it ('kuittia vastaan')."""
BROUGHT_BEFORE = re.compile(
    r"\b(?:bring|take|show|present|hand\s+in|with|against|(?:up)?on\s+presentation\s+of|tartte\w*|näytä\w*|näyttä\w*|esitä\w*|esittä\w*|"
    r"ota|ottakaa|tuo|tuokaa|(?:pitää|pitäis|täytyy|tulee|on)\s+olla|oltava)\b(?:\s+(?!and\b|ja\b|or\b|tai\b)[^\s,;]+){0,3}\s+$", re.IGNORECASE)
BROUGHT_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:pakollinen|mukaan|mukana|kanssa|näyttämällä|esittämällä|(?:is|are)\s+(?:necessary|essential|a\s+must)|"
    r"(?:must|has\s+to|have\s+to)\s+be|with\s+you|along)\b", re.IGNORECASE)
"""Where the reply speaks of getting one's money back (lexicon 'returns'), a word of bringing,
showing or having it with you before the thing ('bring your receipt', 'with the receipt', 'näytä
kuitti') or after it ('the receipt must be shown', 'kuitti pitää olla mukana', 'kuitin kanssa')
says it is needed too; elsewhere these words say nothing of needing ('log in with your
online-bank credentials')."""
WITH_IT = "|ulkoolento|"
"""The Finnish adessive reading, 'with it' ('kuitilla saat rahat takaisin')."""
NOT_REQUIRED = re.compile(rf"\b(?:{NEGATED}|{ASKED}|et|ette|en|etkä|ettekä|enkä|älä|älkää|without|ilman|still|vielä|anyway|if you have|jos sinulla|"
                          r"optional|unnecessary|turha\w*|vapaaehto\w*)\b|n't\b", re.IGNORECASE)
"""A clause that waives it too, asks, or sets a condition ('if you still have it')."""


def waived(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each thing said needed that the drill's texts waive."""
    stems = _waived(ctx.facts)
    if not stems:
        return
    refunded = _refunded(ctx.facts, ctx.lang)
    returns = [a for a, _ in find(toks, words("returns", ctx.lang), ctx.lang)] if refunded else []
    for tok in toks:
        plain = len(tok.lower) >= STEM and tok.lower[:STEM] in stems
        if not (plain or _named(tok, refunded)):
            continue
        s0, s1 = sentence_span(text, tok.start)
        span = _needed(text, tok, NEEDED_BEFORE, NEEDED_AFTER) if plain else None
        if span is None and _named(tok, refunded) and any(s0 <= a < s1 for a in returns):
            span = (_needed(text, tok, NEEDED_BEFORE, NEEDED_AFTER) or _needed(text, tok, BROUGHT_BEFORE, BROUGHT_AFTER)
                    or ((tok.start, tok.end) if any(WITH_IT in f for f in tok.forms) else None))
        if span is None:
            continue
        c0, c1 = clause_span(text, tok.start, tok.end, s0, s1)
        if text[s1:s1 + 1] != "?" and not NOT_REQUIRED.search(text, c0, c1):
            yield "wrong_fact", *span


def _needed(text: str, tok: Token, before_: re.Pattern[str], after_: re.Pattern[str]) -> tuple[int, int] | None:
    """(start, end) of the thing and the word that says it is needed, before or after it."""
    before = before_.search(text, max(0, tok.start - 40), tok.start)
    after = after_.match(text, tok.end)
    return (before.start() if before else tok.start, after.end() if after else tok.end) if before or after else None


def _named(tok: Token, stems: frozenset[str]) -> bool:
    """Whether a word is a waived one by its first letters or, in Finnish, by a base form that is
    it or ends a compound with it ('kuitin', 'ostokuitti': consonant gradation and compounds)."""
    return len(tok.lower) >= STEM and (tok.lower[:STEM] in stems or any(s in f for f in tok.forms if f.isalpha() for s in stems))


@lru_cache(maxsize=64)
def _refunded(facts: str, lang: str) -> frozenset[str]:
    """The first letters of what the drill's texts waive for getting one's money back, in a
    sentence that speaks of it ('a refund at the shop without a receipt'); not what they are
    'without' as a state ('odottaa ilman tietoa', 'ilman sijaisia')."""
    return frozenset(stem for sentence, toks in sentences_in(facts, lang) if find(list(toks), words("returns", lang), lang)
                     for stem in _waived(sentence))


@lru_cache(maxsize=64)
def _waived(facts: str) -> frozenset[str]:
    """The first letters of each word the drill's texts say is not needed."""
    return frozenset(w.lower()[:STEM] for m in WAIVED.finditer(facts) for group in m.groups() if group
                     for w in re.findall(r"[^\W\d_]{5,}", group))
