"""Versioned schema changes of the event store.

``MIGRATIONS`` is an ordered list of ``(name, function)``; each function takes
an open ``sqlite3.Connection`` and changes the schema. Applied migrations are
recorded by name in the ``migrations`` table, so opening a store applies only
the new ones, each in its own transaction. To change the schema, append a
migration (never edit or reorder an applied one)::

    def add_event_notes(conn):
        conn.execute("ALTER TABLE events ADD COLUMN notes TEXT")

    MIGRATIONS.append(("0002_event_notes", add_event_notes))
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from ..errors import StoreError

Migration = tuple[str, Callable[[sqlite3.Connection], None]]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``;``-separated statements inside the current transaction.

    (``executescript`` would commit the open transaction first.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def initial_schema(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            origin TEXT,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_url ON articles(url);

        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            date TEXT,
            event_type TEXT NOT NULL,
            mode TEXT,
            acled_event_type TEXT,
            acled_sub_event_type TEXT,
            country_code TEXT,
            lat REAL,
            lon REAL,
            geonameid INTEGER,
            actor1 TEXT,
            actor2 TEXT,
            fatalities INTEGER,
            confidence REAL,
            record TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_event_type ON events(event_type);
        CREATE INDEX events_acled_event_type ON events(acled_event_type);
        CREATE INDEX events_acled_sub_event_type ON events(acled_sub_event_type);
        CREATE INDEX events_country ON events(country_code);
        CREATE INDEX events_lat_lon ON events(lat, lon);
        CREATE INDEX events_actor1 ON events(actor1);
        CREATE INDEX events_actor2 ON events(actor2);

        CREATE TABLE event_sources (
            event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            outlet TEXT,
            sentence TEXT,
            start INTEGER,
            "end" INTEGER,
            PRIMARY KEY (event_id, position)
        );
        CREATE INDEX event_sources_outlet ON event_sources(outlet);

        CREATE TABLE places (
            geonameid INTEGER PRIMARY KEY,
            name TEXT,
            lat REAL,
            lon REAL,
            country_code TEXT,
            admin1 TEXT,
            admin2 TEXT
        );

        CREATE TABLE failures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            origin TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """
    )


#: Every schema change, oldest first. Append only.
MIGRATIONS: list[Migration] = [
    ("0001_initial", initial_schema),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations applied to this database, in order."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[str]:
    """Apply the migrations not yet applied; return their names.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each
    migration runs in its own ``BEGIN IMMEDIATE`` transaction with its record.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    known = [name for name, _ in migrations]
    done = applied(conn)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"the store has schema migrations this eventwire does not know ({', '.join(unknown)}); "
            "it was written by a newer version: upgrade eventwire or use another --db"
        )
    new = []
    for name, change in migrations:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            change(conn)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        new.append(name)
    return new
