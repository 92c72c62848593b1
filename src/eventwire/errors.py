"""Errors users read.

Stages raise :class:`EventwireError` subclasses with a message that names the
value and the way out; only ``eventwire.cli`` turns them into terminal output.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input file or stream could not be read as an article."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ModelError(EventwireError):
    """The spaCy pipeline (or another model) cannot be loaded."""


class GazetteerError(EventwireError):
    """The gazetteer index is missing, stale or cannot be built."""


class StoreError(EventwireError):
    """The event store cannot be opened or migrated."""
