import sqlite3

import pytest

from eventwire.merge.store import (
    EventFilter,
    candidates,
    count_merged,
    ensure_schema,
    iter_merged_rows,
    iter_report_rows,
    merge_events,
    merged_members,
    unmerge_article,
)

from .factory import report


@pytest.fixture()
def conn():
    connection = sqlite3.connect(":memory:")
    ensure_schema(connection)
    yield connection
    connection.close()


def test_reports_of_one_event_become_one_row_with_all_members(conn):
    reports = [
        report(article="a1", outlet="Reuters", fatalities=10, confidence=0.7),
        report(article="a2", outlet="AFP", fatalities=6, place="Townville-east"),
        report(article="a3", outlet="AP", day="2014-06-18", precision="week", fatalities=None),
    ]
    ids = merge_events(conn, reports)
    assert len(set(ids)) == 1
    assert count_merged(conn) == 1
    (row,) = iter_merged_rows(conn)
    assert row["n_reports"] == 3 and row["n_outlets"] == 3
    assert (row["fatalities"], row["fatalities_min"], row["fatalities_max"]) == (6, 6, 10)
    assert row["confidence"] > 0.7
    assert row["date"] == "2014-06-21" and row["time_precision"] == "day"
    assert merged_members(conn, ids[0]) == sorted(r.event_id for r in reports)


def test_distinct_events_get_distinct_rows(conn):
    merge_events(conn, [report(day="2014-06-21"), report(day="2014-06-22"), report(place="Otherton")])
    assert count_merged(conn) == 3


def test_reingesting_a_report_is_idempotent(conn):
    r = report(article="a1", fatalities=3)
    merge_events(conn, [r])
    merge_events(conn, [r])
    (row,) = iter_merged_rows(conn)
    assert row["n_reports"] == 1


def test_deleting_an_article_takes_back_exactly_its_contribution(conn):
    a = report(article="a1", outlet="A", fatalities=8, confidence=0.5)
    b = report(article="a2", outlet="B", fatalities=3, confidence=0.9)
    c = report(article="a3", outlet="C", fatalities=5, confidence=0.4)
    merge_events(conn, [a, b, c])
    unmerge_article(conn, "a2")
    (row,) = list(iter_merged_rows(conn))

    other = sqlite3.connect(":memory:")
    ensure_schema(other)
    merge_events(other, [a, c])
    (expected,) = list(iter_merged_rows(other))
    skip = {"merged_id", "updated_at"}
    assert {k: v for k, v in row.items() if k not in skip} == {k: v for k, v in expected.items() if k not in skip}
    assert row["fatalities"] == 5

    unmerge_article(conn, "a1")
    unmerge_article(conn, "a3")
    assert count_merged(conn) == 0


def test_candidates_come_from_the_window_only(conn):
    merge_events(conn, [report(day=f"2014-0{m}-1{d}") for m in range(1, 9) for d in range(0, 9)])
    probe = report(day="2014-03-15")
    found = candidates(conn, probe)
    assert found and all(c.event.date.startswith("2014-03") or c.event.date.startswith("2014-02") for c in found)
    assert len(found) < 20


def test_filters_select_rows(conn):
    merge_events(
        conn,
        [
            report(day="2014-06-01"),
            report(day="2014-07-01", actor1="Al Nusra Front"),
            report(day="2014-07-02", place="Riverside", acled="Protests", sub="Peaceful protest", etype="PROTEST"),
        ],
    )
    assert len(list(iter_merged_rows(conn, EventFilter(since="2014-06-15")))) == 2
    assert len(list(iter_merged_rows(conn, EventFilter(until="2014-06-15")))) == 1
    assert len(list(iter_merged_rows(conn, EventFilter(country="ng")))) == 1
    assert len(list(iter_merged_rows(conn, EventFilter(type="peaceful protest")))) == 1
    assert len(list(iter_merged_rows(conn, EventFilter(actor="nusra")))) == 1
    assert len(list(iter_merged_rows(conn, EventFilter(near=(34.0, 42.01, 5.0))))) == 2
    assert len(list(iter_report_rows(conn, EventFilter(country="IQ")))) == 2


def test_rows_stream_oldest_first(conn):
    merge_events(conn, [report(day="2014-06-03"), report(day="2014-06-01"), report(day="2014-06-02")])
    assert [r["date"] for r in iter_merged_rows(conn)] == ["2014-06-01", "2014-06-02", "2014-06-03"]


def test_candidate_lookup_is_an_indexed_range_search(conn):
    from eventwire.merge.store import CANDIDATES_SQL

    plan = conn.execute("EXPLAIN QUERY PLAN " + CANDIDATES_SQL, ("Battles", "IQ", 1, 2, 1)).fetchall()
    detail = " ".join(str(row[-1]) for row in plan)
    assert "SEARCH merged_events USING INDEX merged_events_window" in detail
    assert "day_start>? AND day_start<?" in detail.replace("=", "")
