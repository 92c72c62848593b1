"""Typed records that flow between the pipeline stages.

Data flows one way::

    Article --parse--> spaCy Doc --geo--> Toponym[] --coding--> Event[] --store/merge--> views

Every record converts to and from plain JSON-ready dicts with ``to_dict`` and
``from_dict``; ``docs/schema.md`` documents each field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

T = TypeVar("T")

#: Location precision, finest first. ``place`` is a populated place or named
#: feature; ``near`` a point computed from a stated relation ("30 km north of
#: X") or a place known only approximately; then the administrative levels.
PRECISIONS = ("place", "near", "admin2", "admin1", "country")

#: Time precision of an event date, finest first.
TIME_PRECISIONS = ("day", "week", "month")


def _from_dict(cls: type[T], data: dict[str, Any] | None) -> T | None:
    if data is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Article:
    """One news report as read from a file, feed, crawl or stream.

    Attributes:
        id: Stable identifier: the one the input gives, else a hash of the URL
            and the normalized text (see ``eventwire.read.ids``).
        text: The article body as read. All character offsets point into it.
        title: Headline, if known.
        outlet: The publishing outlet ("Reuters"), if known.
        published: Publication date as ``YYYY-MM-DD``, if known. Relative dates
            in the text ("Friday") are resolved against it.
        url: Canonical URL, if known.
        language: ISO 639-1 code if known (``en``).
        origin: Where it was read from (a path, ``path#line``, ``-``).
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        result = _from_dict(cls, data)
        assert result is not None
        return result


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in an article and the gazetteer entry it refers to.

    ``start``/``end`` are character offsets into ``Article.text``. The
    resolution fields are ``None`` when the name was found but not placed.
    ``precision`` is one of :data:`PRECISIONS`; ``kind`` is the gazetteer kind
    (``country``, ``admin1``, ``admin2``, ``place``, ...); ``reason`` says in a
    few words why this candidate was chosen.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    kind: str | None = None
    precision: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Toponym":
        result = _from_dict(cls, data)
        assert result is not None
        return result


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalized actor.

    Attributes:
        name: Normalized name from the actor dictionary ("Islamic State",
            "Military Forces of Iraq"), or the name as found for an unknown
            named group.
        text: The words in the article that name it ("ISIS militants").
        country: ISO 3166-1 alpha-2 code of the actor's country, if any.
        type: ACLED-style actor type: ``state forces``, ``rebel group``,
            ``political militia``, ``identity militia``, ``rioters``,
            ``protesters``, ``civilians``, ``external/other``.
    """

    name: str
    text: str | None = None
    country: str | None = None
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, resolved through the gazetteer.

    ``precision`` is one of :data:`PRECISIONS`. ``text`` is the place name as
    written in the article.
    """

    name: str | None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    precision: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_toponym(cls, toponym: Toponym) -> "Location":
        return cls(
            name=toponym.name or toponym.text,
            geonameid=toponym.geonameid,
            lat=toponym.lat,
            lon=toponym.lon,
            admin1=toponym.admin1,
            admin2=toponym.admin2,
            country_code=toponym.country_code,
            precision=toponym.precision,
            text=toponym.text,
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states the event, with offsets into the article."""

    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class Event:
    """One coded event, as a careful ACLED/PLOVER coder would record it.

    Attributes:
        event_id: Stable id (hash of article, evidence span, type and place).
        article_id: The article it was coded from.
        event_type: PLOVER event type (``ASSAULT``, ``PROTEST``, ...).
        mode: PLOVER mode (``seize``, ``firearms``, ...); ``None`` if not
            stated. The modes ``planned``, ``hypothetical``, ``negated`` and
            ``historical`` flag events that did not happen on ``date``.
        acled_event_type: ACLED event type, spelled as in the ACLED codebook,
            or ``None`` when the event is not political violence, a protest or
            a strategic development.
        acled_sub_event_type: One of ACLED's 25 sub-event types, or ``None``.
        actor1: Who did it.
        actor2: To whom, if anyone.
        location: Where it happened.
        date: ``YYYY-MM-DD`` or ``None`` when no date can be established.
        time_precision: ``day``, ``week`` or ``month``.
        fatalities: Deaths by ACLED's rules (lowest credible figure), or
            ``None`` when the text gives none.
        size: Number of participants (crowd or force), or ``None``.
        sources: Outlet names: the publisher first, then every outlet the
            text credits for this fact.
        evidence: The sentence that states it.
        confidence: 0..1, how sure the coder is.
        quote: For statements (THREATEN, ACCUSE, ...), what was said.
    """

    event_id: str
    article_id: str
    event_type: str
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    date: str | None = None
    time_precision: str | None = None
    fatalities: int | None = None
    size: int | None = None
    sources: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    confidence: float = 0.5
    quote: str | None = None

    _nested: ClassVar[dict[str, type]] = {
        "actor1": Actor,
        "actor2": Actor,
        "location": Location,
        "evidence": Evidence,
    }

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        values = dict(data)
        for key, nested in cls._nested.items():
            if isinstance(values.get(key), dict):
                values[key] = _from_dict(nested, values[key])
        values["sources"] = list(values.get("sources") or [])
        result = _from_dict(cls, values)
        assert result is not None
        return result


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read, with a one-line reason for the user."""

    origin: str
    reason: str

    def message(self) -> str:
        return f"{self.origin}: {self.reason}"
