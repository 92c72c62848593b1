"""Merge precision/recall through the full pipeline on tests/merge/articles.

Runs the default pipeline (spaCy -> geoparser -> coder) over the labelled
articles, merges the coded events in memory (the same algorithm the store
runs), aligns each coded event with a gold event of the same article (same
type family, place within --km or same name, overlapping dates), and scores
the grouping pairwise. Coded events that match no gold event count as
singletons (they hurt precision if merged with anything). Also prints how many
gold events the coder found, since merging cannot group what was not coded.

    PYTHONPATH=src python tools/eval_merge.py [--folder tests/merge/articles] [--km 25]

The hand-coded version (no coder needed) is tests/merge/test_labelled_grouping.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from eventwire.geodesy import haversine_km  # noqa: E402
from eventwire.merge.group import group_events  # noqa: E402
from eventwire.merge.match import dates_overlap, type_family  # noqa: E402
from eventwire.merge.score import pairwise_scores  # noqa: E402
from eventwire.records import Event  # noqa: E402


def align(coded: list[Event], gold_events: list[Event], gold: dict[str, str], km: float) -> dict[str, str]:
    """Coded event id -> gold label, each gold event used at most once per article."""
    labels: dict[str, str] = {}
    by_article: dict[str, list[Event]] = {}
    for event in gold_events:
        by_article.setdefault(event.article_id, []).append(event)
    for article_id, golds in by_article.items():
        used: set[str] = set()
        for event in (e for e in coded if e.article_id == article_id):
            best = None
            for g in golds:
                if g.event_id in used or type_family(g) != type_family(event):
                    continue
                if event.date and not dates_overlap(g, event):
                    continue
                distance = _distance(event, g)
                if distance is None or distance > km:
                    continue
                if best is None or distance < best[0]:
                    best = (distance, g)
            if best is not None:
                used.add(best[1].event_id)
                labels[event.event_id] = gold[best[1].event_id]
    return labels


def _distance(coded: Event, gold_event: Event) -> float | None:
    a, b = coded.location, gold_event.location
    if a is None or b is None:
        return None
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    names = {(x or "").casefold() for x in (a.name, a.text, a.admin2, a.admin1)} - {""}
    if b.admin2 and b.admin2.casefold() in names or b.admin1 and b.admin1.casefold() in names:
        return 0.0
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description="Merge precision/recall through the full pipeline.")
    parser.add_argument("--folder", type=Path, default=ROOT / "tests/merge/articles")
    parser.add_argument("--km", type=float, default=25.0, help="How far a coded event may be from its gold place.")
    args = parser.parse_args()

    from merge.labelled import article_record, hand_coded_events, load_articles

    from eventwire.pipeline import Pipeline

    try:
        pipeline = Pipeline.default()
    except (ImportError, AttributeError) as exc:
        raise SystemExit(f"the default pipeline is not available yet ({exc}): merge the coder branch first")

    articles = [article_record(item) for item in load_articles(args.folder)]
    gold_events, gold = hand_coded_events(args.folder)
    coded: list[Event] = []
    errors = 0
    for result in pipeline.pipe(articles):
        if result.error:
            errors += 1
            print(f"  {result.article.id}: {result.error}", file=sys.stderr)
        coded.extend(result.events)
    if not coded:
        raise SystemExit(
            "the pipeline coded no events from the labelled articles: is the coder branch merged? "
            "(the hand-coded measure is tests/merge/test_labelled_grouping.py)"
        )
    labels = align(coded, gold_events, gold, args.km)
    merged = group_events(coded)
    scores = pairwise_scores((m.members for m in merged), labels)
    found = len(set(labels.values()))
    print(f"articles: {len(articles)} (pipeline errors: {errors})")
    print(f"gold events: {len(gold_events)} reports of {len(set(gold.values()))} events")
    print(f"coded events: {len(coded)}; aligned with a gold report: {len(labels)}; gold events reached: {found}")
    print(f"merged events: {len(merged)}")
    print(
        f"pairwise precision {scores.precision:.3f}  recall {scores.recall:.3f}  f1 {scores.f1:.3f}  "
        f"(pairs: predicted {scores.predicted_pairs}, gold {scores.gold_pairs}, correct {scores.correct_pairs})"
    )
    hand = group_events(gold_events)
    ref = pairwise_scores((m.members for m in hand), gold)
    print(f"hand-coded events (upper bound of the merge rules): precision {ref.precision:.3f} recall {ref.recall:.3f}")


if __name__ == "__main__":
    main()
