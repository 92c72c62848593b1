"""Read stage: files, folders, feeds, crawls and stdin to :class:`~eventwire.records.Article`.

Public API::

    read_paths(paths, *, published=None, outlet=None) -> Iterator[Article | ReadFailure]

See ``docs/stages/read.md`` for formats, ids, dates, limits and failure reasons.
"""

from .build import DEFAULT_MAX_ARTICLE_BYTES, MAX_BYTES_ENV, Defaults, max_article_bytes
from .core import EXTENSIONS, english_only, format_of, read_file, read_paths, read_stream, sniff
from .dates import normalize_date
from .ids import article_id, normalize_text
from .language import detect_language

__all__ = [
    "DEFAULT_MAX_ARTICLE_BYTES",
    "EXTENSIONS",
    "MAX_BYTES_ENV",
    "Defaults",
    "article_id",
    "detect_language",
    "english_only",
    "format_of",
    "max_article_bytes",
    "normalize_date",
    "normalize_text",
    "read_file",
    "read_paths",
    "read_stream",
    "sniff",
]
