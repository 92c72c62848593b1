"""Merged events in the SQLite store: tables, incremental merge, reversal, queries.

Two tables (created by the migrations in :data:`MIGRATIONS`, appended to the
store's migration list):

* ``merged_events``: one row per merged event, flat and export-ready (the
  representative record of :func:`eventwire.merge.combine.combine`);
* ``merged_members``: one row per report (``event_id`` -> ``merged_id``,
  ``article_id``, the report as JSON), so a merged event can be recomputed
  from its remaining members after an article is deleted.

Merging is incremental: a new report is compared only with the merged events
of its type family and country whose date interval overlaps its own, found
through the ``(family, country_code, day_start)`` index; dates span at most
:data:`~eventwire.merge.match.MAX_SPAN_DAYS`, so the range scan is bounded.

These functions do not commit: they run inside the caller's transaction (the
store's ingest), so an article and its merge land together or not at all.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from ..errors import EventwireError
from ..geodesy import haversine_km
from ..records import Actor, Event, Evidence, Location
from .combine import MergedEvent, combine, merged_id_for
from .group import best_candidate
from .match import DEFAULT_RULES, MAX_SPAN_DAYS, MatchRules, day_span, type_family

# ------------------------------------------------------------------ migrations


_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS merged_events (
        merged_id TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        event_type TEXT NOT NULL,
        mode TEXT,
        acled_event_type TEXT,
        acled_sub_event_type TEXT,
        actor1 TEXT, actor1_type TEXT, actor1_country TEXT,
        actor2 TEXT, actor2_type TEXT, actor2_country TEXT,
        date TEXT, time_precision TEXT,
        day_start INTEGER, day_end INTEGER,
        location TEXT, geonameid INTEGER,
        latitude REAL, longitude REAL,
        admin1 TEXT, admin2 TEXT, country_code TEXT, geo_precision TEXT,
        fatalities INTEGER, fatalities_min INTEGER, fatalities_max INTEGER,
        size INTEGER,
        sources TEXT NOT NULL DEFAULT '[]',
        n_reports INTEGER NOT NULL, n_outlets INTEGER NOT NULL,
        confidence REAL NOT NULL,
        sentence TEXT,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS merged_events_window ON merged_events(family, country_code, day_start)",
    "CREATE INDEX IF NOT EXISTS merged_events_day ON merged_events(day_start)",
    "CREATE INDEX IF NOT EXISTS merged_events_country_day ON merged_events(country_code, day_start)",
    "CREATE INDEX IF NOT EXISTS merged_events_sub_type ON merged_events(acled_sub_event_type)",
    """CREATE TABLE IF NOT EXISTS merged_members (
        event_id TEXT PRIMARY KEY,
        merged_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        report TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS merged_members_merged ON merged_members(merged_id)",
    "CREATE INDEX IF NOT EXISTS merged_members_article ON merged_members(article_id)",
)


def migrate_merged_events(conn: sqlite3.Connection) -> None:
    """Create ``merged_events`` and ``merged_members``; merge the events already stored.

    Runs inside the caller's transaction (no ``executescript``, which commits).
    """
    for statement in _SCHEMA:
        conn.execute(statement)
    has_events = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
    ).fetchone()
    if has_events:
        rows = conn.execute("SELECT record FROM events ORDER BY rowid")
        merge_events(conn, (Event.from_dict(json.loads(text)) for (text,) in rows.fetchall()))


