"""Words as the checker matches them: tokens with their place in the text, and stems.

Finnish is inflected ("pahoittelemme", "pahoittelut", "pahoitteluni"), so a lexicon entry
matches by stem, not by spelling: Snowball's Finnish and English stemmers (pure Python,
offline) reduce both the entry and the reply's words, and an entry ending in '-' matches any
word that starts with it (for compounds: "varauskoodi-" matches "varauskoodisi"). Phrases of
several words are matched word by word in order, each word by stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    stem: str
    start: int
    end: int


@cache
def _stemmer(lang: str):
    return snowballstemmer.stemmer("finnish" if lang == "fi" else "english")


@cache
def stem(word: str, lang: str) -> str:
    return _stemmer(lang).stemWord(word.lower())


def tokens(text: str, lang: str) -> list[Token]:
    return [Token(m.group(), m.group().lower(), stem(m.group(), lang), m.start(), m.end()) for m in WORD.finditer(text)]


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: words to match in order (stem or prefix each)."""

    words: tuple[tuple[str, bool], ...]
    """(stem or prefix, is_prefix) per word."""


@cache
def entry(phrase: str, lang: str) -> Entry:
    parts = []
    for word in phrase.lower().split():
        prefix = word.endswith("-")
        word = word.rstrip("-")
        parts.append((word if prefix else stem(word, lang), prefix))
    return Entry(tuple(parts))


def _hit(token: Token, part: tuple[str, bool]) -> bool:
    word, prefix = part
    return token.lower.startswith(word) if prefix else (token.stem == word or token.lower == word)


@dataclass(frozen=True)
class Index:
    """A lexicon ready to match: entries by their first word's stem, and the ones whose first
    word is a prefix (few) apart. Built once per lexicon and language."""

    exact: dict[str, tuple[Entry, ...]]
    prefixed: tuple[Entry, ...]


@cache
def index(phrases: tuple[str, ...], lang: str) -> Index:
    exact: dict[str, list[Entry]] = {}
    prefixed = []
    for phrase in phrases:
        e = entry(phrase, lang)
        if not e.words:
            continue
        if e.words[0][1]:
            prefixed.append(e)
        else:
            exact.setdefault(e.words[0][0], []).append(e)
    return Index({k: tuple(v) for k, v in exact.items()}, tuple(prefixed))


def find(toks: list[Token], phrases: tuple[str, ...], lang: str) -> list[tuple[int, int]]:
    """Spans (start, end) in the text where any phrase occurs."""
    idx = index(phrases, lang)
    found = set()
    for i, tok in enumerate(toks):
        candidates = idx.exact.get(tok.stem, ()) + (idx.exact.get(tok.lower, ()) if tok.lower != tok.stem else ())
        candidates += tuple(e for e in idx.prefixed if tok.lower.startswith(e.words[0][0]))
        for e in candidates:
            n = len(e.words)
            if i + n <= len(toks) and all(_hit(toks[i + k], e.words[k]) for k in range(1, n)):
                found.add((tok.start, toks[i + n - 1].end))
    return sorted(found)
