"""``eventwire ingest``: read, code and store articles, with progress and a summary."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..store.sqlite import DEFAULT_BATCH_SIZE
from .common import event_reports_option, db_option, handle_errors, input_options, report_failures, stderr_console


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@input_options
@event_reports_option
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    metavar="N",
    show_default=True,
    help="Articles per committed transaction. A killed run keeps every committed batch.",
)
@handle_errors
def ingest(
    paths: tuple[str, ...], db: Path | None, published: str | None, outlet: str | None,
    event_reports: bool, batch_size: int,
) -> None:
    """Read, code and store articles in the event store.

    PATH is a text, HTML, RSS/Atom, JSON Lines or WARC file, a folder (read
    recursively) or - for stdin. Articles already stored are skipped, so
    re-running after an interruption completes the rest without duplicates.
    Failed inputs are listed as "FILE: reason" (and kept in the store's
    failures table); the exit status is then 1.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..pipeline import Pipeline
    from ..read import english_only, read_paths
    from ..store import Store
    from ..store import ingest as run_ingest

    console = stderr_console()
    items = english_only(read_paths(paths, published=published, outlet=outlet))
    with Store.open(db, batch_size=batch_size) as store:
        pipeline = Pipeline.default(event_reports=event_reports)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingesting[/]"),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        with progress:
            task = progress.add_task("ingest", total=None, status="")

            def update(summary) -> None:  # type: ignore[no-untyped-def]
                progress.update(
                    task,
                    status=f"{summary.read} read, {summary.stored} stored, "
                    f"{summary.already_stored} already stored, {summary.failed} failed, "
                    f"{summary.events} events",
                )

            try:
                summary = run_ingest(items, store, pipeline, on_result=update)
            except KeyboardInterrupt:
                progress.stop()
                click.echo(
                    f"Interrupted: {store.path} holds {store.count_articles()} article(s) "
                    "(every committed batch); run the same command again to complete the rest.",
                    err=True,
                )
                sys.exit(130)
        path = store.path
    click.echo(
        f"{summary.read} article(s) read, {summary.stored} stored, "
        f"{summary.already_stored} already stored, {summary.failed} failed; "
        f"{summary.events} event(s) stored in {path}"
    )
    if report_failures(summary.failures):
        sys.exit(1)
