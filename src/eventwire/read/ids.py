"""Stable article ids: the same article read twice gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """NFC-normalize ``text`` and collapse every run of whitespace to one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str, url: str | None = None) -> str:
    """The id of an article that brings none: 16 hex digits of SHA-1 over URL and text.

    Whitespace and Unicode composition differences do not change the id, so the
    same report read from a text file, a feed and a crawl (with the same URL)
    is recognized as one article.
    """
    digest = hashlib.sha1()
    digest.update((url or "").strip().encode("utf-8"))
    digest.update(b"\n")
    digest.update(normalize_text(text).encode("utf-8"))
    return digest.hexdigest()[:16]
