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
