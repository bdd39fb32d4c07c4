"""UI and report strings in English and Finnish, looked up by key.

One catalogue per language (en.py, fi.py) keeps translators in one place; `t()` falls back
to English, then to the key itself, so a missing string shows up plainly instead of crashing.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from typing import Any

from drill.i18n import en, fi

CATALOGUES: dict[str, dict[str, str]] = {"en": en.STRINGS, "fi": fi.STRINGS}
LANGS = tuple(CATALOGUES)


def t(key: str, lang: str = "en", /, **params: Any) -> str:
    """The string for a key in a language, with {params} filled in."""
    catalogue = CATALOGUES.get(lang)
    text = (catalogue.get(key) if catalogue is not None else None) or en.STRINGS.get(key) or key
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def translator(lang: str) -> Callable[..., str]:
    """`t` bound to one language: what a screen or a widget is handed to say things."""

    def say(key: str, /, **params: Any) -> str:
        return t(key, lang, **params)

    return say


def refusal(reason: str, params: dict[str, Any] | None, lang: str = "en") -> str:
    """Why the engine refused an action, in the reader's language (the engine gives a code
    and its parameters: `Outcome.reason`, `Outcome.params`, and the journal's action events)."""
    key = f"refused.{reason}"
    return t(key, lang, **(params or {})) if key in en.STRINGS else reason  # a journal from before the codes: its English text


def finding_message(check: str, detail: str, lang: str = "en") -> str:
    """A reply checker's finding in the reader's language, its detail ('code', 'deadline') in
    words too where the catalogue has them (an author's phrase for must_mention stays as is)."""
    key = f"check.detail.{detail}"
    said = t(f"check.{check}", lang, detail=t(key, lang) if detail and key in en.STRINGS else detail)
    if detail == "reader" and "{detail}" not in en.STRINGS[f"check.{check}"]:  # the second reader's: say so, or the trainee looks for a phrase
        said = f"{said.rstrip('.')} ({t(key, lang)})."
    return said


def default_lang() -> str:
    """fi when the user's locale is Finnish, else en (DRILL_LANG overrides)."""
    chosen = os.environ.get("DRILL_LANG")
    if chosen in CATALOGUES:
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fi" if value.lower().startswith("fi") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "fi" if code.lower().startswith("fi") else "en"
