"""``read_paths``: files, folders and stdin to articles, whatever the format.

Which reader runs is decided by the file extension (and, for stdin and
``.xml``, by sniffing the first bytes). Every problem becomes a
:class:`ReadFailure` with a one-line reason, and reading goes on.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..records import Article, ReadFailure
from .build import Defaults, max_article_bytes, too_large
from .dates import require_date
from .formats import Item, read_feed, read_html, read_jsonl, read_text, read_warc

SIDECAR_SUFFIX = ".meta.json"

#: extension -> format name
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}

SUPPORTED = ", ".join(EXTENSIONS)


def read_paths(
    paths: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
) -> Iterator[Article | ReadFailure]:
    """Read every path (file, folder or ``-`` for stdin), yielding articles and failures.

    Folders are walked recursively in sorted order; hidden files, ``.meta.json``
    sidecars and files of unknown type are passed over there (a file of unknown
    type named explicitly is a failure). ``published`` and ``outlet`` fill in
    for inputs that do not state them. A ``published`` that is not a date, or a
    bad ``EVENTWIRE_MAX_ARTICLE_BYTES``, raises
    :class:`~eventwire.errors.InputError` at once (before anything is read).
    """
    defaults = Defaults(
        published=require_date(published) if published else None,
        outlet=outlet.strip() if outlet and outlet.strip() else None,
    )
    max_article_bytes()
    return _read_paths(list(paths), defaults)


def _read_paths(paths: list[str], defaults: Defaults) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            yield from read_stream(sys.stdin.buffer, "-", defaults)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, defaults)
        else:
            yield from read_file(path, defaults)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if format_of(Path(name)) is None:  # gold files, notes, images beside articles
                continue
            yield Path(root) / name


def format_of(path: Path) -> str | None:
    """The format name for ``path`` from its extension, or ``None`` when unknown."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return EXTENSIONS.get(path.suffix.lower())


def read_file(path: Path, defaults: Defaults | None = None) -> Iterator[Item]:
    """Read one file, choosing the reader by extension."""
    defaults = defaults or Defaults()
    origin = str(path)
    kind = format_of(path)
    if not path.exists():
        yield ReadFailure(origin, "no such file or directory")
        return
    if kind is None:
        suffix = path.suffix or "(no extension)"
        yield ReadFailure(origin, f"unknown file type {suffix!r} (readable: {SUPPORTED})")
        return
    try:
        size = path.stat().st_size
        if kind in ("text", "html", "feed") and size > max_article_bytes():
            yield ReadFailure(origin, too_large(size))
            return
        with path.open("rb") as stream:
            if kind == "jsonl":
                yield from read_jsonl(stream, origin, defaults)
            elif kind == "warc":
                yield from read_warc(stream, origin, defaults)
            else:
                data = stream.read()
                if kind == "feed":
                    yield from read_feed(data, origin, defaults)
                else:
                    meta = _sidecar(path)
                    yield _single(kind, data, origin, defaults, meta)
    except InputError as exc:
        yield ReadFailure(origin, exc.reason)
    except OSError as exc:
        yield ReadFailure(origin, f"cannot read ({exc.strerror or exc})")


def _single(kind: str, data: bytes, origin: str, defaults: Defaults, meta: dict[str, Any]) -> Item:
    try:
        if kind == "html":
            return read_html(data, origin, defaults, meta, url=meta.get("url"))
        return read_text(data, origin, defaults, meta)
    except ValueError as exc:
        return ReadFailure(origin, str(exc))


def _sidecar(path: Path) -> dict[str, Any]:
    """The ``NAME.meta.json`` beside ``NAME.txt``/``NAME.html``, or ``{}``."""
    sidecar = path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"its sidecar {sidecar.name} is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise InputError(str(path), f"its sidecar {sidecar.name} must hold a JSON object")
    return meta


def sniff(head: bytes) -> str:
    """Guess the format of a stream from its first bytes: warc, feed, html, jsonl or text."""
    if head[:2] == b"\x1f\x8b" or head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"<?xml"):
        return "html" if b"<html" in start else "feed"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def read_stream(stream: IO[bytes], origin: str = "-", defaults: Defaults | None = None) -> Iterator[Item]:
    """Read a byte stream (stdin) whose format is sniffed from its first bytes."""
    defaults = defaults or Defaults()
    buffered: Any = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    head = buffered.peek(4096)[:4096]
    kind = sniff(head)
    if kind == "jsonl":
        yield from read_jsonl(buffered, origin, defaults)
        return
    if kind == "warc":
        yield from read_warc(buffered, origin, defaults)
        return
    limit = max_article_bytes()
    data = buffered.read(limit + 1)
    if len(data) > limit:
        yield ReadFailure(origin, too_large())
        return
    if kind == "feed":
        yield from read_feed(data, origin, defaults)
    else:
        yield _single(kind, data, origin, defaults, {})


def english_only(items: Iterable[Item]) -> Iterator[Item]:
    """Pass articles in English (or of unknown language) through; others become failures.

    eventwire's dictionaries and models are English only for now.
    """
    for item in items:
        if isinstance(item, Article) and item.language not in (None, "en"):
            yield ReadFailure(
                item.origin or item.id,
                f"not English (language {item.language!r}); only English reports are supported",
            )
        else:
            yield item
