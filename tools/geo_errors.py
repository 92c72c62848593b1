"""Error analysis for the geoparser on an EUPEG corpus: prints false positives, misses and
far-off placements. Usage: python tools/geo_errors.py LGL 100 [--data-dir ../shared/data]"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from eventwire.evaluate.geo import geoparse_texts, match, read_corpus  # noqa: E402
from eventwire.geodesy import haversine_km  # noqa: E402


def main() -> None:
    corpus, limit = sys.argv[1], int(sys.argv[2])
    data_dir = Path(sys.argv[4]) if len(sys.argv) > 4 else Path("../shared/data")
    texts, gold = read_corpus(data_dir, corpus, limit)
    fp, fn, far = Counter(), Counter(), Counter()
    for text, g, p in zip(texts, gold, geoparse_texts(texts)):
        pairs = match(g, p)
        matched_p = {id(b) for _, b in pairs}
        matched_g = {id(a) for a, _ in pairs}
        fp.update(a.text for a in p if id(a) not in matched_p)
        fn.update(a.text for a in g if id(a) not in matched_g)
        for a, b in pairs:
            if None in (b.lat, b.lon):
                far[(a.text, "unplaced")] += 1
            elif haversine_km(a.lat, a.lon, b.lat, b.lon) > 161:
                far[(a.text, f"{b.lat:.1f},{b.lon:.1f} vs {a.lat:.1f},{a.lon:.1f}")] += 1
    print("FALSE POSITIVES", sum(fp.values()), fp.most_common(60))
    print("MISSES", sum(fn.values()), fn.most_common(80))
    print("FAR", sum(far.values()), far.most_common(60))


if __name__ == "__main__":
    main()
