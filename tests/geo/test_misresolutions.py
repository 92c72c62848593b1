"""Known kinds of geoparsing mistakes in conflict news, on short invented sentences: outlets and
group names read as places, sites named after a far-away namesake, ambiguous short names
against the story's focus, and water bodies / English names of regions."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from eventwire.geodesy import haversine_km

from .helpers import find, parse

pytestmark = pytest.mark.slow




def near(toponym, lat, lon, km):
    return toponym.lat is not None and haversine_km(toponym.lat, toponym.lon, lat, lon) <= km


def overlapping(toponyms, text, phrase):
    start = text.index(phrase)
    return [t for t in toponyms if t.start < start + len(phrase) and start < t.end]


# -- 1. the outlet in a dateline ------------------------------------------------------------

@pytest.mark.parametrize("text, credit, city", [
    ("MOGADISHU (Aden Chronicle) - A car bomb exploded near a restaurant on Friday, police said.",
     "Aden Chronicle", "MOGADISHU"),
    ("KHARKIV, Ukraine, May 19 (Kurdistan 24) — Missiles hit the city overnight, the mayor said.",
     "Kurdistan 24", "KHARKIV"),
    ("Bamako, March 3 (Gulf Observer) – Gunmen killed twelve villagers, officials said.",
     "Gulf Observer", "Bamako"),
])
def test_the_outlet_credited_in_a_dateline_is_not_a_place(nlp, geoparser, text, credit, city):
    toponyms = parse(nlp, geoparser, text)
    assert not overlapping(toponyms, text, credit)
    assert find(toponyms, city).lat is not None  # the dateline's place still counts


def test_a_place_name_inside_the_articles_outlet_is_not_a_place(nlp, geoparser):
    text = "Kabul Now reported that the Taliban had closed schools for girls in Herat and Kandahar."
    toponyms = parse(nlp, geoparser, text, outlet="Kabul Now")
    assert not overlapping(toponyms, text, "Kabul Now")
    assert {"Herat", "Kandahar"} <= {t.text for t in toponyms}


def test_an_outlet_that_is_only_a_place_name_blocks_nothing(nlp, geoparser):
    text = "Police in Nairobi fired tear gas at protesters, witnesses in Nairobi said."
    toponyms = parse(nlp, geoparser, text, outlet="Nairobi")
    assert [t.text for t in toponyms].count("Nairobi") == 2


# -- 2. place names inside the names of groups ------------------------------------------------

@pytest.mark.parametrize("text, group, place", [
    ("Fighters of Islamic State West Africa Province (ISWAP) raided a village near Monguno in Borno State.",
     "Islamic State West Africa Province (ISWAP)", "Borno State"),
    ("A bomber sent by Islamic State Khorasan Province struck a mosque in Kunduz on Friday.",
     "Islamic State Khorasan Province", "Kunduz"),
    ("Militants loyal to Sinai Province ambushed an army patrol near Rafah, the military said.",
     "Sinai Province", "Rafah"),
    ("Turkish jets struck positions of the Kurdistan Workers' Party in northern Iraq on Sunday.",
     "Kurdistan Workers' Party", "Iraq"),
    ("Lebanese Hezbollah fighters crossed into Syria near Qusayr, a monitor said.",
     "Lebanese Hezbollah", "Syria"),
    ("The Tigray People's Liberation Front accused federal troops of shelling Mekele in Ethiopia.",
     "Tigray People's Liberation Front", "Ethiopia"),
    ("Afghan Taliban officials met Pakistani diplomats in Doha on Monday.", "Afghan Taliban", "Doha"),
])
def test_a_place_name_inside_a_groups_name_is_not_a_place(nlp, geoparser, text, group, place):
    toponyms = parse(nlp, geoparser, text)
    assert not overlapping(toponyms, text, group), [t.text for t in overlapping(toponyms, text, group)]
    assert find(toponyms, place).lat is not None


@pytest.mark.parametrize("text, province", [
    ("Troops were sent to Helmand Province after the attack.", "Helmand Province"),
    ("The governor of Anbar Province said the road was open.", "Anbar Province"),
])
def test_real_provinces_are_still_places(nlp, geoparser, text, province):
    assert find(parse(nlp, geoparser, text), province).kind == "admin1"


# -- 3. sites named after a far-away namesake ----------------------------------------------

def test_a_beach_in_a_mogadishu_story_stays_in_mogadishu(nlp, geoparser):
    text = ("Gunmen stormed a restaurant on Lido beach in Mogadishu late on Friday, Somali police said. "
            "Ambulances took the wounded to hospitals across Mogadishu.")
    beach = find(parse(nlp, geoparser, text), "Lido beach")
    assert beach.country_code == "SO"
    assert near(beach, 2.04, 45.34, 25)
    assert beach.precision == "near"  # coarser than a gazetteer place: the beach is not in the index


def test_a_prison_named_after_a_french_village_is_in_the_story_city(nlp, geoparser):
    text = ("Agents took the two activists to Evin prison in Tehran on Tuesday, rights groups in Iran said. "
            "Relatives gathered outside the prison gates in Tehran.")
    prison = find(parse(nlp, geoparser, text), "Evin")
    assert prison.country_code == "IR"
    assert near(prison, 35.69, 51.42, 30)


def test_a_site_is_placed_by_the_sentence_that_names_it_a_site(nlp, geoparser):
    text = ("Protests spread to Mashhad last year. The reporter has been held in Evin since March, rights "
            "groups in Iran said. Guards moved her to a cell block of Evin prison in Tehran last week.")
    evin = [t for t in parse(nlp, geoparser, text) if t.text == "Evin"]
    assert len(evin) == 2
    assert all(t.country_code == "IR" and near(t, 35.69, 51.42, 30) for t in evin)  # Tehran, not Mashhad


def test_a_site_named_after_a_local_place_keeps_it(nlp, geoparser):
    text = ("Lifeguards pulled two swimmers from the surf off Lido Beach on Long Island, New York, "
            "not far from Long Beach.")
    beach = find(parse(nlp, geoparser, text), "Lido Beach")
    assert beach.country_code == "US" and near(beach, 40.59, -73.63, 25)


# -- 4. the story's focus against population priors ----------------------------------------

def test_bare_congo_follows_the_places_around_it(nlp, geoparser):
    drc = ("M23 rebels shelled Sake and the outskirts of Goma, in North Kivu. "
           "The army said Rwanda was attacking Congo.")
    assert find(parse(nlp, geoparser, drc), "Congo").country_code == "CD"
    republic = ("Soldiers from Brazzaville were deployed to the Pool region as fighting in Congo spread "
                "from Kinkala.")
    assert find(parse(nlp, geoparser, republic), "Congo").country_code == "CG"


def test_a_lone_far_away_namesake_is_not_a_reading(nlp, geoparser):
    text = ("Security forces arrested activists in Tehran and Sanandaj, Iranian rights groups said. "
            "One of them has been held in Evin since March, her lawyer in Tehran said.")
    evin = find(parse(nlp, geoparser, text), "Evin")
    assert evin.country_code != "FR"
    assert evin.lat is None or near(evin, 35.69, 51.42, 50)


# -- 5. water bodies and English names of regions ------------------------------------------

@pytest.mark.parametrize("text, name, lat, lon, km", [
    ("Boko Haram fighters attacked fishermen on the shores of Lake Chad, Nigerian officials said.",
     "Lake Chad", 13.0, 14.0, 100),
    ("Al-Shabaab still controls villages in Lower Shabelle, south-west of Mogadishu.",
     "Lower Shabelle", 1.9, 44.6, 150),
    ("Troops moved into the Middle Shabelle region on Saturday.", "Middle Shabelle", 2.9, 45.6, 150),
    ("Houthi forces fired on ships in the Red Sea and the Gulf of Aden, the coalition said.",
     "Gulf of Aden", 12.5, 48.0, 300),
])
def test_water_bodies_and_english_region_names_are_resolved(nlp, geoparser, text, name, lat, lon, km):
    assert near(find(parse(nlp, geoparser, text), name), lat, lon, km)


def _rows(name):
    text = resources.files("eventwire.geo.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader([line for line in text.splitlines() if line and not line.startswith("#")],
                               delimiter="\t"))


def test_every_curated_alias_reaches_its_entry(gazetteer):
    for row in _rows("aliases.tsv"):
        entries = [e for e, _ in gazetteer.lookup(row["alias"])]
        assert any(e.name == row["target"] and e.kind == row["kind"] and (e.country_code or "") == row["country"]
                   for e in entries), f"alias {row['alias']!r} does not reach {row['target']!r}"


def test_curated_regions_are_well_formed_and_indexed(gazetteer):
    for row in _rows("regions.tsv"):
        assert row["kind"] in ("region", "macroregion"), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        if row["country"]:
            assert gazetteer.country(row["country"]) is not None, row
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert any(e.name == row["name"] for e, _ in gazetteer.lookup(name)), name


def test_a_name_written_with_province_is_the_province(nlp, geoparser):
    text = "Women and children remain in the al-Hol camp in Hasakah province, Syrian Kurdish officials said."
    assert find(parse(nlp, geoparser, text), "Hasakah province").kind == "admin1"
