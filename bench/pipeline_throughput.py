"""Throughput of the whole pipeline against the spaCy parse alone, on realistic news.

Runs, on the same texts (LGL or GeoVirus local-news articles from the EUPEG corpora):

1. ``nlp.pipe`` alone (the baseline: the parse eventwire cannot avoid);
2. the whole pipeline (parse -> geoparse -> code events), via ``Pipeline.pipe``;

and prints articles/second for both and their ratio (target: >= 0.80), plus the
resident memory after each quarter of the run (it must stay flat in the number of
articles). Usage::

    python bench/pipeline_throughput.py [--corpus LGL|GeoVirus] [--limit 300] [--data-dir ../shared/data]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.coding import default_coder  # noqa: E402
from eventwire.geo import default_geoparser  # noqa: E402
from eventwire.parse import load_pipeline  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def load_texts(data_dir: Path, corpus: str, limit: int) -> list[str]:
    folder = data_dir / "geo" / "eupeg" / "corpora" / corpus
    if not folder.is_dir():
        raise SystemExit(f"corpus not found: {folder} (pass --data-dir pointing at shared/data)")
    files = sorted(folder.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)[:limit]
    return [p.read_text("utf-8", errors="replace") for p in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="LGL", choices=["LGL", "GeoVirus"])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of both measurements (best kept)")
    args = parser.parse_args()

    texts = load_texts(args.data_dir, args.corpus, args.limit)
    articles = [Article(f"{args.corpus}-{i}", t, published="2010-06-15", outlet="Example") for i, t in enumerate(texts)]
    nlp = load_pipeline()
    pipeline = Pipeline(nlp, default_geoparser(), default_coder())
    # warm up: load models, build matchers and the gazetteer index
    list(pipeline.pipe(articles[:5]))
    list(nlp.pipe(texts[:5]))

    # alternate the two measurements and keep each one's best round: the machine is
    # shared, so the best round is the least disturbed one
    parse_rates: list[float] = []
    full_rates: list[float] = []
    memory: list[int] = []
    events = errors = 0
    for round_ in range(args.rounds):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        parse_rates.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        done = 0
        for result in pipeline.pipe(articles):
            done += 1
            if round_ == 0:
                events += len(result.events)
                errors += int(result.error is not None)
            if done % max(1, len(articles) // 4) == 0:
                memory.append(round(rss_mb()))
        full_rates.append(len(texts) / (time.perf_counter() - start))

    # the stages after the parse, timed alone on already parsed docs
    docs = list(nlp.pipe(texts, batch_size=16))
    start = time.perf_counter()
    found = [pipeline.geoparser.parse(doc, article) for doc, article in zip(docs, articles)]
    geo_ms = (time.perf_counter() - start) * 1000 / len(docs)
    start = time.perf_counter()
    for doc, article, toponyms in zip(docs, articles, found):
        pipeline.coder.code(doc, article, toponyms)
    coder_ms = (time.perf_counter() - start) * 1000 / len(docs)

    parse_rate, full_rate = max(parse_rates), max(full_rates)
    print(f"corpus {args.corpus}: {len(texts)} articles, {sum(len(t) for t in texts) / 1e3:.0f} k characters, {args.rounds} rounds")
    print(f"spaCy parse alone : {parse_rate:7.1f} articles/s (best round; all: {[round(r, 1) for r in parse_rates]})")
    print(f"whole pipeline    : {full_rate:7.1f} articles/s (best round; all: {[round(r, 1) for r in full_rates]}; {events} events, {errors} errors)")
    print(f"ratio             : {full_rate / parse_rate:.2f} (target >= 0.80)")
    print(f"after the parse   : geoparser {geo_ms:.1f} ms/article, coder {coder_ms:.1f} ms/article; parse {1000 / parse_rate:.0f} ms/article")
    print(f"RSS MB after each quarter of each round: {memory}")


if __name__ == "__main__":
    main()
