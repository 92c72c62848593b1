"""Combine the reports of one event into a merged event.

:func:`combine` is a pure function of the member reports (order-independent),
so removing an article and recombining the remaining reports gives exactly
what ingesting only those reports would have given.

Rules (see ``docs/stages/merge.md``):

* type, sub-event type, mode: the value most reports give (ties: the more
  confident reports, then alphabetical); a territorial sub-event type
  (overtakes/regains/transfer of territory) wins over a plain clash when any
  report gives one;
* location: the most precise one (ties: the most reported, then the most
  confident report's);
* date: the finest precision reported; among those, the most reported date;
* actors: per slot, the most reported specific (non-generic) name, else the
  generic one;
* fatalities: ACLED's rule, the lowest figure any report states;
  ``fatalities_range`` keeps [lowest, highest];
* size: the median of the stated figures (lower median);
* confidence: ``1 - prod(1 - c_o)`` over distinct outlets ``o``, where ``c_o``
  is the highest confidence among that outlet's reports, capped at
  :data:`CONFIDENCE_CAP`. Two reports from one outlet count once.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..records import Actor, Event, Evidence, Location
from .match import PRECISION_RANK, actor_key, precision_of, type_family

CONFIDENCE_CAP = 0.99

#: Sub-event types that win over a plain clash reported for the same event
#: (ACLED codes fighting that ends in a change of control as the change).
TERRITORIAL_SUB_TYPES = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
    }
)
TIME_RANK = {"day": 0, "week": 1, "month": 2}

T = TypeVar("T")


@dataclass(slots=True)
class MergedEvent:
    """One event as reported by one or more articles.

    ``event`` is the representative record (``event_id`` = ``merged_id``,
    ``sources`` = every outlet of every member, publisher outlets first,
    ``evidence`` = the most confident report's sentence, ``confidence`` = the
    combined confidence). ``members`` are the report event ids,
    ``article_ids`` their articles, ``outlets`` the distinct publishing
    outlets, ``sentences`` every member's evidence sentence.
    """

    merged_id: str
    event: Event
    members: list[str]
    article_ids: list[str]
    outlets: list[str]
    fatalities_range: tuple[int, int] | None = None
    sentences: list[str] = field(default_factory=list)

    @property
    def n_reports(self) -> int:
        return len(self.members)

    def to_dict(self) -> dict[str, Any]:
        return {
            "merged_id": self.merged_id,
            "event": self.event.to_dict(),
            "members": list(self.members),
            "article_ids": list(self.article_ids),
            "outlets": list(self.outlets),
            "fatalities_range": list(self.fatalities_range) if self.fatalities_range else None,
            "sentences": list(self.sentences),
        }


def merged_id_for(founding_event_id: str) -> str:
    """Stable id of the merged event founded by a report."""
    return "m-" + hashlib.sha1(founding_event_id.encode("utf-8")).hexdigest()[:16]


def outlet_of(report: Event) -> str:
    """The publishing outlet (first source), else the article: the unit of independence."""
    if report.sources:
        return report.sources[0].strip().casefold()
    return f"article:{report.article_id}"


def _vote(values: Iterable[tuple[T | None, float]]) -> T | None:
    """Most frequent non-None value; ties by summed confidence, then by repr."""
    counts: Counter[Any] = Counter()
    weight: dict[Any, float] = {}
    for value, conf in values:
        if value is None:
            continue
        counts[value] += 1
        weight[value] = weight.get(value, 0.0) + conf
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -weight[v], repr(v)))


def _ordered(reports: Sequence[Event]) -> list[Event]:
    return sorted(reports, key=lambda r: (-r.confidence, r.event_id))


def _pick_location(reports: Sequence[Event]) -> Location | None:
    located = [r for r in reports if r.location is not None]
    if not located:
        return None
    best_rank = min(PRECISION_RANK[precision_of(r.location)] for r in located)  # type: ignore[arg-type]
    finest = [r for r in located if PRECISION_RANK[precision_of(r.location)] == best_rank]  # type: ignore[arg-type]
    key = _vote((r.location.geonameid or r.location.name, r.confidence) for r in finest)  # type: ignore[union-attr]
    for report in _ordered(finest):
        assert report.location is not None
        if (report.location.geonameid or report.location.name) == key:
            return report.location
    return _ordered(finest)[0].location


def _pick_date(reports: Sequence[Event]) -> tuple[str | None, str | None]:
    dated = [r for r in reports if r.date]
    if not dated:
        return None, None
    best = min(TIME_RANK.get(r.time_precision or "day", 0) for r in dated)
    finest = [r for r in dated if TIME_RANK.get(r.time_precision or "day", 0) == best]
    chosen = _vote((r.date, r.confidence) for r in finest)
    precision = next(r.time_precision for r in _ordered(finest) if r.date == chosen)
    return chosen, precision or "day"


def _pick_actor(actors: list[tuple[Actor | None, float]]) -> Actor | None:
    specific = [(a, c) for a, c in actors if a is not None and actor_key(a) is not None]
    pool = specific or [(a, c) for a, c in actors if a is not None]
    if not pool:
        return None
    key = _vote((actor_key(a) or a.name, c) for a, c in pool if a is not None)
    for actor, _ in sorted(pool, key=lambda ac: -ac[1]):
        assert actor is not None
        if (actor_key(actor) or actor.name) == key:
            return actor
    return pool[0][0]


def _slot_actors(reports: Sequence[Event]) -> tuple[Actor | None, Actor | None]:
    """Actor1/actor2 with swapped reports aligned to the majority orientation."""
    first = _pick_actor([(r.actor1, r.confidence) for r in reports])
    key1 = actor_key(first)
    slot1: list[tuple[Actor | None, float]] = []
    slot2: list[tuple[Actor | None, float]] = []
    for r in reports:
        if key1 is not None and actor_key(r.actor2) == key1 and actor_key(r.actor1) != key1:
            slot1.append((r.actor2, r.confidence))
            slot2.append((r.actor1, r.confidence))
        else:
            slot1.append((r.actor1, r.confidence))
            slot2.append((r.actor2, r.confidence))
    return _pick_actor(slot1), _pick_actor(slot2)


def combine_confidence(reports: Iterable[Event]) -> float:
    best: dict[str, float] = {}
    for report in reports:
        outlet = outlet_of(report)
        best[outlet] = max(best.get(outlet, 0.0), min(max(report.confidence, 0.0), 1.0))
    miss = 1.0
    for conf in best.values():
        miss *= 1.0 - conf
    return round(min(CONFIDENCE_CAP, 1.0 - miss), 6)


def combine(reports: Sequence[Event], merged_id: str | None = None) -> MergedEvent:
    """The merged event of ``reports`` (at least one). Order does not matter."""
    if not reports:
        raise ValueError("combine() needs at least one report")
    reports = sorted(reports, key=lambda r: r.event_id)
    ordered = _ordered(reports)
    lead = ordered[0]
    merged_id = merged_id or merged_id_for(reports[0].event_id)

    event_type = _vote((r.event_type, r.confidence) for r in reports) or lead.event_type
    territorial = [r for r in reports if r.acled_sub_event_type in TERRITORIAL_SUB_TYPES]
    sub_type = _vote((r.acled_sub_event_type, r.confidence) for r in (territorial or reports))
    acled_type = _vote((r.acled_event_type, r.confidence) for r in reports)
    mode = _vote((r.mode, r.confidence) for r in reports)
    actor1, actor2 = _slot_actors(reports)
    when, precision = _pick_date(reports)

    stated = [r.fatalities for r in reports if r.fatalities is not None]
    fatalities = min(stated) if stated else None
    fatal_range = (min(stated), max(stated)) if stated else None
    sizes = sorted(r.size for r in reports if r.size is not None)
    size = sizes[(len(sizes) - 1) // 2] if sizes else None

    sources: list[str] = []
    seen: set[str] = set()
    for r in ordered:  # publishers first, then credited outlets
        if r.sources and r.sources[0].casefold() not in seen:
            seen.add(r.sources[0].casefold())
            sources.append(r.sources[0])
    for r in ordered:
        for s in r.sources[1:]:
            if s.casefold() not in seen:
                seen.add(s.casefold())
                sources.append(s)

    evidence = next((r.evidence for r in ordered if r.evidence is not None), None)
    quote = next((r.quote for r in ordered if r.quote), None)
    representative = Event(
        event_id=merged_id,
        article_id=lead.article_id,
        event_type=event_type,
        mode=mode,
        acled_event_type=acled_type,
        acled_sub_event_type=sub_type,
        actor1=actor1,
        actor2=actor2,
        location=_pick_location(reports),
        date=when,
        time_precision=precision,
        fatalities=fatalities,
        size=size,
        sources=sources,
        evidence=Evidence(evidence.sentence, evidence.start, evidence.end) if evidence else None,
        confidence=combine_confidence(reports),
        quote=quote,
    )
    article_ids = sorted({r.article_id for r in reports})
    outlets = sorted({outlet_of(r) for r in reports})
    sentences = [r.evidence.sentence for r in ordered if r.evidence is not None]
    return MergedEvent(
        merged_id=merged_id,
        event=representative,
        members=[r.event_id for r in reports],
        article_ids=article_ids,
        outlets=outlets,
        fatalities_range=fatal_range,
        sentences=sentences,
    )


def family_of(merged: MergedEvent) -> str:
    return type_family(merged.event)
