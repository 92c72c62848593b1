"""Label spaces of the classifier: ACLED sub-event types, CASE 2021 codes, PLOVER types.

The tables are data (``data/labels.yaml``, ``data/plover_labels.yaml``); this
module only loads them once.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

DATA = resources.files("eventwire.coding.classify") / "data"


def load_yaml(name: str) -> Any:
    """Read one YAML data file of this package."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def _labels() -> dict[str, Any]:
    return load_yaml("labels.yaml")


def _acled_table() -> dict[str, str]:
    return {sub: event for sub, event in _labels()["acled"].values()}


#: ACLED sub-event type -> ACLED event type (the 25 sub-event types, ACLED spelling).
ACLED_SUB_EVENT_TYPES: dict[str, str] = _acled_table()

#: ACLED event types, in codebook order.
ACLED_EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(ACLED_SUB_EVENT_TYPES.values()))

#: CASE 2021 task 2 code (e.g. ``AIR_STRIKE``) -> label (ACLED sub-event type or non-ACLED label).
CASE_CODES: dict[str, str] = {
    **{code: sub for code, (sub, _event) in _labels()["acled"].items()},
    **dict(_labels()["non_acled"].items()),
}

#: Labels the classifier knows that are not ACLED events (CASE's extra types).
NON_ACLED_LABELS: tuple[str, ...] = tuple(_labels()["non_acled"].values())

#: PLOVER event types of the optional PLOVER head.
PLOVER_TYPES: tuple[str, ...] = tuple(load_yaml("plover_labels.yaml")["types"])


def event_type_of(label: str | None) -> str | None:
    """ACLED event type of a sub-event type; ``None`` for non-ACLED labels."""
    if label is None:
        return None
    return ACLED_SUB_EVENT_TYPES.get(label)
