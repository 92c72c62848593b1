"""``eventwire export``: stream the store's merged events to a file in a chosen format."""

from __future__ import annotations

from pathlib import Path

import click

from ..export.registry import exporter_names
from .common import db_option, handle_errors


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
    from ..errors import StoreError
    from ..merge.store import EventFilter
    from ..read import normalize_date
    from ..store import Near, country_code

    bounds = {}
    for name, value in (("since", since), ("until", until)):
        if value:
            bounds[name] = normalize_date(value)
            if bounds[name] is None:
                raise StoreError(f"--{name}: cannot read {value!r} as a date; give it as YYYY-MM-DD")
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


@click.command("export")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(exporter_names()),
    help="Output format.",
)
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@filter_options
@click.option("--unmerged", is_flag=True, help="One row per report instead of one per merged event.")
@handle_errors
def export(fmt, out, db, since, until, country, type_, actor, near, unmerged):  # type: ignore[no-untyped-def]
    """Write the store's events to OUT (`-` = stdout for text formats), one row per merged event.

    Formats: acled-csv (ACLED's columns and codes), plover-jsonl (PLOVER field
    names), geojson (Points; events without coordinates are left out), parquet
    (typed columns). Output is streamed: memory stays flat for millions of events.
    """
    from ..export import export_events

    flt = event_filter(since, until, country, type_, actor, near)
    with open_existing_store(db) as store:
        written = export_events(store, fmt, out, flt, unmerged=unmerged)
    if out != "-":
        click.echo(f"wrote {written} {'reports' if unmerged else 'events'} to {out}", err=True)
