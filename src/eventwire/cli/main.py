"""The ``eventwire`` command: a thin shell over the pipeline and the store."""

from __future__ import annotations

import click

from ..version import __version__
from .lazy import LazyGroup

#: command name -> "module:attribute"; each module owns one command (or group).
COMMANDS = {
    "extract": "eventwire.cli.extract:extract",
    "ingest": "eventwire.cli.ingest:ingest",
    "events": "eventwire.cli.events:events",
    "export": "eventwire.cli.export:export",
    "geoparse": "eventwire.cli.geoparse:geoparse",
    "gazetteer": "eventwire.cli.gazetteer:gazetteer",
    "eval": "eventwire.cli.evaluate:eval_group",
    "control": "eventwire.cli.control:control",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(__version__, prog_name="eventwire")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn news reports about conflict and unrest into structured, geolocated, sourced events."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
