"""Exporters by name. Each writes an iterable of flat event rows to a stream.

A flat row is a dict as :func:`eventwire.merge.store.iter_merged_rows` yields
(see ``docs/exports.md``). New formats plug in with :func:`register`::

    @register("my-format", suffix=".txt", description="...")
    def write_my_format(rows, stream) -> int: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from ..errors import EventwireError

Row = dict[str, Any]
Writer = Callable[[Iterable[Row], IO[Any]], int]


@dataclass(frozen=True, slots=True)
class Exporter:
    """A named output format: ``write(rows, stream)`` returns the rows written."""

    name: str
    write: Writer
    binary: bool
    suffix: str
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, *, suffix: str, description: str, binary: bool = False) -> Callable[[Writer], Writer]:
    def decorate(write: Writer) -> Writer:
        EXPORTERS[name] = Exporter(name, write, binary, suffix, description)
        return write

    return decorate


def get_exporter(name: str) -> Exporter:
    from . import builtin  # noqa: F401  (registers the built-in formats)

    try:
        return EXPORTERS[name]
    except KeyError as exc:
        raise EventwireError(
            f"unknown export format {name!r}; available: {', '.join(sorted(EXPORTERS))}"
        ) from exc


def exporter_names() -> list[str]:
    from . import builtin  # noqa: F401

    return sorted(EXPORTERS)
