"""Fast recognition error analysis on an EUPEG corpus with parsed documents cached on disk.

Parses the corpus once (spaCy DocBin under --cache), then re-runs only the geoparser, so
recognition rules can be iterated in seconds. Prints scores, and with --show the false
positives / misses with their sentence context and the evidence that decided them.

    python tools/geo_fp_context.py LGL --limit 150 --show fp --cache /tmp/geo-docs
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from eventwire.evaluate.geo import Annotation, read_corpus, score, match
from eventwire.geo import default_geoparser
from eventwire.geo.recognize import recognize
from eventwire.parse import load_pipeline


def load_docs(corpus: str, data_dir: Path, cache: Path, limit: int | None):
    texts, gold = read_corpus(data_dir, corpus, limit)
    nlp = load_pipeline()
    path = cache / f"{corpus}.spacy"
    docs = []
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if len(docs) < len(texts):
        all_texts, _ = read_corpus(data_dir, corpus, None)
        bin_ = DocBin(store_user_data=False)
        docs = list(nlp.pipe(all_texts, batch_size=16))
        for d in docs:
            bin_.add(d)
        cache.mkdir(parents=True, exist_ok=True)
        bin_.to_disk(path)
    return texts, gold, docs[: len(texts)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/geo-docs"))
    parser.add_argument("--show", choices=["fp", "fn", "none"], default="none")
    parser.add_argument("--grep", default="", help="only show errors whose text contains this")
    args = parser.parse_args()
    texts, gold, docs = load_docs(args.corpus, args.data_dir, args.cache, args.limit)
    geoparser = default_geoparser()
    predicted_docs = []
    shown = Counter()
    for index, (text, g, doc) in enumerate(zip(texts, gold, docs)):
        mentions = recognize(doc, geoparser.gazetteer, geoparser.demonyms)
        toponyms = geoparser.resolver.resolve(doc, mentions)
        predicted = [Annotation(t.start, t.end, t.text, t.lat, t.lon) for t in toponyms]
        predicted_docs.append(predicted)
        pairs = match(g, predicted)
        if args.show == "fp":
            matched = {id(p) for _, p in pairs}
            by_start = {m.start: m for m in mentions}
            for p in predicted:
                if id(p) not in matched and args.grep.lower() in p.text.lower():
                    m = by_start.get(p.start)
                    ctx = text[max(0, p.start - 70):p.end + 50].replace("\n", " ")
                    print(f"[{index}] FP {p.text!r} {m.label if m else ''} {m.evidence if m else ''}\n     ...{ctx}...")
                    shown[p.text] += 1
        elif args.show == "fn":
            matched = {id(a) for a, _ in pairs}
            for a in g:
                if id(a) not in matched and args.grep.lower() in a.text.lower():
                    ctx = text[max(0, a.start - 70):a.end + 50].replace("\n", " ")
                    print(f"[{index}] FN {a.text!r}\n     ...{ctx}...")
                    shown[a.text] += 1
    s = score("eventwire", gold, predicted_docs)
    print(f"{args.corpus} n={s.documents} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
          f"acc161 {s.accuracy_161:.3f} e2e {s.end_to_end:.3f}  (gold {s.gold}, pred {s.predicted}, matched {s.matched})")


if __name__ == "__main__":
    main()
