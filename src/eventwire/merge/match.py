"""When do two reports describe the same event?

Pure functions over :class:`eventwire.records.Event` (and the representative
of a merged event, which is an ``Event`` too). The rules, documented in
``docs/stages/merge.md``:

* **type family**: the ACLED event type when the report has one, else the
  PLOVER type; a report flagged ``planned``/``hypothetical``/``negated``/
  ``historical`` only ever merges with reports carrying the same flag;
* **place**: both points within ``radius_km`` (place or near precision), or
  the same admin-2 unit when the coarser of the two is admin-2 level; admin-1
  or country level locations only merge with the same unit at the same level;
  a report without a location never merges;
* **date**: the intervals the dates stand for overlap (a day is itself, a week
  is its ISO week Monday..Sunday, a month its calendar month); no date, no merge;
* **actors**: each side's normalized names agree, or one is unknown/generic;
  actor1/actor2 may be swapped (one outlet's attacker is another's defender
  in a clash).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ..geodesy import haversine_km
from ..records import Actor, Event, Location

#: Modes that say the event did not happen on its date.
UNREAL_MODES = frozenset({"planned", "hypothetical", "negated", "historical"})

#: Location precisions that carry a usable point.
POINT_PRECISIONS = frozenset({"place", "near"})
PRECISION_RANK = {"place": 0, "near": 1, "admin2": 2, "admin1": 3, "country": 4}

#: Longest interval a date can stand for (a month), in days.
MAX_SPAN_DAYS = 31


@dataclass(frozen=True, slots=True)
class MatchRules:
    """Tunable thresholds of :func:`same_event`."""

    radius_km: float = 8.0


DEFAULT_RULES = MatchRules()


# ---------------------------------------------------------------- type family


def type_family(event: Event) -> str:
    """The key two reports must share: ACLED event type, else PLOVER type (+ unreal mode)."""
    base = event.acled_event_type or f"PLOVER:{event.event_type}"
    if event.mode in UNREAL_MODES:
        return f"{base}|{event.mode}"
    return base


# ---------------------------------------------------------------------- dates


def date_interval(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a date stands for, given its precision; ``None`` when unknown."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if precision == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if precision == "month":
        start = day.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    return day, day


def day_span(event: Event) -> tuple[int, int] | None:
    """:func:`date_interval` as proleptic ordinals (what the store indexes)."""
    interval = date_interval(event.date, event.time_precision)
    if interval is None:
        return None
    return interval[0].toordinal(), interval[1].toordinal()


def dates_overlap(a: Event, b: Event) -> bool:
    span_a, span_b = day_span(a), day_span(b)
    if span_a is None or span_b is None:
        return False
    return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]


# ---------------------------------------------------------------------- place


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").casefold()).strip()


def precision_of(location: Location) -> str:
    if location.precision in PRECISION_RANK:
        return location.precision  # type: ignore[return-value]
    return "place" if location.lat is not None and location.lon is not None else "country"


def has_point(location: Location | None) -> bool:
    return (
        location is not None
        and location.lat is not None
        and location.lon is not None
        and precision_of(location) in POINT_PRECISIONS
    )


def place_distance(a: Location | None, b: Location | None, rules: MatchRules = DEFAULT_RULES) -> float | None:
    """Distance in km when the two locations are the same place, else ``None``.

    Admin-level matches count as distance 0.
    """
    if a is None or b is None:
        return None
    if a.country_code and b.country_code and a.country_code.upper() != b.country_code.upper():
        return None
    if has_point(a) and has_point(b):
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        return km if km <= rules.radius_km else None
    coarser = max(precision_of(a), precision_of(b), key=PRECISION_RANK.__getitem__)
    if coarser == "admin2":
        same = bool(a.admin2) and _norm(a.admin2) == _norm(b.admin2) and _norm(a.admin1) == _norm(b.admin1)
        return 0.0 if same else None
    # admin1/country level: only the same unit reported at the same level.
    if precision_of(a) != precision_of(b):
        return None
    if coarser == "admin1":
        return 0.0 if a.admin1 and _norm(a.admin1) == _norm(b.admin1) else None
    if a.country_code and b.country_code:
        return 0.0
    return 0.0 if a.name and _norm(a.name) == _norm(b.name) else None


# --------------------------------------------------------------------- actors


@lru_cache(maxsize=1)
def generic_actor_names() -> frozenset[str]:
    text = resources.files("eventwire.merge").joinpath("data/generic_actors.txt").read_text("utf-8")
    return frozenset(
        _norm(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


_ARTICLE = re.compile(r"^(the|a|an) ")
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def actor_key(actor: Actor | None) -> str | None:
    """Normalized actor name, or ``None`` when unknown or generic."""
    if actor is None or not actor.name:
        return None
    key = _norm(_QUALIFIER.sub("", actor.name))
    key = _ARTICLE.sub("", key)
    if not key or key in generic_actor_names():
        return None
    for prefix in ("unidentified ", "unknown "):
        if key.startswith(prefix):
            return None
    return key


def _slot_ok(a: Actor | None, b: Actor | None) -> bool:
    ka, kb = actor_key(a), actor_key(b)
    return ka is None or kb is None or ka == kb


def actors_compatible(a: Event, b: Event) -> bool:
    straight = _slot_ok(a.actor1, b.actor1) and _slot_ok(a.actor2, b.actor2)
    if straight:
        return True
    return _slot_ok(a.actor1, b.actor2) and _slot_ok(a.actor2, b.actor1)


# ----------------------------------------------------------------- the verdict


def match_score(a: Event, b: Event, rules: MatchRules = DEFAULT_RULES) -> float | None:
    """``None`` when ``a`` and ``b`` are different events, else a distance-like
    score (lower is a closer match) used to pick among several candidates."""
    if type_family(a) != type_family(b):
        return None
    if not dates_overlap(a, b):
        return None
    km = place_distance(a.location, b.location, rules)
    if km is None:
        return None
    if not actors_compatible(a, b):
        return None
    score = km
    if a.acled_sub_event_type != b.acled_sub_event_type:
        score += 1.0
    if a.date != b.date:
        score += 0.5
    return score


def same_event(a: Event, b: Event, rules: MatchRules = DEFAULT_RULES) -> bool:
    return match_score(a, b, rules) is not None
