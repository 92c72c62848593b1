from __future__ import annotations

import sqlite3

import pytest
import spacy

from eventwire.errors import StoreError
from eventwire.pipeline import ArticleResult, Pipeline
from eventwire.records import Actor, Article, Event, Evidence, Location, ReadFailure, Toponym
from eventwire.store import MIGRATIONS, Near, Store, haversine_km, ingest, migrate

BAGHDAD = (33.3406, 44.4009)
BASRA = (30.5085, 47.7804)


def event(article_id: str, n: int, *, date="2020-05-01", type_="ASSAULT", acled="Violence against civilians",
          sub="Attack", where=BAGHDAD, country="IQ", actor1="Islamic State", actor2="Civilians (Iraq)",
          sources=("Wire", "Reuters")) -> Event:
    return Event(
        event_id=f"{article_id}-{n}",
        article_id=article_id,
        event_type=type_,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        actor1=Actor(actor1) if actor1 else None,
        actor2=Actor(actor2) if actor2 else None,
        location=Location("Somewhere", geonameid=1000 + n, lat=where[0], lon=where[1], country_code=country,
                          precision="place") if where else None,
        date=date,
        fatalities=3,
        sources=list(sources),
        evidence=Evidence(f"Sentence {n}.", 10 * n, 10 * n + 12),
    )


def result(article_id: str, events: list[Event] | None = None, text: str = "Some text.") -> ArticleResult:
    return ArticleResult(Article(article_id, text, outlet="Wire", origin=f"{article_id}.txt"),
                         toponyms=[Toponym("Basra", 0, 5, name="Basra", geonameid=99, lat=BASRA[0], lon=BASRA[1])],
                         events=events or [])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "sub" / "events.db") as opened:
        yield opened


def test_open_creates_file_in_wal_mode_with_migrations_recorded(store, tmp_path):
    assert (tmp_path / "sub" / "events.db").exists()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in store.conn.execute("SELECT name FROM migrations")]
    assert names == [name for name, _ in MIGRATIONS]
    # reopening applies nothing new
    assert migrate(store.conn) == []


def test_later_migrations_are_applied_once_in_order(tmp_path):
    path = tmp_path / "m.db"
    Store.open(path).close()
    added = []

    def add_notes(conn):
        added.append(1)
        conn.execute("ALTER TABLE events ADD COLUMN notes TEXT")

    conn = sqlite3.connect(path, isolation_level=None)
    extended = MIGRATIONS + [("0099_notes", add_notes)]
    assert migrate(conn, extended) == ["0099_notes"]
    assert migrate(conn, extended) == []
    assert added == [1]
    conn.close()
    # this eventwire does not know 0099: refuse rather than guess
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)


def test_failed_migration_is_rolled_back(tmp_path):
    conn = sqlite3.connect(tmp_path / "f.db", isolation_level=None)

    def broken(c):
        c.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        migrate(conn, [("0001_broken", broken)])
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == 0


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(StoreError, match="not an eventwire store.*--db"):
        Store.open(path)


def test_add_article_result_is_idempotent(store):
    events = [event("a1", 0), event("a1", 1)]
    assert store.add_article_result(result("a1", events)) is True
    assert store.add_article_result(result("a1", events)) is False
    assert store.has_article("a1") and not store.has_article("zz")
    assert store.count_articles() == 1 and store.count_events() == 2
    rows = store.conn.execute(
        'SELECT event_id, position, outlet, sentence, start, "end" FROM event_sources ORDER BY event_id, position'
    ).fetchall()
    assert rows[:2] == [("a1-0", 0, "Wire", "Sentence 0.", 0, 12), ("a1-0", 1, "Reuters", "Sentence 0.", 0, 12)]
    places = {r[0] for r in store.conn.execute("SELECT geonameid FROM places")}
    assert places == {99, 1000, 1001}


def test_events_round_trip_as_records(store):
    original = event("a1", 0)
    store.add_article_result(result("a1", [original]))
    [back] = store.iter_events()
    assert back == original
    assert store.get_article("a1").outlet == "Wire"


def test_pipeline_error_is_a_failure_not_a_stored_article(store):
    broken = result("a2")
    broken.error = "ValueError: coder broke"
    assert store.add_article_result(broken) is False
    assert not store.has_article("a2")
    assert [(o, r) for o, r, _ in store.failures()] == [("a2.txt", "ValueError: coder broke")]


def test_delete_article_removes_its_events_and_sources(store):
    store.add_article_result(result("a1", [event("a1", 0)]))
    store.add_article_result(result("b1", [event("b1", 0)]))
    assert store.delete_article("a1") is True
    assert store.delete_article("a1") is False
    assert [e.article_id for e in store.iter_events()] == ["b1"]
    assert store.conn.execute("SELECT count(*) FROM event_sources WHERE event_id = 'a1-0'").fetchone()[0] == 0


