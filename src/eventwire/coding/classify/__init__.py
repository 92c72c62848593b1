"""Event-type classifier: ACLED sub-event types (and PLOVER types) for event sentences.

    from eventwire.coding.classify import SubEventClassifier
    classifier = SubEventClassifier.load()          # packaged model, loaded once
    [p] = classifier.predict(["Police fired tear gas at protesters."])
    p.sub_event_type, p.event_type, p.score, p.scores, p.plover_type

See docs/stages/classify.md.
"""

from __future__ import annotations

from .labels import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_EVENT_TYPES,
    CASE_CODES,
    NON_ACLED_LABELS,
    PLOVER_TYPES,
    event_type_of,
)
from .model import Prediction, Settings, SubEventClassifier
from .triggers import TriggerLexicon, default_lexicon

__all__ = [
    "ACLED_EVENT_TYPES",
    "ACLED_SUB_EVENT_TYPES",
    "CASE_CODES",
    "NON_ACLED_LABELS",
    "PLOVER_TYPES",
    "Prediction",
    "Settings",
    "SubEventClassifier",
    "TriggerLexicon",
    "default_lexicon",
    "event_type_of",
]
