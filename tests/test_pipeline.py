import contextlib

import spacy

from eventwire.pipeline import Pipeline
from eventwire.records import Article, Event, Toponym


class OneToponym:
    def parse(self, doc, article):
        return [Toponym(doc[0].text, 0, len(doc[0].text))]


class EventPerToponym:
    def code(self, doc, article, toponyms):
        if "boom" in article.text:
            raise ValueError("coder broke")
        return [Event(f"{article.id}-{i}", article.id, "ASSAULT") for i, _ in enumerate(toponyms)]


def test_pipeline_runs_stages_in_order_and_isolates_failures():
    pipeline = Pipeline(spacy.blank("en"), OneToponym(), EventPerToponym())
    articles = [Article("a", "Mosul fell."), Article("b", "boom here"), Article("c", "Kabul calm.")]
    results = list(pipeline.pipe(articles))
    assert [r.article.id for r in results] == ["a", "b", "c"]
    assert results[0].toponyms[0].text == "Mosul"
    assert [e.event_id for e in results[0].events] == ["a-0"]
    assert results[1].error == "ValueError: coder broke" and results[1].events == []
    assert results[2].error is None and len(results[2].events) == 1


def test_new_vocabulary_is_freed_after_each_chunk():
    """Memory stays flat: strings that unseen words add while a chunk is parsed are freed."""
    nlp = spacy.blank("en")
    pipeline = Pipeline(nlp, OneToponym(), EventPerToponym(), zone_size=10)
    before = len(nlp.vocab.strings)
    articles = [Article(str(i), f"Zqx{i}town reported {i}blorp{i} and wug{i * 7}.") for i in range(200)]
    results = list(pipeline.pipe(articles))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert results[123].toponyms[0].text == "Zqx123town"  # records outlive the zone
    assert len(nlp.vocab.strings) - before < 20  # without zones: 600+ new strings
    unzoned = Pipeline(nlp, OneToponym(), EventPerToponym(), zone_size=10)
    unzoned._zone = contextlib.nullcontext
    list(unzoned.pipe(articles))
    assert len(nlp.vocab.strings) - before > 600
