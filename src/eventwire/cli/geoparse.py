"""``eventwire geoparse``: find and resolve the place names of articles."""

from __future__ import annotations

import json
import sys

import click

from ..records import ReadFailure
from .common import handle_errors, input_options, report_failures


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default=None,
              help="Output format. Default: table on a terminal, JSON lines when piped.")
@handle_errors
def geoparse(paths: tuple[str, ...], published: str | None, outlet: str | None, fmt: str | None) -> None:
    """Print the toponyms of each article, resolved to GeoNames entries.

    In JSON lines each line is {"doc": ARTICLE_ID, "toponyms": [...]} with character
    offsets into the article text (see docs/stages/geo.md). The gazetteer index is
    built on first use. Failed inputs are listed on stderr as "FILE: reason" and make
    the exit status 1, after all others are done.
    """
    from ..geo import default_geoparser
    from ..parse import load_pipeline
    from ..read import read_paths

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    failures: list[tuple[str, str]] = []
    geoparser = default_geoparser()
    nlp = load_pipeline()

    def articles():
        for item in read_paths(paths, published=published, outlet=outlet):
            if isinstance(item, ReadFailure):
                failures.append((item.origin, item.reason))
            else:
                yield item.text, item

    console = None
    if fmt == "table":
        from rich.console import Console

        console = Console()
    for doc, article in nlp.pipe(articles(), as_tuples=True, batch_size=16):
        toponyms = geoparser.parse(doc, article)
        if fmt == "jsonl":
            click.echo(json.dumps({"doc": article.id, "toponyms": [t.to_dict() for t in toponyms]},
                                  ensure_ascii=False))
            continue
        from rich.table import Table

        table = Table(title=f"{article.id} ({len(toponyms)} toponyms)")
        for column in ("text", "offsets", "name", "country", "admin1", "lat", "lon", "precision", "reason"):
            table.add_column(column)
        for t in toponyms:
            table.add_row(t.text, f"{t.start}-{t.end}", t.name or "", t.country_code or "", t.admin1 or "",
                          "" if t.lat is None else f"{t.lat:.4f}", "" if t.lon is None else f"{t.lon:.4f}",
                          t.precision or "", t.reason or "")
        assert console is not None
        console.print(table)
    sys.stdout.flush()
    if report_failures(failures):
        sys.exit(1)
