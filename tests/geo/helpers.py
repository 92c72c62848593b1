"""Helpers shared by the geoparser tests on invented sentences."""

from __future__ import annotations

from eventwire.records import Article


def parse(nlp, geoparser, text, outlet=None):
    """The toponyms the geoparser finds in ``text`` (an article from ``outlet``)."""
    return geoparser.parse(nlp(text), Article(id="t", text=text, outlet=outlet))


def find(toponyms, text):
    """The first toponym written ``text``; fails naming what was found instead."""
    found = [t for t in toponyms if t.text == text]
    assert found, f"{text!r} not found among {[t.text for t in toponyms]}"
    return found[0]
