"""CASE 2021 task 2 evaluation: weighted F1 of ACLED sub-event types on the dev snippets.

What is scored (``scope``):

* ``coder`` (default, the issue's measure): each snippet goes through the whole
  pipeline (parse, geoparse, event coder with the classifier as its second opinion)
  as an article without a publication date; the prediction is the sub-event type of
  the snippet's *top event* (:func:`top_event`: the first-told event with an ACLED
  type). A snippet where the coder finds no ACLED event counts as a miss (``NONE``).
  CASE snippets report an event by construction, so the coder runs with
  :meth:`LearnedSettings.for_event_reports` (``event_reports=False``: the general-news
  settings of ``eventwire extract``).
* ``classifier``: the sub-event classifier alone on the whole snippet.

The dev file is the only labelled CASE data we have, so any model trained on it
is scored by stratified k-fold cross-validation: train on k-1 folds (plus the
extra, non-CASE training data), predict the held-out fold, score the
concatenated held-out predictions. A model never scores snippets it saw.

Two settings are reported:

* ``acled25`` (headline; CASE subtask 1): snippets whose gold label is one of the
  25 ACLED sub-event types, predictions restricted to those 25 types; weighted F1
  over the 25 types. Best published system: 0.839 (on the whole test set).
* ``all30``: every snippet, predictions over all 30 labels (25 ACLED + 5
  non-ACLED); weighted F1 over the 30 labels (published best 0.771, subtask 3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from ..coding.classify import ACLED_SUB_EVENT_TYPES
from ..coding.classify.model import Settings, SubEventClassifier
from ..coding.classify.training import Example, codebook_seeds, load_case, ngec_acled

SEED = 13


@dataclass(frozen=True)
class TrainingRecipe:
    """Which data the classifier is trained on besides the CASE training folds."""

    settings: Settings = Settings()
    use_case: bool = True
    use_codebook: bool = True
    codebook_weight: float = 1.0
    use_examples: bool = True
    examples_weight: float = 0.3
    use_ngec: bool = False
    ngec_weight: float = 0.5
    ngec_lead_sentences: int = 0


def extra_examples(recipe: TrainingRecipe, data_dir: Path) -> list[Example]:
    out: list[Example] = []
    if recipe.use_codebook:
        out += codebook_seeds(recipe.codebook_weight)
    if recipe.use_examples:
        out += codebook_seeds(recipe.examples_weight, "codebook_examples.yaml")
    if recipe.use_ngec:
        out += ngec_acled(data_dir, recipe.ngec_weight, recipe.ngec_lead_sentences)
    return out


def train(case_examples: Sequence[Example], extra: Sequence[Example],
          settings: Settings, provenance: dict[str, Any] | None = None) -> SubEventClassifier:
    examples = list(case_examples) + list(extra)
    return SubEventClassifier.train(
        [e.text for e in examples], [e.label for e in examples],
        sample_weight=np.array([e.weight for e in examples]), settings=settings,
        provenance=provenance,
    )


@dataclass
class ClassReport:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class CaseReport:
    """Scores of one evaluation run."""

    setting: str
    weighted_f1: float
    macro_f1: float
    accuracy: float
    n: int
    method: str
    classes: list[ClassReport] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "setting": self.setting, "weighted_f1": round(self.weighted_f1, 4),
            "macro_f1": round(self.macro_f1, 4), "accuracy": round(self.accuracy, 4),
            "n": self.n, "method": self.method,
            "classes": [c.__dict__ | {k: round(getattr(c, k), 4) for k in ("precision", "recall", "f1")}
                        for c in self.classes],
        }


def score(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str],
          setting: str, method: str) -> CaseReport:
    """Precision/recall/F1 per label and their support-weighted mean over ``labels``."""
    from sklearn.metrics import precision_recall_fscore_support

    labels = list(labels)
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    support = s.sum()
    weighted = float((f * s).sum() / support) if support else 0.0
    present = s > 0
    classes = [ClassReport(lab, float(pi), float(ri), float(fi), int(si))
               for lab, pi, ri, fi, si in zip(labels, p, r, f, s) if si > 0]
    accuracy = float(np.mean([g == q for g, q in zip(gold, predicted)])) if gold else 0.0
    return CaseReport(setting, weighted, float(f[present].mean()) if present.any() else 0.0,
                      accuracy, len(gold), method, classes)


NO_EVENT = "NONE"


def top_event(events: Sequence[Any]) -> Any | None:
    """The article's top event: the first told (evidence offset) with an ACLED type, the
    more confident first on a tie. News puts the main event first (the lede)."""
    typed = [e for e in events if e.acled_sub_event_type]
    if not typed:
        return None
    return min(typed, key=lambda e: (e.evidence.start if e.evidence else 0, -e.confidence))


class CoderRunner:
    """Parses and geoparses the snippets once; codes them with any classifier."""

    def __init__(self, texts: Sequence[str], event_reports: bool = True) -> None:
        from ..coding.coder import EventCoder
        from ..coding.learned import LearnedSettings
        from ..geo import default_geoparser
        from ..parse import load_pipeline
        from ..records import Article

        nlp = load_pipeline()
        geoparser = default_geoparser()
        # CASE snippets are event reports by construction: the coder may assume so
        settings = LearnedSettings.for_event_reports() if event_reports else LearnedSettings()
        self.coder = EventCoder(nlp, classifier=None, learned_settings=settings)
        self.articles = [Article(id=f"case-{i}", text=text, published=None) for i, text in enumerate(texts)]
        self.docs = list(nlp.pipe([a.text for a in self.articles], batch_size=64))
        self.toponyms = [geoparser.parse(doc, article) for doc, article in zip(self.docs, self.articles)]

    def predict(self, indices: Sequence[int], classifier: SubEventClassifier) -> list[str]:
        self.coder.classifier = classifier
        out = []
        for i in indices:
            event = top_event(self.coder.code(self.docs[i], self.articles[i], self.toponyms[i]))
            out.append(event.acled_sub_event_type if event is not None else NO_EVENT)
        return out


def cross_validated_predictions(
    examples: Sequence[Example], recipe: TrainingRecipe, data_dir: Path, folds: int = 5,
    seed: int = SEED, progress: Callable[[int], None] | None = None,
    runner: CoderRunner | None = None,
) -> tuple[list[str], list[str]]:
    """Held-out predictions for every example: (over all labels, over the 25 ACLED types).

    With a ``runner`` the predictions are the coder's top events (the same for both).
    """
    from sklearn.model_selection import StratifiedKFold

    labels = np.array([e.label for e in examples])
    # StratifiedKFold needs every class in >= 1 fold; rare classes just land in few folds.
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    extra = extra_examples(recipe, data_dir)
    pred_all = [""] * len(examples)
    pred_acled = [""] * len(examples)
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="The least populated class")
        splits = list(splitter.split(np.zeros(len(labels)), labels))
    for fold, (train_idx, test_idx) in enumerate(splits):
        train_examples = [examples[i] for i in train_idx] if recipe.use_case else []
        model = train(train_examples, extra, recipe.settings)
        if runner is not None:
            for i, sub in zip(test_idx, runner.predict(test_idx, model)):
                pred_all[i] = pred_acled[i] = sub
            if progress:
                progress(fold + 1)
            continue
        texts = [examples[i].text for i in test_idx]
        for i, p in zip(test_idx, model.predict(texts)):
            pred_all[i] = p.sub_event_type
        for i, p in zip(test_idx, model.predict(texts, acled_only=True)):
            pred_acled[i] = p.sub_event_type
        if progress:
            progress(fold + 1)
    return pred_all, pred_acled


def evaluate_case(
    data_dir: Path, folds: int = 5, limit: int | None = None, seed: int = SEED,
    recipe: TrainingRecipe | None = None, classifier: SubEventClassifier | None = None,
    progress: Callable[[int], None] | None = None, scope: str = "coder",
    path: Path | None = None, event_reports: bool = True,
) -> dict[str, CaseReport]:
    """Score the coder's top event (``scope="coder"``) or the classifier alone
    (``scope="classifier"``) on the CASE dev snippets, or on the labelled TSV ``path``.

    With ``classifier=None`` the packaged recipe is cross-validated (the
    packaged model was trained on the dev file, so it must not be scored on it
    directly). A ``classifier`` given explicitly is scored as it is; pass one
    only if it never saw the CASE dev file.
    ``limit`` takes a stratified-ish subset (every n-th snippet) for quick runs.
    """
    if scope not in ("coder", "classifier"):
        raise ValueError(f"scope must be 'coder' or 'classifier', not {scope!r}")
    examples = load_case(data_dir, path)
    if limit is not None and limit < len(examples):
        rng = np.random.default_rng(seed)
        examples = [examples[i] for i in sorted(rng.choice(len(examples), limit, replace=False))]
    runner = CoderRunner([e.text for e in examples], event_reports) if scope == "coder" else None
    what = "classifier alone"
    if runner is not None:
        what = "coder top event" + (" (event-report settings)" if event_reports else " (general-news settings)")
    if classifier is None:
        recipe = recipe or TrainingRecipe()
        pred_all, pred_acled = cross_validated_predictions(examples, recipe, data_dir, folds,
                                                           seed, progress, runner)
        method = f"{what}, cross-validated, {folds} folds (stratified, seed {seed})"
    elif runner is not None:
        pred_all = pred_acled = runner.predict(range(len(examples)), classifier)
        method = f"{what}, given model, no cross-validation"
    else:
        texts = [e.text for e in examples]
        pred_all = [p.sub_event_type for p in classifier.predict(texts)]
        pred_acled = [p.sub_event_type for p in classifier.predict(texts, acled_only=True)]
        method = f"{what}, given model, no cross-validation"
    gold = [e.label for e in examples]
    acled = list(ACLED_SUB_EVENT_TYPES)
    keep = [i for i, g in enumerate(gold) if g in ACLED_SUB_EVENT_TYPES]
    return {
        "acled25": score([gold[i] for i in keep], [pred_acled[i] for i in keep], acled,
                         "acled25", method),
        "all30": score(gold, pred_all, sorted(set(gold) | set(acled)), "all30", method),
    }
