"""Build src/eventwire/geo/data/common_words.txt: the most frequent English words.

A capitalized word on this list ("Mobile", "Hope", "Reading", "Ana", "First") is a place
only when the text says so (NER, a cue word, a list of places, "X, State"), or when it
names a very large place. Frequencies come from the `wordfreq` package (data CC BY-SA
4.0, see its README); only the word list is shipped, not the frequencies.

Run: ``pip install wordfreq && python tools/build_geo_common_words.py``
"""

from __future__ import annotations

from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "geo" / "data" / "common_words.txt"
TOP = 25000


def main() -> None:
    words = [w for w in wordfreq.top_n_list("en", TOP) if w.isalpha() and w.isascii() and len(w) > 1]
    # Given names are frequent words too ("Ana", "Maria"): kept, as they collide the same way.
    common = sorted(set(words))
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write(f"# {len(common)} of the {TOP} most frequent English words (wordfreq, CC BY-SA 4.0).\n")
        handle.write("# Built by tools/build_geo_common_words.py.\n")
        for word in common:
            handle.write(word + "\n")
    print(f"wrote {len(common)} words to {OUT}")


if __name__ == "__main__":
    main()
