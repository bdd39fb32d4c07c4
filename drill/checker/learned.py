"""A second reader, learned from labelled replies, for the checks whose wording varies most.

The rules (fault.py, commitments.py, tone.py) read the phrasings they were written for. Blind
corpora showed what that leaves: people on shift blame politely ("as the terms you accepted
say", "jatkossa kannattaa…"), promise inside reassurance, and brush a customer off in words no
list holds. A logistic model over a reply's words, word pairs and letter sequences, fitted on the
labelled corpus (`tests/data/replies/tuning-*.jsonl`) by `python -m drill.checker.train`, reads
those by resemblance. It only adds: where a rule already found the check it says nothing, and it
speaks only above a threshold the trainer chose on replies each fold had not seen, so that the
rules and the model together keep their precision.

It reads wording, not facts, so it is used only for checks that are about wording (`LEARNED`):
a wrong fact or a personal detail depends on the scenario and stays with the rules. The letter
sequences carry Finnish inflection without a lemmatiser, so the same text gives the same
features with or without Voikko. The weights are package data (`learned.json`), read once like
a module; nothing else is read or written.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

LEARNED = ("curt", "blame", "promise")
"""The checks the model reads; each has its own weights and threshold."""

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
NGRAMS = (3, 5)
"""Letter sequences of 3 to 5 within a word (its edges marked): enough for Finnish endings."""


def features(text: str, route: str, lang: str) -> list[str]:
    """The reply as the model sees it, in a fixed order: words, word pairs, letter sequences,
    route and language. Digits are one digit: '16.30' and '17.45' are the same kind of time."""
    words = _WORD.findall(_DIGIT.sub("0", text.lower()))
    out = dict.fromkeys(f"w:{w}" for w in words)
    out.update(dict.fromkeys(f"b:{a} {b}" for a, b in pairwise(words)))
    low, high = NGRAMS
    for word in words:
        padded = f" {word} "
        out.update(dict.fromkeys(f"c:{padded[i:i + n]}" for n in range(low, high + 1) for i in range(len(padded) - n + 1)))
    out[f"r:{route}"] = None
    out[f"l:{lang}"] = None
    return list(out)


@dataclass(frozen=True)
class Reader:
    """One check's weights: the log-odds of a reply carrying it, from its features."""

    bias: float
    threshold: float
    weights: dict[str, float]

    def probability(self, feats: list[str]) -> float:
        """Features count 1/√n each (a long reply is not more of anything for being long)."""
        if not feats:
            return 0.0
        total = math.fsum(self.weights.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return 1.0 / (1.0 + math.exp(-(self.bias + total)))


@cache
def readers() -> dict[str, Reader]:
    """The fitted weights, read once from the package (an empty dict where no model is shipped)."""
    source = resources.files("drill.checker").joinpath("learned.json")
    if not source.is_file():
        return {}
    data = json.loads(source.read_text(encoding="utf-8"))
    return {check: Reader(spec["bias"], spec["threshold"], spec["weights"]) for check, spec in data["checks"].items()}


def learned_findings(text: str, route: str, lang: str, already: frozenset[str], allowed: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The checks the model finds that no rule found, each marked on the sentence that weighs
    most towards it (the whole text where it has one sentence)."""
    feats = features(text, route, lang)
    out = []
    for check, reader in readers().items():
        if check in already or check not in allowed or reader.probability(feats) < reader.threshold:
            continue
        out.append((check, *_heaviest_sentence(text, route, lang, reader)))
    return out


def _heaviest_sentence(text: str, route: str, lang: str, reader: Reader) -> tuple[int, int]:
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    if len(spans) <= 1:
        return 0, len(text)

    def weight(span: tuple[int, int]) -> float:
        return math.fsum(reader.weights.get(f, 0.0) for f in features(text[span[0]:span[1]], route, lang))

    start, end = max(spans, key=weight)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
