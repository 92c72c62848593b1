"""Event coding: who did what to whom, where, when, how many, according to whom.

Interface used by the pipeline: ``default_coder().code(doc, article, toponyms) -> list[Event]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Event, Toponym


class NoCoder:
    """Placeholder until the event coder lands: codes no events."""

    def code(self, doc: Doc, article: Article, toponyms: list[Toponym]) -> list[Event]:
        return []


def default_coder() -> NoCoder:
    return NoCoder()
