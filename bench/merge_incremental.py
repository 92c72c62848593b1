"""Ingest time of the k-th batch stays flat as the store grows (incremental merging).

Stores synthetic articles batch by batch through ``Store.add_article_result``
(which merges each article's events into ``merged_events``) and prints the
seconds per batch. Each real-world event is reported by 1-4 articles from
different outlets, spread over time, so merging happens all along. A
recompute-everything merge would grow linearly with the store; the ratio of
the last batches to the first shows it does not.

    PYTHONPATH=src python bench/merge_incremental.py [--batches 20] [--batch-size 500]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventwire.pipeline import ArticleResult
from eventwire.records import Actor, Article, Event, Evidence, Location
from eventwire.store import Store

CENTRES = [("IQ", 33.3, 44.4), ("SY", 35.0, 38.5), ("NG", 9.1, 7.5), ("ML", 14.5, -4.0), ("UA", 48.5, 35.0),
           ("SO", 5.2, 46.2), ("YE", 15.4, 44.2), ("AF", 34.5, 69.2), ("CD", -1.7, 29.2), ("MM", 21.0, 96.0)]  # fmt: skip
OUTLETS = ["Reuters", "AFP", "AP", "BBC", "Al Jazeera", "CNN", "Xinhua", "Anadolu", "DW", "France 24"]
KINDS = [("ASSAULT", "Battles", "Armed clash"), ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("PROTEST", "Protests", "Peaceful protest"), ("ASSAULT", "Violence against civilians", "Attack")]  # fmt: skip


def articles(n_articles: int, seed: int = 3):
    """Articles in publication order, one report each; each true event is reported 1-4 times
    by different outlets within three days."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    reports: list[tuple[date, int, dict]] = []
    event_no = 0
    while len(reports) < n_articles:
        day = start + timedelta(days=event_no // 25)  # ~25 events a day
        cc, lat, lon = CENTRES[rng.randrange(len(CENTRES))]
        etype, acled, sub = KINDS[rng.randrange(len(KINDS))]
        truth = {"n": event_no, "cc": cc, "lat": lat + rng.uniform(-3, 3), "lon": lon + rng.uniform(-3, 3),
                 "etype": etype, "acled": acled, "sub": sub, "date": day.isoformat(), "actor": f"Group {event_no % 50}"}  # fmt: skip
        for outlet_no in rng.sample(range(len(OUTLETS)), rng.randint(1, 4)):
            reports.append((day + timedelta(days=rng.randint(0, 2)), outlet_no, truth))
        event_no += 1
    reports.sort(key=lambda r: (r[0], r[2]["n"]))
    for produced, (published, outlet_no, truth) in enumerate(reports[:n_articles]):
        outlet = OUTLETS[outlet_no]
        article = Article(f"art{produced}", "synthetic text", outlet=outlet, published=published.isoformat())
        sentence = f"{outlet} reports event {truth['n']}."
        event = Event(
            event_id=f"art{produced}-0",
            article_id=article.id,
            event_type=truth["etype"],
            acled_event_type=truth["acled"],
            acled_sub_event_type=truth["sub"],
            actor1=Actor(truth["actor"], None, truth["cc"], "rebel group"),
            location=Location(f"Place {truth['n']}", None, truth["lat"] + rng.uniform(-0.01, 0.01),
                              truth["lon"] + rng.uniform(-0.01, 0.01), "A1", "A2", truth["cc"], "place"),  # fmt: skip
            date=truth["date"],
            time_precision="day",
            fatalities=rng.choice([None, 1, 3, 8]),
            sources=[outlet],
            evidence=Evidence(sentence, 0, len(sentence)),
            confidence=0.6,
        )
        yield ArticleResult(article, events=[event])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-merge-bench-") as folder:
        store = Store.open(Path(folder) / "bench.db")
        stream = articles(args.batches * args.batch_size)
        times = []
        print(f"{'batch':>5}{'articles':>10}{'events':>9}{'merged':>9}{'seconds':>9}")
        for k in range(1, args.batches + 1):
            t0 = time.perf_counter()
            with store.batch(size=args.batch_size):
                for _ in range(args.batch_size):
                    store.add_article_result(next(stream))
            seconds = time.perf_counter() - t0
            times.append(seconds)
            merged = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
            print(f"{k:>5}{store.count_articles():>10,}{store.count_events():>9,}{merged:>9,}{seconds:>9.2f}")
        store.close()
    head = statistics.median(times[:3])
    tail = statistics.median(times[-3:])
    print(f"median of the last 3 batches / first 3: {tail / head:.2f} (flat = about 1; a full recompute grows ~{args.batches}x)")


if __name__ == "__main__":
    main()
