"""``eventwire events``: query the event store."""

from __future__ import annotations

from pathlib import Path

import click

from .common import (
    choose_format,
    date_bounds,
    db_option,
    filter_options,
    format_option,
    handle_errors,
    open_existing_store,
    write_events,
)


@click.command()
@db_option
@filter_options
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
    from ..store import Near, country_code

    bounds = date_bounds(since, until)
    with open_existing_store(db) as store:
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
