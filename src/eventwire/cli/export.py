"""``eventwire export``: stream the store's merged events to a file in a chosen format."""

from __future__ import annotations


import click

from ..export.registry import exporter_names
from .common import db_option, event_filter, filter_options, handle_errors, open_existing_store


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
