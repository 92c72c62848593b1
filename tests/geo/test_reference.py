"""Every place of the reference article is resolved within its gold tolerance."""

from __future__ import annotations

import json

import pytest

from eventwire.geodesy import haversine_km
from eventwire.records import Article

from .paths import REFERENCE, require

pytestmark = pytest.mark.slow


def test_reference_article_toponyms(nlp, geoparser):
    text = require(REFERENCE / "anbar-2014-06-22.txt").read_text(encoding="utf-8")
    gold = json.loads(require(REFERENCE / "anbar-2014-06-22.gold.json").read_text(encoding="utf-8"))["toponyms"]
    toponyms = geoparser.parse(nlp(text), Article(id="anbar-2014-06-22", text=text))
    assert toponyms
    for t in toponyms:
        assert text[t.start:t.end] == t.text
    problems = []
    for place in gold:
        found = [t for t in toponyms if t.text == place["text"]]
        if not found:
            problems.append(f"{place['text']}: not recognized")
            continue
        for t in found:  # every mention, not just the first
            if t.lat is None:
                problems.append(f"{place['text']} at {t.start}: not placed ({t.reason})")
                continue
            km = haversine_km(t.lat, t.lon, place["lat"], place["lon"])
            if km > place["within_km"]:
                problems.append(f"{place['text']} at {t.start}: {km:.0f} km off ({t.name}; {t.reason})")
    assert not problems, "\n".join(problems)
