"""Name keys shared by the gazetteer index and the text matcher.

Two keys per name:

* :func:`name_key` folds case, diacritics, apostrophes and hyphens
  ("Al-Fallujah" -> "al fallujah", "Zürich" -> "zurich").
* :func:`skeleton` also drops the Arabic article (leading, or inside the name in any
  assimilated form: "al-Sham" = "ash Sham") and evens out common transliteration
  variants (-ah/-a, ou/u, ei/ay/ai, ee/i, q/k, dzh/dj/j, Somali "Ceel"/"El", doubled letters,
  spaces), so "Falluja" and "Al Fallūjah", "Tikreet" and "Tikrit" share a key.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’‘`´ʻʼʿʾ′\u02bf\u02be"
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "þ": "th"})
_DROP = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
_NON_WORD = re.compile(r"[^a-z0-9 ]")
_ARTICLE = re.compile(r"^(?:al|el|ul|as|ash|ad|ar|at|az|an|ath|adh)\s+(?=\S)")
_DOUBLE = re.compile(r"([a-z])\1+")
# the Arabic article inside a name, assimilated or not ("Busra al-Sham" = "Busra ash Sham")
_MEDIAL_ARTICLE = re.compile(r"(?<=\S) (?:al|el|ul|as|ash|ad|ar|at|az|an|ath|adh|ed|es|esh|ech|er|et|ez|en) (?=\S)")
_SOMALI_CEEL = re.compile(r"\bceel(?= )")  # Somali orthography: "Ceel Buur" = "El Bur"
_VARIANTS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "ay"),
    ("ey", "ay"),
    ("ai", "ay"),
    ("aa", "a"),
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("iya", "ia"),
    ("dh", "d"),
    ("kh", "k"),
    ("gh", "g"),
)


def fold(text: str) -> str:
    """Lowercase ASCII-ish form: diacritics removed, ligatures expanded."""
    text = text.lower().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """Exact-match key: folded, no apostrophes or dots, separators as single spaces."""
    text = _DROP.sub("", fold(text)).replace(".", "")
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    words = text.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):  # initialisms: "U. S." -> "us"
        return "".join(words)
    return " ".join(words)


def skeleton(text: str) -> str:
    """Loose key for transliteration variants (see module docstring)."""
    key = _ARTICLE.sub("", _SOMALI_CEEL.sub("el", name_key(text)))
    key = _MEDIAL_ARTICLE.sub(" ", key)
    for old, new in _VARIANTS:
        key = key.replace(old, new)
    key = key.replace(" ", "")
    key = _DOUBLE.sub(r"\1", key)
    if key.endswith("ah") or key.endswith("eh"):
        key = key[:-1]
    return key


def is_latin(text: str) -> bool:
    """True when the name folds to ASCII letters (the matcher works on Latin script)."""
    folded = _DROP.sub("", fold(text))
    return bool(folded) and all(ord(ch) < 128 for ch in folded) and any(ch.isalpha() for ch in folded)
