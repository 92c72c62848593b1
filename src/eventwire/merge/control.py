"""Who controls which place, and since when, from territorial events.

A change of control comes from:

* ACLED "Non-state actor overtakes territory", "Government regains
  territory" or "Non-violent transfer of territory": actor1 takes control
  (from actor2, when named);
* PLOVER ``RETREAT`` (withdrawal), whatever its ACLED sub-event type (a
  withdrawal coded as "Non-violent transfer of territory" too): actor1 loses control; actor2, when named,
  takes it, else the controller becomes unknown. A withdrawal by an actor that
  is known *not* to control the place at that date changes nothing.

On one day, takeovers are applied before withdrawals. Events flagged planned/hypothetical/negated/historical never change control.
Each change keeps its evidence (sentence, sources, event id). Pure functions
over :class:`~eventwire.records.Event`; :func:`control_events` reads the
merged events of the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..records import Actor, Event
from .match import UNREAL_MODES, actor_key

TAKEOVER_SUB_TYPES = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
    }
)
RETREAT_TYPES = frozenset({"RETREAT"})


@dataclass(frozen=True, slots=True)
class ControlChange:
    """One change of control of a place."""

    date: str
    controller: str | None
    lost_by: str | None
    kind: str  # "takeover" or "withdrawal"
    event_id: str
    evidence: str | None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "controller": self.controller,
            "lost_by": self.lost_by,
            "kind": self.kind,
            "event_id": self.event_id,
            "evidence": self.evidence,
            "sources": list(self.sources),
        }


@dataclass(slots=True)
class PlaceTimeline:
    """The control history of one place, oldest change first."""

    key: str
    place: str
    country_code: str | None
    lat: float | None
    lon: float | None
    changes: list[ControlChange] = field(default_factory=list)

    def change_at(self, when: str) -> ControlChange | None:
        """The change in force on ``when`` (``YYYY-MM-DD``), if any."""
        current = None
        for change in self.changes:
            if change.date <= when:
                current = change
            else:
                break
        return current

    def controller_at(self, when: str) -> str | None:
        change = self.change_at(when)
        return change.controller if change else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "country_code": self.country_code,
            "lat": self.lat,
            "lon": self.lon,
            "changes": [c.to_dict() for c in self.changes],
        }


def place_key(event: Event) -> str | None:
    location = event.location
    if location is None or not (location.name or location.geonameid):
        return None
    if location.geonameid:
        return f"gn:{location.geonameid}"
    name = re.sub(r"[^a-z0-9]+", " ", (location.name or "").casefold()).strip()
    return f"{(location.country_code or '').upper()}:{name}"


def is_control_event(event: Event) -> bool:
    if event.mode in UNREAL_MODES or not event.date:
        return False
    return event.acled_sub_event_type in TAKEOVER_SUB_TYPES or event.event_type in RETREAT_TYPES


def _name(actor: Any) -> str | None:
    return actor.name if actor is not None and actor.name else None


def build_timelines(events: Iterable[Event]) -> dict[str, PlaceTimeline]:
    """Control timelines of every place the events mention, by place key."""
    relevant = sorted(
        (e for e in events if is_control_event(e) and place_key(e)),
        key=lambda e: (e.date or "", 1 if e.event_type in RETREAT_TYPES else 0, e.event_id),
    )
    timelines: dict[str, PlaceTimeline] = {}
    for event in relevant:
        key = place_key(event)
        assert key is not None and event.location is not None and event.date is not None
        timeline = timelines.get(key)
        if timeline is None:
            loc = event.location
            timeline = PlaceTimeline(key, loc.name or loc.text or key, loc.country_code, loc.lat, loc.lon)
            timelines[key] = timeline
        current = timeline.changes[-1].controller if timeline.changes else None
        evidence = event.evidence.sentence if event.evidence else None
        sources = tuple(event.sources)
        if event.event_type not in RETREAT_TYPES:
            taker = _name(event.actor1)
            if taker is None:
                continue
            if current is not None and actor_key(event.actor1) == actor_key_by_name(current):
                continue  # already in control: a repeat report, not a change
            lost_by = _name(event.actor2) or current
            timeline.changes.append(
                ControlChange(event.date, taker, lost_by, "takeover", event.event_id, evidence, sources)
            )
        else:
            leaver = _name(event.actor1)
            if leaver is None:
                continue
            if current is not None and actor_key_by_name(current) != actor_key(event.actor1):
                continue  # someone who did not hold it withdrew: no change
            timeline.changes.append(
                ControlChange(event.date, _name(event.actor2), leaver, "withdrawal", event.event_id, evidence, sources)
            )
    return timelines


def actor_key_by_name(name: str) -> str | None:
    return actor_key(Actor(name))


def fold_name(name: str) -> str:
    """Case, accents and punctuation folded: "Khān Shaykhūn" -> "khan shaykhun"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", plain.casefold()).strip()


def find_place(timelines: dict[str, PlaceTimeline], name: str) -> list[PlaceTimeline]:
    """Timelines whose place name equals ``name``, ignoring case, accents and punctuation."""
    wanted = fold_name(name)
    return [t for t in timelines.values() if fold_name(t.place) == wanted]


def controllers_at(timelines: dict[str, PlaceTimeline], when: str) -> Iterator[tuple[PlaceTimeline, ControlChange]]:
    """Every place whose controller is known on ``when``, with the change that made it so."""
    for timeline in sorted(timelines.values(), key=lambda t: (t.place, t.key)):
        change = timeline.change_at(when)
        if change is not None and change.controller is not None:
            yield timeline, change


def control_feature(timeline: PlaceTimeline, change: ControlChange) -> dict[str, Any] | None:
    """A GeoJSON Point feature: place, controller, since, evidence."""
    if timeline.lat is None or timeline.lon is None:
        return None
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [timeline.lon, timeline.lat]},
        "properties": {
            "place": timeline.place,
            "country_code": timeline.country_code,
            "controller": change.controller,
            "since": change.date,
            "evidence": change.evidence,
            "sources": list(change.sources),
            "event_id": change.event_id,
        },
    }


def control_events(conn_or_store: Any) -> Iterator[Event]:
    """The store's merged events that can change control of a place."""
    from .store import COLUMNS, connection_of, row_to_event

    conn = connection_of(conn_or_store)
    marks = ", ".join("?" for _ in TAKEOVER_SUB_TYPES)
    cursor = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM merged_events "
        f"WHERE acled_sub_event_type IN ({marks}) OR event_type IN ({', '.join('?' for _ in RETREAT_TYPES)})",
        (*sorted(TAKEOVER_SUB_TYPES), *sorted(RETREAT_TYPES)),
    )
    for row in cursor:
        yield row_to_event(dict(zip(COLUMNS, row)))
