"""``eventwire eval reference``: run the full pipeline on reference articles and score them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError


@click.command("reference")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--reference-dir", type=click.Path(path_type=Path), default=Path("../shared/reference"),
              show_default=True, help="Where to look for *.gold.json when no PATH is given.")
def eval_reference(paths: tuple[Path, ...], fmt: str, reference_dir: Path) -> None:
    """Score the pipeline on reference articles (PATH.gold.json ...; default: all in --reference-dir)."""
    from ..evaluate.reference import load_reference, score
    from ..pipeline import Pipeline

    gold_paths = list(paths) or sorted(reference_dir.glob("*.gold.json"))
    if not gold_paths:
        raise click.ClickException(f"no *.gold.json under {reference_dir}; pass gold files as arguments or set --reference-dir")
    try:
        pipeline = Pipeline.default()
        scores = []
        for gold_path in gold_paths:
            article, gold = load_reference(gold_path)
            result = pipeline.process(article)
            if result.error:
                raise click.ClickException(f"{gold_path}: the pipeline failed: {result.error}")
            scores.append(score(article.id, result.events, gold))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps([s.to_dict() for s in scores], indent=2, ensure_ascii=False))
        return
    _print_tables(scores)


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "WRONG")


def _print_tables(scores) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 150))
    for s in scores:
        table = Table(title=f"{s.article}: gold events")
        for column in ("gold", "req", "type", "place", "date", "found", "event", "fatal.", "size", "sources", "note"):
            table.add_column(column)
        for row in s.gold:
            table.add_row(row.id, "yes" if row.required else "opt", row.type, row.place or "", row.date or "",
                          "FOUND" if row.found else "missed", "" if row.event is None else f"#{row.event}",
                          _mark(row.fatalities_ok), _mark(row.size_ok),
                          _mark(row.sources_ok) + (f" (missing {', '.join(row.missing_sources)})" if row.missing_sources else ""),
                          row.note or "")
        console.print(table)
        table = Table(title=f"{s.article}: emitted events")
        for column in ("#", "type", "place", "date", "fatal.", "sources", "matches"):
            table.add_column(column)
        for row in s.events:
            table.add_row(str(row.index), row.type, row.place or "", row.date or "", "" if row.fatalities is None else str(row.fatalities),
                          ", ".join(row.sources), row.matched or "NO MATCH")
        console.print(table)
        console.print(
            f"[bold]{s.article}[/bold]: required recall {s.required_found}/{s.required} = {s.recall:.0%}; "
            f"precision {s.emitted_matched}/{s.emitted} = {s.precision:.0%}; "
            f"fatalities/size/sources checks {s.checks_ok}/{s.checks}"
        )
