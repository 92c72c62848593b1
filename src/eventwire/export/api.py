"""Export the store's events to a file or stdout through a registered exporter."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from ..errors import EventwireError
from ..merge.store import EventFilter, iter_merged_rows, iter_report_rows
from .registry import get_exporter


def export_events(
    conn_or_store: Any,
    fmt: str,
    out: str | Path,
    flt: EventFilter | None = None,
    *,
    unmerged: bool = False,
    batch_size: int = 5000,
) -> int:
    """Write the (filtered) events of the store to ``out`` (``-`` = stdout); returns rows written.

    Streams: rows are read with a cursor in batches and written as they come.
    ``unmerged`` writes one row per member report instead of per merged event.
    """
    exporter = get_exporter(fmt)
    rows = (
        iter_report_rows(conn_or_store, flt)
        if unmerged
        else iter_merged_rows(conn_or_store, flt, batch_size=batch_size)
    )
    with ExitStack() as stack:
        stream: IO[Any]
        if str(out) == "-":
            if exporter.binary:
                raise EventwireError(f"{fmt} is a binary format: give an output file, not '-'")
            stream = sys.stdout
        else:
            path = Path(out)
            if not path.parent.exists():
                raise EventwireError(f"cannot write {path}: folder {path.parent} does not exist")
            if exporter.binary:
                stream = stack.enter_context(path.open("wb"))
            else:
                stream = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
        return exporter.write(rows, stream)