#: (name, function) pairs to append, in order, to the store's migration list.
MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("0002_merged_events", migrate_merged_events),
]


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the merge tables on a bare connection (tests, tools); idempotent."""
    for _, migration in MIGRATIONS:
        migration(conn)


def connection_of(conn_or_store: Any) -> sqlite3.Connection:
    """Accept a ``sqlite3.Connection`` or a store object exposing one."""
    if isinstance(conn_or_store, sqlite3.Connection):
        return conn_or_store
    for attr in ("conn", "connection", "_conn", "db"):
        conn = getattr(conn_or_store, attr, None)
        if isinstance(conn, sqlite3.Connection):
            return conn
    raise EventwireError(
        f"cannot find a SQLite connection on {type(conn_or_store).__name__}; "
        "pass a sqlite3.Connection or an eventwire.store.Store"
    )


# ----------------------------------------------------------------- row <-> record

COLUMNS = (
    "merged_id", "family", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "actor1", "actor1_type", "actor1_country", "actor2", "actor2_type", "actor2_country",
    "date", "time_precision", "day_start", "day_end",
    "location", "geonameid", "latitude", "longitude", "admin1", "admin2", "country_code",
    "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "size",
    "sources", "n_reports", "n_outlets", "confidence", "sentence", "updated_at",
)  # fmt: skip

_SELECT = ", ".join(COLUMNS)
_INSERT = (
    f"INSERT OR REPLACE INTO merged_events ({_SELECT}) VALUES ({', '.join('?' for _ in COLUMNS)})"
)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def merged_row(merged: MergedEvent, updated_at: str | None = None) -> tuple[Any, ...]:
    """The ``merged_events`` row of a merged event, in :data:`COLUMNS` order."""
    ev = merged.event
    span = day_span(ev)
    loc = ev.location or Location(None)
    a1 = ev.actor1 or Actor("")
    a2 = ev.actor2
    low, high = merged.fatalities_range or (None, None)
    return (
        merged.merged_id, type_family(ev), ev.event_type, ev.mode,
        ev.acled_event_type, ev.acled_sub_event_type,
        ev.actor1.name if ev.actor1 else None, a1.type, a1.country,
        a2.name if a2 else None, a2.type if a2 else None, a2.country if a2 else None,
        ev.date, ev.time_precision,
        span[0] if span else None, span[1] if span else None,
        loc.name, loc.geonameid, loc.lat, loc.lon, loc.admin1, loc.admin2,
        loc.country_code.upper() if loc.country_code else None, loc.precision,
        ev.fatalities, low, high, ev.size,
        json.dumps(ev.sources, ensure_ascii=False), merged.n_reports, len(merged.outlets),
        ev.confidence, ev.evidence.sentence if ev.evidence else None,
        updated_at or _now(),
    )  # fmt: skip


def row_to_event(row: dict[str, Any]) -> Event:
    """The representative :class:`Event` of a ``merged_events`` row (a flat dict)."""
    sources = row["sources"]
    if isinstance(sources, str):
        sources = json.loads(sources)
    location = None
    if row.get("location") is not None or row.get("latitude") is not None or row.get("country_code"):
        location = Location(
            name=row.get("location"),
            geonameid=row.get("geonameid"),
            lat=row.get("latitude"),
            lon=row.get("longitude"),
            admin1=row.get("admin1"),
            admin2=row.get("admin2"),
            country_code=row.get("country_code"),
            precision=row.get("geo_precision"),
        )
    actor1 = Actor(row["actor1"], None, row.get("actor1_country"), row.get("actor1_type")) if row.get("actor1") else None
    actor2 = Actor(row["actor2"], None, row.get("actor2_country"), row.get("actor2_type")) if row.get("actor2") else None
    sentence = row.get("sentence")
    return Event(
        event_id=row["merged_id"],
        article_id="",
        event_type=row["event_type"],
        mode=row.get("mode"),
        acled_event_type=row.get("acled_event_type"),
        acled_sub_event_type=row.get("acled_sub_event_type"),
        actor1=actor1,
        actor2=actor2,
        location=location,
        date=row.get("date"),
        time_precision=row.get("time_precision"),
        fatalities=row.get("fatalities"),
        size=row.get("size"),
        sources=list(sources or []),
        evidence=Evidence(sentence, 0, len(sentence)) if sentence else None,
        confidence=row.get("confidence") or 0.0,
    )


def _light_merged(row: dict[str, Any]) -> MergedEvent:
    """A candidate for matching: the representative only (members not loaded)."""
    return MergedEvent(row["merged_id"], row_to_event(row), [], [], [])


# ----------------------------------------------------------------- merge / unmerge


#: The merge window: same family and country, date intervals that can overlap.
CANDIDATES_SQL = (
    f"SELECT {_SELECT} FROM merged_events INDEXED BY merged_events_window "
    "WHERE family = ? AND country_code IS ? AND day_start BETWEEN ? AND ? AND day_end >= ?"
)


def candidates(conn: sqlite3.Connection, report: Event) -> list[MergedEvent]:
    """Merged events that could hold ``report``: same family and country, overlapping dates."""
    span = day_span(report)
    if span is None or report.location is None:
        return []
    country = report.location.country_code.upper() if report.location.country_code else None
    cursor = conn.execute(
        CANDIDATES_SQL, (type_family(report), country, span[0] - MAX_SPAN_DAYS, span[1], span[0])
    )
    return [_light_merged(dict(zip(COLUMNS, row))) for row in cursor]


def _member_reports(conn: sqlite3.Connection, merged_id: str) -> list[Event]:
    rows = conn.execute("SELECT report FROM merged_members WHERE merged_id = ?", (merged_id,))
    return [Event.from_dict(json.loads(text)) for (text,) in rows]


def recompute(conn: sqlite3.Connection, merged_id: str) -> MergedEvent | None:
    """Rebuild a merged event from its members; delete it when none remain."""
    reports = _member_reports(conn, merged_id)
    if not reports:
        conn.execute("DELETE FROM merged_events WHERE merged_id = ?", (merged_id,))
        return None
    merged = combine(reports, merged_id=merged_id)
    conn.execute(_INSERT, merged_row(merged))
    return merged


def merge_events(
    conn_or_store: Any, reports: Iterable[Event], rules: MatchRules = DEFAULT_RULES
) -> list[str]:
    """Merge reports into the store; returns the merged id of each, in order.

    Idempotent: a report already merged (same ``event_id``) is taken out and
    merged again, so re-ingesting an article does not double-count it.
    """
    conn = connection_of(conn_or_store)
    out: list[str] = []
    for report in reports:
        previous = conn.execute(
            "SELECT merged_id FROM merged_members WHERE event_id = ?", (report.event_id,)
        ).fetchone()
        if previous is not None:
            conn.execute("DELETE FROM merged_members WHERE event_id = ?", (report.event_id,))
            recompute(conn, previous[0])
        target = best_candidate(report, candidates(conn, report), rules)
        merged_id = target.merged_id if target is not None else merged_id_for(report.event_id)
        conn.execute(
            "INSERT INTO merged_members (event_id, merged_id, article_id, report) VALUES (?, ?, ?, ?)",
            (report.event_id, merged_id, report.article_id, json.dumps(report.to_dict(), ensure_ascii=False)),
        )
        recompute(conn, merged_id)
        out.append(merged_id)
    return out


def merge_article(conn_or_store: Any, article_id: str, rules: MatchRules = DEFAULT_RULES) -> list[str]:
    """Merge the events the store holds for one article (reads the ``events`` table)."""
    conn = connection_of(conn_or_store)
    rows = conn.execute("SELECT record FROM events WHERE article_id = ? ORDER BY rowid", (article_id,))
    return merge_events(conn, [Event.from_dict(json.loads(text)) for (text,) in rows.fetchall()], rules)


def unmerge_article(conn_or_store: Any, article_id: str) -> list[str]:
    """Take back every contribution of an article; returns the merged ids touched.

    Each touched merged event is recomputed from its remaining members, or
    removed when none remain. Call it before (or with) deleting the article.
    """
    conn = connection_of(conn_or_store)
    touched = [
        merged_id
        for (merged_id,) in conn.execute(
            "SELECT DISTINCT merged_id FROM merged_members WHERE article_id = ? ORDER BY merged_id",
            (article_id,),
        )
    ]
    conn.execute("DELETE FROM merged_members WHERE article_id = ?", (article_id,))
    for merged_id in touched:
        recompute(conn, merged_id)
    return touched


def merged_members(conn_or_store: Any, merged_id: str) -> list[str]:
    conn = connection_of(conn_or_store)
    return [
        eid
        for (eid,) in conn.execute(
            "SELECT event_id FROM merged_members WHERE merged_id = ? ORDER BY event_id", (merged_id,)
        )
    ]


# ------------------------------------------------------------------- queries


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of ``eventwire events`` / ``export``; ``None`` means no filter.

    ``country`` is an ISO 3166-1 alpha-2 code; ``type`` matches the PLOVER type,
    ACLED event type or ACLED sub-event type (case-insensitive); ``actor`` is a
    case-insensitive substring of actor1 or actor2; ``near`` is (lat, lon, km).
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    type: str | None = None
    actor: str | None = None
    near: tuple[float, float, float] | None = None


def _where(flt: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.since:
        clauses.append("day_end >= ?")
        params.append(date.fromisoformat(flt.since).toordinal())
    if flt.until:
        clauses.append("day_start <= ?")
        params.append(date.fromisoformat(flt.until).toordinal())
    if flt.country:
        clauses.append("country_code = ?")
        params.append(flt.country.upper())
    if flt.type:
        clauses.append(
            "(event_type = ? COLLATE NOCASE OR acled_event_type = ? COLLATE NOCASE"
            " OR acled_sub_event_type = ? COLLATE NOCASE)"
        )
        params += [flt.type] * 3
    if flt.actor:
        clauses.append("(actor1 LIKE ? OR actor2 LIKE ?)")
        params += [f"%{flt.actor}%"] * 2
    if flt.near:
        lat, lon, km = flt.near
        dlat = km / 111.0
        dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
        params += [lat - dlat, lat + dlat, lon - dlon, lon + dlon]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _near_ok(flt: EventFilter, lat: float | None, lon: float | None) -> bool:
    if flt.near is None:
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(flt.near[0], flt.near[1], lat, lon) <= flt.near[2]


def iter_merged_rows(
    conn_or_store: Any, flt: EventFilter | None = None, batch_size: int = 5000
) -> Iterator[dict[str, Any]]:
    """Stream merged events as flat dicts (``sources`` decoded to a list).

    Rows come oldest first (by the start of the date interval, undated first),
    read through an index so nothing is sorted in memory; memory stays flat
    (``fetchmany`` batches).
    """
    conn = connection_of(conn_or_store)
    flt = flt or EventFilter()
    where, params = _where(flt)
    cursor = conn.execute(f"SELECT {_SELECT} FROM merged_events{where} ORDER BY day_start, rowid", params)
    loads = json.loads
    while True:
        rows = cursor.fetchmany(batch_size)
        if not rows:
            break
        for row in rows:
            record = dict(zip(COLUMNS, row))
            record["sources"] = loads(record["sources"])
            if flt.near is not None and not _near_ok(flt, record["latitude"], record["longitude"]):
                continue
            yield record


def flat_report(report: Event, merged_id: str) -> dict[str, Any]:
    """A member report in the flat shape of :func:`iter_merged_rows` (``--unmerged``)."""
    merged = combine([report], merged_id=merged_id)
    record = dict(zip(COLUMNS, merged_row(merged, updated_at="")))
    record["sources"] = list(report.sources)
    record["merged_id"] = merged_id
    record["event_id"] = report.event_id
    record["article_id"] = report.article_id
    return record


def iter_report_rows(
    conn_or_store: Any, flt: EventFilter | None = None, batch_size: int = 2000
) -> Iterator[dict[str, Any]]:
    """Stream member reports (one row per report), filtered like :func:`iter_merged_rows`."""
    conn = connection_of(conn_or_store)
    flt = flt or EventFilter()
    where, params = _where(flt)
    cursor = conn.execute(
        "SELECT m.merged_id, m.report FROM merged_members m "
        f"WHERE m.merged_id IN (SELECT merged_id FROM merged_events{where}) ORDER BY m.merged_id, m.event_id",
        params,
    )
    while True:
        rows = cursor.fetchmany(batch_size)
        if not rows:
            break
        for merged_id, text in rows:
            record = flat_report(Event.from_dict(json.loads(text)), merged_id)
            if not _row_matches(flt, record):
                continue
            yield record


def _row_matches(flt: EventFilter, record: dict[str, Any]) -> bool:
    """Re-check the filters on one report row (its own date/place may differ)."""
    if flt.since and (record["day_end"] is None or record["day_end"] < date.fromisoformat(flt.since).toordinal()):
        return False
    if flt.until and (record["day_start"] is None or record["day_start"] > date.fromisoformat(flt.until).toordinal()):
        return False
    if flt.country and (record["country_code"] or "") != flt.country.upper():
        return False
    if flt.type:
        wanted = flt.type.casefold()
        kinds = (record["event_type"], record["acled_event_type"], record["acled_sub_event_type"])
        if wanted not in {(k or "").casefold() for k in kinds}:
            return False
    if flt.actor:
        needle = flt.actor.casefold()
        if not any(needle in (record[k] or "").casefold() for k in ("actor1", "actor2")):
            return False
    return _near_ok(flt, record["latitude"], record["longitude"])


def count_merged(conn_or_store: Any) -> int:
    conn = connection_of(conn_or_store)
    return int(conn.execute("SELECT COUNT(*) FROM merged_events").fetchone()[0])


def bulk_insert_rows(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> None:
    """Insert ready-made ``merged_events`` rows (in :data:`COLUMNS` order); for benches/imports."""
    conn.executemany(_INSERT, rows)
