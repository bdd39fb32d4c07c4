"""How a reply speaks: acknowledgement, apology, thanks, and the anti-patterns of DOMAIN.md
(curt, blaming the customer, defensive, boilerplate, shouting); whether a move to another
channel says why; whether an escalation note is a situation report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drill.checker.context import CODE
from drill.checker.lexicon import words
from drill.checker.words import Token, find, sentence_span

SIGNALS = ("acknowledges", "apologises", "thanks", "curt", "blame", "defensive", "boilerplate")
GREETING = re.compile(r"^\s*(hei|moi|moikka|terve|hyvää|hi|hello|hey|dear|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
SHOUT = re.compile(r"!{2,}|\b[A-ZÅÄÖ]{2,}\b(?:[\s,]+\b[A-ZÅÄÖ]{2,}\b)+|\b[A-ZÅÄÖ]{4,}\b(?!:)")
"""Repeated "!!", capitals for several words in a row, or one long word in capitals (not a heading: "UPDATE:")."""
CURT_MAX_WORDS = 8
"""A reply this short with no greeting, thanks, apology, acknowledgement or emoji reads as curt."""
EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
EMOJI_ALONE = 3
"""'ok 👍' is a brush-off with a thumb: an emoji softens a reply only beside more words than this."""


def shouting(text: str, public: str) -> list[tuple[int, int]]:
    """Spans in capitals or '!!!': codes and the organisation's own acronyms (in its public
    texts: 'FINE', 'IPTV') are not shouting."""
    found = []
    for m in SHOUT.finditer(text):
        said = [w for w in re.split(r"[\s,]+", m.group()) if w]
        if m.group().startswith("!") or not all(CODE.fullmatch(w) or re.search(rf"\b{re.escape(w)}\b", public) for w in said):
            found.append((m.start(), m.end()))
    return found


def tone(text: str, toks: list[Token], lang: str, public: bool, informs: bool) -> Iterator[tuple[str, int, int]]:
    """(check, start, end) for each tone signal found (informs: the reply gives a fact right).

    'She posted her details herself' blames the customer in front of everyone when it is said
    in public; in a note to a colleague it is what happened, a reason for a decision. 'You
    should have heard from us' is what the customer was owed: our fault, not theirs."""
    found: dict[str, list[tuple[int, int]]] = {name: find(toks, words(name, lang), lang) for name in SIGNALS}
    if public:
        found["blame"] = sorted(found["blame"] + find(toks, words("own_doing", lang), lang))
    found["blame"] = sorted(found["blame"] + lectures(text, toks, lang))
    owed = find(toks, words("owed", lang), lang)  # 'you should have heard from us sooner' faults us, not the customer
    found["blame"] = [(a, b) for a, b in found["blame"] if not any(o < b and a < e for o, e in owed)]
    found["curt"] = [(a, b) for a, b in found["curt"] if not _reported(text, a)]
    warm = found["acknowledges"] or found["apologises"] or found["thanks"]
    for a, b in find(toks, words("no_comment", lang), lang):  # 'no comment' shuts the door, unless said warmly with its reason
        start, end = sentence_span(text, a)
        if not (warm and find([t for t in toks if start <= t.start < end], words("because", lang), lang)):
            found["curt"].append((a, b))
    if not found["curt"] and not warm and not GREETING.match(text):
        offers = find(toks, words("offer", lang), lang)  # 'laita yksärillä niin katsotaan': short, but a hand held out
        warm_emoji = EMOJI.search(text) and len(toks) > EMOJI_ALONE  # a smiley softens a sentence, it does not make one
        brusque = len(toks) <= CURT_MAX_WORDS and not warm_emoji and not offers
        # a reply that argues its case is defensive, one that gives the facts helps, rather than a brush-off
        rebuke = found["blame"] and not found["defensive"] and not informs
        if brusque or rebuke:
            found["curt"] = [(0, len(text.rstrip()))]  # cold all through: no warmth to soften a rebuke or a one-liner
    for name in SIGNALS:
        for start, end in found[name]:
            yield name, start, end


REPORTED = re.compile(r"\b(?:sano|väitt|väit|kirjoit|said|say|claim|wrote|told)\w*,?\s+(?:että|that)\s+(?:\S+\s+){0,3}$|[\"“”„«»][^\"“”„«»]*$",
                      re.IGNORECASE)
"""What someone said, quoted or reported ('we never said that complaining is pointless'): not our words now."""


def _reported(text: str, at: int) -> bool:
    start, _ = sentence_span(text, at)
    return bool(REPORTED.search(text[start:at]))


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


