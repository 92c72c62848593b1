from __future__ import annotations

import pytest
import spacy

from eventwire.pipeline import Pipeline
from eventwire.records import Actor, Event, Evidence, Location


class SentencePlaces:
    """A stand-in geoparser: no places."""

    def parse(self, doc, article):
        return []


class KeywordCoder:
    """A stand-in coder: one ASSAULT event per sentence that says "attacked"."""

    def code(self, doc, article, toponyms):
        events = []
        start = 0
        for n, sentence in enumerate(article.text.split(". ")):
            if "attacked" in sentence:
                events.append(
                    Event(
                        event_id=f"{article.id}-{n}",
                        article_id=article.id,
                        event_type="ASSAULT",
                        acled_event_type="Violence against civilians",
                        acled_sub_event_type="Attack",
                        actor1=Actor("Unidentified Armed Group"),
                        location=Location("Kirkuk", lat=35.47, lon=44.39, country_code="IQ", precision="place"),
                        date=article.published,
                        sources=[article.outlet] if article.outlet else [],
                        evidence=Evidence(sentence, start, start + len(sentence)),
                    )
                )
            start += len(sentence) + 2
        return events


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Make ``Pipeline.default()`` a fast stand-in (blank spaCy, keyword coder)."""
    pipeline = Pipeline(spacy.blank("en"), SentencePlaces(), KeywordCoder())
    monkeypatch.setattr(Pipeline, "default", classmethod(lambda cls, model=None, event_reports=False: pipeline))
    return pipeline
