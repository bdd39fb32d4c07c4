"""Words as the checker matches them: tokens with their place in the text, and base forms.

Finnish is inflected ("pahoittelemme", "pahoittelut", "hyvitämme"), so a lexicon entry
matches by base form, not by spelling: both the entry and the reply's words are reduced, and
an entry ending in '-' matches any word that starts with it (for compounds: "varauskoodi-"
matches "varauskoodisi"). Phrases of several words are matched word by word in order.

This module alone decides how a word is reduced. Finnish words go to Voikko's morphological
analyser (its base forms, every reading of an ambiguous word) where Debian's `libvoikko1` and
`voikko-fi` are installed and the `libvoikko` package imports: a lemma joins forms a suffix
stripper cannot ("ymmärsimme" and "ymmärtää", "hyvitämme" and "hyvittää"). A word Voikko does
not know (slang, typos: "yksäri", "kiitti") and every word where Voikko is absent fall back to
Snowball's stemmer (pure Python, offline), so a plain `pip install -e .` still checks replies.
English is always stemmed by Snowball. Either way the same text gives the same forms.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import snowballstemmer

from drill.checker.lexicon import COMMON_WORDS

WORD = re.compile(r"[^\W_]+(?:[-'’&][^\W_]+)*", re.UNICODE)


class Token(NamedTuple):
    """A word of a text, where it stands and what it is: made for every word of every reply, so
    a tuple (made in C), not a dataclass."""

    text: str
    lower: str
    forms: frozenset[str]
    """Its base forms and readings (Voikko) or its Snowball stem (see forms())."""
    keys: frozenset[str]
    """Its forms and its lower-case spelling: what a lexicon's exact word meets (one set test)."""
    tail: str
    """The last part of a hyphenated compound ('eu-korvauksen' → 'korvauksen'), the word itself
    where there is no hyphen, '' after a negating head ('non-refundable'): what a prefix meets."""
    start: int
    end: int


@cache
def _stemmer(lang: str):
    return snowballstemmer.stemmer("finnish" if lang == "fi" else "english")


@cache
def _voikko() -> Any | None:
    """Voikko's Finnish analyser, or None where the package, its C library or the dictionary is missing."""
    try:
        import libvoikko
    except ImportError:
        return None
    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException):  # no libvoikko.so.1, or no voikko-fi dictionary
        return None


_VOIKKO_LOCK = threading.Lock()
"""A Voikko handle is not safe to share between threads (the TUI and the server check replies too)."""


def backend(lang: str) -> str:
    """'voikko' or 'snowball': what reduces this language's words here."""
    return "voikko" if lang == "fi" and _voikko() is not None else "snowball"


FEATURES = ("CLASS", "SIJAMUOTO", "NUMBER", "PERSON", "MOOD", "TENSE", "NEGATIVE", "PARTICIPLE", "POSSESSIVE", "COMPARISON")
"""What makes an inflected form that form: case, number, person, mood, tense (not the clitics)."""


@cache
def forms(word: str, lang: str) -> frozenset[str]:
    """A word's base forms and its readings (a base form with its case, person, mood…) where
    Voikko knows the Finnish word, else its Snowball stem."""
    low = word.lower()
    analyser = _voikko() if lang == "fi" else None
    if analyser is not None:
        found = _analysed(low)
        if found:
            lemmas = {a["BASEFORM"].lower() for a in found} | {h for a in found if (h := _head(a))}
            loans = {STEM + lemma[:-cut] for lemma in lemmas for cut in (1, 2) if len(lemma) - cut >= LOAN_MIN}
            return frozenset(lemmas | {_reading(a) for a in found} | loans)
    return frozenset((_stemmer(lang).stemWord(low),))


@cache
def verb_bases(word: str, lang: str) -> frozenset[str]:
    """The verbs a Finnish word is a form of, participles included ('antanut', 'annoimme' → 'antaa';
    Voikko reads a participle as an adjective of its own, its verb only in WORDBASES). Empty where
    Voikko is absent or the word is no verb."""
    if lang != "fi" or _voikko() is None:
        return frozenset()
    found = _analysed(word.lower())
    verbs = {a["BASEFORM"].lower() for a in found if a.get("CLASS") == "teonsana"}
    return frozenset(verbs | {m.group(2).lower() for a in found if a.get("PARTICIPLE") for m in [COMPOUND_PART.search(a.get("WORDBASES", ""))] if m})


