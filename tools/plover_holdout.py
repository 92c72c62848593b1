"""Held-out accuracy of the PLOVER head on the NGEC synthetic stories (80/20 split, fixed seed).

    python tools/plover_holdout.py [--data-dir ../shared/data]

Synthetic text: a sanity check of the head, not a measure of accuracy on real news.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

from eventwire.coding.classify.model import SubEventClassifier  # noqa: E402
from eventwire.coding.classify.training import codebook_seeds, load_case, ngec_plover  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    stories = ngec_plover(args.data_dir)
    train, test = train_test_split(stories, test_size=0.2, random_state=13,
                                   stratify=[s.label for s in stories])
    # the featurizer vocabulary comes from the sub-event training texts, as in the shipped model
    seeds = load_case(args.data_dir) + codebook_seeds()
    model = SubEventClassifier.train([e.text for e in seeds], [e.label for e in seeds],
                                     plover_texts=[e.text for e in train],
                                     plover_labels=[e.label for e in train])
    predicted = [p.plover_type for p in model.predict([e.text for e in test])]
    gold = [e.label for e in test]
    accuracy = sum(p == g for p, g in zip(predicted, gold)) / len(gold)
    print(f"PLOVER head, NGEC held-out 20% ({len(gold)} stories): accuracy {accuracy:.3f}, "
          f"weighted F1 {f1_score(gold, predicted, average='weighted'):.3f}")


if __name__ == "__main__":
    main()
