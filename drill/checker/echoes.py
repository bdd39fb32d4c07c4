"""Echoes: a reply that says what the drill's own wrong answers say.

The author of a drill writes, beside the good answers to an item, the bad ones a shift worker
under pressure gives, and tags those that deny what happened or guess ('deny', 'speculate'):
'our restaurants are always staffed according to plan' where two of four were off sick,
'several of us can update our page' where one person can, 'only small traces from the
production line' where the cause is unknown. What such a clause claims beyond the drill's
facts and items is the wrong fact the author had in mind; a reply that says it again, in any
words, says the same wrong fact ('ravintolamme miehitetään aina suunnitelman mukaan').

A bad answer's clause is read for the words it adds to what the drill holds true (the facts,
the good answers, the items): a clause that adds fewer than two words to them claims nothing
new ('Paula is the only admin', 'ATMs work normally in the meantime'), and a plan, a wish or a
courtesy claims no fact. A reply's clause echoes a claim when it shares most of its content
words (three at least), a new one among them, with the same polarity (a denial echoes a
denial, an assertion an assertion). Not an echo: the clause asked, hedged, promised or set as a
condition ('the filter may have caught it'), or someone else's claim. A rumour's denial is
right, so on a rumour only the guesses are read. Only the item's own answers are read: another
item's wrong answers, read against every reply, found more true sentences than wrong ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.denials import content_word, negates, same_word
from drill.checker.words import STEM, Token, clauses, sentence_span, sentences_in, tokens
from drill.scenario.types import text_in

WRONG_TAGS = frozenset({"deny", "speculate"})
"""The tags an author gives an answer that says what is not so."""
NOT_SAID = re.compile(
    r"\b(?:if|whether|unless|jos|mikäli|onko|may|might|could|would|perhaps|maybe|possibly|probably|likely|seems?|looks like|i think|guess|"
    r"ehkä|mahdollisesti|todennäköisesti|luultavasti|varmaan|kai|saattaa|saattavat|voi olla|näyttää|vaikuttaa|taitaa|"
    r"sounds like|kuulostaa|rumou?r\w*|huhu\w*|claim\w*|väit\w*|says|sanoo|kuulemma|apparently|will|shall|aion|aiomme)\b|'ll\b",
    re.IGNORECASE,
)
"""A reply's clause that does not say a thing as so: a condition, a hedge, a question, a report."""
NOT_A_CLAIM = re.compile(
    r"\b(?:will|would|could|should|shall|let's|let|please|thanks?|thank|sorry|apologi\w*|understand|hope|worry|wish|"
    r"kiitos|kiitti|pahoittel\w*|anteeksi|ymmärr\w*|ymmärtä\w*|toivo\w*|huoli\w*|hätä\w*|voisi\w*|pitäisi|kannattaa|älä|älkää)\b|'ll\b|'d\b",
    re.IGNORECASE,
)
"""A wrong answer's clause that claims no fact: a plan, a wish, a request, courtesy."""
SHARE, MIN_SHARED = 0.6, 3
"""The part of a wrong clause's content words a reply's clause must share, and at least how many."""
NEW_WORDS = 2
"""How many words a wrong clause must add to the drill's true texts: one new word is often only
another way to say a true thing ('in the meantime', 'pysyy ennallaan')."""


def echoes(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that says again what a denying or guessing
    answer to this item says beyond the drill's true texts."""
    inject = ctx.inject
    if inject is None:
        return
    tags = WRONG_TAGS - {"deny"} if inject.crisis_type == "rumour" else WRONG_TAGS  # a rumour's denial is right
    answers = tuple(text_in(o.text, ctx.lang) for o in inject.options if (o.value or 0) < 0 and tags & set(o.tags))
    wrong = _wrong_clauses(answers, ctx.facts, ctx.seen, ctx.lang)
    if not wrong:
        return
    for c0, c1 in clauses(text):
        if text[sentence_span(text, c0)[1]:][:1] == "?" or NOT_SAID.search(text, c0, c1):
            continue
        clause = [t for t in toks if c0 <= t.start < c1]
        words = [t for t in clause if content_word(t)]
        denied = any(negates(t) for t in clause)
        for said, new, negative in wrong:
            if negative != denied:
                continue
            shared = [w for w in said if any(same_word(w, t) for t in words)]
            if len(shared) >= max(MIN_SHARED, SHARE * len(said)) and any(w in shared for w in new):
                yield "wrong_fact", words[0].start, words[-1].end
                break


@lru_cache(maxsize=256)
def _wrong_clauses(answers: tuple[str, ...], facts: str, seen: str, lang: str) -> tuple[tuple[tuple[Token, ...], tuple[Token, ...], bool], ...]:
    """(content words, the words among them the drill's true texts never use, denied) of each
    clause of the wrong answers that claims something new."""
    known = _known(facts, lang) | _known(seen, lang)  # each text's sentences are read once per drill, by the other rules too
    found = []
    for answer in answers:
        toks = tokens(answer, lang)
        for c0, c1 in clauses(answer):
            clause = [t for t in toks if c0 <= t.start < c1]
            words = tuple(t for t in clause if content_word(t))
            new = tuple(t for t in words if not (_bases(t) & known))
            if len(new) >= NEW_WORDS and not NOT_A_CLAIM.search(answer, c0, c1):
                found.append((words, new, any(negates(t) for t in clause)))
    return tuple(found)


def _bases(tok: Token) -> frozenset[str]:
    return frozenset(f for f in tok.forms if "|" not in f and not f.startswith(STEM)) | {tok.lower}


@lru_cache(maxsize=64)
def _known(true: str, lang: str) -> frozenset[str]:
    """The base forms of every word in the drill's true texts."""
    return frozenset(f for _, toks in sentences_in(true, lang) for t in toks for f in _bases(t))
