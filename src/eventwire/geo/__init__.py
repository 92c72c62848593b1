"""Geoparsing: find place names in a parsed article and resolve them to GeoNames entries.

Interface used by the pipeline: ``default_geoparser().parse(doc, article) -> list[Toponym]``.
See ``docs/stages/geo.md``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..records import Article, Toponym
from .gazetteer import Gazetteer, open_gazetteer
from .recognize import recognize
from .resolve import Resolver

__all__ = ["Geoparser", "default_geoparser", "Gazetteer", "open_gazetteer"]


class Geoparser:
    """Recognizes toponyms (NER + gazetteer matcher + context) and resolves them."""

    def __init__(self, gazetteer: Gazetteer | None = None, demonyms: bool | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else open_gazetteer()
        self.resolver = Resolver()
        if demonyms is None:
            demonyms = os.environ.get("EVENTWIRE_GEO_DEMONYMS", "1") not in ("0", "false", "no")
        #: Report nationality adjectives ("Iraqi") as mentions of their country.
        self.demonyms = demonyms

    def parse(self, doc: Doc, article: Article | None = None) -> list[Toponym]:
        mentions = recognize(doc, self.gazetteer, self.demonyms, article.outlet if article is not None else None)
        return self.resolver.resolve(doc, mentions)


@lru_cache(maxsize=2)
def default_geoparser(path: Path | None = None) -> Geoparser:
    """The geoparser over the default gazetteer index (built on first use)."""
    return Geoparser(open_gazetteer(path))
