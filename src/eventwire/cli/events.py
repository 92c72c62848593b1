"""``eventwire events``: query the event store."""

from __future__ import annotations

from pathlib import Path

import click

from .common import choose_format, db_option, format_option, handle_errors, write_events


@click.command()
@db_option
@click.option("--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--country", metavar="CODE", help="Country: ISO alpha-2 (IQ) or alpha-3 code, or English name.")
@click.option(
    "--type",
    "type_",
    metavar="TYPE",
    help="PLOVER event type (ASSAULT), ACLED event type (Battles) or sub-event type (Armed clash).",
)
@click.option("--actor", metavar="TEXT", help="Text in either actor's name (case-insensitive).")
@click.option("--near", metavar="LAT,LON,KM", help="Events within KM kilometres of LAT,LON.")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N", help="At most N events.")
@format_option
@handle_errors
def events(
    db: Path | None,
    since: str | None,
    until: str | None,
    country: str | None,
    type_: str | None,
    actor: str | None,
    near: str | None,
    limit: int | None,
    fmt: str | None,
) -> None:
    """List stored events, by date, filtered by time, place, type and actor."""
    from ..errors import StoreError
    from ..read import normalize_date
    from ..settings import default_db_path
    from ..store import Near, Store, country_code

    path = db or default_db_path()
    if not path.exists():
        raise StoreError(f"no event store at {path}; run `eventwire ingest` first, or pass --db / set EVENTWIRE_DB")
    bounds = {}
    for name, value in (("since", since), ("until", until)):
        if value:
            bounds[name] = normalize_date(value)
            if bounds[name] is None:
                raise StoreError(f"--{name}: cannot read {value!r} as a date; give it as YYYY-MM-DD")
    with Store.open(path) as store:
        found = store.events(
            since=bounds.get("since"),
            until=bounds.get("until"),
            country=country_code(country) if country else None,
            type=type_,
            actor=actor,
            near=Near.parse(near) if near else None,
            limit=limit,
        )
        fmt = choose_format(fmt)
        if write_events(found, fmt) == 0 and fmt == "table":
            click.echo("No events match.", err=True)
