"""Event coding: who did what to whom, where, when, how many, according to whom.

Interface used by the pipeline: ``default_coder().code(doc, article, toponyms) -> list[Event]``.
The coder is rule-based over the spaCy parse (see :mod:`eventwire.coding.coder` and
``docs/stages/coding.md``); its dictionaries are data files under ``coding/data`` and
``mentions/data``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..records import Article, Event, Toponym
from .coder import EventCoder


class NoCoder:
    """A coder that codes no events (for tests of other stages)."""

    def code(self, doc: Doc, article: Article, toponyms: list[Toponym]) -> list[Event]:
        return []


@lru_cache(maxsize=4)
def default_coder(keep_unreal: bool = False, event_reports: bool = False) -> EventCoder:
    """The standard coder, built once per process (its matchers compile at build time).

    event_reports: settings for text known to report an event
        (:meth:`~eventwire.coding.learned.LearnedSettings.for_event_reports`).
    """
    from ..parse import load_pipeline
    from .learned import LearnedSettings

    settings = LearnedSettings.for_event_reports() if event_reports else LearnedSettings()
    return EventCoder(load_pipeline(), keep_unreal=keep_unreal, classifier=_load_classifier(),
                      learned_settings=settings)


def _load_classifier():  # type: ignore[no-untyped-def]
    """The packaged sub-event classifier (one signal among the rules; see docs/stages/classify.md)."""
    from .classify import SubEventClassifier

    return SubEventClassifier.load()


__all__ = ["EventCoder", "NoCoder", "default_coder"]
