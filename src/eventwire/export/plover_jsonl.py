"""``plover-jsonl``: one JSON object per line, PLOVER field names.

Field spelling follows the PLOVER gold-standard records (``event``-level
``mode``, ``context``, ``dead``, ``size``, ``publication``) with the actor
fields PLOVER's newer releases use (``actor1``..., ``recipient``...). See
``docs/exports.md`` for the full list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .registry import Row, register


def plover_record(row: Row) -> dict[str, Any]:
    sources = row.get("sources") or []
    low, high = row.get("fatalities_min"), row.get("fatalities_max")
    return {
        "id": row.get("event_id") or row["merged_id"],
        "date": row.get("date"),
        "time_precision": row.get("time_precision"),
        "event_type": row.get("event_type"),
        "mode": row.get("mode"),
        "context": None,
        "actor1": row.get("actor1"),
        "actor1_country": row.get("actor1_country"),
        "actor1_type": row.get("actor1_type"),
        "recipient": row.get("actor2"),
        "recipient_country": row.get("actor2_country"),
        "recipient_type": row.get("actor2_type"),
        "location": row.get("location"),
        "geonameid": row.get("geonameid"),
        "latitude": row.get("latitude"),
        "longitude": row.get("longitude"),
        "admin1": row.get("admin1"),
        "admin2": row.get("admin2"),
        "country": row.get("country_code"),
        "geo_precision": row.get("geo_precision"),
        "dead": row.get("fatalities"),
        "dead_range": [low, high] if low is not None else None,
        "size": row.get("size"),
        "publication": sources[0] if sources else None,
        "sources": sources,
        "sentence": row.get("sentence"),
        "acled_event_type": row.get("acled_event_type"),
        "acled_sub_event_type": row.get("acled_sub_event_type"),
        "confidence": row.get("confidence"),
        "n_reports": row.get("n_reports"),
        "merged_id": row.get("merged_id"),
    }


@register("plover-jsonl", suffix=".jsonl", description="PLOVER records, one JSON object per line")
def write_plover_jsonl(rows: Iterable[Row], stream: IO[str]) -> int:
    dumps = json.dumps
    written = 0
    lines: list[str] = []
    for row in rows:
        lines.append(dumps(plover_record(row), ensure_ascii=False))
        if len(lines) >= 2000:
            stream.write("\n".join(lines) + "\n")
            written += len(lines)
            lines.clear()
    if lines:
        stream.write("\n".join(lines) + "\n")
    return written + len(lines)
