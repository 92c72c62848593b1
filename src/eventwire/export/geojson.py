"""``geojson``: a FeatureCollection, one Point Feature per event with coordinates.

Events without coordinates are skipped (a GeoJSON consumer cannot place them;
use ``plover-jsonl`` or ``acled-csv`` to see them). Properties are the flat
record (without the internal ``family``/``day_start``/``day_end`` columns).
Written incrementally: the collection is opened, features are streamed, then
closed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .registry import Row, register

INTERNAL = frozenset({"family", "day_start", "day_end", "latitude", "longitude"})


def feature(row: Row) -> dict[str, Any] | None:
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is None or lon is None:
        return None
    properties = {k: v for k, v in row.items() if k not in INTERNAL}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


def write_features(features: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """Stream any features as one FeatureCollection; returns how many."""
    dumps = json.dumps
    stream.write('{"type": "FeatureCollection", "features": [\n')
    written = 0
    chunk: list[str] = []
    for item in features:
        chunk.append(dumps(item, ensure_ascii=False))
        if len(chunk) >= 2000:
            stream.write((",\n" if written else "") + ",\n".join(chunk))
            written += len(chunk)
            chunk.clear()
    if chunk:
        stream.write((",\n" if written else "") + ",\n".join(chunk))
        written += len(chunk)
    stream.write("\n]}\n")
    return written


@register("geojson", suffix=".geojson", description="GeoJSON FeatureCollection of Points (events with coordinates)")
def write_geojson(rows: Iterable[Row], stream: IO[str]) -> int:
    return write_features((f for f in map(feature, rows) if f is not None), stream)
