"""In-memory incremental merging: the same algorithm the store runs, without SQL.

Useful for tests, evaluation and small batches. Each new report is compared
with the representative of every merged event in the same type family whose
date interval overlaps; it joins the closest match (lowest
:func:`~eventwire.merge.match.match_score`) or founds a new merged event.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Event
from .combine import MergedEvent, combine, merged_id_for
from .match import DEFAULT_RULES, MatchRules, match_score, type_family


def best_candidate(
    report: Event, candidates: Iterable[MergedEvent], rules: MatchRules = DEFAULT_RULES
) -> MergedEvent | None:
    """The merged event ``report`` belongs to, or ``None`` (a new event)."""
    best: tuple[float, str] | None = None
    chosen: MergedEvent | None = None
    for merged in candidates:
        score = match_score(report, merged.event, rules)
        if score is None:
            continue
        key = (score, merged.merged_id)
        if best is None or key < best:
            best, chosen = key, merged
    return chosen


class Merger:
    """Merged events kept in memory; reversible by article."""

    def __init__(self, rules: MatchRules = DEFAULT_RULES) -> None:
        self.rules = rules
        self.merged: dict[str, MergedEvent] = {}
        self.reports: dict[str, dict[str, Event]] = {}  # merged_id -> event_id -> report
        self._by_family: dict[str, set[str]] = {}

    def add(self, report: Event) -> str:
        """Merge one report; returns its merged id."""
        family = type_family(report)
        pool = (self.merged[m] for m in sorted(self._by_family.get(family, ())))
        target = best_candidate(report, pool, self.rules)
        if target is None:
            merged_id = merged_id_for(report.event_id)
            self.reports[merged_id] = {}
        else:
            merged_id = target.merged_id
        self.reports[merged_id][report.event_id] = report
        self._recompute(merged_id)
        return merged_id

    def add_all(self, reports: Iterable[Event]) -> None:
        for report in reports:
            self.add(report)

    def remove_article(self, article_id: str) -> list[str]:
        """Take back an article's reports; returns the merged ids touched."""
        touched = []
        for merged_id, members in list(self.reports.items()):
            gone = [eid for eid, r in members.items() if r.article_id == article_id]
            if not gone:
                continue
            for eid in gone:
                del members[eid]
            touched.append(merged_id)
            self._recompute(merged_id)
        return touched

    def _recompute(self, merged_id: str) -> None:
        old = self.merged.pop(merged_id, None)
        if old is not None:
            self._by_family.get(type_family(old.event), set()).discard(merged_id)
        members = self.reports.get(merged_id) or {}
        if not members:
            self.reports.pop(merged_id, None)
            return
        merged = combine(list(members.values()), merged_id=merged_id)
        self.merged[merged_id] = merged
        self._by_family.setdefault(type_family(merged.event), set()).add(merged_id)

    def groups(self) -> list[set[str]]:
        """Member event ids per merged event."""
        return [set(members) for members in self.reports.values()]


def group_events(reports: Iterable[Event], rules: MatchRules = DEFAULT_RULES) -> list[MergedEvent]:
    """Merge ``reports`` in the order given; one :class:`MergedEvent` per event."""
    merger = Merger(rules)
    merger.add_all(reports)
    return list(merger.merged.values())
