"""Score a grouping of reports against gold labels (pairwise precision and recall).

Every pair of reports counts: a pair predicted together is correct when gold
puts them in the same event. Precision = correct pairs / predicted pairs,
recall = correct pairs / gold pairs. Reports without a gold label (e.g.
pipeline events that match no gold event) are their own gold singleton.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int
    reports: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def pairwise_scores(predicted: Iterable[Iterable[str]], gold: Mapping[str, str]) -> PairScores:
    """``predicted``: groups of report ids; ``gold``: report id -> gold event label."""
    groups = [sorted(set(g)) for g in predicted]
    ids = [i for g in groups for i in g]
    label = {i: gold.get(i, f"__alone__{i}") for i in ids}
    predicted_pairs = {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}
    by_gold: dict[str, list[str]] = {}
    for i in ids:
        by_gold.setdefault(label[i], []).append(i)
    gold_pairs = {tuple(sorted(p)) for members in by_gold.values() for p in combinations(members, 2)}
    correct = len(predicted_pairs & gold_pairs)
    precision = correct / len(predicted_pairs) if predicted_pairs else 1.0
    recall = correct / len(gold_pairs) if gold_pairs else 1.0
    return PairScores(precision, recall, len(predicted_pairs), len(gold_pairs), correct, len(ids))
