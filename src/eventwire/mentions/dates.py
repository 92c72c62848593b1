"""Dates in news text, resolved against the publication date.

Rules (documented in docs/stages/mentions.md):

* a weekday name ("on Saturday", "Friday") is the most recent such day on or before
  the publication date: "Saturday" in a paper of Sunday is the day before; a weekday
  equal to the publication weekday is that day. Precision ``day``.
* "today", "this morning", "tonight" -> publication date; "yesterday", "last night",
  "overnight" -> the day before. Precision ``day``.
* "June 20", "20 June", "June 20, 2014" -> that day (a date after the publication
  date without a year means the previous year). "in June" -> month precision.
* "overnight from Saturday to Sunday", "overnight into Sunday" -> the later day (the small hours);
* "this week", "earlier this week" -> publication date, precision ``week``;
  "last week" -> seven days before, ``week``; "this month", "earlier this month" ->
  ``month``; "last month" -> the month before, ``month``.
* "a decade ago", "in 2003", "last year", "years ago", a date more than 31 days before
  publication -> ``historical``: the event did not happen on the report's dates.
* Without a publication date only absolute dates (with a year) resolve; relative ones
  give ``None`` — never the day the program runs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {name: i + 1 for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9

#: how far back a stated date may lie before publication and still be "current news"
HISTORICAL_DAYS = 31

_HISTORICAL = re.compile(
    r"\b(ago|last year|previous year|years earlier|decades?|in the past|formerly|"
    r"in the (?:19|20)\d0s|back in|since (?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression: ``date`` (ISO) or ``None``; ``precision`` day|week|month;
    ``historical`` when it places the event well before the report."""

    text: str
    start: int  # token index
    end: int
    date: str | None
    precision: str
    historical: bool = False


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_expression(text: str, published: str | None) -> tuple[str | None, str, bool] | None:
    """Resolve one date expression to ``(iso_date or None, precision, historical)``.

    Returns ``None`` when ``text`` is not a date expression this module understands.
    """
    pub = _parse_published(published)
    low = text.lower().strip()
    low = re.sub(r"^(on|in|at|by|since|during|from|early|late|earlier|later)\s+", "", low)
    if _HISTORICAL.search(low):
        return (None, "month", True)
    words = re.findall(r"[a-z]+|\d+", low)
    if not words:
        return None
    # explicit day and month: "june 20", "20 june", "june 20, 2014"
    month = next((MONTHS[w] for w in words if w in MONTHS and not (w == "may" and len(words) == 1)), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if 1800 <= n <= 2100), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    if month is not None and day is not None:
        y = year or (pub.year if pub else None)
        if y is None:
            return (None, "day", False)
        try:
            value = dt.date(y, month, day)
        except ValueError:
            return None
        if year is None and pub and value > pub:
            value = value.replace(year=y - 1)
        return (value.isoformat(), "day", bool(pub and (pub - value).days > HISTORICAL_DAYS))
    if month is not None and ("last" in words or "this" in words or year or len(words) == 1):
        y = year or (pub.year if pub else None)
        if y is None:
            return (None, "month", False)
        if year is None and pub and (month > pub.month or month == pub.month and "last" in words):
            y -= 1  # ("last June", said in June: a year ago)
        value = dt.date(y, month, 1)
        historical = bool(pub and (pub.year - y) * 12 + pub.month - month > 1)
        return (value.isoformat(), "month", historical)
    if year is not None and month is None:
        historical = bool(pub and year < pub.year)
        return (f"{year}-01-01" if not historical and pub is None else None, "month", historical or pub is None)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        if pub is None:
            return (None, "day", False)
        back = (pub.weekday() - weekday) % 7
        if "last" in words and back == 0:
            back = 7
        return ((pub - dt.timedelta(days=back)).isoformat(), "day", False)
    if pub is None:
        if any(w in words for w in ("today", "yesterday", "overnight", "tonight", "week", "month")):
            return (None, "day", False)
        return None
    if "yesterday" in words or ("last" in words and "night" in words) or "overnight" in words:
        return ((pub - dt.timedelta(days=1)).isoformat(), "day", False)
    if any(w in words for w in ("today", "tonight")) or ("this" in words and any(w in words for w in ("morning", "afternoon", "evening"))):
        return (pub.isoformat(), "day", False)
    if "week" in words and not any(w in words for w in ("this", "last", "past", "previous", "earlier", "later", "the", "that")):
        return None  # "a week of unrest", "for a week": a duration, not a date
    if "weekend" in words and "a" in words and not any(w in words for w in ("this", "last", "past", "previous")):
        return None  # "the start of a weekend of violence": a span, not a date
    if "week" in words or "weekend" in words:
        if "last" in words or "past" in words or "previous" in words:
            return ((pub - dt.timedelta(days=7)).isoformat(), "week", False)
        return (pub.isoformat(), "week", False)
    if "month" in words:
        if "last" in words or "previous" in words:
            first = pub.replace(day=1) - dt.timedelta(days=1)
            return (first.replace(day=1).isoformat(), "month", False)
        return (pub.replace(day=1).isoformat(), "month", False)
    if "year" in words and ("last" in words or "previous" in words):
        return (None, "month", True)
    return None


