"""``eventwire eval``: score the stages against gold data."""

from __future__ import annotations

import click

from .lazy import LazyGroup

EVALUATIONS = {
    "geo": "eventwire.cli.eval_geo:eval_geo",
    "reference": "eventwire.cli.eval_reference:eval_reference",
    "case": "eventwire.cli.eval_case:eval_case",
}


@click.group("eval", cls=LazyGroup, lazy=EVALUATIONS)
def eval_group() -> None:
    """Score eventwire against gold data (geoparsing corpora, reference articles, CASE)."""
