"""The SQLite event store: articles, events, their sources, places and failures."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..geodesy import haversine_km
from ..merge.store import merge_events, unmerge_article
from ..records import Article, Event, ReadFailure
from .migrations import migrate

if TYPE_CHECKING:  # the pipeline imports spaCy; the store does not need it
    from ..pipeline import ArticleResult

#: Articles per transaction inside ``Store.batch()``.
DEFAULT_BATCH_SIZE = 50

#: Seconds a writer waits for another writer's transaction before giving up.
BUSY_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Near:
    """A circle on the map: events within ``km`` of (``lat``, ``lon``)."""

    lat: float
    lon: float
    km: float

    def __post_init__(self) -> None:
        if not -90 <= self.lat <= 90 or not -180 <= self.lon <= 180:
            raise StoreError(f"--near: {self.lat},{self.lon} is not a latitude,longitude pair")
        if self.km <= 0:
            raise StoreError(f"--near: the radius must be positive km, not {self.km}")

    @classmethod
    def parse(cls, value: str) -> "Near":
        """``"33.3,44.4,50"`` -> ``Near(33.3, 44.4, 50)``."""
        parts = value.split(",")
        try:
            lat, lon, km = (float(part) for part in parts)
        except ValueError as exc:
            raise StoreError(f"--near: expected LAT,LON,KM like 33.3,44.4,50, got {value!r}") from exc
        return cls(lat, lon, km)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """One SQLite file in WAL mode holding articles, events and failures.

    Open with :meth:`open` (applies pending migrations). Writes outside
    :meth:`batch` commit at once; inside it they commit every ``batch_size``
    articles and when the block ends, so a killed run keeps every committed
    batch and re-running skips what is stored.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.conn = conn
        self.path = path
        self.batch_size = batch_size
        self._in_batch = False
        self._pending = 0

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> "Store":
        """Open (creating it and its folder if needed) the store at ``path``.

        ``None`` means :func:`eventwire.settings.default_db_path` (``EVENTWIRE_DB``).
        """
        from ..settings import default_db_path

        db_path = Path(path) if path is not None else default_db_path()
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        if db_path.is_dir():
            raise StoreError(f"{db_path} is a folder; give the store's file name, e.g. --db {db_path / 'events.db'}")
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(db_path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"cannot open the store at {db_path} ({exc}); pass another --db or set EVENTWIRE_DB"
            ) from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"{db_path} is not an eventwire store ({exc}); pass another --db or set EVENTWIRE_DB"
            ) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, db_path, batch_size)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"the store {self.path} is busy ({exc}): another process (an `eventwire ingest`?) "
                "is writing to it; wait for it to finish or pass another --db"
            ) from exc

    @contextmanager
    def batch(self, size: int | None = None) -> Iterator["Store"]:
        """Group writes: commit every ``size`` articles (default ``batch_size``) and at the end.

        If the block raises (including Ctrl-C), the uncommitted articles of the
        current batch are rolled back; earlier batches stay committed.
        """
        if self._in_batch:
            yield self
            return
        if size is not None:
            if size < 1:
                raise StoreError(f"batch size must be at least 1, not {size}")
            previous, self.batch_size = self.batch_size, size
        self._in_batch = True
        self._pending = 0
        self._begin()
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_batch = False
            self._pending = 0
            if size is not None:
                self.batch_size = previous

    @contextmanager
    def _write(self, counts: bool = True) -> Iterator[None]:
        """One article's writes: part of the open batch, or its own transaction.

        ``counts``: whether the write counts towards the batch size.
        """
        if self._in_batch:
            self.conn.execute("SAVEPOINT article")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO article")
                self.conn.execute("RELEASE article")
                raise
            self.conn.execute("RELEASE article")
            self._pending += counts
            if self._pending >= self.batch_size:
                self.conn.execute("COMMIT")
                self._begin()
                self._pending = 0
        else:
            self._begin()
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    # -- writing ------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article_result(self, result: ArticleResult) -> bool:
        """Store an article with its events and places; ``False`` if it was already stored.

        A result whose pipeline ``error`` is set is recorded as a failure and
        the article is not stored, so a later run tries it again.
        """
        if result.error is not None:
            self.add_failure(result.article.origin or result.article.id, result.error)
            return False
        article = result.article
        with self._write():
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO articles (id, origin, url, title, outlet, published, language, "
                "text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.origin,
                    article.url,
                    article.title,
                    article.outlet,
                    article.published,
                    article.language,
                    article.text,
                    _now(),
                ),
            )
            if cursor.rowcount == 0:
                return False
            for event in result.events:
                self._add_event(event)
            merge_events(self.conn, result.events)  # merge stage: one row per real event
            for toponym in result.toponyms:
                if toponym.geonameid is not None:
                    self._add_place(
                        toponym.geonameid, toponym.name, toponym.lat, toponym.lon,
                        toponym.country_code, toponym.admin1, toponym.admin2,
                    )
        return True

    def _add_event(self, event: Event) -> None:
        location = event.location
        record = json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True)
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO events (event_id, article_id, date, event_type, mode, "
            "acled_event_type, acled_sub_event_type, country_code, lat, lon, geonameid, actor1, "
            "actor2, fatalities, confidence, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.event_id,
                event.article_id,
                event.date,
                event.event_type,
                event.mode,
                event.acled_event_type,
                event.acled_sub_event_type,
                location.country_code if location else None,
                location.lat if location else None,
                location.lon if location else None,
                location.geonameid if location else None,
                event.actor1.name if event.actor1 else None,
                event.actor2.name if event.actor2 else None,
                event.fatalities,
                event.confidence,
                record,
            ),
        )
        if cursor.rowcount == 0:
            return
        evidence = event.evidence
        outlets: list[str | None] = list(event.sources) or [None]
        for position, outlet in enumerate(outlets):
            self.conn.execute(
                'INSERT INTO event_sources (event_id, position, outlet, sentence, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event.event_id,
                    position,
                    outlet,
                    evidence.sentence if evidence else None,
                    evidence.start if evidence else None,
                    evidence.end if evidence else None,
                ),
            )
        if location and location.geonameid is not None:
            self._add_place(
                location.geonameid, location.name, location.lat, location.lon,
                location.country_code, location.admin1, location.admin2,
            )

    def _add_place(self, *values: object) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO places (geonameid, name, lat, lon, country_code, admin1, admin2) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            values,
        )

    def add_failure(self, origin: str, reason: str) -> None:
        """Record an input that could not be read or coded."""
        with self._write(counts=False):
            self.conn.execute(
                "INSERT INTO failures (origin, reason, at) VALUES (?, ?, ?)", (origin, reason, _now())
            )

    def add_read_failure(self, failure: ReadFailure) -> None:
        self.add_failure(failure.origin, failure.reason)

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and its events (and their sources); ``False`` if absent."""
        with self._write(counts=False):
            unmerge_article(self.conn, article_id)  # merge stage: take back its reports
            cursor = self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cursor.rowcount > 0

    # -- reading ------------------------------------------------------------

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM events").fetchone()[0])

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, text, title, outlet, published, url, language, origin FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "text", "title", "outlet", "published", "url", "language", "origin")
        return Article(**dict(zip(keys, row)))

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, streamed in insertion order."""
        keys = ("id", "text", "title", "outlet", "published", "url", "language", "origin")
        cursor = self.conn.execute(
            "SELECT id, text, title, outlet, published, url, language, origin FROM articles ORDER BY rowid"
        )
        for row in cursor:
            yield Article(**dict(zip(keys, row)))

    def failures(self) -> Iterator[tuple[str, str, str]]:
        """Recorded failures as ``(origin, reason, at)``, oldest first."""
        yield from self.conn.execute("SELECT origin, reason, at FROM failures ORDER BY id")

    def iter_events(self) -> Iterator[Event]:
        """Every stored event, streamed (no list is built), ordered by date."""
        return self.events()

    def events(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        country: str | None = None,
        type: str | None = None,
        actor: str | None = None,
        near: Near | None = None,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Event]:
        """Events matching every given filter, streamed, by date (undated last).

        ``since``/``until`` are inclusive ``YYYY-MM-DD`` bounds; ``country`` an
        ISO 3166 alpha-2 code; ``type`` a PLOVER event type or an ACLED event or
        sub-event type (case-insensitive); ``actor`` a substring of either
        actor's name (case-insensitive); ``near`` a circle (bounding box in SQL,
        exact great-circle distance here).
        """
        where: list[str] = []
        params: list[object] = []
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until)
        if country:
            where.append("country_code = ?")
            params.append(country.upper())
        if type:
            where.append(
                "(upper(event_type) = upper(?) OR lower(acled_event_type) = lower(?) "
                "OR lower(acled_sub_event_type) = lower(?))"
            )
            params.extend([type, type, type])
        if actor:
            where.append("(instr(lower(actor1), lower(?)) > 0 OR instr(lower(actor2), lower(?)) > 0)")
            params.extend([actor, actor])
        if article_id:
            where.append("article_id = ?")
            params.append(article_id)
        if near:
            box, box_params = _bounding_box(near)
            where.append(box)
            params.extend(box_params)
        sql = "SELECT record, lat, lon FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date, event_id"
        if limit is not None and near is None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._stream(sql, params, near, limit)

    def _stream(self, sql: str, params: list[object], near: Near | None, limit: int | None) -> Iterator[Event]:
        count = 0
        if limit is not None and limit <= 0:
            return
        for record, lat, lon in self.conn.execute(sql, params):
            if near is not None and haversine_km(near.lat, near.lon, lat, lon) > near.km:
                continue
            yield Event.from_dict(json.loads(record))
            count += 1
            if limit is not None and count >= limit:
                return


def _bounding_box(near: Near) -> tuple[str, list[object]]:
    """A lat/lon box around the circle (wider than it; the exact test follows)."""
    dlat = near.km / 111.0
    lat_min, lat_max = near.lat - dlat, near.lat + dlat
    cos_lat = math.cos(math.radians(near.lat))
    if lat_min <= -90 or lat_max >= 90 or cos_lat < 1e-6:
        return "lat BETWEEN ? AND ? AND lon IS NOT NULL", [max(lat_min, -90), min(lat_max, 90)]
    dlon = min(180.0, near.km / (111.0 * cos_lat) * 1.01)
    lon_min, lon_max = near.lon - dlon, near.lon + dlon
    if lon_min < -180 or lon_max > 180:  # the circle crosses the antimeridian
        lon_min = lon_min + 360 if lon_min < -180 else lon_min
        lon_max = lon_max - 360 if lon_max > 180 else lon_max
        return "lat BETWEEN ? AND ? AND (lon >= ? OR lon <= ?)", [lat_min, lat_max, lon_min, lon_max]
    return "lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", [lat_min, lat_max, lon_min, lon_max]
