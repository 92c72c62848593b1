"""Hand-built reports for the merge tests."""

from __future__ import annotations

from itertools import count

from eventwire.records import Actor, Event, Evidence, Location

_ids = count(1)

PLACES = {
    # name: (geonameid, lat, lon, admin1, admin2, country)
    "Townville": (1001, 34.000, 42.000, "Anbar", "Rutba District", "IQ"),
    "Townville-east": (1002, 34.000, 42.0325, "Anbar", "Rutba District", "IQ"),  # ~3 km east
    "Otherton": (1003, 34.300, 42.500, "Anbar", "Ana District", "IQ"),  # ~57 km away
    "Riverside": (2001, 9.05, 7.49, "FCT", "Abuja Municipal", "NG"),
}


def loc(name: str, precision: str = "place") -> Location:
    gid, lat, lon, a1, a2, cc = PLACES[name]
    return Location(name, gid, lat, lon, a1, a2, cc, precision, name)


def report(
    *,
    article: str | None = None,
    outlet: str = "Reuters",
    etype: str = "ASSAULT",
    acled: str | None = "Battles",
    sub: str | None = "Armed clash",
    actor1: str | None = "Islamic State",
    actor2: str | None = "Military Forces of Iraq",
    place: str | Location | None = "Townville",
    day: str | None = "2014-06-21",
    precision: str = "day",
    fatalities: int | None = None,
    size: int | None = None,
    confidence: float = 0.6,
    mode: str | None = None,
    credited: tuple[str, ...] = (),
    sentence: str = "Fighting was reported.",
) -> Event:
    n = next(_ids)
    location = loc(place) if isinstance(place, str) else place
    return Event(
        event_id=f"ev{n}",
        article_id=article or f"art{n}",
        event_type=etype,
        mode=mode,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        actor1=Actor(actor1, actor1, None, "rebel group") if actor1 else None,
        actor2=Actor(actor2, actor2, "IQ", "state forces") if actor2 else None,
        location=location,
        date=day,
        time_precision=precision,
        fatalities=fatalities,
        size=size,
        sources=[outlet, *credited],
        evidence=Evidence(sentence, 0, len(sentence)),
        confidence=confidence,
    )
