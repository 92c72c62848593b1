"""Score coded events against a reference article's gold file.

The matching rule is the one the gold files state in ``how_to_read``: a predicted event
matches a gold one when its ACLED sub-event type agrees (or, for gold events without a
sub-event type, its PLOVER type is among the gold ``plover`` types), its location lies
within ``within_km`` of the gold point (when gold has a point) and its date equals the
gold date (when gold has one). Gold and predicted events are paired one to one
(maximum matching, required gold events first).

Scores: required recall (required gold events found), precision (emitted events that
match any gold event, optional ones included) and, for every matched gold event, checks
of fatalities, size and cited sources (every gold source must be among the event's).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..geodesy import haversine_km
from ..mentions.attributions import canonical_outlet, outlet_aliases
from ..records import Article, Event


def load_reference(gold_path: Path) -> tuple[Article, dict[str, Any]]:
    """The article (text + ``.meta.json``) a gold file describes, and the gold data."""
    try:
        gold = json.loads(gold_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(str(gold_path), f"cannot read gold file ({exc})") from exc
    text_path = gold_path.parent / gold.get("article", gold_path.name.replace(".gold.json", ".txt"))
    meta_path = text_path.with_suffix(".meta.json")
    try:
        text = text_path.read_text("utf-8")
    except OSError as exc:
        raise InputError(str(text_path), f"article text named by the gold file is missing ({exc})") from exc
    meta: dict[str, Any] = {}
    if meta_path.exists():
        meta = json.loads(meta_path.read_text("utf-8"))
    article = Article(
        id=meta.get("id", text_path.stem),
        text=text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=meta.get("published") or gold.get("published"),
        url=meta.get("url"),
        language=meta.get("language"),
        origin=str(text_path),
    )
    return article, gold


def type_agrees(event: Event, gold: dict[str, Any]) -> bool:
    if gold.get("acled_sub_event_type"):
        return event.acled_sub_event_type == gold["acled_sub_event_type"]
    return event.event_type in (gold.get("plover") or [])


def place_agrees(event: Event, gold: dict[str, Any]) -> tuple[bool, float | None]:
    loc = gold.get("location") or {}
    if loc.get("lat") is None or loc.get("within_km") is None:
        return True, None
    if event.location is None or event.location.lat is None or event.location.lon is None:
        return False, None
    km = haversine_km(event.location.lat, event.location.lon, loc["lat"], loc["lon"])
    return km <= loc["within_km"], km


def matches(event: Event, gold: dict[str, Any]) -> bool:
    if not type_agrees(event, gold):
        return False
    if not place_agrees(event, gold)[0]:
        return False
    if gold.get("date") and event.date != gold["date"]:
        return False
    return True


@dataclass
class GoldRow:
    id: str
    required: bool
    type: str
    place: str | None
    date: str | None
    found: bool = False
    event: int | None = None
    fatalities_ok: bool | None = None
    size_ok: bool | None = None
    sources_ok: bool | None = None
    missing_sources: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass
class EventRow:
    index: int
    type: str
    place: str | None
    date: str | None
    fatalities: int | None
    sources: list[str]
    matched: str | None = None
    evidence: str = ""


@dataclass
class ReferenceScore:
    article: str
    gold: list[GoldRow]
    events: list[EventRow]
    required: int
    required_found: int
    emitted: int
    emitted_matched: int
    checks: int
    checks_ok: int

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.emitted_matched / self.emitted if self.emitted else 1.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["recall"] = round(self.recall, 4)
        data["precision"] = round(self.precision, 4)
        return data


def _label(event: Event) -> str:
    return f"{event.event_type}/{event.acled_sub_event_type}" if event.acled_sub_event_type else event.event_type


def score(article_id: str, events: list[Event], gold: dict[str, Any]) -> ReferenceScore:
    golds = gold.get("events", [])
    order = sorted(range(len(golds)), key=lambda i: not golds[i].get("required", False))
    candidates = {g: [e for e, event in enumerate(events) if matches(event, golds[g])] for g in order}
    owner: dict[int, int] = {}  # event index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for e in candidates[g]:
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or augment(owner[e], seen):
                owner[e] = g
                return True
        return False

    for g in order:
        augment(g, set())
    # emitted events matching some gold event but left unpaired still count as correct
    matched_gold = {g: e for e, g in owner.items()}
    gold_rows: list[GoldRow] = []
    checks = checks_ok = 0
    for g, spec in enumerate(golds):
        row = GoldRow(
            id=spec.get("id", str(g)),
            required=bool(spec.get("required", False)),
            type=spec.get("acled_sub_event_type") or "/".join(spec.get("plover") or []),
            place=(spec.get("location") or {}).get("name"),
            date=spec.get("date"),
        )
        if g in matched_gold:
            event = events[matched_gold[g]]
            row.found, row.event = True, matched_gold[g]
            if "fatalities" in spec:
                row.fatalities_ok = (event.fatalities or None) == (spec["fatalities"] or None)
            if isinstance(spec.get("size"), int):
                row.size_ok = event.size == spec["size"]
            wanted = spec.get("sources") or []
            # (an outlet's alias is the outlet: gold "SUNA" is the record's "Sudan News Agency")
            # (a gold file may write an outlet by an alias it shares with others: "APS")
            have = {a for s in event.sources for a in outlet_aliases(canonical_outlet(s))}
            row.missing_sources = [s for s in wanted if canonical_outlet(s) not in have and s not in have]
            row.sources_ok = not row.missing_sources
            if row.required:
                for ok in (row.fatalities_ok, row.size_ok, row.sources_ok):
                    if ok is not None:
                        checks += 1
                        checks_ok += int(ok)
        else:
            near = [e for e, event in enumerate(events) if type_agrees(event, spec)]
            if near:
                reasons = []
                for e in near[:3]:
                    ok, km = place_agrees(events[e], spec)
                    if not ok:
                        reasons.append(f"#{e} at {events[e].location.name if events[e].location else None}" + (f" {km:.0f} km off" if km is not None else ""))
                    elif spec.get("date") and events[e].date != spec["date"]:
                        reasons.append(f"#{e} dated {events[e].date}")
                row.note = "; ".join(reasons) or None
        gold_rows.append(row)
    event_rows: list[EventRow] = []
    emitted_matched = 0
    for e, event in enumerate(events):
        matched = owner.get(e)
        if matched is None:
            others = [g for g in range(len(golds)) if matches(event, golds[g])]
            matched = others[0] if others else None
        if matched is not None:
            emitted_matched += 1
        event_rows.append(EventRow(
            index=e,
            type=_label(event),
            place=event.location.name if event.location else None,
            date=event.date,
            fatalities=event.fatalities,
            sources=list(event.sources),
            matched=golds[matched].get("id") if matched is not None else None,
            evidence=(event.evidence.sentence[:80] if event.evidence else ""),
        ))
    required = sum(1 for r in gold_rows if r.required)
    return ReferenceScore(
        article=article_id,
        gold=gold_rows,
        events=event_rows,
        required=required,
        required_found=sum(1 for r in gold_rows if r.required and r.found),
        emitted=len(events),
        emitted_matched=emitted_matched,
        checks=checks,
        checks_ok=checks_ok,
    )
