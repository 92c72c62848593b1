"""Merge precision/recall on the labelled articles (hand-coded events, no coder needed).

The full-pipeline version of this measure is tools/eval_merge.py.
"""

import random

from eventwire.merge.group import group_events
from eventwire.merge.score import pairwise_scores

from .labelled import hand_coded_events, load_articles


def test_the_labelled_set_is_large_enough():
    articles = load_articles()
    assert len(articles) >= 30
    outlets = {a["outlet"] for a in articles}
    assert len(outlets) >= 10


def test_grouping_precision_and_recall_at_least_0_9_in_any_order():
    events, gold = hand_coded_events()
    rng = random.Random(13)
    for _ in range(5):
        order = events[:]
        rng.shuffle(order)
        merged = group_events(order)
        scores = pairwise_scores((m.members for m in merged), gold)
        assert scores.precision >= 0.9, scores
        assert scores.recall >= 0.9, scores
        assert scores.gold_pairs >= 20


def test_events_that_must_stay_apart_do():
    events, gold = hand_coded_events()
    merged = group_events(events)
    group_of = {eid: m.merged_id for m in merged for eid in m.members}
    by_label = {}
    for eid, label in gold.items():
        by_label.setdefault(label, set()).add(group_of[eid])
    apart = [
        ("ramadi-0112", "ramadi-0118"),  # one town, two days
        ("ramadi-0112", "ramadi-0113-pmf"),
        ("ariha-seized", "jisr-seized"),  # two towns, one day
        ("lagos-protest", "abuja-protest"),
        ("aleppo-strike", "albab-strike"),
        ("kabul-ambulance", "kabul-academy"),
        ("bamako-0605", "bamako-0619"),
    ]
    for a, b in apart:
        assert not (by_label[a] & by_label[b]), (a, b)


def test_merged_figures_follow_the_rules():
    events, _ = hand_coded_events()
    merged = {tuple(sorted(m.members)): m for m in group_events(events)}
    kabul = next(m for k, m in merged.items() if "a27-0" in k)
    assert kabul.event.fatalities == 95 and kabul.fatalities_range == (95, 103)
    assert kabul.event.actor1.name == "Taliban"
    lagos = next(m for k, m in merged.items() if "a09-0" in k)
    assert lagos.event.size in (2000, 5000) and len(lagos.outlets) == 3
