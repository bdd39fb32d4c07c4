"""How the checker reduces words: Voikko's Finnish lemmas where Voikko is installed, Snowball
stems where it is not (words.py decides)."""

from __future__ import annotations

import sys

import pytest

from drill.checker import words
from drill.checker.words import backend, find, sentence_span, tokens


def _clear_caches() -> None:
    for cached in (words._voikko, words.forms, words.token_parts, words.entry, words.index):
        cached.cache_clear()


@pytest.fixture
def without_voikko(monkeypatch):
    """As on a machine with only `pip install -e .`: the libvoikko package does not import."""
    monkeypatch.setitem(sys.modules, "libvoikko", None)
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


@pytest.mark.skipif(backend("fi") != "voikko", reason="Voikko is not installed here (Debian's libvoikko1 and voikko-fi, "
                                                      "and the libvoikko package); the checker uses Snowball stems")
def test_voikko_matches_an_inflected_form_by_its_lemma_where_snowball_does_not():
    said = tokens("Ymmärsimme viestisi, ja hyvitämme laskun.", "fi")
    assert find(said, ("ymmärtää",), "fi") == [(0, 10)]
    assert find(said, ("hyvittää",), "fi") == [(24, 33)]
    # a word written inflected in a lexicon stands for that form only: 'olisit' (you would have) is not 'olemme'
    assert find(tokens("Olemme pahoillamme.", "fi"), ("olisit",), "fi") == []


def test_without_voikko_the_snowball_stems_are_used(without_voikko):
    assert backend("fi") == "snowball"
    said = tokens("Ymmärsimme viestisi, ja hyvitämme laskun.", "fi")
    assert said[0].forms == frozenset({"ymmärs"})  # Snowball's stem: it cannot join 'ymmärsimme' to 'ymmärtää'
    assert find(said, ("ymmärtää",), "fi") == []
    assert find(tokens("Pahoittelemme viivettä.", "fi"), ("pahoittel-",), "fi") == [(0, 13)]


def test_english_is_always_stemmed_by_snowball():
    assert backend("en") == "snowball"
    assert find(tokens("We apologised and refunded it.", "en"), ("refund",), "en") == [(18, 26)]


def test_the_dot_of_a_web_address_ends_no_sentence_before_the_word_after_it():
    text = "Katso tilanne kiitolinja.fi/live ja tule sitten asemalle. Kiitos!"
    at = text.index("fi/live")
    assert sentence_span(text, at) == (0, text.index(". Kiitos"))
    assert sentence_span(text, text.index("Kiitos")) == (text.index(" Kiitos"), len(text) - 1)


def test_one_of_matches_as_the_words_joined_longest_first():
    """The factored pattern finds what the plain alternation (longest first) finds, in any case,
    where the words share beginnings ('kaksi', 'kaksitoista', 'kahden') or are whole phrases."""
    import random
    import re

    listed = ["kaksi", "kaksitoista", "kaksikymmentä", "kahden", "kolme", "a few hundred", "a hundred thousand", "one", "on", "o"]
    rng = random.Random(5)
    pieces = [*listed, "KAKSI", "kaksit", "a few", "hundred", "one-off", " ", " ", ", ", "ä"]
    for after in (r"\b", ""):  # with nothing after it, which word wins is the alternation's order
        plain = re.compile(r"\b(" + "|".join(sorted(listed, key=len, reverse=True)) + ")" + after, re.IGNORECASE)
        factored = re.compile(r"\b(" + words.one_of(listed) + ")" + after, re.IGNORECASE)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert words.one_of(["kaksi", "kaksitoista", "kahden"]) == "ka(?:ksi(?:toista)?|hden)"
