"""The UI and the debrief speak English and Finnish: both catalogues have every key, and each
translation fills the same placeholders (a missing `{time}` would drop a fact; an extra one
would raise at run time)."""

from __future__ import annotations

import string

from drill.i18n import CATALOGUES


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_finnish_and_english_have_the_same_keys():
    assert set(CATALOGUES["fi"]) - set(CATALOGUES["en"]) == set()
    assert set(CATALOGUES["en"]) - set(CATALOGUES["fi"]) == set()


def test_each_translation_fills_the_same_placeholders():
    differ = {key: (fields(en), fields(CATALOGUES["fi"][key])) for key, en in CATALOGUES["en"].items()
              if key in CATALOGUES["fi"] and fields(en) != fields(CATALOGUES["fi"][key])}
    assert differ == {}
