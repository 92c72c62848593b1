"""The merge stage inside the foundation's Store: ingest hook, delete hook, migration backfill."""

import dataclasses

from eventwire.merge.store import count_merged, iter_merged_rows, merge_article, merged_members
from eventwire.pipeline import ArticleResult
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.migrations import MIGRATIONS

from .factory import report


def _result(article_id, outlet, *events):
    article = Article(article_id, "text", outlet=outlet, published="2014-06-22")
    return ArticleResult(article, events=[dataclasses.replace(e, article_id=article_id) for e in events])


def test_store_ingest_merges_and_delete_takes_back(tmp_path):
    store = Store.open(tmp_path / "events.db")
    with store.batch():
        store.add_article_result(_result("a1", "Reuters", report(outlet="Reuters", fatalities=12)))
        store.add_article_result(_result("a2", "AFP", report(outlet="AFP", fatalities=8, place="Townville-east")))
        store.add_article_result(_result("a3", "AP", report(outlet="AP", day="2014-06-22")))  # next day
    assert store.count_events() == 3
    assert count_merged(store) == 2
    rows = {r["date"]: r for r in iter_merged_rows(store)}
    assert rows["2014-06-21"]["n_reports"] == 2 and rows["2014-06-21"]["fatalities"] == 8

    assert store.delete_article("a2")
    rows = {r["date"]: r for r in iter_merged_rows(store)}
    assert rows["2014-06-21"]["n_reports"] == 1 and rows["2014-06-21"]["fatalities"] == 12
    assert store.delete_article("a1") and store.delete_article("a3")
    assert count_merged(store) == 0
    store.close()


def test_migration_backfills_a_store_made_before_merging(tmp_path):
    path = tmp_path / "old.db"
    old = Store.open(path)
    old.add_article_result(_result("a1", "Reuters", report(outlet="Reuters")))
    old.add_article_result(_result("a2", "AFP", report(outlet="AFP")))
    # make it a store from before the merge stage: no merge tables, 0002 not applied
    old.conn.execute("DROP TABLE merged_members")
    old.conn.execute("DROP TABLE merged_events")
    old.conn.execute("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[1][0],))
    old.close()

    store = Store.open(path)
    (row,) = list(iter_merged_rows(store))
    assert row["n_reports"] == 2
    assert len(merged_members(store, row["merged_id"])) == 2
    # merging an article again is idempotent
    merge_article(store, "a1")
    (row,) = list(iter_merged_rows(store))
    assert row["n_reports"] == 2
    store.close()
