"""The sub-event classifier: sparse n-gram + trigger features, linear heads, rule layer.

Features: TF-IDF word uni/bigrams, TF-IDF character 2-5-grams (within words),
and binary trigger-lexicon features (``triggers.py``). Heads: a multinomial
logistic regression over the CASE/ACLED label space and, optionally, one over
PLOVER types. Rule layer: when a *strong* trigger of label L fires, ``boost`` is
added to L's log-score before the softmax.

The fitted model is stored as plain JSON (vocabularies, settings) + NPZ
(IDF weights, coefficients), so loading needs no pickle and no particular
scikit-learn build: ``SubEventClassifier.load()``.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from scipy import sparse

from ...errors import ModelError
from .labels import ACLED_SUB_EVENT_TYPES, event_type_of
from .triggers import TriggerLexicon, default_lexicon

MODEL_DIR = resources.files("eventwire.coding.classify") / "model"
#: the optional variant with sentence-embedding features (needs torch, see embed.py)
EMBED_MODEL_DIR = resources.files("eventwire.coding.classify") / "model_embed"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """Training settings (stored with the model)."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    use_words: bool = True
    use_chars: bool = True
    use_triggers: bool = True
    trigger_scale: float = 0.5
    boost: float = 0.0
    min_df: int = 2
    max_word_features: int = 40000
    max_char_features: int = 60000
    C: float = 20.0
    max_chars: int = 2000
    embeddings: bool = False
    embedding_scale: float = 2.0


@dataclass(frozen=True)
class Prediction:
    """The classifier's answer for one text.

    sub_event_type: an ACLED sub-event type, a non-ACLED label (see
        ``NON_ACLED_LABELS``), never empty.
    event_type: the ACLED event type of ``sub_event_type``; None when it is not an ACLED event.
    score: probability of ``sub_event_type`` (0..1).
    scores: the top alternatives, (label, probability), best first.
    triggers: strong trigger phrases that fired, as (label, phrase).
    plover_type / plover_score: the PLOVER head's answer, when the model has one.
    """

    sub_event_type: str
    event_type: str | None
    score: float
    scores: list[tuple[str, float]] = field(default_factory=list)
    triggers: list[tuple[str, str]] = field(default_factory=list)
    plover_type: str | None = None
    plover_score: float | None = None

    @property
    def is_acled(self) -> bool:
        return self.event_type is not None


def _vectorizers(settings: Settings):
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(
        ngram_range=settings.word_ngrams,
        sublinear_tf=True,
        min_df=settings.min_df,
        max_features=settings.max_word_features,
        token_pattern=r"(?u)\b\w[\w'-]*\b",
        dtype=np.float32,
    )
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=settings.char_ngrams,
        sublinear_tf=True,
        min_df=settings.min_df,
        max_features=settings.max_char_features,
        dtype=np.float32,
    )
    return word, char


