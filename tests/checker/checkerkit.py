"""What the checker's rule tests share: a reply reviewed on a bundled drill (each drill loaded
once), the text of each finding of a check, and the mark for Finnish cases that need Voikko."""

from __future__ import annotations

from functools import cache

import pytest

from drill.checker import Review, check_reply
from drill.checker.words import backend
from drill.library import find as find_scenario
from drill.scenario import model as m
from drill.scenario.load import load

voikko = pytest.mark.skipif(backend("fi") != "voikko", reason="Voikko (libvoikko1 + voikko-fi) is not installed")
"""Finnish cases that need Voikko's readings (conditional, spoken forms, compounds); the rest run on Snowball too."""


@cache
def drill(name: str) -> m.Scenario:
    return load(find_scenario(name)).scenario


def review(scenario: str, inject: str, text: str, lang: str, route: str = "public") -> Review:
    """The rules' reading alone: each test pins down one rule (the second reader, which weighs
    them all with the reply's words, has its own tests in test_reader.py)."""
    return check_reply(drill(scenario), inject, route, text, lang, second_reader=False)


def spans(result: Review, check: str) -> list[str]:
    return [result.text[f.start:f.end] for f in result.findings if f.check == check]
