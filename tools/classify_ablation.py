"""Ablation study of the sub-event classifier on CASE 2021 dev (5-fold cross-validation).

    python tools/classify_ablation.py [--data-dir ../shared/data] [--only NAME ...]

Prints one row per variant: weighted F1 over the 25 ACLED types (acled25) and
over all 30 labels (all30), each from held-out predictions only.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventwire.evaluate.case import TrainingRecipe, evaluate_case  # noqa: E402

BASE = TrainingRecipe()
S = BASE.settings
VARIANTS = {
    "shipped recipe (words+chars+triggers+codebook seeds)": BASE,
    "words only, CASE only": TrainingRecipe(replace(S, use_chars=False, use_triggers=False),
                                            use_codebook=False),
    "words+chars, CASE only": TrainingRecipe(replace(S, use_triggers=False), use_codebook=False),
    "+ trigger features (CASE only)": TrainingRecipe(S, use_codebook=False),
    "shipped - trigger features": TrainingRecipe(replace(S, use_triggers=False)),
    "shipped - char n-grams": TrainingRecipe(replace(S, use_chars=False)),
    "shipped, trigger scale 1.0": TrainingRecipe(replace(S, trigger_scale=1.0)),
    "shipped + rule layer boost 1.0": TrainingRecipe(replace(S, boost=1.0)),
    "shipped + rule layer boost 2.0": TrainingRecipe(replace(S, boost=2.0)),
    "shipped + NGEC weak labels (w=0.5)": TrainingRecipe(S, use_ngec=True),
    "shipped + NGEC weak labels (w=0.2)": TrainingRecipe(S, use_ngec=True, ngec_weight=0.2),
    "shipped, C=5": TrainingRecipe(replace(S, C=5.0)),
    "shipped, C=100": TrainingRecipe(replace(S, C=100.0)),
    "triggers + codebook only (no n-grams)": TrainingRecipe(replace(S, use_words=False, use_chars=False,
                                                                   trigger_scale=1.0)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--only", nargs="*", help="variant names (substring match)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    print("| variant | acled25 weighted F1 | all30 weighted F1 | seconds |")
    print("|---|---|---|---|")
    for name, recipe in VARIANTS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        start = time.time()
        reports = evaluate_case(args.data_dir, folds=args.folds, recipe=recipe)
        print(f"| {name} | {reports['acled25'].weighted_f1:.3f} | {reports['all30'].weighted_f1:.3f}"
              f" | {time.time() - start:.0f} |", flush=True)


if __name__ == "__main__":
    main()
