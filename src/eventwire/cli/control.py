"""``eventwire control``: who controls a place (timeline), or every known controller at a date."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from ..errors import EventwireError
from .common import db_option, handle_errors
from .common import open_existing_store


@click.command("control")
@click.option("--place", help="Place name (as stored, case-insensitive).")
@click.option("--at", "at", metavar="YYYY-MM-DD", help="The controller on this date instead of the timeline.")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "geojson"]), default="text", show_default=True
)
@handle_errors
def control(place, at, db, fmt):  # type: ignore[no-untyped-def]
    """Control of places from takeover, regain, transfer and withdrawal events.

    \b
    eventwire control --place Mosul              timeline of Mosul
    eventwire control --place Mosul --at 2015-01-01
    eventwire control --at 2015-01-01 --format geojson
    """
    from ..export.geojson import write_features
    from ..merge.control import build_timelines, control_events, control_feature, controllers_at, find_place

    if at:
        try:
            date.fromisoformat(at)
        except ValueError as exc:
            raise EventwireError(f"--at: expected YYYY-MM-DD, got {at!r}") from exc
    if not place and not at:
        raise EventwireError("give --place NAME (a timeline) or --at DATE (every known controller), or both")
    with open_existing_store(db) as store:
        timelines = build_timelines(control_events(store))
    if place:
        chosen = find_place(timelines, place)
        if not chosen:
            raise EventwireError(
                f"no change of control recorded for {place!r}; `eventwire control --at DATE` lists known places"
            )
        timelines = {t.key: t for t in chosen}

    if at:
        known = list(controllers_at(timelines, at))
        if fmt == "geojson":
            write_features((f for f in (control_feature(t, c) for t, c in known) if f), sys.stdout)
        elif fmt == "json":
            rows = [{"place": t.place, "country_code": t.country_code, **c.to_dict()} for t, c in known]
            click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            if not known:
                click.echo(f"no controller known on {at}")
            for timeline, change in known:
                click.echo(f"{timeline.place}: {change.controller} since {change.date} — {change.evidence or ''}")
        return

    if fmt == "geojson":
        raise EventwireError("--format geojson needs --at DATE (one controller per place)")
    if fmt == "json":
        click.echo(json.dumps([t.to_dict() for t in timelines.values()], ensure_ascii=False, indent=1))
        return
    for timeline in timelines.values():
        click.echo(f"{timeline.place} ({timeline.country_code or '?'})")
        for change in timeline.changes:
            who = change.controller or "unknown"
            lost = f" (from {change.lost_by})" if change.lost_by else ""
            click.echo(f"  {change.date}  {who}{lost}  [{change.kind}] {change.evidence or ''}")
            if change.sources:
                click.echo(f"              sources: {', '.join(change.sources)}")
