"""Imports the built-in exporters so they register themselves."""

from . import acled_csv, geojson, parquet, plover_jsonl  # noqa: F401
