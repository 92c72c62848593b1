"""Geoparsing evaluation on the EUPEG corpora (LGL, GeoVirus, GeoCorpora, WikToR, ...).

Layout (see ``shared/data/SOURCES.md``): ``corpora/<Corpus>/<i>`` is document i,
``gold/<Corpus>_gold.txt`` line i its toponyms (``||``-separated, fields
``name,,text,,lat,,lon,,start,,end[,,...]``) and ``outputs/<Corpus>_<System>.txt``
published runs in the same layout.

Scores (one scorer for every system):

* recognition precision / recall / F1: a predicted span matches a gold span when the
  two overlap (gold offsets of some corpora run a few characters past the text);
  matching is one-to-one, in text order;
* accuracy@161 km: share of matched toponyms placed within 161 km (100 miles) of gold;
* end to end: share of *all* gold toponyms that were found and placed within 161 km.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import EventwireError
from ..geodesy import haversine_km

CORPORA = ("LGL", "GeoVirus", "GeoCorpora", "WikToR", "Hu2014", "Ju2016")
KM_161 = 161.0


@dataclass(frozen=True, slots=True)
class Annotation:
    """One toponym span with its point (gold or predicted)."""

    start: int
    end: int
    text: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Scores:
    system: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    placed: int = 0  # matched toponyms with a point on both sides
    within: int = 0  # matched and within 161 km
    distances: list[float] = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy_161(self) -> float:
        """Within 161 km over matched toponyms (a matched one without a point counts as a miss)."""
        return self.within / self.matched if self.matched else 0.0

    @property
    def end_to_end(self) -> float:
        return self.within / self.gold if self.gold else 0.0

    @property
    def median_km(self) -> float | None:
        if not self.distances:
            return None
        ordered = sorted(self.distances)
        return ordered[len(ordered) // 2]

    def to_dict(self) -> dict[str, object]:
        data = {k: v for k, v in asdict(self).items() if k != "distances"}
        data.update(precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4),
                    accuracy_161=round(self.accuracy_161, 4), end_to_end=round(self.end_to_end, 4),
                    median_km=None if self.median_km is None else round(self.median_km, 1))
        return data



def parse_line(line: str) -> list[Annotation]:
    """One EUPEG annotation line -> annotations (bad fields are skipped, not guessed)."""
    result = []
    for item in line.strip().split("||"):
        fields = item.split(",,")
        if len(fields) < 6:
            continue
        try:
            lat = float(fields[2]) if fields[2].strip() else None
            lon = float(fields[3]) if fields[3].strip() else None
            start, end = int(fields[4]), int(fields[5])
        except ValueError:
            continue
        result.append(Annotation(start, end, fields[1], lat, lon))
    return sorted(result, key=lambda a: (a.start, a.end))


def read_annotations(path: Path, limit: int | None = None) -> list[list[Annotation]]:
    if not path.exists():
        raise EventwireError(f"{path}: no such file (is --data-dir right?)")
    docs: list[list[Annotation]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if limit is not None and len(docs) >= limit:
                break
            docs.append(parse_line(line))
    return docs


def corpus_dir(data_dir: Path, corpus: str) -> Path:
    root = Path(data_dir) / "geo" / "eupeg"
    if corpus not in CORPORA:
        raise EventwireError(f"unknown corpus {corpus!r}; choose one of {', '.join(CORPORA)}")
    if not (root / "corpora" / corpus).is_dir():
        raise EventwireError(f"{root / 'corpora' / corpus} not found; pass --data-dir pointing at shared/data")
    return root


def read_corpus(data_dir: Path, corpus: str, limit: int | None = None) -> tuple[list[str], list[list[Annotation]]]:
    """Texts and gold annotations, document i <-> gold line i."""
    root = corpus_dir(data_dir, corpus)
    gold = read_annotations(root / "gold" / f"{corpus}_gold.txt", limit)
    texts = []
    for index in range(len(gold)):
        path = root / "corpora" / corpus / str(index)
        texts.append(path.read_text(encoding="utf-8", errors="replace") if path.exists() else "")
    return texts, gold


def published_runs(data_dir: Path, corpus: str) -> dict[str, Path]:
    root = corpus_dir(data_dir, corpus)
    runs = {}
    for path in sorted((root / "outputs").glob(f"{corpus}_*.txt")):
        runs[path.stem[len(corpus) + 1:]] = path
    return runs


def match(gold: list[Annotation], predicted: list[Annotation]) -> list[tuple[Annotation, Annotation]]:
    """One-to-one pairs of overlapping spans, greedy in text order (largest overlap first)."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for index, p in enumerate(predicted):
            if index in used:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best]))
    return pairs


def score(system: str, gold_docs: list[list[Annotation]], predicted_docs: Iterable[list[Annotation]]) -> Scores:
    scores = Scores(system)
    for gold, predicted in zip(gold_docs, predicted_docs):
        scores.documents += 1
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        for g, p in match(gold, predicted):
            scores.matched += 1
            if None in (g.lat, g.lon, p.lat, p.lon):
                continue
            scores.placed += 1
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)  # type: ignore[arg-type]
            scores.distances.append(km)
            if km <= KM_161:
                scores.within += 1
    return scores


def geoparse_texts(texts: list[str], progress: Callable[[int], None] | None = None) -> Iterator[list[Annotation]]:
    """Run eventwire's geoparser over texts (spaCy pipeline + default geoparser)."""
    from ..geo import default_geoparser
    from ..parse import load_pipeline
    from ..records import Article

    nlp = load_pipeline()
    geoparser = default_geoparser()
    for index, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        toponyms = geoparser.parse(doc, Article(id=str(index), text=doc.text))
        yield [Annotation(t.start, t.end, t.text, t.lat, t.lon) for t in toponyms]
        if progress:
            progress(1)


def evaluate_corpus(data_dir: Path, corpus: str, limit: int | None = None, include_published: bool = True,
                    progress: Callable[[int], None] | None = None) -> list[Scores]:
    """eventwire's scores on the corpus, then every published run's, by the same scorer."""
    texts, gold = read_corpus(data_dir, corpus, limit)
    results = [score("eventwire", gold, geoparse_texts(texts, progress))]
    if include_published:
        for system, path in published_runs(data_dir, corpus).items():
            results.append(score(system, gold, read_annotations(path, len(gold))))
    return results
