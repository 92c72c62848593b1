"""A cheap language check: is this text English?

eventwire codes English reports only. The check counts very common function
words of a few languages among the first words of the text and looks at the
writing system; it is meant to catch a French or Arabic report sent by mistake,
not to identify languages in general.
"""

from __future__ import annotations

import re
import unicodedata

#: Very frequent function words. A word listed for two languages counts for both.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is was that for on with as by at from were are have has "
        "had it its he she they their said says been which who after not be this".split()
    ),
    "fr": frozenset(
        "le la les des du de et un une est dans pour que qui sur pas par au aux ont "
        "sont été il elle ils avec selon cette".split()
    ),
    "es": frozenset(
        "el la los las de del y en un una que por con para es fue se al sus según "
        "han ha como pero más este".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem des ein eine auf für von zu im sich "
        "wurde sind nach bei auch wie".split()
    ),
    "pt": frozenset(
        "o os a as de do da dos das e em um uma que para com não por foi ao pelo "
        "pela segundo mais são".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della e un una che per con non è sono nel alla dalla "
        "secondo anche stato".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te met voor zijn niet aan door ook werd "
        "volgens bij naar".split()
    ),
}

#: Writing systems that settle the question on their own (first word of the
#: Unicode character name -> ISO 639-1 code of the most likely language).
SCRIPTS = {
    "ARABIC": "ar",
    "CYRILLIC": "ru",
    "HEBREW": "he",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "GREEK": "el",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "ETHIOPIC": "am",
    "BENGALI": "bn",
    "TAMIL": "ta",
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Fewer words than this and the text is too short to judge.
MIN_WORDS = 8
#: Letters looked at / words looked at: the start of the text is enough.
SAMPLE_CHARS = 4000


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code (``en``, ``fr``, ``ar``, ...) or ``None`` when unsure.

    ``None`` means "too short or no clear signal"; callers treat it as possibly
    English. Non-Latin scripts return the script's most likely language.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    non_latin: dict[str, int] = {}
    for ch in letters:
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0]
        if script in SCRIPTS:
            non_latin[script] = non_latin.get(script, 0) + 1
    if non_latin:
        script, count = max(non_latin.items(), key=lambda item: item[1])
        if count > len(letters) / 2:
            return SCRIPTS[script]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < max(2, len(words) * 0.05):
        return None
    if best != "en" and scores["en"] >= scores[best] * 0.8:
        return "en"
    return best


def normalize_language(code: str | None) -> str | None:
    """``en-US`` / ``EN`` / ``en_gb`` -> ``en``; empty -> ``None``."""
    if not code:
        return None
    code = str(code).strip().lower().replace("_", "-").split("-", 1)[0]
    return code or None
