"""Geoparsing: find place names in a parsed article and resolve them to GeoNames entries.

Interface used by the pipeline: ``default_geoparser().parse(doc, article) -> list[Toponym]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Toponym


class NoGeoparser:
    """Placeholder until the gazetteer geoparser lands: finds no places."""

    def parse(self, doc: Doc, article: Article) -> list[Toponym]:
        return []


def default_geoparser() -> NoGeoparser:
    return NoGeoparser()
