"""Training data for the classifier, read from the shared public data sets.

* CASE 2021 task 2 dev snippets (``events/case2021-task2-dev.tsv``): gold labels.
* Codebook seeds (``data/codebook_seeds.yaml``): definitions + invented examples.
* Codebook examples (``data/codebook_examples.yaml``): ~25 invented news snippets per
  label, written from the codebook's distinctions between neighbouring types.
* NGEC synthetic stories (``events/ngec-synthetic-plover.csv``): titles and lead
  sentences, mapped to ACLED types by ``data/ngec_to_acled.yaml`` (weak labels)
  and used with their PLOVER type for the PLOVER head.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import EventwireError
from .labels import CASE_CODES, load_yaml

CASE_FILE = Path("events") / "case2021-task2-dev.tsv"
NGEC_FILE = Path("events") / "ngec-synthetic-plover.csv"


class TrainingDataError(EventwireError):
    """A training or evaluation data file is missing or malformed."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    source: str
    weight: float = 1.0
    id: str = ""


def _require(path: Path) -> Path:
    if not path.exists():
        raise TrainingDataError(
            f"{path} not found; pass --data-dir pointing at the shared data directory "
            "(the one holding events/)"
        )
    return path


def load_case(data_dir: Path, path: Path | None = None) -> list[Example]:
    """CASE 2021 task 2 snippets with their labels (ACLED sub-event type or non-ACLED label).

    ``path``: another file in the same layout (``id``, ``EventSnippet``, ``SubType``
    columns, tab-separated), e.g. the other half of the CASE test set.
    """
    path = _require(Path(path) if path is not None else Path(data_dir) / CASE_FILE)
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = (row.get("SubType") or "").strip()
            if code not in CASE_CODES or "EventSnippet" not in row:
                raise TrainingDataError(f"{path}: unknown SubType {code!r} in row {row.get('id')}")
            out.append(Example(row["EventSnippet"], CASE_CODES[code], "case", 1.0, row["id"]))
    return out


def codebook_seeds(weight: float = 1.0, name: str = "codebook_seeds.yaml") -> list[Example]:
    """Definitions and invented examples per label (``data/codebook_seeds.yaml``; with
    ``name="codebook_examples.yaml"`` the longer set of invented news snippets)."""
    out = []
    for label, texts in load_yaml(name).items():
        for text in texts:
            if not isinstance(text, str):
                raise TrainingDataError(f"{name}: entry {text!r} of {label!r} is not a "
                                        "plain string (quote sentences containing ': ')")
            out.append(Example(text, label, "codebook", weight))
    return out


_PLACEHOLDER = re.compile(r"\{(country|city)(_\d+)?\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _ngec_rows(data_dir: Path) -> list[dict[str, str]]:
    path = _require(Path(data_dir) / NGEC_FILE)
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _ngec_text(row: dict[str, str], lead_sentences: int) -> str:
    title = _PLACEHOLDER.sub(lambda m: "the " + m.group(1), row["title"])
    title = re.sub(r"\b(the) the\b", r"\1", title, flags=re.IGNORECASE).strip()
    if lead_sentences <= 0:
        return title
    body = " ".join(row["text"].split())
    lead = " ".join(_SENTENCE_END.split(body)[:lead_sentences])
    return f"{title}. {lead}"


def ngec_acled(data_dir: Path, weight: float = 0.5, lead_sentences: int = 0) -> list[Example]:
    """NGEC synthetic stories whose PLOVER (type, mode) maps clearly to an ACLED/CASE label."""
    mapping = load_yaml("ngec_to_acled.yaml")
    out = []
    for row in _ngec_rows(data_dir):
        label = mapping.get(f"{row['label']}/{row['mode'].upper()}")
        if label:
            out.append(Example(_ngec_text(row, lead_sentences), label, "ngec", weight))
    return out


def ngec_plover(data_dir: Path, lead_sentences: int = 1) -> list[Example]:
    """NGEC synthetic stories with their PLOVER type (for the PLOVER head)."""
    return [Example(_ngec_text(row, lead_sentences), row["label"], "ngec-plover")
            for row in _ngec_rows(data_dir)]