SPOKEN = {"ois": "olisi", "oisit": "olisit", "oisitte": "olisitte", "oisin": "olisin"}
"""Spoken conditionals that do not end in -is ('ois pitäny'); the rest are found by adding the -i."""
SPOKEN_PARTICIPLE = ("nu", "ny", "lu", "ly", "ru", "ry", "su", "sy")
"""Spoken past participles drop the written -t ('poistanu', 'pitäny', 'ollu', 'menny'): found by adding it."""


def _analysed(low: str) -> list[dict[str, str]]:
    """Voikko's readings of a Finnish word, or of the written form of a spoken one: a
    conditional less its -i ('kannattais', 'pitäis', 'ois'), a past participle less its -t
    ('poistanu', 'pitäny', 'ollu'), a translative less its -i ('puheeks', 'valmiiks', 'anteeks')."""
    analyser = _voikko()
    assert analyser is not None
    with _VOIKKO_LOCK:
        found = [a for a in analyser.analyze(low) if a.get("BASEFORM")]
        if found:
            return found
        spoken = SPOKEN.get(low, low + "i" if low.endswith("is") else "")
        found = [a for a in analyser.analyze(spoken) if a.get("BASEFORM") and a.get("MOOD") == "conditional"] if spoken else []
        if not found and len(low) > 3 and low.endswith(SPOKEN_PARTICIPLE):
            found = [a for a in analyser.analyze(low + "t") if a.get("BASEFORM") and a.get("PARTICIPLE") == "past_active"]
        if not found and low.endswith("ks"):
            found = [a for a in analyser.analyze(low + "i") if a.get("BASEFORM") and (a.get("SIJAMUOTO") == "tulento" or a.get("CLASS") == "seikkasana")]
    return found

def first_name(word: str) -> bool:
    """Whether Voikko reads a word only as a first name, however it is cased: phone typing writes
    names in lower case ('pekka, soitetaan sulle'), and a capital cannot tell them then. A word with
    another reading too ('sari', a garment) is not taken for one; without Voikko, nothing is."""
    if _voikko() is None:
        return False
    found = _analysed(word.lower())
    return bool(found) and all(a.get("CLASS") == "etunimi" for a in found)


STEM, LOAN_MIN = "~", 4
"""A base form Voikko gives, less its last one or two letters, marked: a lexicon word Voikko
does not know (a loan like "chat", at least four letters) meets the inflections of the
Finnished word Voikko does know ("chattiin", base form "chatti")."""


COMPOUND_PART = re.compile(r"\+([^+(]*)\(([^)]*)\)")


def _head(analysis: dict[str, str]) -> str:
    """The head of a compound, what the thing is ('matkaehto' → 'ehto', 'asiakaspalvelu' →
    'palvelu'): so 'kuten … ehto' meets 'kuten matkaehdoissa'. Empty for a simple word."""
    parts = COMPOUND_PART.findall(analysis.get("WORDBASES", ""))
    roots = [i for i, (_, base) in enumerate(parts) if not base.startswith("+")]
    if len(roots) < 2:
        return ""
    return analysis["BASEFORM"].lower()[sum(len(surface) for surface, _ in parts[:roots[-1]]):].lstrip("-")  # 'EU-korvaus' → 'korvaus'


def names_another_thing(toks: list[Token], at: int, phrases: tuple[str, ...]) -> bool:
    """Whether the word at `at` meets a prefix entry ('palkka-', 'korvau-') only in the modifier of
    a compound whose head comes after it ('palkkapäivänä', 'korvaushakemuksesi'): a payday is a
    day, a claim form a form, whatever the first part says. Voikko's readings only."""
    tok = next(t for t in toks if t.start == at)
    prefix = next((p.rstrip("-") for p in phrases if p.endswith("-") and tok.lower.startswith(p.rstrip("-"))), "")
    bases = {f.split("|", 1)[0] for f in tok.forms if "|" in f}
    heads = {f for f in tok.forms if "|" not in f and not f.startswith(STEM)} - bases
    return bool(prefix) and any(b.endswith(h) and len(prefix) <= len(b) - len(h) for b in bases for h in heads)


def _reading(analysis: dict[str, str]) -> str:
    return "|".join([analysis["BASEFORM"].lower(), *(analysis.get(f, "") for f in FEATURES)])


def readings(tok: Token) -> tuple[tuple[str, ...], ...]:
    """Voikko's readings of a word, each split into its base form and FEATURES (none where
    Voikko does not know the word, or is not installed)."""
    return split_readings(tok.forms)