def _filled(store):
    store.add_article_result(result("a", [
        event("a", 0, date="2020-01-05"),
        event("a", 1, date="2020-02-10", type_="PROTEST", acled="Protests", sub="Peaceful protest",
              actor1="Protesters (Iraq)", actor2=None),
        event("a", 2, date="2020-03-15", where=BASRA, actor1="Military Forces of Iraq", actor2="Islamic State",
              type_="FIGHT", acled="Battles", sub="Armed clash"),
        event("a", 3, date=None, where=(15.35, 44.2), country="YE"),
        event("a", 4, date="2020-04-01", where=None, country=None),
    ]))


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({}, ["a-0", "a-1", "a-2", "a-4", "a-3"]),
        ({"since": "2020-02-01"}, ["a-1", "a-2", "a-4"]),
        ({"until": "2020-02-10"}, ["a-0", "a-1"]),
        ({"since": "2020-02-01", "until": "2020-03-31"}, ["a-1", "a-2"]),
        ({"country": "ye"}, ["a-3"]),
        ({"type": "protest"}, ["a-1"]),
        ({"type": "Battles"}, ["a-2"]),
        ({"type": "armed clash"}, ["a-2"]),
        ({"type": "Violence against civilians"}, ["a-0", "a-4", "a-3"]),
        ({"actor": "islamic"}, ["a-0", "a-2", "a-4", "a-3"]),
        ({"actor": "protesters"}, ["a-1"]),
        ({"near": Near(BASRA[0], BASRA[1], 20)}, ["a-2"]),
        ({"near": Near(BAGHDAD[0], BAGHDAD[1], 600)}, ["a-0", "a-1", "a-2"]),
        ({"near": Near(BAGHDAD[0], BAGHDAD[1], 400)}, ["a-0", "a-1"]),
        ({"near": Near(BAGHDAD[0], BAGHDAD[1], 600), "limit": 2}, ["a-0", "a-1"]),
        ({"limit": 1}, ["a-0"]),
        ({"country": "IQ", "type": "ASSAULT", "actor": "civilians"}, ["a-0"]),
    ],
)
def test_event_filters(store, filters, expected):
    _filled(store)
    assert [e.event_id for e in store.events(**filters)] == expected


def test_haversine_and_near_parsing():
    assert haversine_km(*BAGHDAD, *BASRA) == pytest.approx(448, abs=5)
    assert Near.parse("33.3,44.4,50") == Near(33.3, 44.4, 50.0)
    with pytest.raises(StoreError, match="LAT,LON,KM"):
        Near.parse("33.3,44.4")
    with pytest.raises(StoreError, match="latitude"):
        Near.parse("133.3,44.4,5")


def test_near_across_the_antimeridian(store):
    store.add_article_result(result("f", [event("f", 0, where=(-17.8, 179.9), country="FJ"),
                                          event("f", 1, where=(-17.8, -179.9), country="FJ")]))
    hits = [e.event_id for e in store.events(near=Near(-17.8, 179.95, 50))]
    assert hits == ["f-0", "f-1"]


def test_iteration_streams_from_a_cursor(store):
    _filled(store)
    stream = store.iter_events()
    first = next(stream)
    assert first.event_id == "a-0"
    assert not isinstance(stream, list)


def test_batch_commits_every_n_and_rolls_back_the_open_batch_on_error(tmp_path):
    path = tmp_path / "b.db"
    store = Store.open(path, batch_size=3)
    reader = sqlite3.connect(path)
    with pytest.raises(KeyboardInterrupt):
        with store.batch():
            for i in range(7):
                store.add_article_result(result(f"x{i}"))
                committed = reader.execute("SELECT count(*) FROM articles").fetchone()[0]
                assert committed == (i + 1) // 3 * 3
            raise KeyboardInterrupt
    assert store.count_articles() == 6
    store.close()


def test_ingest_skips_stored_and_duplicate_articles_and_records_failures(store):
    pipeline = Pipeline(spacy.blank("en"), NoPlaces(), OneEventPerArticle())
    items = [Article("p", "One."), ReadFailure("bad.txt", "empty file"), Article("q", "Two."), Article("p", "One.")]
    summary = ingest(items, store, pipeline)
    assert (summary.read, summary.stored, summary.already_stored, summary.events) == (3, 2, 1, 2)
    assert summary.failures == [("bad.txt", "empty file")]
    again = ingest(items[:3], store, pipeline)
    assert (again.stored, again.already_stored, again.events) == (0, 2, 0)
    assert store.count_events() == 2


class NoPlaces:
    def parse(self, doc, article):
        return []


class OneEventPerArticle:
    def code(self, doc, article, toponyms):
        return [Event(f"{article.id}-e", article.id, "ASSAULT")]


def test_a_second_writer_gets_a_clear_busy_error(tmp_path, monkeypatch):
    import eventwire.store.sqlite as sqlite_module

    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_S", 0.1)
    first = Store.open(tmp_path / "busy.db")
    second = Store.open(tmp_path / "busy.db")
    with first.batch():
        first.add_article_result(result("one"))
        with pytest.raises(StoreError, match="busy.*another --db"):
            second.add_article_result(result("two"))
        assert list(second.events()) == []  # readers are never blocked
    assert second.add_article_result(result("two")) is True


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder.*events.db"):
        Store.open(tmp_path)


def test_country_filter_takes_codes_and_names():
    from eventwire.errors import EventwireError
    from eventwire.store import country_code

    assert country_code("Nigeria") == "NG" and country_code("IRQ") == "IQ"
    with pytest.raises(EventwireError):
        country_code("Atlantis")