class Featurizer:
    """Text -> sparse feature matrix (word TF-IDF | char TF-IDF | triggers)."""

    def __init__(self, settings: Settings, lexicon: TriggerLexicon | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon or default_lexicon()
        self.word, self.char = _vectorizers(settings)

    def fit(self, texts: Sequence[str]) -> "Featurizer":
        texts = self._clip(texts)
        if self.settings.use_words:
            self.word.fit(texts)
        if self.settings.use_chars:
            self.char.fit(texts)
        return self

    def _clip(self, texts: Sequence[str]) -> list[str]:
        return [text[: self.settings.max_chars] for text in texts]

    def transform(self, texts: Sequence[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
        """Features and the strong-trigger matrix (texts x lexicon labels)."""
        X, strong, _ = self.transform_with_hits(texts)
        return X, strong

    def transform_with_hits(self, texts: Sequence[str]):
        """Features, strong-trigger matrix, and the strong trigger hits of each text."""
        texts = self._clip(texts)
        blocks = []
        if self.settings.use_words:
            blocks.append(self.word.transform(texts))
        if self.settings.use_chars:
            blocks.append(self.char.transform(texts))
        entries, strong, hits = self.lexicon.scan(texts)
        if self.settings.use_triggers:
            blocks.append(sparse.csr_matrix(entries * self.settings.trigger_scale))
        if self.settings.embeddings:
            from .embed import default_embedder

            vectors = default_embedder().encode(texts) * self.settings.embedding_scale
            blocks.append(sparse.csr_matrix(vectors))
        if not blocks:
            raise ModelError("the classifier settings switch off every feature block")
        return sparse.hstack(blocks, format="csr", dtype=np.float32), strong, hits

    # -- persistence -------------------------------------------------------
    def state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta: dict[str, Any] = {}
        arrays: dict[str, np.ndarray] = {}
        for name, vec, used in (("word", self.word, self.settings.use_words),
                                ("char", self.char, self.settings.use_chars)):
            if used:
                vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
                meta[name] = vocab
                arrays[f"{name}_idf"] = vec.idf_.astype(np.float32)
        return meta, arrays

    @classmethod
    def from_state(cls, settings: Settings, meta: dict[str, Any], arrays: Any) -> "Featurizer":
        self = cls(settings)
        for name, vec, used in (("word", self.word, settings.use_words),
                                ("char", self.char, settings.use_chars)):
            if used:
                vec.vocabulary_ = {term: i for i, term in enumerate(meta[name])}
                vec.idf_ = np.asarray(arrays[f"{name}_idf"], dtype=np.float64)
        return self


class LinearHead:
    """Multinomial logistic regression weights over the featurizer's output."""

    def __init__(self, classes: list[str], coef: np.ndarray, intercept: np.ndarray) -> None:
        self.classes = classes
        self.coef = np.ascontiguousarray(coef.T, dtype=np.float32)  # features x classes
        self.intercept = intercept.astype(np.float32)

    @classmethod
    def fit(cls, X, labels: Sequence[str], sample_weight=None, C: float = 20.0) -> "LinearHead":
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=C, max_iter=3000, class_weight=None)
        model.fit(X, list(labels), sample_weight=sample_weight)
        return cls([str(c) for c in model.classes_], model.coef_, model.intercept_)

    def logits(self, X) -> np.ndarray:
        return np.asarray(X @ self.coef) + self.intercept


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


class SubEventClassifier:
    """Types event sentences with ACLED sub-event types (and optionally PLOVER types).

    >>> classifier = SubEventClassifier.load()
    >>> classifier.predict(["A suicide bomber blew himself up at a checkpoint."])[0].sub_event_type
    'Suicide bomb'
    """

    def __init__(self, featurizer: Featurizer, head: LinearHead,
                 plover: LinearHead | None = None, provenance: dict[str, Any] | None = None) -> None:
        self.featurizer = featurizer
        self.settings = featurizer.settings
        self.head = head
        self.plover = plover
        self.provenance = provenance or {}
        lexicon_labels = featurizer.lexicon.labels
        # strong-trigger column j of the lexicon -> class column of the head (or -1)
        self._boost_map = np.array(
            [head.classes.index(label) if label in head.classes else -1 for label in lexicon_labels]
        )
        self._acled_mask = np.array([c in ACLED_SUB_EVENT_TYPES for c in head.classes])

    @property
    def acled_mask(self) -> np.ndarray:
        """Boolean mask over ``head.classes``: which are ACLED sub-event types."""
        return self._acled_mask

    # -- training ----------------------------------------------------------
    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[str], sample_weight=None,
              settings: Settings | None = None, plover_texts: Sequence[str] = (),
              plover_labels: Sequence[str] = (), provenance: dict[str, Any] | None = None,
              ) -> "SubEventClassifier":
        """Fit the featurizer and heads. PLOVER head only when ``plover_texts`` is given.

        The featurizer's vocabulary comes from ``texts`` only, so the sub-event
        head is the same whether or not a PLOVER head is trained beside it.
        """
        settings = settings or Settings()
        featurizer = Featurizer(settings).fit(list(texts))
        X, _ = featurizer.transform(texts)
        head = LinearHead.fit(X, labels, sample_weight, C=settings.C)
        plover = None
        if plover_texts:
            Xp, _ = featurizer.transform(plover_texts)
            plover = LinearHead.fit(Xp, plover_labels, C=settings.C)
        return cls(featurizer, head, plover, provenance)

    # -- prediction --------------------------------------------------------
    def probabilities(self, texts: Sequence[str], acled_only: bool = False,
                      boost: float | None = None) -> tuple[np.ndarray, Any, list]:
        """Class probabilities (texts x classes), features and strong trigger hits per text."""
        X, strong, hits = self.featurizer.transform_with_hits(texts)
        logits = self.head.logits(X)
        boost = self.settings.boost if boost is None else boost
        if boost:
            rows, cols = np.nonzero(strong)
            targets = self._boost_map[cols]
            keep = targets >= 0
            np.add.at(logits, (rows[keep], targets[keep]), boost)
        if acled_only:
            logits[:, ~self._acled_mask] = -np.inf
        return _softmax(logits), X, hits

    def predict(self, texts: Sequence[str], acled_only: bool = False, top: int = 3,
                boost: float | None = None) -> list[Prediction]:
        """One :class:`Prediction` per text.

        acled_only: choose among the 25 ACLED sub-event types only (for texts
            already known to report an ACLED event).
        """
        texts = list(texts)
        if not texts:
            return []
        probs, X, hits = self.probabilities(texts, acled_only, boost)
        plover_classes = self.plover.classes if self.plover is not None else []
        plover_probs = _softmax(self.plover.logits(X)) if self.plover is not None else None
        classes = self.head.classes
        out = []
        for i in range(len(texts)):
            order = np.argsort(-probs[i])[:top]
            label = classes[order[0]]
            fired = [(hit.label, hit.phrase) for hit in hits[i]]
            plover_type = plover_score = None
            if plover_probs is not None:
                k = int(plover_probs[i].argmax())
                plover_type, plover_score = plover_classes[k], float(plover_probs[i, k])
            out.append(Prediction(
                sub_event_type=label,
                event_type=event_type_of(label),
                score=float(probs[i, order[0]]),
                scores=[(classes[k], float(probs[i, k])) for k in order],
                triggers=fired,
                plover_type=plover_type,
                plover_score=plover_score,
            ))
        return out

    # -- persistence -------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        meta, arrays = self.featurizer.state()
        arrays["coef"] = self.head.coef.astype(np.float16)
        arrays["intercept"] = self.head.intercept
        header: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "settings": {k: list(v) if isinstance(v, tuple) else v
                         for k, v in self.settings.__dict__.items()},
            "classes": self.head.classes,
            "plover_classes": self.plover.classes if self.plover else None,
            "lexicon_labels": self.featurizer.lexicon.labels,
            "lexicon_entries": self.featurizer.lexicon.n_features,
            "provenance": self.provenance,
        }
        if self.plover is not None:
            arrays["plover_coef"] = self.plover.coef.astype(np.float16)
            arrays["plover_intercept"] = self.plover.intercept
        with gzip.open(directory / "vocab.json.gz", "wt", encoding="utf-8") as handle:
            json.dump(meta, handle)
        (directory / "model.json").write_text(json.dumps(header, indent=1) + "\n")
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)  # type: ignore[arg-type]
        with gzip.open(directory / "weights.npz.gz", "wb") as handle:
            handle.write(buffer.getvalue())

    @classmethod
    def load(cls, directory: Path | None = None, embeddings: bool = False) -> "SubEventClassifier":
        """Load a saved model; the packaged one (cached) when ``directory`` is None.

        embeddings: load the packaged variant that adds all-MiniLM-L6-v2 sentence
            embeddings (more accurate, ~30x slower, needs torch; see embed.py).
        """
        if directory is None:
            return _packaged(embeddings)
        return cls._load(Path(directory))

    @classmethod
    def _load(cls, directory: Any) -> "SubEventClassifier":
        try:
            header = json.loads((directory / "model.json").read_text())
            with (directory / "vocab.json.gz").open("rb") as raw, gzip.open(raw, "rt") as handle:
                meta = json.load(handle)
            with (directory / "weights.npz.gz").open("rb") as raw, gzip.open(raw) as handle:
                arrays = dict(np.load(io.BytesIO(handle.read())))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"cannot read the event classifier model in {directory}: {exc}; "
                "rebuild it with `python tools/train_classifier.py`"
            ) from exc
        if header.get("format") != FORMAT_VERSION:
            raise ModelError(f"classifier model format {header.get('format')} is not "
                             f"{FORMAT_VERSION}; rebuild it with `python tools/train_classifier.py`")
        raw_settings: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                                        for k, v in header["settings"].items()}
        try:
            settings = Settings(**raw_settings)
        except TypeError as exc:
            raise ModelError(f"classifier model settings {sorted(raw_settings)} do not match this "
                             "eventwire; rebuild it with `python tools/train_classifier.py`") from exc
        featurizer = Featurizer.from_state(settings, meta, arrays)
        if (featurizer.lexicon.labels != header["lexicon_labels"]
                or featurizer.lexicon.n_features != header["lexicon_entries"]):
            raise ModelError("the trigger lexicon changed since the classifier was trained; "
                             "retrain with `python tools/train_classifier.py`")
        head = LinearHead(header["classes"], arrays["coef"].astype(np.float32).T, arrays["intercept"])
        plover = None
        if header.get("plover_classes"):
            plover = LinearHead(header["plover_classes"],
                                arrays["plover_coef"].astype(np.float32).T, arrays["plover_intercept"])
        return cls(featurizer, head, plover, header.get("provenance"))


_CACHE: dict[str, SubEventClassifier] = {}


def _packaged(embeddings: bool = False) -> SubEventClassifier:
    key = "embed" if embeddings else "default"
    if key not in _CACHE:
        _CACHE[key] = SubEventClassifier._load(EMBED_MODEL_DIR if embeddings else MODEL_DIR)
    return _CACHE[key]
