"""What the eventwire commands share: options, output writers, error handling."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from ..errors import EventwireError
from ..records import Event

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "jsonl", "csv")

#: Flat columns of ``--format csv`` (nested fields joined with ``_``).
CSV_COLUMNS = (
    "event_id", "article_id", "date", "time_precision", "event_type", "mode",
    "acled_event_type", "acled_sub_event_type",
    "actor1_name", "actor1_type", "actor1_country", "actor1_text",
    "actor2_name", "actor2_type", "actor2_country", "actor2_text",
    "location_name", "location_admin2", "location_admin1", "location_country_code",
    "location_lat", "location_lon", "location_geonameid", "location_precision", "location_text",
    "fatalities", "size", "sources", "evidence_sentence", "evidence_start", "evidence_end",
    "confidence", "quote",
)


def db_option(func: F) -> F:
    """``--db PATH``: the event store (default ``$EVENTWIRE_DB``, else the user data folder)."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Event store file. Default: $EVENTWIRE_DB, else events.db in the user data folder.",
    )(func)


def format_option(func: F) -> F:
    """``--format table|jsonl|csv``; unset means table on a terminal, JSON lines otherwise."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format. Default: table on a terminal, JSON lines when piped.",
    )(func)


def event_reports_option(func: F) -> F:
    """``--event-reports``: the inputs are known to report events (snippets, filtered feeds)."""
    return click.option(
        "--event-reports",
        is_flag=True,
        help="The inputs are known to report a political-violence or protest event (event "
        "snippets, a feed already filtered for events): when the rules find no event, the "
        "classifier's reading of the lead paragraph is coded (confidence <= 0.4). Not for "
        "general news, where it codes sports, accidents and crime.",
    )(func)


def input_options(func: F) -> F:
    """``--published`` and ``--outlet``: defaults for inputs that do not state them."""
    func = click.option(
        "--outlet", default=None, metavar="NAME", help="Publishing outlet for inputs that do not name one."
    )(func)
    return click.option(
        "--published",
        default=None,
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) for inputs that do not give one; relative dates "
        "('Friday') are resolved against it.",
    )(func)


def handle_errors(func: F) -> F:
    """Turn an :class:`EventwireError` into a one-line message and exit status 1.

    With the root group's ``--debug`` flag the traceback is shown instead.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:  # `eventwire extract ... | head`: the reader has gone
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except EventwireError as exc:
            if debug_enabled():
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def debug_enabled() -> bool:
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return False
    root = ctx.find_root()
    return bool(isinstance(root.obj, dict) and root.obj.get("debug"))


def choose_format(fmt: str | None, stream: IO[str] | None = None) -> str:
    """The format to write: the one asked for, else table on a TTY and jsonl when piped."""
    if fmt:
        return fmt
    stream = stream or sys.stdout
    return "table" if stream.isatty() else "jsonl"


def report_failures(failures: Iterable[tuple[str, str]]) -> int:
    """Print one ``ORIGIN: reason`` line per failure to stderr; return how many."""
    count = 0
    for origin, reason in failures:
        click.echo(f"{origin}: {reason}", err=True)
        count += 1
    return count


def flatten(event: Event) -> dict[str, Any]:
    """One event as a flat row (the CSV columns)."""
    data = event.to_dict()
    row: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                row[f"{key}_{sub}"] = inner
        elif key == "sources":
            row[key] = "; ".join(value)
        else:
            row[key] = value
    return {column: row.get(column) for column in CSV_COLUMNS}


def write_events(events: Iterable[Event], fmt: str, out: IO[str] | None = None) -> int:
    """Write events as a rich table, JSON lines or CSV; return how many were written.

    JSON lines and CSV are written as the events come (nothing is held back).
    """
    out = out or sys.stdout
    if fmt == "jsonl":
        count = 0
        for event in events:
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        count = 0
        for event in events:
            writer.writerow(flatten(event))
            count += 1
        return count
    if fmt == "table":
        return _write_table(events, out)
    raise click.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _write_table(events: Iterable[Event], out: IO[str]) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in ("date", "type", "ACLED sub-event", "actor 1", "actor 2", "where", "killed", "sources"):
        table.add_column(column, overflow="fold")
    count = 0
    for event in events:
        location = event.location
        where = ""
        if location:
            where = ", ".join(part for part in (location.name, location.admin1, location.country_code) if part)
        table.add_row(
            event.date or "?",
            event.event_type + (f"/{event.mode}" if event.mode else ""),
            event.acled_sub_event_type or "",
            event.actor1.name if event.actor1 else "",
            event.actor2.name if event.actor2 else "",
            where,
            "" if event.fatalities is None else str(event.fatalities),
            ", ".join(event.sources),
        )
        count += 1
    if count:
        Console(file=out, soft_wrap=False).print(table)
    return count


def stderr_console() -> Any:
    """A rich console on stderr (progress bars and summaries never mix into stdout data)."""
    from rich.console import Console

    return Console(stderr=True)


def date_bounds(since: str | None, until: str | None) -> dict[str, str]:
    """``--since``/``--until`` as YYYY-MM-DD; an error naming the option when unreadable."""
    from ..errors import StoreError
    from ..read import normalize_date

    bounds = {}
    for name, value in (("since", since), ("until", until)):
        if value:
            day = normalize_date(value)
            if day is None:
                raise StoreError(f"--{name}: cannot read {value!r} as a date; give it as YYYY-MM-DD")
            bounds[name] = day
    return bounds


def open_existing_store(db: Path | None):  # type: ignore[no-untyped-def]
    """The store at ``db`` (or the default); an error, not a new empty store, when absent."""
    from ..errors import StoreError
    from ..settings import default_db_path
    from ..store import Store

    path = Path(db) if db else default_db_path()
    if not path.exists():
        raise StoreError(f"no event store at {path}; run `eventwire ingest` first, or pass --db / set EVENTWIRE_DB")
    return Store.open(path)


def event_filter(since, until, country, type_, actor, near):  # type: ignore[no-untyped-def]
    """The ``eventwire events`` filters as an :class:`~eventwire.merge.store.EventFilter`."""
    from ..merge.store import EventFilter
    from ..store import Near, country_code

    bounds = date_bounds(since, until)
    circle = Near.parse(near) if near else None
    return EventFilter(
        since=bounds.get("since"),
        until=bounds.get("until"),
        country=country_code(country) if country else None,
        type=type_,
        actor=actor,
        near=(circle.lat, circle.lon, circle.km) if circle else None,
    )


def filter_options(command):  # type: ignore[no-untyped-def]
    """The filters of ``eventwire events``: --since --until --country --type --actor --near."""
    for option in reversed(
        [
            click.option("--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD)."),
            click.option("--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD)."),
            click.option(
                "--country", metavar="CODE", help="Country: ISO alpha-2 (IQ) or alpha-3 code, or English name."
            ),
            click.option(
                "--type",
                "type_",
                metavar="TYPE",
                help="PLOVER event type (ASSAULT), ACLED event type (Battles) or sub-event type (Armed clash).",
            ),
            click.option("--actor", metavar="TEXT", help="Text in either actor's name (case-insensitive)."),
            click.option("--near", metavar="LAT,LON,KM", help="Events within KM kilometres of LAT,LON."),
        ]
    ):
        command = option(command)
    return command