OURS = frozenset({"we", "we've", "we'd", "we're", "we'll", "i", "i've", "i'd", "i'm", "i'll", "it", "it's", "they", "he", "she", "this", "that", "our", "my", "meidän",
                  "minun", "mun", "meiän", "me", "minä", "mä"})
"""Who else may be the one who should have: 'we should have checked' faults us, 'the fix should' is a forecast."""
NEGATIONS = frozenset({"ei", "eikä", "en", "et", "emme", "ette", "eivät", "not", "never", "shouldn't"})
OPENERS = frozenset({"maybe", "just", "perhaps", "so", "then", "try", "next", "time", "to", "please", "ehkä", "vaikka", "niin", "ja"})
"""Words that may come before an imperative at the start of a clause ('maybe wear a warmer coat')."""
CLAUSE_MARK = re.compile(r"[,;:–—(]")


def lectures(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Lecturing the customer on what they should do or should have done: an obligation laid on
    them with a verb of diligence (read, check, plan, hankkia, varautua), said as a counterfactual
    ('you should have read', 'olisi kannattanut lukea', 'kannattais hankkia') or with a note of
    reproach (carefully, first, every, the terms; tarkemmin, ensin, etukäteen), or a diligence
    imperative with reproach ('read the terms', 'dress for it', 'lue ehdot tarkemmin'); and
    pointing at what the rules said ('as stated in the terms', 'ohjeissa lukee selvästi').
    Spans of words the lexicon matches by lemma, so inflected and spoken forms meet."""
    spans = {kind: find(toks, words(kind, lang), lang) for kind in ("rules_said", "must_have", "must", "diligence", "reproach")}
    found = list(spans["rules_said"])
    for a, b in spans["diligence"]:
        s0, s1 = sentence_span(text, a)
        inside = {kind: [x for x in v if s0 <= x[0] < s1 and (x[0], x[1]) != (a, b)] for kind, v in spans.items()}
        reproach = [x for x in inside["reproach"] if not (x[0] < b and a < x[1])]
        counter = [x for x in inside["must_have"] if x[0] < a and _customer_must(toks, s0, x[0], lang)]
        must = [x for x in inside["must"] if x[0] < a and _customer_must(toks, s0, x[0], lang)]
        told = lang == "en" or _infinitive(toks, a)  # 'kannattaa lukea', not 'pitää vääränä, tarkistetaan'
        if (told and (counter or (must and reproach))) or (reproach and _imperative(text, toks, a, s0, lang)):
            found.append(((counter or must or [(a, b)])[0][0], b))
    if lang == "en":  # 'you should have …' whatever the verb (what we owed them is taken out by the caller)
        found += [x for x in spans["must_have"] if text[x[0]:x[1]].lower().startswith("should") and _said_by_customer(toks, x[0])]
    return found


def _infinitive(toks: list[Token], at: int) -> bool:
    tok = next(t for t in toks if t.start == at)
    return any("A-infinitive" in f for f in tok.forms)


def _said_by_customer(toks: list[Token], at: int) -> bool:
    """Whether the word at `at` has a customer as its subject right before it ('you should have',
    'people really should have'), not a thing ('a notice should have been')."""
    before = [t.lower for t in toks if t.end <= at][-3:]
    while before and before[-1] in ("really", "just", "probably", "all", "honestly", "simply"):
        before.pop()
    return bool(before) and before[-1] in words("lecture_subject", "en")


def _customer_must(toks: list[Token], start: int, at: int, lang: str) -> bool:
    """Whether the obligation at `at` falls on the customer: in English the last subject before it
    is theirs ('you', 'parents'); in Finnish it is not ours ('meidän olisi pitänyt')."""
    before = [t.lower for t in toks if start <= t.start < at]
    if before and before[-1] in NEGATIONS:  # 'kenenkään ei pitäisi odottaa': no one should have to, a sympathy
        return False
    if lang != "en":
        return not any(w in OURS for w in before)
    subjects = set(words("lecture_subject", lang))
    last = next((w for w in reversed(before) if w in subjects or w in OURS), None)
    return last is not None and last in subjects


def _imperative(text: str, toks: list[Token], at: int, start: int, lang: str) -> bool:
    """Whether the verb at `at` is said as an order: in Finnish a second-person form ('lue', 'luit',
    'lukekaa'); in English the first word of a clause, after at most an opener ('maybe wear')."""
    tok = next(t for t in toks if t.start == at)
    if lang != "en":
        return any(f.count("|") > 4 and f.split("|")[4] == "2" for f in tok.forms)
    before = [t for t in toks if start <= t.start < at]
    i = len(before)
    while i > 0 and before[i - 1].lower in OPENERS:
        i -= 1
    head = before[i].start if i < len(before) else at
    return i == 0 or bool(CLAUSE_MARK.search(text, before[i - 1].end, head))
