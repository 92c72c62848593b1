"""``parquet``: typed columns through pyarrow, written in row groups.

Dates are ``date32``, coordinates and confidence ``float64``, counts
``int32``/``int64``, ``sources`` a ``list<string>``. Rows are buffered
:data:`ROW_GROUP` at a time, so memory stays flat however many events.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from .registry import Row, register

ROW_GROUP = 50_000

#: (column, pyarrow type name) in file order.
FIELDS = (
    ("merged_id", "string"), ("event_type", "string"), ("mode", "string"),
    ("acled_event_type", "string"), ("acled_sub_event_type", "string"),
    ("actor1", "string"), ("actor1_type", "string"), ("actor1_country", "string"),
    ("actor2", "string"), ("actor2_type", "string"), ("actor2_country", "string"),
    ("date", "date32"), ("time_precision", "string"),
    ("location", "string"), ("geonameid", "int64"), ("latitude", "float64"), ("longitude", "float64"),
    ("admin1", "string"), ("admin2", "string"), ("country_code", "string"), ("geo_precision", "string"),
    ("fatalities", "int32"), ("fatalities_min", "int32"), ("fatalities_max", "int32"), ("size", "int64"),
    ("sources", "list<string>"), ("n_reports", "int32"), ("n_outlets", "int32"),
    ("confidence", "float64"), ("sentence", "string"), ("updated_at", "string"),
)  # fmt: skip


def schema() -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "date32": pa.date32(),
        "int64": pa.int64(),
        "int32": pa.int32(),
        "float64": pa.float64(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([(name, types[kind]) for name, kind in FIELDS])


def _table(batch: list[Row], arrow_schema: Any) -> Any:
    import pyarrow as pa

    fromiso = date.fromisoformat
    columns = []
    for name, kind in FIELDS:
        values = [row.get(name) for row in batch]
        if kind == "date32":
            values = [fromiso(v[:10]) if v else None for v in values]
        columns.append(pa.array(values, type=arrow_schema.field(name).type))
    return pa.Table.from_arrays(columns, schema=arrow_schema)


@register("parquet", suffix=".parquet", binary=True, description="Typed Parquet columns (pyarrow), row groups")
def write_parquet(rows: Iterable[Row], stream: IO[bytes]) -> int:
    import pyarrow.parquet as pq

    arrow_schema = schema()
    written = 0
    with pq.ParquetWriter(stream, arrow_schema, compression="zstd") as writer:
        batch: list[Row] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(_table(batch, arrow_schema), row_group_size=ROW_GROUP)
                written += len(batch)
                batch = []
        if batch or written == 0:
            writer.write_table(_table(batch, arrow_schema), row_group_size=ROW_GROUP)
            written += len(batch)
    return written
