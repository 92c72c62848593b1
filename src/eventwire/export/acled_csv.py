"""``acled-csv``: ACLED's columns, in ACLED's order, one row per event.

Events without an ACLED event type (PLOVER-only events such as THREATEN) are
not ACLED data and are skipped. ``event_id_cnty`` is the ISO alpha-3 code plus
a running number per country within the export. Unknown fatalities are 0, as
in ACLED.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import IO, Any

from .acled import COLUMNS, GEO_PRECISION, TIME_PRECISION, disorder_type, inter_code, interaction
from .countries import country_info
from .registry import Row, register


def _timestamp(value: str | None) -> int | str:
    if not value:
        return ""
    try:
        return int(datetime.fromisoformat(value).timestamp())
    except ValueError:
        return ""


def _notes(row: Row) -> str:
    notes = (row.get("sentence") or "").replace("\n", " ").strip()
    low, high = row.get("fatalities_min"), row.get("fatalities_max")
    if low is not None and high is not None and low != high:
        notes += f" [Fatality reports range from {low} to {high}.]"
    n = row.get("n_reports") or 1
    if n > 1:
        notes += f" [{n} reports merged.]"
    return notes.strip()


def _tags(row: Row) -> str:
    if row.get("acled_event_type") not in ("Protests", "Riots"):
        return ""
    size = row.get("size")
    return f"crowd size={size}" if size is not None else "crowd size=no report"


def acled_row(row: Row, number: int) -> list[Any]:
    """One ACLED CSV row (in :data:`COLUMNS` order) from a flat event row."""
    info = country_info(row.get("country_code"))
    iso3 = info.iso3 if info else "XXX"
    inter1 = inter_code(row.get("actor1_type")) if row.get("actor1") else 0
    inter2 = inter_code(row.get("actor2_type")) if row.get("actor2") else 0
    event_date = row.get("date") or ""
    acled_type = row.get("acled_event_type")
    sub_type = row.get("acled_sub_event_type")
    lat, lon = row.get("latitude"), row.get("longitude")
    fatalities = row.get("fatalities")
    return [
        f"{iso3}{number}",
        event_date,
        event_date[:4],
        TIME_PRECISION.get(row.get("time_precision") or "day", 1),
        disorder_type(acled_type, sub_type),
        acled_type,
        sub_type or "",
        row.get("actor1") or "",
        "",
        inter1,
        row.get("actor2") or "",
        "",
        inter2,
        interaction(inter1, inter2),
        "Civilian targeting" if inter2 == 7 else "",
        info.numeric if info else "",
        info.region if info else "",
        info.name if info else "",
        row.get("admin1") or "",
        row.get("admin2") or "",
        "",
        row.get("location") or "",
        f"{lat:.5f}" if lat is not None else "",
        f"{lon:.5f}" if lon is not None else "",
        GEO_PRECISION.get(row.get("geo_precision") or "", 3),
        "; ".join(row.get("sources") or ()),
        "",
        _notes(row),
        fatalities if fatalities is not None else 0,
        _tags(row),
        _timestamp(row.get("updated_at")),
    ]


@register("acled-csv", suffix=".csv", description="ACLED columns in ACLED order (CSV)")
def write_acled_csv(rows: Iterable[Row], stream: IO[str]) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    numbers: Counter[str] = Counter()
    written = 0
    batch: list[list[Any]] = []
    for row in rows:
        if not row.get("acled_event_type"):
            continue
        key = (row.get("country_code") or "").upper()
        numbers[key] += 1
        batch.append(acled_row(row, numbers[key]))
        if len(batch) >= 2000:
            writer.writerows(batch)
            written += len(batch)
            batch.clear()
    writer.writerows(batch)
    return written + len(batch)
