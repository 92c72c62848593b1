"""Turning what a reader found into an :class:`Article`, with the checks every format shares."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..records import Article
from .dates import normalize_date
from .ids import article_id
from .language import detect_language, normalize_language

#: Default size limit of one article's input (a text or HTML file, a JSON line,
#: a feed, a WARC record), in bytes. ``EVENTWIRE_MAX_ARTICLE_BYTES`` raises it.
DEFAULT_MAX_ARTICLE_BYTES = 10_000_000
MAX_BYTES_ENV = "EVENTWIRE_MAX_ARTICLE_BYTES"


def max_article_bytes() -> int:
    """The size limit in bytes: ``EVENTWIRE_MAX_ARTICLE_BYTES`` or 10 MB."""
    value = os.environ.get(MAX_BYTES_ENV)
    if not value:
        return DEFAULT_MAX_ARTICLE_BYTES
    try:
        limit = int(value)
    except ValueError as exc:
        raise InputError(MAX_BYTES_ENV, f"must be a whole number of bytes, not {value!r}") from exc
    if limit <= 0:
        raise InputError(MAX_BYTES_ENV, f"must be positive, not {limit}")
    return limit


def too_large(size: int | None = None) -> str:
    """The reason given for an input over the size limit."""
    limit = max_article_bytes()
    got = f"{size:,} bytes" if size is not None else "more bytes"
    return (
        f"too large ({got}; the limit is {limit:,} bytes per article); "
        f"raise it with {MAX_BYTES_ENV}=<bytes>"
    )


def decode_utf8(data: bytes, what: str = "text") -> str:
    """Decode UTF-8 (a BOM is dropped); raise ``ValueError`` with a readable reason otherwise.

    eventwire does not guess other encodings: a wrong guess silently garbles
    names, and every character offset points into the decoded text.
    """
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f windows-1252 -t utf-8`"
        ) from exc


@dataclass(frozen=True, slots=True)
class Defaults:
    """Values the user supplies for inputs that lack them (``--published``, ``--outlet``)."""

    published: str | None = None
    outlet: str | None = None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_article(
    text: str | None,
    origin: str,
    defaults: Defaults,
    *,
    id: Any = None,
    url: Any = None,
    title: Any = None,
    outlet: Any = None,
    published: Any = None,
    language: Any = None,
) -> Article:
    """Build an article, raising ``ValueError`` (with the reason) when it has no text.

    The id is the one given, else :func:`~eventwire.read.ids.article_id`. The
    date is normalized; missing outlet/date come from ``defaults``. The
    language is the one given, else detected from the text (``None`` if unsure).
    """
    if text is None or not text.strip():
        raise ValueError("no article text (empty or whitespace only)")
    url = _clean(url)
    given_id = _clean(id)
    return Article(
        id=given_id or article_id(text, url),
        text=text,
        title=_clean(title),
        outlet=_clean(outlet) or defaults.outlet,
        published=normalize_date(published) or defaults.published,
        url=url,
        language=normalize_language(_clean(language)) or detect_language(text),
        origin=origin,
    )
