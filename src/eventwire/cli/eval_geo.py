"""``eventwire eval geo``: geoparsing scores on an EUPEG corpus, beside published runs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError


@click.command("geo")
@click.option("--corpus", default="LGL", show_default=True,
              type=click.Choice(["LGL", "GeoVirus", "GeoCorpora", "WikToR", "Hu2014", "Ju2016"]))
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
@click.option("--data-dir", type=click.Path(path_type=Path), default=Path("../shared/data"), show_default=True,
              help="The shared data directory (holds geo/eupeg/).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-published", is_flag=True, help="Score eventwire only, not the published runs.")
def eval_geo(corpus: str, limit: int | None, data_dir: Path, fmt: str, no_published: bool) -> None:
    """Recognition P/R/F1, accuracy@161 km and end-to-end accuracy on a geoparsing corpus."""
    from rich.console import Console
    from rich.progress import Progress

    from ..evaluate.geo import evaluate_corpus, read_corpus

    try:
        total = len(read_corpus(data_dir, corpus, limit)[1])
        with Progress(console=Console(stderr=True), transient=True, disable=fmt == "json") as progress:
            task = progress.add_task(f"geoparsing {corpus}", total=total)
            results = evaluate_corpus(data_dir, corpus, limit, not no_published,
                                      lambda n: progress.advance(task, n))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps({"corpus": corpus, "limit": limit, "systems": [r.to_dict() for r in results]}, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{corpus}: {results[0].documents} documents, {results[0].gold} gold toponyms")
    for column in ("system", "P", "R", "F1", "acc@161", "end-to-end", "median km"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for r in sorted(results, key=lambda r: -r.end_to_end):
        median = "-" if r.median_km is None else f"{r.median_km:.0f}"
        table.add_row(r.system, f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}",
                      f"{r.accuracy_161:.3f}", f"{r.end_to_end:.3f}", median)
    Console().print(table)
