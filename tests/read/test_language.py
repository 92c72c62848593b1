"""The cheap language check never turns real English news away."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.read import detect_language
from eventwire.read.language import normalize_language

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.parametrize("corpus", ["LGL", "GeoVirus"])
def test_english_news_corpora_are_detected_as_english(corpus):
    folder = DATA / "geo" / "eupeg" / "corpora" / corpus
    if not folder.exists():
        pytest.skip(f"shared data not found: {folder}")
    files = sorted(folder.iterdir())[:200]
    languages = [detect_language(f.read_text(encoding="utf-8", errors="replace")) for f in files]
    rejected = [f.name for f, lang in zip(files, languages) if lang not in ("en", None)]
    assert not rejected
    assert languages.count("en") >= 0.9 * len(files)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Die Polizei hat am Montag in der Stadt mehrere Demonstranten festgenommen, wie ein Sprecher sagte.", "de"),
        ("La policía detuvo el lunes a varios manifestantes en la capital, según un portavoz del gobierno.", "es"),
        ("Полиция задержала в понедельник несколько участников акции протеста в центре города.", "ru"),
        ("Police detained several protesters in the capital on Monday, a government spokesman said.", "en"),
        ("Kabul, Kandahar, Herat.", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_normalize_language():
    assert normalize_language("en-US") == normalize_language("EN_gb") == "en"
    assert normalize_language("") is None