_DATE_WORDS = set(WEEKDAYS) | {"yesterday", "today", "tonight", "overnight"}


def find_dates(span: Span | list[Token], published: str | None) -> list[DateMention]:
    """Date expressions in ``span`` (a sentence, or a clause's tokens), resolved against
    ``published``."""
    found: list[DateMention] = []
    covered: set[int] = set()
    tokens = list(span)
    if not tokens:
        return found
    inside = {t.i for t in tokens}
    doc = tokens[0].doc
    ents = [e for e in doc.ents if e.start in inside] if not isinstance(span, Span) else list(span.ents)
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        text = ent.text
        before = {t.lower_ for t in doc[max(ent.start - 4, 0):ent.start]} | {t.lower_ for t in ent}
        night = re.fullmatch(r"(?:the night of )?(\w+) (?:to|into|and) (\w+)", text, re.I)
        if night and before & {"overnight", "night"}:
            text = night.group(2)  # "overnight from Saturday to Sunday": the small hours of Sunday
        resolved = resolve_expression(text, published)
        if resolved is None:
            continue
        found.append(DateMention(ent.text, ent.start, ent.end, *resolved))
        covered.update(range(ent.start, ent.end))
    for token in tokens:
        if token.i in covered:
            continue
        low = token.lower_
        if low in _DATE_WORDS or (low == "night" and token.i > 0 and token.doc[token.i - 1].lower_ == "last"):
            start = token.i - 1 if low == "night" else token.i
            resolved = resolve_expression(token.doc[start:token.i + 1].text, published)
            if resolved is not None:
                found.append(DateMention(token.doc[start:token.i + 1].text, start, token.i + 1, *resolved))
        elif low == "ago":
            found.append(DateMention(token.text, token.i, token.i + 1, None, "month", True))
    found.sort(key=lambda d: d.start)
    found = _night_ranges(found, doc)
    # "Overnight from Saturday to Sunday": the range dates it, not the bare "overnight"
    ranged = [d for d in found if d.text.lower() != "overnight" and re.search(r"\b(to|into)\b", d.text)]
    if ranged:
        found = [d for d in found if not (d.text.lower() == "overnight" and d.end <= ranged[0].start and ranged[0].start - d.end <= 3)]
    # "Overnight into Saturday": the night that ends on Saturday, dated by it
    into = {d.start - 1 for d in found if d.start > 0 and doc[d.start - 1].lower_ in ("into", "to") and d.precision == "day"}
    found = [d for d in found if not (d.text.lower() == "overnight" and d.end in into)]
    if any("weekend" in d.text.lower() for d in found):
        # "overnight raids ... at the weekend": the raids were at night, some night of the weekend
        found = [d for d in found if d.text.lower() != "overnight"]
    return found


def _night_ranges(found: list[DateMention], doc) -> list[DateMention]:
    """'overnight from Saturday to Sunday', 'the night of Friday into Saturday': the event
    is dated by the day the night ends in (the small hours), not by its start."""
    for first, second in zip(found, found[1:]):
        if not (first.date and second.date and first.precision == second.precision == "day"):
            continue
        if second.start - first.end != 1 or doc[first.end].lower_ not in ("to", "into", "and"):
            continue
        before = {t.lower_ for t in doc[max(first.start - 4, 0):first.start]}
        if before & {"from", "between", "of"} and before & {"overnight", "night"}:
            return [d for d in found if d is not first and not (d.end <= first.start and d.text.lower() == "overnight")]
    return found


def token_is_historical_marker(token: Token) -> bool:
    """Adverbs that place a verb's event in the past of the report ("once fought")."""
    return token.lower_ in ("once", "formerly", "previously") and token.dep_ == "advmod"


_LATER = re.compile(
    r"\b(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|the day after(?! tomorrow)|"
    r"(?P<n>a|one|two|three|four|five|\d) days? later)\b", re.I)
_EARLIER = re.compile(
    r"\b(?:the (?:previous|preceding) (?:day|morning|afternoon|evening|night)|the day before(?! yesterday)|"
    r"(?P<n>a|one|two|three|four|five|\d) days? earlier)\b", re.I)
_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def days_after(text: str) -> int | None:
    """How many days after the event just told a sentence places its own: "the next day",
    "the following morning", "a day later" -> 1, "two days later" -> 2, "a day earlier",
    "the previous day" -> -1; else ``None``."""
    for pattern, sign in ((_LATER, 1), (_EARLIER, -1)):
        match = pattern.search(text)
        if match is None:
            continue
        n = match.group("n")
        if n is None:
            return sign
        return sign * (int(n) if n.isdigit() else _N[n.lower()])
    return None


def shift_date(iso: str, days: int) -> str:
    """``iso`` moved by ``days`` days."""
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=days)).isoformat()
