"""How much does geoparsing add to spaCy parsing? Target: at most +25 %.

Parses N LGL articles (default 300) with the spaCy pipeline alone, then again with the
geoparser run on each parsed document, and prints both times and the ratio. The
gazetteer index is opened (and built, if missing) before timing starts.

    python bench/geo_overhead.py [--limit 300] [--data-dir ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.evaluate.geo import read_corpus  # noqa: E402
from eventwire.geo import default_geoparser  # noqa: E402
from eventwire.parse import load_pipeline  # noqa: E402
from eventwire.records import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--corpus", default="LGL")
    parser.add_argument("--rounds", type=int, default=2, help="Alternating rounds; the best time of each counts.")
    args = parser.parse_args()
    texts, _ = read_corpus(args.data_dir, args.corpus, args.limit)
    nlp = load_pipeline()
    geoparser = default_geoparser()
    list(nlp.pipe(texts[:5]))  # warm up

    # Alternate the two runs and keep each one's best time: the machine is shared, and a
    # single pass of each is at the mercy of whatever else runs meanwhile.
    spacy_times, both_times = [], []
    found = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=16):  # streamed, as in the pipeline
            pass
        spacy_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        found = 0
        for index, doc in enumerate(nlp.pipe(texts, batch_size=16)):
            found += len(geoparser.parse(doc, Article(id=str(index), text=doc.text)))
        both_times.append(time.perf_counter() - start)
    spacy_seconds, both_seconds = min(spacy_times), min(both_times)

    docs = list(nlp.pipe(texts, batch_size=16))
    start = time.perf_counter()
    for index, doc in enumerate(docs):
        geoparser.parse(doc, Article(id=str(index), text=doc.text))
    geo_warm = time.perf_counter() - start

    words = sum(len(doc) for doc in docs)
    print(f"{len(texts)} {args.corpus} articles, {words:,} tokens, {found:,} toponyms")
    print(f"spaCy alone:          {spacy_seconds:7.2f} s")
    print(f"spaCy + geoparser:    {both_seconds:7.2f} s")
    print(f"geoparser alone, warm: {geo_warm:7.2f} s (parse() over already parsed documents)")
    ratio = both_seconds / spacy_seconds
    print(f"ratio: {ratio:.3f} (+{(ratio - 1) * 100:.1f} %; target <= +25 %)")


if __name__ == "__main__":
    main()
