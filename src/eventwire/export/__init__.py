"""export stage: stream the store's events out as ACLED CSV, PLOVER JSONL, GeoJSON or Parquet.

:func:`export_events` picks a writer from the registry (:mod:`.registry`);
each writer consumes flat rows one at a time, so memory stays flat.
"""

from .api import export_events
from .registry import EXPORTERS, Exporter, exporter_names, get_exporter, register

__all__ = ["EXPORTERS", "Exporter", "export_events", "exporter_names", "get_exporter", "register"]
