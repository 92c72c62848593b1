"""Multi-word and hyphenated place names, transliteration variants and curated news spellings,
on short invented sentences."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from eventwire.geo.normalize import skeleton
from eventwire.geodesy import haversine_km

from .helpers import find, parse

pytestmark = pytest.mark.slow




def near(toponym, lat, lon, km=50):
    return toponym.lat is not None and haversine_km(toponym.lat, toponym.lon, lat, lon) <= km


# -- hyphenated names: one name, not their last or first word ---------------------------------

@pytest.mark.parametrize("text, name, lat, lon", [
    ("PORT-AU-PRINCE, Haiti (Island Wire) — Gangs set fire to a police station overnight, officials said.",
     "PORT-AU-PRINCE", 18.54, -72.34),
    ("Thousands of residents fled Port-au-Prince after gangs seized the airport road.",
     "Port-au-Prince", 18.54, -72.34),
    ("Insurgents attacked Mocímboa-da-Praia before dawn.", "Mocímboa-da-Praia", -11.35, 40.35),
    ("Fighting erupted in Bandar-e Abbas on Monday.", "Bandar-e Abbas", 27.19, 56.28),
    ("Troops entered Saint-Jean-sur-Richelieu at noon.", "Saint-Jean-sur-Richelieu", 45.31, -73.26),
    ("Militants shelled Deir ez-Zor overnight.", "Deir ez-Zor", 35.33, 40.14),
])
def test_a_hyphenated_name_is_matched_whole(nlp, geoparser, text, name, lat, lon):
    toponyms = parse(nlp, geoparser, text)
    assert near(find(toponyms, name), lat, lon)
    start = text.index(name)
    assert not [t for t in toponyms if start <= t.start and t.end <= start + len(name) and t.text != name]


def test_a_hyphen_between_two_places_still_separates_them(nlp, geoparser):
    toponyms = parse(nlp, geoparser, "Iraq-Syria border crossings reopened on Sunday.")
    assert {"Iraq", "Syria"} <= {t.text for t in toponyms}


# -- names opening with a toponymic word, which the NER takes for a person --------------------

@pytest.mark.parametrize("text, name, lat, lon", [
    ("Rockets hit Kiryat Shmona on Monday.", "Kiryat Shmona", 33.21, 35.57),
    ("Hezbollah fired rockets at Kiryat Shmona in northern Israel.", "Kiryat Shmona", 33.21, 35.57),
    ("Jets struck Ras al-Ain in Hasakah province, Syria.", "Ras al-Ain", 36.85, 40.07),
    ("Shelling hit Kafr-Nabl.", "Kafr-Nabl", 35.61, 36.56),
])
def test_a_name_with_a_toponymic_head_is_a_place(nlp, geoparser, text, name, lat, lon):
    assert near(find(parse(nlp, geoparser, text), name), lat, lon)


def test_a_persons_name_is_not_taken_for_a_toponymic_head(nlp, geoparser):
    toponyms = parse(nlp, geoparser, "Abu Bakr al-Baghdadi spoke in a recording released on Friday.")
    assert not [t for t in toponyms if t.text.startswith("Abu")]


# -- transliteration skeleton ----------------------------------------------------------------

@pytest.mark.parametrize("written, indexed", [
    ("Busra al-Sham", "Buşrá ash Shām"),  # assimilated article inside the name
    ("Jisr al-Shughur", "Jisr ash Shughur"),
    ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
    ("El Bur", "Ceel Buur"),  # Somali "C" for the Arabic ʿayn
    ("Kiryat Shmona", "Qiryat Shmona"),
])
def test_spelling_variants_share_a_skeleton(written, indexed):
    assert skeleton(written) == skeleton(indexed)


def test_the_skeleton_keeps_different_names_apart():
    assert skeleton("Deir el-Balah") != skeleton("Deir ez-Zor")
    assert skeleton("Tal Afar") != skeleton("Tel Aviv")


# -- curated aliases --------------------------------------------------------------------------

def _alias_rows():
    text = resources.files("eventwire.geo.data").joinpath("aliases.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_every_alias_resolves_exactly_to_its_target(gazetteer):
    missing = []
    for row in _alias_rows():
        found = [e for e, _ in gazetteer.lookup(row["alias"])
                 if e.kind == row["kind"] and (not row["country"] or e.country_code == row["country"])]
        if not found:
            missing.append(row["alias"])
    assert not missing, f"aliases whose target is not in the index: {missing}"
    assert len(_alias_rows()) >= 90


def test_an_aliased_spelling_resolves_in_an_upper_case_dateline(nlp, geoparser):
    text = "BARDERA, Somalia (Horn Desk) — Militants attacked an army base on Tuesday, officials said."
    assert near(find(parse(nlp, geoparser, text), "BARDERA"), 2.34, 42.28)


@pytest.mark.parametrize("text", [
    "Soldiers clashed with communist rebels in Catubig, Northern Samar, on Sunday.",
    "CATUBIG, Northern Samar — Two soldiers were killed in an ambush on Sunday, the army said.",
    "Troops recovered firearms in a village of Catubig town.",
])
def test_a_small_municipality_in_cities500_resolves(nlp, geoparser, text):
    """Catubig (Northern Samar, about 5,000 people in GeoNames) is in cities500."""
    found = [t for t in parse(nlp, geoparser, text) if t.text.lower() == "catubig"]
    assert found and found[0].country_code == "PH" and found[0].admin2 == "Northern Samar"
