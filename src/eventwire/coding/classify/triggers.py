"""Trigger lexicon: phrases that signal an event type, kept as data (``data/triggers.yaml``).

The lexicon gives the linear model two features per label (a strong and a weak
trigger fired) and drives the rule layer: a strong trigger adds a fixed boost to
its label's log-score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ...errors import EventwireError
from .labels import load_yaml

STRENGTHS = ("strong", "weak")


class LexiconError(EventwireError):
    """The trigger lexicon file is malformed."""


@dataclass(frozen=True)
class TriggerHit:
    """One label whose trigger fired in a text."""

    label: str
    strength: str
    phrase: str


class TriggerLexicon:
    """Compiled trigger patterns: one alternation per lexicon entry.

    An entry with ``requires`` fires only when one of its ``patterns`` and one
    of its ``requires`` patterns both match somewhere in the text (a conjunction
    across sentences, e.g. a protest word and "tear gas").
    """

    def __init__(self, entries: list[dict], macros: dict[str, str] | None = None) -> None:
        macros = macros or {}

        def expand(patterns: list[str], label: str) -> re.Pattern[str]:
            expanded = []
            for pattern in patterns:
                for name, expansion in macros.items():
                    pattern = pattern.replace("{" + name + "}", expansion)
                expanded.append(f"(?:{pattern})")
            try:
                return re.compile(rf"\b(?:{'|'.join(expanded)})\b", re.IGNORECASE)
            except re.error as exc:
                raise LexiconError(f"bad trigger pattern for {label!r}: {exc}") from exc

        self.labels: list[str] = []
        # (label index, strength, pattern, pattern that must also match anywhere or None)
        self._compiled: list[tuple[int, str, re.Pattern[str], re.Pattern[str] | None]] = []
        for entry in entries:
            label, strength = entry.get("label"), entry.get("strength", "weak")
            if not label or strength not in STRENGTHS or not entry.get("patterns"):
                raise LexiconError(
                    f"trigger entry {entry!r} needs a label, strength in {STRENGTHS} and patterns"
                )
            if label not in self.labels:
                self.labels.append(label)
            requires = expand(entry["requires"], label) if entry.get("requires") else None
            self._compiled.append(
                (self.labels.index(label), strength, expand(entry["patterns"], label), requires)
            )

    @classmethod
    def from_yaml(cls, name: str = "triggers.yaml") -> "TriggerLexicon":
        data = load_yaml(name)
        return cls(data["triggers"], data.get("macros"))

    @property
    def n_features(self) -> int:
        return len(self._compiled)

    def hits(self, text: str) -> list[TriggerHit]:
        """Every (label, strength) whose patterns match ``text``, with the first matching phrase."""
        found = []
        for index, strength, regex, requires in self._compiled:
            match = regex.search(text)
            if match and (requires is None or requires.search(text)):
                found.append(TriggerHit(self.labels[index], strength, match.group(0)))
        return found

    def features(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Binary matrices: (texts x lexicon entries) and strong hits (texts x labels)."""
        entries = np.zeros((len(texts), len(self._compiled)), dtype=np.float32)
        strong = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for row, text in enumerate(texts):
            for column, (index, strength, regex, requires) in enumerate(self._compiled):
                if regex.search(text) and (requires is None or requires.search(text)):
                    entries[row, column] = 1.0
                    if strength == "strong":
                        strong[row, index] = 1.0
        return entries, strong


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    """The packaged lexicon, compiled once."""
    return TriggerLexicon.from_yaml()
