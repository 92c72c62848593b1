"""``eventwire extract``: read and code articles, print their events (nothing is stored)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..records import Article, Event, ReadFailure
from .common import event_reports_option, choose_format, format_option, handle_errors, input_options, report_failures, write_events


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@input_options
@event_reports_option
@format_option
@handle_errors
def extract(paths: tuple[str, ...], published: str | None, outlet: str | None, event_reports: bool,
            fmt: str | None) -> None:
    """Read articles and print the events coded from them, without storing anything.

    PATH is a text, HTML, RSS/Atom, JSON Lines or WARC file, a folder (read
    recursively) or - for stdin. Failed inputs are listed on stderr as
    "FILE: reason" and make the exit status 1, after all others are done.
    In JSON lines each line is one event record (see docs/schema.md).
    """
    from ..pipeline import Pipeline
    from ..read import english_only, read_paths

    failures: list[tuple[str, str]] = []
    counts = {"articles": 0}
    items = english_only(read_paths(paths, published=published, outlet=outlet))

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadFailure):
                failures.append((item.origin, item.reason))
            else:
                counts["articles"] += 1
                yield item

    pipeline = Pipeline.default(event_reports=event_reports)

    def events() -> Iterator[Event]:
        for result in pipeline.pipe(articles()):
            if result.error is not None:
                failures.append((result.article.origin or result.article.id, result.error))
            yield from result.events

    fmt = choose_format(fmt)
    written = write_events(events(), fmt)
    sys.stdout.flush()
    if written == 0 and fmt == "table":
        click.echo(f"No events found in {counts['articles']} article(s).", err=True)
    if report_failures(failures):
        sys.exit(1)
