"""Ingest: read items -> skip stored articles -> pipeline -> store, with a summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Article, ReadFailure
from .sqlite import Store

if TYPE_CHECKING:
    from ..pipeline import ArticleResult, Pipeline


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did. ``failures`` holds ``(origin, reason)`` pairs."""

    read: int = 0
    already_stored: int = 0
    stored: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def ingest(
    items: Iterable[Article | ReadFailure],
    store: Store,
    pipeline: Pipeline,
    *,
    on_result: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Code and store every article not yet in ``store``; record every failure.

    Articles already stored (or seen earlier in this run) are counted and not
    coded again. Writes go through ``store.batch()``, so an interrupted run
    keeps its committed batches and a re-run completes the rest. ``on_result``
    is called after each article or failure (for progress bars).
    """
    summary = IngestSummary()
    seen: set[str] = set()

    def new_articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadFailure):
                summary.failures.append((item.origin, item.reason))
                store.add_read_failure(item)
                if on_result:
                    on_result(summary)
                continue
            summary.read += 1
            if item.id in seen or store.has_article(item.id):
                summary.already_stored += 1
                if on_result:
                    on_result(summary)
                continue
            seen.add(item.id)
            yield item

    with store.batch():
        for result in pipeline.pipe(new_articles()):
            _store_result(result, store, summary)
            if on_result:
                on_result(summary)
    return summary


def _store_result(result: ArticleResult, store: Store, summary: IngestSummary) -> None:
    if result.error is not None:
        summary.failures.append((result.article.origin or result.article.id, result.error))
        store.add_article_result(result)  # records the failure
        return
    if store.add_article_result(result):
        summary.stored += 1
        summary.events += len(result.events)
    else:
        summary.already_stored += 1