def may_be_imperative(tok: Token) -> bool:
    """A Finnish verb that may be an imperative ('lähetä' is also the negative's verb)."""
    return any(r[5] == "imperative" for r in readings(tok))


def asks_of_you(tok: Token) -> bool:
    """A Finnish verb that asks something of the one spoken to: an imperative ('soita', 'laittakaa')
    or a second person ('soitathan', 'voit', 'laittaisitko')."""
    return any(r[5] == "imperative" or (r[4] == "2" and r[5]) for r in readings(tok))


@lru_cache(maxsize=16384)
def split_readings(found: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The readings among a word's forms (see forms()), each split into its fields."""
    return tuple(tuple(f.split("|")) for f in found if f.count("|") == len(FEATURES))


def _wanted(word: str, lang: str) -> frozenset[str]:
    """What a lexicon word matches: written in its base form ("pahoitella"), every inflection
    of it; written inflected ("olisit", "lukekaa"), that form only (the same reading), since
    the form is the point (a conditional 'you would have', an imperative)."""
    found = forms(word, lang)
    if not any("|" in f for f in found):  # Voikko does not know it (or is absent): its stem, however Voikko reads the reply
        return found | {word} | ({STEM + word} if len(word) >= LOAN_MIN else set())
    if word in found:
        return found | {word}
    return frozenset(f for f in found if "|" in f) | {word}


FACT_SENTENCE_END = re.compile(r"(?<!\d\.\d)(?<!\d\.\d\d)[.!?](?=\s|$)|\n")
"""Where a sentence of a drill's own text ends: not at a date's full stop ('ti 2.12. klo 18'), but
after a clock time or a year ('since 18:40. The mobile network works.', 'voimaan 1.1.2027. Perusmaksu…')."""


@lru_cache(maxsize=64)
def sentences_in(text: str, lang: str) -> tuple[tuple[str, tuple[Token, ...]], ...]:
    """The sentences of a drill's text (its facts, its items) written in `lang`, each with its
    tokens, read once per drill and language. A bilingual drill's facts hold both languages; a
    reply is read against the sentences in its own, and words are never analysed in the other's."""
    found = []
    start = 0
    for end in [m.start() for m in FACT_SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if sentence.strip() and language_of(sentence, lang) == lang:
            found.append((sentence, tuple(tokens(sentence, lang))))
        start = end + 1
    return tuple(found)


def language_of(text: str, default: str) -> str:
    """The language a reply is written in, 'fi' or 'en', by its common words (and Finnish
    letters); `default` where the text does not tell ('Noted.'). A trainee may answer an
    English comment in English under a Finnish screen, and each language is read by its own
    word forms."""
    votes = dict.fromkeys(COMMON_WORDS, 0)
    for match in WORD.finditer(text.lower()):
        word = match.group()
        for lang, common in COMMON_WORDS.items():
            votes[lang] += word in common
        votes["fi"] += "ä" in word or "ö" in word
    ranked = sorted(votes.values(), reverse=True)
    return max(votes, key=votes.__getitem__) if ranked[0] > ranked[1] else default


def tokens(text: str, lang: str) -> list[Token]:
    return [Token(m.group(), *token_parts(m.group(), lang), m.start(), m.end()) for m in WORD.finditer(text)]


@cache
def token_parts(word: str, lang: str) -> tuple[str, frozenset[str], frozenset[str], str]:
    """A token's lower case, forms, keys and tail (see Token), worked out once per word: `find`
    asks them of every token for every lexicon."""
    low, found = word.lower(), forms(word, lang)
    head, _, tail = low.rpartition("-")
    return low, found, found | {low}, "" if head in NEGATING_HEADS else tail


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: words to match in order (stem or prefix each)."""

    words: tuple[tuple[frozenset[str], bool], ...]
    """(base forms, or the prefix alone, and is_prefix) per word."""


GAP_WORDS = 3
"""What `…` in a lexicon phrase stands for: up to this many other words ('lue … tarkemmin'
meets 'lue päivitykset tarkemmin'), so an inflected object or an adverb does not hide a phrase."""
GAP: tuple[frozenset[str], bool] = (frozenset({"…"}), False)


@cache
def entry(phrase: str, lang: str) -> Entry:
    parts = []
    for word in phrase.lower().split():
        if word == "…":
            parts.append(GAP)
            continue
        prefix = word.endswith("-")
        word = word.rstrip("-")
        parts.append((frozenset((word,)) if prefix else _wanted(word, lang), prefix))
    return Entry(tuple(parts))


NEGATING_HEADS = frozenset({"non", "ei", "anti"})
"""'non-refundable' is no refund."""


def _hit(token: Token, part: tuple[frozenset[str], bool]) -> bool:
    word, prefix = part
    if prefix:
        return token.tail.startswith(next(iter(word))) or token.lower.startswith(next(iter(word)))
    return not token.keys.isdisjoint(word)


def own_word(token: Token, phrases: tuple[str, ...], lang: str) -> bool:
    """Whether a token is one of the phrases' own words, not one a '…' took in ('Staffing at
    Hervanta was adequate': 'at Hervanta was' is what the state is said of)."""
    return any(_hit(token, part) for part in _parts(phrases, lang))


@cache
def _parts(phrases: tuple[str, ...], lang: str) -> frozenset[tuple[frozenset[str], bool]]:
    return frozenset(part for phrase in phrases for part in entry(phrase, lang).words if part != GAP)


@dataclass(frozen=True)
class Index:
    """A lexicon ready to match: entries by each base form (and spelling) of their first word,
    and the ones whose first word is a prefix (few) apart. Built once per lexicon and language."""

    exact: dict[str, tuple[Entry, ...]]
    prefixed: tuple[tuple[str, Entry], ...]
    """(prefix, entry) for entries whose first word is a prefix."""
    keys: frozenset[str]
    """The keys of `exact`: a token meets the lexicon only through one of them (a set test in C)."""
    prefixes: tuple[str, ...]
    """Every prefix in `prefixed`, for one str.startswith test per token."""


@cache
def index(phrases: tuple[str, ...], lang: str) -> Index:
    exact: dict[str, list[Entry]] = {}
    prefixed = []
    for phrase in phrases:
        e = entry(phrase, lang)
        if not e.words:
            continue
        if e.words[0][1]:
            prefixed.append((next(iter(e.words[0][0])), e))
        else:
            for form in e.words[0][0]:
                exact.setdefault(form, []).append(e)
    return Index({k: tuple(v) for k, v in exact.items()}, tuple(prefixed), frozenset(exact), tuple(p for p, _ in prefixed))


def find(toks: list[Token], phrases: tuple[str, ...], lang: str) -> list[tuple[int, int]]:
    """Spans (start, end) in the text where any phrase occurs."""
    idx = index(phrases, lang)
    keys, prefixes = idx.keys, idx.prefixes
    found = set()
    for i, tok in enumerate(toks):  # the common case, a word that starts no phrase, costs a set test
        prefixed = bool(prefixes) and (tok.lower.startswith(prefixes) or tok.tail.startswith(prefixes))
        if keys.isdisjoint(tok.keys) and not prefixed:
            continue
        candidates = {e for form in keys.intersection(tok.keys) for e in idx.exact[form]}
        if prefixed:
            candidates.update(e for prefix, e in idx.prefixed if _hit(tok, (frozenset((prefix,)), True)))
        for e in candidates:
            last = _rest(toks, i + 1, e.words[1:])
            if last is not None:
                found.add((tok.start, toks[last].end))
    return sorted(found)


def _rest(toks: list[Token], i: int, parts: tuple[tuple[frozenset[str], bool], ...]) -> int | None:
    """The index of the last token when `parts` match from token i on (a gap: 0 to GAP_WORDS
    tokens), else None."""
    if not parts:
        return i - 1
    if parts[0] == GAP:
        return next((last for skip in range(GAP_WORDS + 1) if (last := _rest(toks, i + skip, parts[1:])) is not None), None)
    if i < len(toks) and _hit(toks[i], parts[0]):
        return _rest(toks, i + 1, parts[1:])
    return None


EMOJI_CHARS = "\u2600-\u27bf\U0001f300-\U0001faff"
"""The emoji blocks, for a character class: a smiley ends a clause, and before a capital a sentence."""
SENTENCE_END = re.compile(rf"(?:(?<![\s(][a-zäöå])\.|[!?])(?=\s|$)|\n|[{EMOJI_CHARS}]\ufe0f?(?=\s+[A-ZÅÄÖ])")
"""A full stop, '!' or '?' before a space or the end, or a new line: not the dot of a web address
('kiitolinja.fi/live'), a time ('klo 8.30'), a date ('2.12.') or a one-letter abbreviation ('n. 180
m³', 'noin'). In the brand voice an emoji before a capital stands for the full stop ('We haven't
deleted a thing 😊 Could you check…?'): the denial is not part of the question that follows."""


def one_of(words: Iterable[str]) -> str:
    """A pattern for any of these words, the longest that fits first, factored by the letters they
    start with ('kaksi', 'kaksitoista', 'kahden' → 'ka(?:ksi(?:toista)?|hden)'): the same matches
    as the words joined by '|' longest first (the words that fit at one place are prefixes of one
    another), several times faster to try at every word of a reply."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def grown(node: dict) -> str:
        branches = [re.escape(ch) + grown(rest) for ch, rest in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return grown(tree)


@lru_cache(maxsize=4096)
def literal(said: str, before: str = r"\b", after: str = "") -> re.Pattern[str]:
    """`said` as it is written, as a pattern (from a word's start, by default), compiled once: the
    rules look the same words up in every sentence of the facts, reply after reply."""
    return re.compile(rf"{before}{re.escape(said)}{after}")


def sentence_span(text: str, at: int, ends_at: re.Pattern[str] = SENTENCE_END) -> tuple[int, int]:
    """(start, end) of the sentence around a place in the text: the last sentence end before
    `at`, and the first after it (the text's ends found once, then binary searches: it is asked
    for every word). `ends_at` is what ends a sentence (figures.py reads the facts' own way)."""
    starts, ends = _sentence_ends(ends_at, text)
    k = bisect_right(ends, at)
    j = bisect_left(starts, at)
    if j and ends[j - 1] > at:  # inside an end of two characters ('.' and a new line): read from here
        end = ends_at.search(text, at)
        return ends[k - 1] if k else 0, end.start() if end else len(text)
    return ends[k - 1] if k else 0, starts[j] if j < len(starts) else len(text)


@lru_cache(maxsize=256)
def _sentence_ends(ends_at: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    found = list(ends_at.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


NEGATED = r"not|no|never|isn't|aren't|ei|eikä|eivät|emme"
"""Words that deny a clause, for an alternation ('not free', 'ei maksutta'; "n't" is its own pattern)."""
ASKED = r"if|whether|jos|mikäli|onko"
"""Words that make a clause a condition or a question ('if it's free', 'onko se maksuton')."""
EMOJI = re.compile(f"[{EMOJI_CHARS}]")
CLAUSE_MARK = re.compile(rf"[,;:–—(){EMOJI_CHARS}]|\b(?:but|and|so|because|which|mutta|ja|joten|koska|eli|sillä)\b",
                         re.IGNORECASE)
"""Where a clause ends inside a sentence: a comma, a dash, a bracket, an emoji, a conjunction (not
'vaan', which spoken Finnish says for 'vain', only: 'koskee vaan pientä osaa')."""


def stated(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each match of `pattern` outside a question, with the (start, end) of its clause: where the
    checks of claims said as so (only a few hit, several of us, no one harmed, free of charge)
    read what else that clause says."""
    for m in pattern.finditer(text):
        s0, s1 = sentence_span(text, m.start())
        if text[s1:s1 + 1] != "?":
            yield m, *clause_span(text, m.start(), m.end(), s0, s1)


def clause_span(text: str, start: int, end: int, s0: int = 0, s1: int | None = None, marks: re.Pattern[str] = CLAUSE_MARK) -> tuple[int, int]:
    """(start, end) of the clause around text[start:end], within text[s0:s1] (a sentence); a check
    that must not split at a time's colon ('19:00') or must split at 'kun' passes its own marks."""
    s1 = len(text) if s1 is None else s1
    c0 = max((c.end() for c in marks.finditer(text, s0, start)), default=s0)
    after = marks.search(text, end, s1)
    return c0, after.start() if after else s1


CLAUSE_OR_SENTENCE_END = re.compile(r"[.!?\n]|" + CLAUSE_MARK.pattern, re.IGNORECASE)


@lru_cache(maxsize=1024)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause: split at sentence ends and at `CLAUSE_MARK`. Kept per text:
    a reply's clauses are read by several rules."""
    found, start = [], 0
    for m in CLAUSE_OR_SENTENCE_END.finditer(text):
        if m.start() > start:
            found.append((start, m.start()))
        start = m.end()
    if start < len(text):
        found.append((start, len(text)))
    return tuple(found)
