"""Helpers for coder tests: toponyms built by hand, so the coder is tested without the geoparser."""

from __future__ import annotations

import re

import pytest

from eventwire.records import Article, Toponym


def toponyms(text: str, places: dict[str, tuple]) -> list[Toponym]:
    """One Toponym per occurrence of each name: ``name -> (country, precision, lat, lon[, admin1])``."""
    found = []
    for name, spec in places.items():
        country, precision, lat, lon = spec[:4]
        admin1 = spec[4] if len(spec) > 4 else None
        for match in re.finditer(r"\b%s\b" % re.escape(name), text):
            found.append(Toponym(name, match.start(), match.end(), name=name, lat=lat, lon=lon,
                                 country_code=country, precision=precision, kind=precision, admin1=admin1,
                                 geonameid=abs(hash(name)) % 10**7))
    return sorted(found, key=lambda t: t.start)


@pytest.fixture(scope="session")
def coder(nlp):
    from eventwire.coding import EventCoder

    return EventCoder(nlp)


@pytest.fixture(scope="session")
def code(nlp, coder):
    def run(text: str, places: dict[str, tuple], published: str | None = "2024-06-23", outlet: str | None = "Example News"):
        article = Article("t", text, outlet=outlet, published=published)
        return coder.code(nlp(text), article, toponyms(text, places))

    return run
