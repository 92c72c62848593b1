"""One reader per input format. Each turns bytes (or a byte stream) into articles.

Single-article readers (:func:`read_text`, :func:`read_html`) raise
``ValueError`` with the reason; multi-article readers (:func:`read_feed`,
:func:`read_jsonl`, :func:`read_warc`) yield a :class:`ReadFailure` per bad
entry and go on with the rest.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from types import SimpleNamespace
from typing import IO, Any

from ..records import Article, ReadFailure
from .build import Defaults, decode_utf8, make_article, max_article_bytes, too_large
from .htmltext import html_to_text

Item = Article | ReadFailure

_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)

#: Sidecar keys copied onto the article.
META_KEYS = ("id", "title", "outlet", "published", "url", "language")


def read_text(data: bytes, origin: str, defaults: Defaults, meta: dict[str, Any] | None = None) -> Article:
    """A plain UTF-8 text file; ``meta`` comes from its ``.meta.json`` sidecar."""
    if not data:
        raise ValueError("empty file")
    text = decode_utf8(data)
    meta = meta or {}
    return make_article(text, origin, defaults, **{k: meta.get(k) for k in META_KEYS})


def read_html(
    data: bytes,
    origin: str,
    defaults: Defaults,
    meta: dict[str, Any] | None = None,
    url: str | None = None,
) -> Article:
    """An HTML page: the main text and its metadata through trafilatura.

    Sidecar values in ``meta`` win over what the page says about itself.
    """
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not HTML")
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    document: Any
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on mangled markup
        raise ValueError(f"cannot parse HTML ({type(exc).__name__}: {exc})") from exc
    if isinstance(document, dict):  # older trafilatura
        document = SimpleNamespace(**document)
    found_text = (document.text or "") if document is not None else ""
    if document is None or not found_text.strip():
        raise ValueError("no article text found in the HTML (not a news page, or broken markup)")
    meta = meta or {}
    found = {
        "id": None,
        "title": document.title,
        "outlet": document.sitename,
        "published": document.date,
        "url": url or document.url,
        "language": document.language or _html_lang(data),
    }
    values = {k: meta.get(k) or found[k] for k in META_KEYS}
    return make_article(found_text, origin, defaults, **values)


def _html_lang(data: bytes) -> str | None:
    """The page's own ``<html lang="...">``, if it declares one."""
    match = _HTML_LANG.search(data[:20000])
    return match.group(1).decode("ascii").lower() if match else None


def read_feed(data: bytes, origin: str, defaults: Defaults) -> Iterator[Item]:
    """An RSS or Atom feed: one article per entry with content or a summary."""
    import feedparser

    if not data.strip():
        yield ReadFailure(origin, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield ReadFailure(origin, "binary file (contains NUL bytes), not a feed")
        return
    parsed = feedparser.parse(data)
    version = parsed.get("version") or ""
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if problem is not None:
            yield ReadFailure(origin, f"not a readable RSS/Atom feed ({_one_line(problem)})")
        elif not version:
            yield ReadFailure(origin, "not an RSS or Atom feed")
        else:
            yield ReadFailure(origin, "feed has no entries")
        return
    malformed = ""
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        malformed = f"; the feed is malformed ({_one_line(parsed['bozo_exception'])})"
    channel = parsed.get("feed", {})
    outlet = channel.get("title")
    language = channel.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{entry.get('link') or number}"
        candidates = [c.get("value", "") for c in entry.get("content", [])]
        candidates.append(entry.get("summary", ""))
        text = max((html_to_text(c) for c in candidates), key=len)
        try:
            yield make_article(
                text,
                where,
                defaults,
                url=entry.get("link"),
                title=html_to_text(entry.get("title", "")),
                outlet=outlet,
                published=_entry_date(entry),
                language=language,
            )
        except ValueError as exc:
            yield ReadFailure(where, f"entry {number}: {exc}{malformed}")


def _entry_date(entry: Any) -> Any:
    """The entry's date as written (local publication date), else feedparser's parsed time."""
    from .dates import normalize_date

    for key in ("published", "updated", "created"):
        written = normalize_date(entry.get(key))
        if written:
            return written
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return entry.get(key)
    return None


def read_jsonl(stream: IO[bytes], origin: str, defaults: Defaults) -> Iterator[Item]:
    """JSON Lines: one article object per line (``text`` required; ``id``, ``url``,
    ``title``, ``published``, ``outlet``, ``language`` optional). A bad line fails
    alone. Lines are read one at a time, each at most the article size limit."""
    limit = max_article_bytes()
    number = 0
    seen_any = False
    while True:
        line = stream.readline(limit + 1)
        if not line:
            break
        number += 1
        where = f"{origin}#{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + _skip_rest_of_line(stream)
            yield ReadFailure(where, f"line {number}: {too_large(size)}")
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(decode_utf8(line, what=f"line {number}"))
        except ValueError as exc:
            yield ReadFailure(where, f"line {number}: not valid JSON ({_one_line(exc)})")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, f"line {number}: expected a JSON object, got {type(record).__name__}")
            continue
        if not isinstance(record.get("text"), str):
            yield ReadFailure(where, f"line {number}: no \"text\" field with the article text")
            continue
        try:
            yield make_article(record["text"], where, defaults, **{k: record.get(k) for k in META_KEYS})
        except ValueError as exc:
            yield ReadFailure(where, f"line {number}: {exc}")
    if not seen_any:
        yield ReadFailure(origin, "empty file")


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def read_warc(stream: IO[bytes], origin: str, defaults: Defaults) -> Iterator[Item]:
    """A WARC or WARC.gz crawl: every HTML response (and text/plain resource) is read
    as one article; requests, metadata, images and other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = max_article_bytes()
    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
                if status and not status.startswith("2"):
                    continue
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            kind = content_type.split(";", 1)[0].strip().lower()
            if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                continue
            found += 1
            where = f"{origin}#{uri or found}"
            body = record.content_stream().read(limit + 1)
            if len(body) > limit:
                yield ReadFailure(where, too_large())
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                yield ReadFailure(where, f"WARC record is truncated ({missing:,} bytes missing)")
                continue
            try:
                if kind == "text/plain":
                    yield read_text(body, where, defaults, {"url": uri})
                else:
                    yield read_html(body, where, defaults, url=uri)
            except ValueError as exc:
                yield ReadFailure(where, str(exc))
    except ArchiveLoadFailed as exc:
        yield ReadFailure(origin, f"not a readable WARC file ({_one_line(exc)})")
        return
    except (OSError, EOFError, ValueError, AttributeError) as exc:  # warcio on cut or mangled input
        yield ReadFailure(origin, f"WARC file is truncated or corrupt ({_one_line(exc)})")
        return
    if not found:
        yield ReadFailure(origin, "no HTML or text records in the WARC file")


def _one_line(exc: BaseException | str) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("..." if len(text) > 200 else "")
