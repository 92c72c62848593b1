"""``eventwire export``: stream the store's merged events to a file in a chosen format."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EventwireError


def open_existing_store(db: str | None):  # type: ignore[no-untyped-def]
    """The store at ``db`` (or the default); an error, not a new empty store, when absent."""
    from ..settings import default_db_path
    from ..store import Store

    path = Path(db) if db else default_db_path()
    if not path.exists():
        raise EventwireError(f"no event store at {path}: run `eventwire ingest` first, or pass --db PATH")
    return Store.open(path)


def event_filter(since, until, country, type_, actor, near):  # type: ignore[no-untyped-def]
    """The ``eventwire events`` filters as an :class:`~eventwire.merge.store.EventFilter`."""
    from datetime import date

    from ..export.countries import resolve_country
    from ..merge.store import EventFilter
    from ..store import Near

    for label, value in (("--since", since), ("--until", until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError as exc:
                raise EventwireError(f"{label}: expected YYYY-MM-DD, got {value!r}") from exc
    circle = Near.parse(near) if near else None
    return EventFilter(
        since=since,
        until=until,
        country=resolve_country(country) if country else None,
        type=type_,
        actor=actor,
        near=(circle.lat, circle.lon, circle.km) if circle else None,
    )


def filter_options(command):  # type: ignore[no-untyped-def]
    for option in reversed(
        [
            click.option("--db", type=click.Path(dir_okay=False), help="Event store (default: EVENTWIRE_DB)."),
            click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
            click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
            click.option("--country", help="ISO 3166 code or English country name."),
            click.option("--type", "type_", help="PLOVER type, ACLED event type or sub-event type."),
            click.option("--actor", help="Substring of either actor's name."),
            click.option("--near", metavar="LAT,LON,KM", help="Events within KM of a point."),
        ]
    ):
        command = option(command)
    return command


@click.command("export")
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["acled-csv", "plover-jsonl", "geojson", "parquet"]),
    help="Output format.",
)
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@filter_options
@click.option("--unmerged", is_flag=True, help="One row per report instead of per merged event.")
@click.pass_context
def export(ctx, fmt, out, db, since, until, country, type_, actor, near, unmerged):  # type: ignore[no-untyped-def]
    """Write the store's events to OUT (`-` = stdout for text formats), one row per merged event."""
    from ..export import export_events

    debug = bool((ctx.obj or {}).get("debug"))
    try:
        flt = event_filter(since, until, country, type_, actor, near)
        store = open_existing_store(db)
        try:
            written = export_events(store, fmt, out, flt, unmerged=unmerged)
        finally:
            store.close()
    except EventwireError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from exc
    if out != "-":
        click.echo(f"wrote {written} {'reports' if unmerged else 'events'} to {out}", err=True)
