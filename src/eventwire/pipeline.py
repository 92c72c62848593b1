"""The pipeline: read articles -> parse -> geoparse -> code events.

The CLI, the web app and the Spark job are thin shells over :class:`Pipeline`.
Each stage is a plain object with one method, so tests can pass their own:

* ``nlp``: a spaCy ``Language`` (``nlp.pipe(texts)`` -> ``Doc``)
* ``geoparser``: ``parse(doc, article) -> list[Toponym]``
* ``coder``: ``code(doc, article, toponyms) -> list[Event]``
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from itertools import islice
from dataclasses import dataclass, field
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .records import Article, Event, Toponym


class GeoparserLike(Protocol):
    def parse(self, doc: Doc, article: Article) -> list[Toponym]: ...


class CoderLike(Protocol):
    def code(self, doc: Doc, article: Article, toponyms: list[Toponym]) -> list[Event]: ...


@dataclass(slots=True)
class ArticleResult:
    """What the pipeline made of one article; ``error`` is set when a stage failed."""

    article: Article
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None


class Pipeline:
    """Runs the stages over articles, one article's failure never stopping the rest."""

    def __init__(
        self,
        nlp: Language,
        geoparser: GeoparserLike,
        coder: CoderLike,
        batch_size: int = 16,
        zone_size: int = 64,
    ) -> None:
        self.nlp = nlp
        self.geoparser = geoparser
        self.coder = coder
        self.batch_size = batch_size
        self.zone_size = zone_size

    @classmethod
    def default(cls, model: str | None = None, event_reports: bool = False) -> "Pipeline":
        """The standard pipeline: the configured spaCy model, gazetteer geoparser and coder.

        event_reports: the articles are known to report events (see
            :meth:`eventwire.coding.learned.LearnedSettings.for_event_reports`).
        """
        from .coding import default_coder
        from .geo import default_geoparser
        from .parse import load_pipeline

        return cls(load_pipeline(model), default_geoparser(), default_coder(event_reports=event_reports))

    def process(self, article: Article) -> ArticleResult:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Yield one :class:`ArticleResult` per article, in input order.

        Articles are parsed in chunks of ``zone_size``, each inside a spaCy memory
        zone: the strings and lexemes that new vocabulary adds while a chunk is
        processed are freed after it, so memory stays flat over millions of
        articles (results hold plain records, never spaCy objects; a caller must not
        use the pipeline's ``nlp`` while it iterates).
        """
        iterator = iter(articles)
        while True:
            chunk = list(islice(iterator, self.zone_size))
            if not chunk:
                return
            with self._zone():
                pairs = ((article.text, article) for article in chunk)
                for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
                    yield self._after_parse(doc, article)

    def _zone(self):  # type: ignore[no-untyped-def]
        zone = getattr(self.nlp, "memory_zone", None)
        return zone() if zone is not None else nullcontext()

    def _after_parse(self, doc: Doc, article: Article) -> ArticleResult:
        result = ArticleResult(article)
        try:
            result.toponyms = self.geoparser.parse(doc, article)
            result.events = self.coder.code(doc, article, result.toponyms)
        except Exception as exc:  # one bad article must not stop the run
            result.error = f"{type(exc).__name__}: {exc}"
        return result
