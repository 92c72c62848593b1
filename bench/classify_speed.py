"""Speed of the event-type classifier against the spaCy parse of the same sentences.

    python bench/classify_speed.py [--data-dir ../shared/data] [--embeddings] [--batch 8]

Sentences: the sentences of the CASE 2021 dev snippets (split by spaCy). The
baseline is `eventwire.parse.load_pipeline()` run over those sentences
(nlp.pipe); the classifier is called in batches of --batch sentences (about
the number of candidate event sentences of one article). Prints sentences per
second of each and the ratio; the coder runs the classifier on top of the parse,
so the parse-only throughput kept is parse / (parse + classifier) time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--embeddings", action="store_true", help="also time the embedding variant")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from eventwire.coding.classify import SubEventClassifier
    from eventwire.coding.classify.training import load_case
    from eventwire.parse import load_pipeline

    nlp = load_pipeline()
    snippets = [e.text for e in load_case(args.data_dir)]
    sentences = [s.text.strip() for doc in nlp.pipe(snippets) for s in doc.sents if len(s.text) > 20]
    n = len(sentences) * args.repeat

    def timed(func) -> float:
        start = time.perf_counter()
        for _ in range(args.repeat):
            func()
        return time.perf_counter() - start

    parse_s = timed(lambda: list(nlp.pipe(sentences)))
    print(f"{len(sentences)} sentences x {args.repeat}; batches of {args.batch}")
    print(f"spaCy parse:            {n / parse_s:9.0f} sentences/s")

    variants = [("classifier (default)", SubEventClassifier.load())]
    if args.embeddings:
        variants.append(("classifier (embeddings)", SubEventClassifier.load(embeddings=True)))
    for name, classifier in variants:
        classifier.predict(sentences[:4])  # warm up (lazy model loads)

        def run() -> None:
            for i in range(0, len(sentences), args.batch):
                classifier.predict(sentences[i:i + args.batch])

        seconds = timed(run)
        print(f"{name:24s}{n / seconds:9.0f} sentences/s  ({1000 * seconds / n:.3f} ms/sentence); "
              f"classifier/parse speed ratio {parse_s / seconds:.2f}x faster; "
              f"parse throughput kept {parse_s / (parse_s + seconds):.0%}")


if __name__ == "__main__":
    main()
