"""Publication dates normalized to ``YYYY-MM-DD``.

A date that cannot be read is ``None``: eventwire never substitutes the current
date, and relative expressions ("yesterday", "2 hours ago") are not accepted
here because they would be resolved against the clock.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

from ..errors import InputError

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")

_DATEPARSER_SETTINGS = {
    # absolute dates only: no "yesterday", no filling in today's year or day
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}


def normalize_date(value: Any) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD``, or ``None`` when it holds no full date.

    Accepts ``date``/``datetime`` objects, ``time.struct_time`` (feedparser's
    parsed times), ISO strings (the date part is kept as written, so a local
    publication date is not shifted by a time zone) and written dates such as
    ``"June 22, 2014"`` or ``"Sun, 22 Jun 2014 10:00:00 +0300"``.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    text = str(value).strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import: only when a non-ISO date shows up

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None


def require_date(value: str, origin: str = "--published") -> str:
    """Normalize a date the user typed, raising :class:`InputError` when it is not one."""
    normalized = normalize_date(value)
    if normalized is None:
        raise InputError(origin, f"cannot read {value!r} as a date; give it as YYYY-MM-DD")
    return normalized
