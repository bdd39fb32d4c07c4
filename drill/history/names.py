"""One trainee, however the name was typed: the key a name is stored and looked up under.

"aino ", "Aino" and "AINO" are one trainee; the name as typed is kept beside the key for
display. Unicode is composed first (NFC), so an "ä" typed as a + combining diaeresis is the
same letter; then spaces are collapsed and the case folded (casefold, so "ß" meets "ss").
The keyed pseudonyms of an anonymised cohort report are made from this key, so they do not
change with the spelling either.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata


def name_key(name: str) -> str:
    """'  Aino   Mäkinen ' → 'aino mäkinen'."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def pseudonym(key: str, secret: bytes) -> str:
    """A stable pseudonym for a trainee key under a secret: 'trainee-3f9a1c' (HMAC-SHA256, so
    nobody without the secret can check a guessed name against it)."""
    return "trainee-" + hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()[:8]
